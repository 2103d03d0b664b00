package collection

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"strings"

	"github.com/tidwall/gjson"
)

// FieldError says which field of which file holds a value of the wrong kind.
type FieldError struct {
	File string // the file (or URL) read
	Path string // JSON path, such as item[3].request.url
	Want string // what was expected
	Got  string // the JSON type found
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s: %s: expected %s, found %s", e.File, e.Path, e.Want, e.Got)
}

// ReadCollection reads and parses a collection file.
func ReadCollection(path string) (*Collection, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("collection %s: %w", path, err)
	}
	return ParseCollection(data, path)
}

// ParseCollection parses a v2.0 or v2.1 collection, or a v1 collection
// converted as Newman converts it (FromV1 is then set); source names it in
// errors.
func ParseCollection(data []byte, source string) (*Collection, error) {
	data = stripBOM(data)
	if err := validJSON(data); err != nil {
		return nil, fmt.Errorf("collection %s: not valid JSON: %w", source, err)
	}
	root := gjson.ParseBytes(data)
	if !root.IsObject() {
		return nil, &FieldError{File: source, Path: "(top level)", Want: "a collection object", Got: jsonType(root)}
	}
	fromV1 := IsV1(data)
	if fromV1 {
		converted, err := ConvertV1(data, source)
		if err != nil {
			return nil, err
		}
		root = gjson.ParseBytes(converted)
	}
	p := parser{source: source}
	c := &Collection{Source: source, FromV1: fromV1}
	info := root.Get("info")
	c.Info = Info{
		ID:          info.Get("_postman_id").String(),
		Name:        info.Get("name").String(),
		Description: p.description(info.Get("description")),
		Schema:      info.Get("schema").String(),
	}
	c.Events = p.events(root.Get("event"), "event")
	c.Variables = p.variables(root.Get("variable"), "variable")
	c.Auth = p.auth(root.Get("auth"), "auth")
	c.ProtocolProfileBehavior = p.behavior(root.Get("protocolProfileBehavior"), "protocolProfileBehavior")
	c.Items = p.items(root.Get("item"), "item", nil)
	if p.err != nil {
		return nil, p.err
	}
	return c, nil
}

// parser turns gjson values into the model, keeping the first error so that
// the walk stays free of error plumbing.
type parser struct {
	source string
	err    error
}

func (p *parser) fail(path, want string, got gjson.Result) {
	if p.err == nil {
		p.err = &FieldError{File: p.source, Path: path, Want: want, Got: jsonType(got)}
	}
}

// array checks that v is absent or an array.
func (p *parser) array(v gjson.Result, path string) []gjson.Result {
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsArray() {
		p.fail(path, "an array", v)
		return nil
	}
	return v.Array()
}

func (p *parser) items(v gjson.Result, path string, parent *Item) []*Item {
	var out []*Item
	for i, iv := range p.array(v, path) {
		ipath := fmt.Sprintf("%s[%d]", path, i)
		if !iv.IsObject() {
			p.fail(ipath, "an item object", iv)
			return out
		}
		out = append(out, p.item(iv, ipath, parent))
	}
	return out
}

func (p *parser) item(v gjson.Result, path string, parent *Item) *Item {
	it := &Item{
		ID:          firstString(v.Get("id"), v.Get("_postman_id")),
		Name:        v.Get("name").String(),
		Description: p.description(v.Get("description")),
		Parent:      parent,
		Path:        path,
	}
	it.Events = p.events(v.Get("event"), path+".event")
	it.Variables = p.variables(v.Get("variable"), path+".variable")
	it.Auth = p.auth(v.Get("auth"), path+".auth")
	it.ProtocolProfileBehavior = p.behavior(v.Get("protocolProfileBehavior"), path+".protocolProfileBehavior")
	if sub := v.Get("item"); sub.Exists() {
		it.Items = p.items(sub, path+".item", it)
		if it.Items == nil {
			it.Items = []*Item{}
		}
		return it
	}
	it.Request = p.request(v.Get("request"), path+".request")
	for i, rv := range p.array(v.Get("response"), path+".response") {
		it.Responses = append(it.Responses, p.response(rv, fmt.Sprintf("%s.response[%d]", path, i)))
	}
	return it
}

