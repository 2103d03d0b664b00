package collection

import (
	"fmt"
	"os"
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

func (p *parser) events(v gjson.Result, path string) []Event {
	var out []Event
	list := []gjson.Result{v}
	if !v.IsObject() {
		list = p.array(v, path)
	}
	// A lone event object counts as a list of one, as postman-collection's
	// PropertyList reads it.
	for i, ev := range list {
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
