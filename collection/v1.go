package collection

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/tidwall/gjson"
)

// V1Deprecation is what Newman 6.2.2 prints on stderr (two console.warn
// calls, the second ending in a blank line) when it converts a v1 collection.
const V1Deprecation = "newman: Newman v4 deprecates support for the v1 collection format\n" +
	"  Use the Postman Native app to export collections in the v2 format\n\n"

// IsV1 reports whether data is a v1 collection, by Newman's test: a truthy
// name, order and requests at the top level.
func IsV1(data []byte) bool {
	return isV1Root(gjson.ParseBytes(stripBOM(data)))
}

// isV1Root is IsV1 for a parsed document.
func isV1Root(root gjson.Result) bool {
	if !root.IsObject() {
		return false
	}
	f := members(root, "name", "order", "requests")
	return truthy(f[0]) && truthy(f[1]) && truthy(f[2])
}

// truthy is JavaScript's truthiness for a JSON value: [] and {} are true.
func truthy(v gjson.Result) bool {
	switch v.Type {
	case gjson.Null, gjson.False:
		return false
	case gjson.String:
		return v.Str != ""
	case gjson.Number:
		return v.Num != 0
	case gjson.JSON, gjson.True:
		return true
	}
	return false
}

// ConvertV1 turns a v1 collection into v2.1 JSON as
// postman-collection-transformer 1.x does for Newman (ids not retained,
// empty values dropped), so that the v2 parser reads the result.
func ConvertV1(data []byte, source string) ([]byte, error) {
	root := gjson.ParseBytes(stripBOM(data))
	c := v1conv{requests: map[string]gjson.Result{}, groups: map[string]map[string]any{}, sub: map[string]bool{}}
	for i, r := range root.Get("requests").Array() {
		if !r.IsObject() {
			return nil, &FieldError{File: source, Path: fmt.Sprintf("requests[%d]", i), Want: "a request object", Got: jsonType(r)}
		}
		c.requests[r.Get("id").String()] = r
	}
	for _, f := range []string{"folders", "order", "folders_order", "requests"} {
		if v := root.Get(f); v.Exists() && v.Type != gjson.Null && !v.IsArray() {
			return nil, &FieldError{File: source, Path: f, Want: "an array", Got: jsonType(v)}
		}
	}
	info := map[string]any{"_postman_id": root.Get("id").Value(), "name": root.Get("name").Value(),
		"schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}
	if truthy(root.Get("description")) {
		info["description"] = root.Get("description").Value()
	}
	out := map[string]any{"info": info, "item": c.items(root)}
	if a := v1Auth(root, true); a != nil {
		out["auth"] = a
	}
	setIf(out, "event", v1Events(root))
	setIf(out, "variable", v1Variables(root))
	setIf(out, "protocolProfileBehavior", v1Behavior(root))
	return json.Marshal(out)
}

type v1conv struct {
	requests map[string]gjson.Result
	groups   map[string]map[string]any
	sub      map[string]bool
}

// items places folders by folders_order (or their listing order), subfolders
// inside their parents, then the top-level requests of "order".
func (c *v1conv) items(root gjson.Result) []any {
	folders := root.Get("folders").Array()
	for _, f := range folders {
		if !f.IsObject() {
			continue
		}
		g := map[string]any{"name": f.Get("name").Value(), "item": []any{}}
		if truthy(f.Get("description")) {
			g["description"] = f.Get("description").Value()
		}
		if a := f.Get("auth"); a.Type == gjson.Null {
			g["auth"] = nil
		} else if a := v1Auth(f, false); a != nil {
			g["auth"] = a
		}
		setIf(g, "event", v1Events(f))
		setIf(g, "variable", v1Variables(f))
		setIf(g, "protocolProfileBehavior", v1Behavior(f))
		c.groups[f.Get("id").String()] = g
	}
	for _, f := range folders {
		g := c.groups[f.Get("id").String()]
		if g == nil {
			continue
		}
		for _, id := range f.Get("folders_order").Array() {
			if sub := c.groups[id.String()]; sub != nil {
				c.sub[id.String()] = true
				g["item"] = append(g["item"].([]any), sub)
			}
		}
		for _, id := range f.Get("order").Array() {
			if r, ok := c.requests[id.String()]; ok {
				g["item"] = append(g["item"].([]any), v1Item(r))
			}
		}
	}
	var order []string
	if fo := root.Get("folders_order"); truthy(fo) {
		for _, id := range fo.Array() {
			order = append(order, id.String())
		}
	} else {
		for _, f := range folders {
			order = append(order, f.Get("id").String())
		}
	}
	out := []any{}
	seen := map[string]bool{}
	for _, id := range order {
		if g := c.groups[id]; g != nil && !seen[id] && !c.sub[id] {
			out = append(out, g)
		}
		seen[id] = true
	}
	seen = map[string]bool{}
	for _, id := range root.Get("order").Array() {
		r, ok := c.requests[id.String()]
		if ok && !seen[id.String()] {
			out = append(out, v1Item(r))
		}
		seen[id.String()] = true
	}
	return out
}

func v1Item(r gjson.Result) map[string]any {
	req := map[string]any{"method": r.Get("method").Value(), "header": v1Headers(r), "url": v1URL(r)}
	if a := v1Auth(r, false); a != nil {
		req["auth"] = a
	}
	setIf(req, "body", v1Body(r))
	if truthy(r.Get("description")) {
		req["description"] = r.Get("description").Value()
	}
	it := map[string]any{"name": r.Get("name").String(), "request": req}
	setIf(it, "event", v1Events(r))
	setIf(it, "variable", v1Variables(r))
	setIf(it, "protocolProfileBehavior", v1Behavior(r))
	return it
}

// setIf sets key when v holds something, as the transformer leaves out
// empty parts.
func setIf(m map[string]any, key string, v any) {
	switch x := v.(type) {
	case nil:
		return
	case []any:
		if len(x) == 0 {
			return
		}
	case map[string]any:
		if x == nil {
			return
		}
	}
	m[key] = v
}

func v1Behavior(v gjson.Result) any {
	if b := v.Get("protocolProfileBehavior"); b.IsObject() && len(b.Map()) > 0 {
		return b.Value()
	}
	return nil
}

// v1Variables reads "variables" (or "variable"); an id stands in for a
// missing key and type "text" becomes "string".
func v1Variables(v gjson.Result) any {
	src := v.Get("variables")
	if !truthy(src) {
		src = v.Get("variable")
	}
	var out []any
	for _, x := range src.Array() {
		key := x.Get("key")
		if !truthy(key) {
			key = x.Get("id")
		}
		m := map[string]any{"key": key.Value(), "value": x.Get("value").Value()}
		if !x.Get("value").Exists() {
			delete(m, "value")
		}
		if t := x.Get("type"); truthy(t) {
			m["type"] = t.String()
			if t.String() == "text" {
				m["type"] = "string"
			}
		}
		if truthy(x.Get("disabled")) {
			m["disabled"] = true
		}
		out = append(out, m)
	}
	if out == nil {
		return nil
	}
	return out
}

// v1Events prefers "events" unless the legacy tests or preRequestScript are
// present; then tests come first, as the transformer writes them.
func v1Events(v gjson.Result) any {
	legacy := truthy(v.Get("tests")) || truthy(v.Get("preRequestScript"))
	var out []any
	if evs := v.Get("events"); !legacy && evs.IsArray() && len(evs.Array()) > 0 {
		for _, e := range evs.Array() {
			m, _ := e.Value().(map[string]any)
			if m == nil {
				continue
			}
			if l, _ := m["listen"].(string); l == "" {
				m["listen"] = "test"
			}
			out = append(out, m)
		}
		return out
	}
	for _, ev := range [][2]string{{"tests", "test"}, {"preRequestScript", "prerequest"}} {
		if s := v.Get(ev[0]); truthy(s) {
			out = append(out, map[string]any{"listen": ev[1], "script": map[string]any{"type": "text/javascript", "exec": s.Value()}})
		}
	}
	if out == nil {
		return nil
	}
	return out
}

// v1HeaderLine is the transformer's header pattern: the key is the longest
// run of non-spaces before a colon, so "X-Time:12:30" has key "X-Time:12".
var v1HeaderLine = regexp.MustCompile(`(?m)^((//\s*)?\S+):(.*)$`)

func v1Headers(r gjson.Result) any {
	if h := r.Get("headers"); h.IsArray() {
		return h.Value()
	}
	out := []any{}
	seen := map[string]bool{}
	for _, h := range r.Get("headerData").Array() {
		m, _ := h.Value().(map[string]any)
		if m == nil {
			continue
		}
		key := h.Get("key").String()
		if strings.HasPrefix(key, "//") || (h.Get("enabled").Exists() && !truthy(h.Get("enabled"))) {
			m["disabled"] = true
			m["key"] = strings.TrimSpace(strings.Replace(key, "//", "", 1))
		}
		delete(m, "enabled")
		out = append(out, m)
		seen[fmt.Sprint(m["key"])] = true
	}
	s := strings.NewReplacer("\r\n ", " ", "\r\n\t", "\t").Replace(r.Get("headers").String())
	for _, m := range v1HeaderLine.FindAllStringSubmatch(strings.ReplaceAll(s, "\r", "\n"), -1) {
		h := map[string]any{"key": m[1], "value": strings.TrimSpace(m[3])}
		if strings.HasPrefix(m[1], "//") {
			h["disabled"] = true
			h["key"] = strings.TrimSpace(strings.Replace(m[1], "//", "", 1))
		}
		if !seen[h["key"].(string)] {
			out = append(out, h)
		}
	}
	return out
}
