package scripts

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts/modules"
)

// headerList builds postman-collection's HeaderList over *hs: lookups are
// case-insensitive and, for a repeated key, one and get see the last
// header, has sees any. When mutable, add, upsert, remove and clear change
// *hs, so that a pre-request script's changes are what gets sent.
func (s *Sandbox) headerList(hs *[]collection.Header, mutable bool) *goja.Object {
	vm := s.vm
	list := vm.NewObject()
	list.SetSymbol(headerListMarker, true)
	last := func(name string) int {
		name = strings.ToLower(name)
		for i := len(*hs) - 1; i >= 0; i-- {
			if strings.ToLower((*hs)[i].Key) == name {
				return i
			}
		}
		return -1
	}
	members := func() []any {
		out := make([]any, len(*hs))
		for i, h := range *hs {
			out[i] = s.headerObject(h)
		}
		return out
	}
	set := func(name string, fn any) { must(list.Set(name, fn)) }
	set("get", func(name goja.Value) goja.Value {
		name = modules.OrUndefined(name)
		if i := last(modules.ToString(name)); i >= 0 {
			return vm.ToValue((*hs)[i].Value)
		}
		return goja.Undefined()
	})
	set("one", func(name goja.Value) goja.Value {
		name = modules.OrUndefined(name)
		if i := last(modules.ToString(name)); i >= 0 {
			return s.headerObject((*hs)[i])
		}
		return goja.Undefined()
	})
	set("has", func(call goja.FunctionCall) goja.Value {
		name := strings.ToLower(modules.ToString(call.Argument(0)))
		for _, h := range *hs {
			if strings.ToLower(h.Key) != name {
				continue
			}
			if len(call.Arguments) < 2 || h.Value == modules.ToString(call.Argument(1)) {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	})
	set("idx", func(i int) goja.Value {
		if i >= 0 && i < len(*hs) {
			return s.headerObject((*hs)[i])
		}
		return goja.Undefined()
	})
	set("indexOf", func(v goja.Value) int {
		v = modules.OrUndefined(v)
		key := modules.ToString(v)
		if o, ok := v.(*goja.Object); ok {
			key = modules.ToString(o.Get("key"))
		}
		for i, h := range *hs {
			if h.Key == key {
				return i
			}
		}
		return -1
	})
	set("count", func() int { return len(*hs) })
	set("all", func() goja.Value { return vm.NewArray(members()...) })
	set("toJSON", func() goja.Value { return vm.NewArray(members()...) })
	setListIterators(vm, list, members)
	set("reduce", func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(vm.NewTypeError("iterator is not a function"))
		}
		acc := call.Argument(1)
		for i, m := range members() {
			var err error
			if acc, err = fn(list, acc, m.(goja.Value), vm.ToValue(i)); err != nil {
				panic(err)
			}
		}
		return acc
	})
	set("toObject", func(call goja.FunctionCall) goja.Value {
		excludeDisabled := call.Argument(0).ToBoolean()
		caseSensitive := call.Argument(1).ToBoolean()
		o := vm.NewObject()
		for _, h := range *hs {
			if excludeDisabled && h.Disabled {
				continue
			}
			key := h.Key
			if !caseSensitive {
				key = strings.ToLower(key)
			}
			// HeaderList keeps every value of a repeated key, in an array.
			if prev := o.Get(key); prev != nil {
				arr, isArr := prev.Export().([]any)
				if !isArr {
					arr = []any{prev}
				}
				must(o.Set(key, vm.NewArray(append(arr, h.Value)...)))
				continue
			}
			must(o.Set(key, h.Value))
		}
		return o
	})
	set("toString", func() string { return unparseHeaders(*hs) })
	must(list.DefineAccessorProperty("members", vm.ToValue(func() goja.Value {
		return vm.NewArray(members()...)
	}), nil, goja.FLAG_TRUE, goja.FLAG_FALSE))
	if mutable {
		s.addHeaderMutators(list, hs)
	}
	return list
}

var headerListMarker = goja.NewSymbol("pmrun.HeaderList")

