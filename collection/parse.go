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
	// Newman detects the encoding of collection files as of environments:
	// Windows tools save UTF-16LE with a byte order mark, or Latin-1.
	data = DecodeText(data)
	if err := validJSON(data); err != nil {
		return nil, fmt.Errorf("collection %s: not valid JSON: %w", source, err)
	}
	root := gjson.ParseBytes(data)
	if !root.IsObject() {
		return nil, &FieldError{File: source, Path: "(top level)", Want: "a collection object", Got: jsonType(root)}
	}
	fromV1 := isV1Root(root)
	if fromV1 {
		converted, err := ConvertV1(data, source)
		if err != nil {
			return nil, err
		}
		root = gjson.ParseBytes(converted)
	}
	p := parser{source: source}
	c := &Collection{Source: source, FromV1: fromV1}
	f := members(root, "info", "event", "variable", "auth", "protocolProfileBehavior", "item")
	info := f[0]
	c.Info = Info{
		ID:          info.Get("_postman_id").String(),
		Name:        info.Get("name").String(),
		Description: p.description(info.Get("description")),
		Schema:      info.Get("schema").String(),
	}
	c.Events = p.events(f[1], "event")
	c.Variables = p.variables(f[2], "variable")
	c.Auth = p.auth(f[3], "auth")
	c.ProtocolProfileBehavior = p.behavior(f[4], "protocolProfileBehavior")
	c.Items = p.items(f[5], nil)
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
	// scripts maps an exec array's JSON text to its joined source.
	scripts map[string]string
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

func (p *parser) items(v gjson.Result, parent *Item) []*Item {
	if !v.IsArray() {
		p.array(v, itemsPath(parent)) // fails unless v is absent or null
		return nil
	}
	var out []*Item
	for i, iv := range v.Array() {
		if !iv.IsObject() {
			p.fail(fmt.Sprintf("%s[%d]", itemsPath(parent), i), "an item object", iv)
			return out
		}
		out = append(out, p.item(iv, i, parent))
	}
	return out
}

// itemsPath is where parent's items are: "item" for the collection's.
func itemsPath(parent *Item) string {
	if parent == nil {
		return "item"
	}
	return parent.Path() + ".item"
}

func (p *parser) item(v gjson.Result, index int, parent *Item) *Item {
	f := members(v, "id", "_postman_id", "name", "description", "event", "variable", "auth",
		"protocolProfileBehavior", "item", "request", "response")
	it := &Item{
		ID:          firstString(f[0], f[1]),
		Name:        f[2].String(),
		Description: p.description(f[3]),
		Parent:      parent,
		index:       index,
	}
	it.Events = p.events(f[4], fieldPath(f[4], it, ".event"))
	it.Variables = p.variables(f[5], fieldPath(f[5], it, ".variable"))
	it.Auth = p.auth(f[6], fieldPath(f[6], it, ".auth"))
	it.ProtocolProfileBehavior = p.behavior(f[7], fieldPath(f[7], it, ".protocolProfileBehavior"))
	if sub := f[8]; sub.Exists() {
		it.Items = p.items(sub, it)
		if it.Items == nil {
			it.Items = []*Item{}
		}
		return it
	}
	path := it.Path()
	it.Request = p.request(f[9], path+".request")
	for i, rv := range p.array(f[10], path+".response") {
		it.Responses = append(it.Responses, p.response(rv, fmt.Sprintf("%s.response[%d]", path, i)))
	}
	return it
}

// fieldPath is the path of one of it's members that is there, and "" for
// one that is not: deeply nested folders would otherwise build, for every
// level, a path as long as the nesting (quadratic memory) no error uses.
func fieldPath(v gjson.Result, it *Item, field string) string {
	if !v.Exists() {
		return ""
	}
	return it.Path() + field
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
	f := members(v, "method", "url", "header", "body", "auth", "description")
	if m := f[0].String(); m != "" {
		r.Method = strings.ToUpper(m)
	}
	r.URL = p.url(f[1], path+".url")
	r.Headers = p.headers(f[2], path+".header")
	r.Body = p.body(f[3], path+".body")
	r.Auth = p.auth(f[4], path+".auth")
	r.Description = p.description(f[5])
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
		f := members(ev, "script", "listen", "disabled")
		script := f[0]
		e := Event{Listen: f[1].String(), Disabled: f[2].Bool()}
		switch {
		case script.Type == gjson.String: // a script given as its id or source
			e.Script.Exec = script.String()
		case script.IsObject():
			sf := members(script, "id", "exec")
			e.Script.ID = sf[0].String()
			e.Script.Exec = p.scriptSource(sf[1])
		}
		out = append(out, e)
	}
	return out
}

// scriptSource joins exec lines as Postman does. Generated and copied
// items often share their scripts: an exec array met before gives the
// string made then, so a thousand items hold one copy.
func (p *parser) scriptSource(v gjson.Result) string {
	if !v.IsArray() {
		return v.String()
	}
	if s, ok := p.scripts[v.Raw]; ok {
		return s
	}
	s := strings.Join(stringList(v), "\n")
	if p.scripts == nil {
		p.scripts = map[string]string{}
	}
	p.scripts[v.Raw] = s
	return s
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
		Meta:   metaOf(v),
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
