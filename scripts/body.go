package scripts

import (
	"net/url"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts/modules"
)

// bodyObject is a RequestBody: its mode and content, raw writable, with
// toString and update.
func (s *Sandbox) bodyObject(req *collection.Request) goja.Value {
	vm := s.vm
	if req.Body == nil {
		return goja.Undefined()
	}
	b := req.Body
	o := vm.NewObject()
	must(o.Set("mode", b.Mode))
	switch b.Mode {
	case "raw":
		must(o.DefineAccessorProperty("raw", vm.ToValue(func() string { return b.Raw }),
			vm.ToValue(func(v goja.Value) { b.Raw = valueString(v) }), goja.FLAG_TRUE, goja.FLAG_TRUE))
		if b.Language != "" {
			must(o.Set("options", map[string]any{"raw": map[string]any{"language": b.Language}}))
		}
	case "urlencoded":
		must(o.Set("urlencoded", s.paramList(func() []kv {
			out := make([]kv, 0, len(b.URLEncoded))
			for _, p := range b.URLEncoded {
				out = append(out, kv{p.Key, p.Value, p.Disabled})
			}
			return out
		})))
	case "formdata":
		must(o.Set("formdata", s.paramList(func() []kv {
			out := make([]kv, 0, len(b.FormData))
			for _, p := range b.FormData {
				out = append(out, kv{p.Key, p.Value, p.Disabled})
			}
			return out
		})))
	case "graphql":
		must(o.Set("graphql", map[string]any{"query": b.GraphQL.Query, "variables": b.GraphQL.Variables}))
	case "file":
		must(o.Set("file", map[string]any{"src": b.File.Src}))
	}
	if b.Disabled {
		must(o.Set("disabled", true))
	}
	s.method(o, "toString", func() string { return bodyString(b) })
	s.method(o, "isEmpty", func() bool { return bodyString(b) == "" })
	s.method(o, "update", func(v goja.Value) { req.Body = s.bodyArg(v) })
	return o
}

type kv struct {
	key, value string
	disabled   bool
}

// paramList is a read-only PropertyList of key/value params.
func (s *Sandbox) paramList(items func() []kv) goja.Value {
	vm := s.vm
	list := vm.NewObject()
	obj := func(p kv) goja.Value {
		o := vm.NewObject()
		must(o.Set("key", p.key))
		must(o.Set("value", p.value))
		return o
	}
	must(list.Set("get", func(k string) goja.Value {
		ps := items()
		for i := len(ps) - 1; i >= 0; i-- {
			if ps[i].key == k {
				return vm.ToValue(ps[i].value)
			}
		}
		return goja.Undefined()
	}))
	must(list.Set("has", func(k string) bool {
		for _, p := range items() {
			if p.key == k {
				return true
			}
		}
		return false
	}))
	must(list.Set("count", func() int { return len(items()) }))
	all := func() goja.Value {
		var out []any
		for _, p := range items() {
			out = append(out, obj(p))
		}
		return vm.NewArray(out...)
	}
	must(list.Set("all", all))
	must(list.Set("toJSON", all))
	must(list.Set("each", func(fn goja.Callable) {
		for _, p := range items() {
			if _, err := fn(goja.Undefined(), obj(p)); err != nil {
				panic(err)
			}
		}
	}))
	must(list.Set("toObject", func() goja.Value {
		o := vm.NewObject()
		for _, p := range items() {
			if !p.disabled {
				must(o.Set(p.key, p.value))
			}
		}
		return o
	}))
	return list
}

// bodyString is RequestBody#toString: raw text, or urlencoded params
// joined; other modes have no string form.
func bodyString(b *collection.Body) string {
	switch b.Mode {
	case "raw":
		return b.Raw
	case "urlencoded":
		var parts []string
		for _, p := range b.URLEncoded {
			if !p.Disabled {
				parts = append(parts, url.QueryEscape(p.Key)+"="+url.QueryEscape(p.Value))
			}
		}
		return strings.Join(parts, "&")
	}
	return ""
}

// bodyArg reads a body given as {mode, raw, urlencoded: [...]} or as a
// string (raw).
func (s *Sandbox) bodyArg(v goja.Value) *collection.Body {
	v = modules.OrUndefined(v)
	o, ok := v.(*goja.Object)
	if !ok {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		return &collection.Body{Mode: "raw", Raw: v.String()}
	}
	b := &collection.Body{Mode: valueString(o.Get("mode"))}
	switch b.Mode {
	case "raw", "":
		b.Mode = "raw"
		raw := o.Get("raw")
		if ro, isObj := raw.(*goja.Object); isObj {
			data, _ := ro.MarshalJSON()
			b.Raw = string(data)
		} else {
			b.Raw = valueString(raw)
		}
		if opts, ok := o.Get("options").(*goja.Object); ok {
			if r, ok := opts.Get("raw").(*goja.Object); ok {
				b.Language = valueString(r.Get("language"))
			}
		}
	case "urlencoded", "formdata":
		list, _ := o.Get(b.Mode).(*goja.Object)
		if list != nil {
			for _, k := range list.Keys() {
				p, _ := list.Get(k).(*goja.Object)
				if p == nil {
					continue
				}
				key, val := valueString(p.Get("key")), valueString(p.Get("value"))
				dis := p.Get("disabled") != nil && p.Get("disabled").ToBoolean()
				if b.Mode == "urlencoded" {
					b.URLEncoded = append(b.URLEncoded, collection.Param{Key: key, Value: val, Disabled: dis})
				} else {
					b.FormData = append(b.FormData, collection.FormParam{Key: key, Value: val, Type: "text", Disabled: dis})
				}
			}
		}
	case "graphql":
		if g, ok := o.Get("graphql").(*goja.Object); ok {
			b.GraphQL.Query = valueString(g.Get("query"))
			vars := g.Get("variables")
			if vo, isObj := vars.(*goja.Object); isObj {
				data, _ := vo.MarshalJSON()
				b.GraphQL.Variables = string(data)
			} else {
				b.GraphQL.Variables = valueString(vars)
			}
		}
	}
	return b
}