func (s *Sandbox) addHeaderMutators(list *goja.Object, hs *[]collection.Header) {
	add := func(v goja.Value) { *hs = append(*hs, s.headerArg(v)) }
	must(list.Set("add", add))
	must(list.Set("append", add))
	must(list.Set("prepend", func(v goja.Value) {
		v = modules.OrUndefined(v)
		*hs = append([]collection.Header{s.headerArg(v)}, *hs...)
	}))
	must(list.Set("upsert", func(v goja.Value) { upsertHeader(hs, s.headerArg(v)) }))
	must(list.Set("remove", func(v goja.Value) {
		v = modules.OrUndefined(v)
		if fn, ok := goja.AssertFunction(v); ok {
			kept := (*hs)[:0]
			for _, h := range *hs {
				ret, err := fn(goja.Undefined(), s.headerObject(h))
				if err != nil {
					panic(err)
				}
				if !ret.ToBoolean() {
					kept = append(kept, h)
				}
			}
			*hs = kept
			return
		}
		name := modules.ToString(v)
		if o, ok := v.(*goja.Object); ok {
			name = modules.ToString(o.Get("key"))
		}
		removeHeader(hs, name)
	}))
	must(list.Set("clear", func() { *hs = (*hs)[:0] }))
	must(list.Set("populate", func(v goja.Value) { *hs = append(*hs, s.headerArgs(v)...) }))
	must(list.Set("repopulate", func(v goja.Value) { *hs = s.headerArgs(v) }))
}

// headersJSON is HeaderList#toJSON: the headers as {key, value} objects.
func (s *Sandbox) headersJSON(hs []collection.Header) goja.Value {
	out := make([]any, len(hs))
	for i, h := range hs {
		out[i] = s.headerObject(h)
	}
	return s.vm.NewArray(out...)
}

// headerObject is a Header as scripts see it: key and value, and
// disabled only when set, with Header's toString.
func (s *Sandbox) headerObject(h collection.Header) goja.Value {
	o := s.vm.NewObject()
	must(o.Set("key", h.Key))
	must(o.Set("value", h.Value))
	if h.Disabled {
		must(o.Set("disabled", true))
	}
	str := h.Key + ": " + h.Value
	must(o.DefineDataProperty("toString", s.vm.ToValue(func() string { return str }), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return o
}

// headerArg reads a header given as {key, value} or as "Key: value".
func (s *Sandbox) headerArg(v goja.Value) collection.Header {
	v = modules.OrUndefined(v)
	if obj, ok := v.(*goja.Object); ok {
		return collection.Header{Key: valueString(obj.Get("key")), Value: valueString(obj.Get("value")),
			Disabled: obj.Get("disabled") != nil && obj.Get("disabled").ToBoolean()}
	}
	hs := collection.ParseHeaderString(valueString(v))
	if len(hs) == 0 {
		return collection.Header{}
	}
	return hs[0]
}

// headerArgs reads a list of headers: an array, a HeaderList, an object
// of key: value pairs or a header string.
func (s *Sandbox) headerArgs(v goja.Value) []collection.Header {
	v = modules.OrUndefined(v)
	obj, ok := v.(*goja.Object)
	if !ok {
		return collection.ParseHeaderString(valueString(v))
	}
	if obj.GetSymbol(headerListMarker) != nil {
		if all, ok := goja.AssertFunction(obj.Get("all")); ok {
			v, _ = all(obj)
			obj = v.(*goja.Object)
		}
	}
	var out []collection.Header
	if obj.ClassName() == "Array" {
		for _, k := range obj.Keys() {
			out = append(out, s.headerArg(obj.Get(k)))
		}
		return out
	}
	for _, k := range obj.Keys() {
		out = append(out, collection.Header{Key: k, Value: valueString(obj.Get(k))})
	}
	return out
}

func valueString(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

// unparseHeaders is Header.unparse: enabled headers, CRLF after each.
func unparseHeaders(hs []collection.Header) string {
	var b strings.Builder
	for _, h := range hs {
		if h.Disabled {
			continue
		}
		b.WriteString(h.Key + ": " + h.Value + "\r\n")
	}
	return b.String()
}

func upsertHeader(hs *[]collection.Header, h collection.Header) {
	if h.Key == "" {
		return
	}
	for i := range *hs {
		if strings.EqualFold((*hs)[i].Key, h.Key) {
			(*hs)[i].Value = h.Value
			(*hs)[i].Disabled = h.Disabled
			return
		}
	}
	*hs = append(*hs, h)
}

func removeHeader(hs *[]collection.Header, name string) {
	kept := (*hs)[:0]
	for _, h := range *hs {
		if !strings.EqualFold(h.Key, name) {
			kept = append(kept, h)
		}
	}
	*hs = kept
}