func (p *parser) request(v gjson.Result, path string) *Request {
	r := &Request{Method: "GET"}
	switch {
	case !v.Exists() || v.Type == gjson.Null:
		return r
	case v.Type == gjson.String:
		r.URL = ParseURL(v.String())
		return r
	case !v.IsObject():
		p.fail(path, "a request object or a URL string", v)
		return r
	}
	if m := v.Get("method").String(); m != "" {
		r.Method = strings.ToUpper(m)
	}
	r.URL = p.url(v.Get("url"), path+".url")
	r.Headers = p.headers(v.Get("header"), path+".header")
	r.Body = p.body(v.Get("body"), path+".body")
	r.Auth = p.auth(v.Get("auth"), path+".auth")
	r.Description = p.description(v.Get("description"))
	return r
}

func (p *parser) url(v gjson.Result, path string) URL {
	switch {
	case !v.Exists() || v.Type == gjson.Null:
		return URL{}
	case v.Type == gjson.String:
		return ParseURL(v.String())
	case !v.IsObject():
		p.fail(path, "a URL string or object", v)
		return URL{}
	}
	// postman-collection's Url#update builds a URL object from its parts
	// and ignores raw, so an object holding only raw is an empty URL
	// (Newman: "request url is empty"). Raw is kept for display only.
	u := URL{Raw: v.Get("raw").String(), Protocol: v.Get("protocol").String()}
	if port := v.Get("port"); port.Exists() && port.Type != gjson.Null {
		u.Port, u.HasPort = port.String(), true
	}
	if hash := v.Get("hash"); hash.Exists() && hash.Type != gjson.Null {
		u.Hash, u.HasHash = hash.String(), true
	}
	if auth := v.Get("auth"); auth.IsObject() {
		pass := auth.Get("password")
		u.Auth = &URLAuth{User: auth.Get("user").String(), Password: pass.String(), HasPassword: pass.Exists()}
	}
	u.Host = p.hostSegments(v.Get("host"), path+".host")
	u.Path = p.pathSegments(v.Get("path"), path+".path")
	if q := v.Get("query"); q.Exists() {
		u.Query = p.query(q, path+".query")
		u.HasQuery = len(u.Query) > 0
	}
	u.Variables = p.variables(v.Get("variable"), path+".variable")
	return u
}

// hostSegments reads a host given as an array or as a string, which is
// split at dots outside {{…}}.
func (p *parser) hostSegments(v gjson.Result, path string) []string {
	if v.Type == gjson.String {
		masked, vars := maskVariables(v.Str)
		var out []string
		for _, h := range strings.Split(masked, ".") {
			out = append(out, unmaskVariables(h, vars))
		}
		return out
	}
	return p.segments(v, path)
}

// pathSegments reads a path given as an array or as a string: one leading
// slash is dropped, "" is no path and "/" is one empty segment.
func (p *parser) pathSegments(v gjson.Result, path string) []string {
	if v.Type == gjson.String {
		s := v.Str
		if len(s) > 1 && s[0] == '/' {
			s = s[1:]
		}
		switch s {
		case "":
			return nil
		case "/":
			return []string{""}
		}
		return strings.Split(s, "/")
	}
	return p.segments(v, path)
}

func (p *parser) segments(v gjson.Result, path string) []string {
	var out []string
	for i, s := range p.array(v, path) {
		switch {
		case s.IsObject(): // {type, value} path segments of old exports
			out = append(out, s.Get("value").String())
		case s.IsArray():
			p.fail(fmt.Sprintf("%s[%d]", path, i), "a string", s)
			return out
		default:
			out = append(out, s.String())
		}
	}
	return out
}

func (p *parser) query(v gjson.Result, path string) []QueryParam {
	var out []QueryParam
	switch {
	case v.Type == gjson.String:
		if v.Str == "" {
			return nil
		}
		return parseQuery(v.Str)
	case v.IsObject(): // {key: value}, as Url#update accepts
		v.ForEach(func(k, val gjson.Result) bool {
			q := QueryParam{Key: k.String()}
			if val.Exists() && val.Type != gjson.Null {
				s := val.String()
				q.Value = &s
			}
			out = append(out, q)
			return true
		})
		return out
	}
	for i, qv := range p.array(v, path) {
		if !qv.IsObject() {
			p.fail(fmt.Sprintf("%s[%d]", path, i), "a query parameter object", qv)
			return out
		}
		q := QueryParam{Key: qv.Get("key").String(), Disabled: qv.Get("disabled").Bool()}
		if val := qv.Get("value"); val.Exists() && val.Type != gjson.Null {
			s := val.String()
			q.Value = &s
		}
		out = append(out, q)
	}
	return out
}

