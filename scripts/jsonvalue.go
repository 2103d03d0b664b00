package scripts

import (
	"github.com/dop251/goja"
	"github.com/tidwall/gjson"
)

// parseJSON builds JavaScript values straight from JSON text with gjson,
// keeping key order, without a detour through Go maps (whose order is lost)
// or goja's JSON.parse. The text must be valid JSON.
func (s *Sandbox) parseJSON(data []byte) goja.Value {
	return s.jsonToJS(gjson.ParseBytes(data))
}

func (s *Sandbox) jsonToJS(r gjson.Result) goja.Value {
	vm := s.vm
	switch r.Type {
	case gjson.Null:
		return goja.Null()
	case gjson.False:
		return vm.ToValue(false)
	case gjson.True:
		return vm.ToValue(true)
	case gjson.Number:
		return vm.ToValue(r.Num)
	case gjson.String:
		return vm.ToValue(r.Str)
	}
	if r.IsArray() {
		var items []any
		r.ForEach(func(_, v gjson.Result) bool {
			items = append(items, s.jsonToJS(v))
			return true
		})
		return vm.NewArray(items...)
	}
	obj := vm.NewObject()
	r.ForEach(func(k, v gjson.Result) bool {
		// A "__proto__" key must be an own property, as JSON.parse makes
		// it, not set the prototype; every other key is set, which on a
		// fresh plain object does the same as defining it, at half the
		// cost (pm.response.json() builds one such tree per call).
		if k.Str == "__proto__" {
			must(obj.DefineDataProperty(k.Str, s.jsonToJS(v), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
		} else {
			must(obj.Set(k.Str, s.jsonToJS(v)))
		}
		return true
	})
	return obj
}