func (p *parser) headers(v gjson.Result, path string) []Header {
	if v.Type == gjson.String {
		return ParseHeaderString(v.String())
	}
	var out []Header
	for i, hv := range p.array(v, path) {
		if !hv.IsObject() {
			p.fail(fmt.Sprintf("%s[%d]", path, i), "a header object", hv)
			return out
		}
		out = append(out, Header{Key: hv.Get("key").String(), Value: hv.Get("value").String(), Disabled: hv.Get("disabled").Bool()})
	}
	return out
}

// headerLine is postman-collection's Header.parse pattern: a line that
// starts with a non-space, the key running to the last colon of its first
// word ("B:2:3" has key "B:2").
var headerLine = regexp.MustCompile(`(?m)^(\S+):(.*)$`)

// ParseHeaderString reads headers written as "Key: value" lines as
// Header.parse does: lines without a colon or starting with a space are
// skipped, values are trimmed, folded lines are joined.
func ParseHeaderString(s string) []Header {
	s = strings.NewReplacer("\r\n ", " ", "\r\n\t", "\t").Replace(s)
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []Header
	for _, m := range headerLine.FindAllStringSubmatch(s, -1) {
		out = append(out, Header{Key: m[1], Value: strings.TrimSpace(m[2])})
	}
	return out
}

func (p *parser) body(v gjson.Result, path string) *Body {
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsObject() {
		p.fail(path, "a body object", v)
		return nil
	}
	b := &Body{
		Mode:     v.Get("mode").String(),
		Raw:      v.Get("raw").String(),
		Language: v.Get("options.raw.language").String(),
		Disabled: v.Get("disabled").Bool(),
	}
	for i, pv := range p.array(v.Get("urlencoded"), path+".urlencoded") {
		if !pv.IsObject() {
			p.fail(fmt.Sprintf("%s.urlencoded[%d]", path, i), "a key/value object", pv)
			break
		}
		b.URLEncoded = append(b.URLEncoded, Param{Key: pv.Get("key").String(), Value: pv.Get("value").String(), Disabled: pv.Get("disabled").Bool()})
	}
	for i, pv := range p.array(v.Get("formdata"), path+".formdata") {
		if !pv.IsObject() {
			p.fail(fmt.Sprintf("%s.formdata[%d]", path, i), "a form field object", pv)
			break
		}
		b.FormData = append(b.FormData, FormParam{
			Key:         pv.Get("key").String(),
			Value:       pv.Get("value").String(),
			Type:        pv.Get("type").String(),
			Src:         stringList(pv.Get("src")),
			ContentType: pv.Get("contentType").String(),
			FileName:    pv.Get("fileName").String(),
			Disabled:    pv.Get("disabled").Bool(),
		})
	}
	if f := v.Get("file"); f.IsObject() {
		b.File = FileRef{Src: f.Get("src").String(), Content: f.Get("content").String()}
	}
	if g := v.Get("graphql"); g.IsObject() {
		b.GraphQL = GraphQL{Query: g.Get("query").String(), OperationName: g.Get("operationName").String()}
		if vars := g.Get("variables"); vars.Exists() {
			b.GraphQL.Variables = vars.String()
			if vars.Type != gjson.String {
				b.GraphQL.Variables = vars.Raw
			}
		}
	}
	return b
}

func (p *parser) events(v gjson.Result, path string) []Event {
	var out []Event
	for i, ev := range p.array(v, path) {
		epath := fmt.Sprintf("%s[%d]", path, i)
		if !ev.IsObject() {
			p.fail(epath, "an event object", ev)
			return out
		}
		script := ev.Get("script")
		e := Event{Listen: ev.Get("listen").String(), Disabled: ev.Get("disabled").Bool()}
		switch {
		case script.Type == gjson.String: // a script given as its id or source
			e.Script.Exec = script.String()
		case script.IsObject():
			e.Script.ID = script.Get("id").String()
			e.Script.Exec = scriptSource(script.Get("exec"))
		}
		out = append(out, e)
	}
	return out
}

// scriptSource joins exec lines as Postman does.
func scriptSource(v gjson.Result) string {
	if v.IsArray() {
		return strings.Join(stringList(v), "\n")
	}
	return v.String()
}

func (p *parser) variables(v gjson.Result, path string) []Variable {
	var out []Variable
	for i, vv := range p.array(v, path) {
		if !vv.IsObject() {
			p.fail(fmt.Sprintf("%s[%d]", path, i), "a variable object", vv)
			return out
		}
		out = append(out, variableOf(vv))
	}
	return out
}

// variableOf reads {key, value, type, disabled}; an "id" stands in for a
// missing key, as in old exports.
func variableOf(v gjson.Result) Variable {
	key := v.Get("key").String()
	if !v.Get("key").Exists() {
		key = v.Get("id").String()
	}
	return Variable{Key: key, Value: castValue(v.Get("value"), v.Get("type").String()), Type: v.Get("type").String(), Disabled: v.Get("disabled").Bool()}
}

// castValue applies a variable's declared type as postman-collection's
// Variable does (castIn then castOut): string is String(), number is
// Number() (NaN included), boolean is truthiness, array and object keep
// JSON text that parses to their kind; other types, "secret" among them,
// keep the value as given. A missing value or a failed array/object cast
// is JavaScript's undefined, which is held as "" (it substitutes as "").
func castValue(v gjson.Result, typ string) any {
	val := v.Value()
	switch strings.ToLower(typ) {
	case "string":
		if !v.Exists() {
			return "undefined"
		}
		return stringify(val)
	case "number":
		if !v.Exists() {
			return math.NaN()
		}
		return jsNumber(val)
	case "boolean":
		return jsTruthy(val)
	case "array", "object":
		return castJSON(v, strings.ToLower(typ))
	}
	if !v.Exists() {
		return ""
	}
	return val
}

// castJSON is the array and object types: text is parsed as JSON, a value of
// the right kind is kept, anything else is undefined ("").
func castJSON(v gjson.Result, kind string) any {
	if v.Type == gjson.String {
		if !gjson.Valid(v.Str) {
			return ""
		}
		v = gjson.Parse(v.Str)
	}
	if (kind == "array" && v.IsArray()) || (kind == "object" && v.IsObject()) {
		return v.Value()
	}
	return ""
}

func (p *parser) auth(v gjson.Result, path string) *Auth {
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsObject() {
		p.fail(path, "an auth object", v)
		return nil
	}
	a := &Auth{Type: v.Get("type").String()}
	params := v.Get(a.Type)
	switch {
	case params.IsArray(): // v2.1: [{key, value, type}]
		for _, pv := range params.Array() {
			a.Params = append(a.Params, variableOf(pv))
		}
	case params.IsObject(): // v2.0: {key: value}
		params.ForEach(func(k, val gjson.Result) bool {
			a.Params = append(a.Params, Variable{Key: k.String(), Value: val.Value()})
			return true
		})
	}
	return a
}

func (p *parser) behavior(v gjson.Result, path string) map[string]any {
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsObject() {
		p.fail(path, "an object of settings", v)
		return nil
	}
	m, _ := v.Value().(map[string]any)
	return m
}

func (p *parser) response(v gjson.Result, path string) Response {
	r := Response{
		ID:     v.Get("id").String(),
		Name:   v.Get("name").String(),
		Status: v.Get("status").String(),
		Code:   int(v.Get("code").Int()),
		Body:   v.Get("body").String(),
	}
	r.Headers = p.headers(v.Get("header"), path+".header")
	if or := v.Get("originalRequest"); or.Exists() {
		r.OriginalRequest = p.request(or, path+".originalRequest")
	}
	return r
}

// description reads a description given as a string or as {content, type}.
func (p *parser) description(v gjson.Result) string {
	if v.IsObject() {
		return v.Get("content").String()
	}
	return v.String()
}

func stringList(v gjson.Result) []string {
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsArray() {
		return []string{v.String()}
	}
	var out []string
	for _, s := range v.Array() {
		out = append(out, s.String())
	}
	return out
}

func firstString(vs ...gjson.Result) string {
	for _, v := range vs {
		if s := v.String(); s != "" {
			return s
		}
	}
	return ""
}

func jsonType(v gjson.Result) string {
	switch {
	case !v.Exists():
		return "nothing"
	case v.IsArray():
		return "an array"
	case v.IsObject():
		return "an object"
	}
	switch v.Type {
	case gjson.String:
		return "a string"
	case gjson.Number:
		return "a number"
	case gjson.True, gjson.False:
		return "a boolean"
	default:
		return "null"
	}
}
