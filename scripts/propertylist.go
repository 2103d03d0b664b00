package scripts

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// setListIterators sets postman-collection's PropertyList iterators (each,
// filter, find, map) on list, over the members members returns when the
// iteration starts. Each calls its function with (member, index) and list
// as this; a function that is not one throws a TypeError, as in
// postman-collection.
func setListIterators(vm *goja.Runtime, list *goja.Object, members func() []any) {
	iterate := func(fn goja.Value, visit func(member, ret goja.Value) bool) {
		call, ok := goja.AssertFunction(fn)
		if !ok {
			panic(vm.NewTypeError("iterator is not a function"))
		}
		for i, m := range members() {
			mv := m.(goja.Value)
			ret, err := call(list, mv, vm.ToValue(i))
			if err != nil {
				panic(err)
			}
			if !visit(mv, modules.OrUndefined(ret)) {
				return
			}
		}
	}
	must(list.Set("each", func(fn goja.Value) {
		iterate(fn, func(goja.Value, goja.Value) bool { return true })
	}))
	must(list.Set("filter", func(fn goja.Value) goja.Value {
		var out []any
		iterate(fn, func(m, ret goja.Value) bool {
			if ret.ToBoolean() {
				out = append(out, m)
			}
			return true
		})
		return vm.NewArray(out...)
	}))
	must(list.Set("find", func(fn goja.Value) goja.Value {
		found := goja.Undefined()
		iterate(fn, func(m, ret goja.Value) bool {
			if ret.ToBoolean() {
				found = m
				return false
			}
			return true
		})
		return found
	}))
	must(list.Set("map", func(fn goja.Value) goja.Value {
		var out []any
		iterate(fn, func(_, ret goja.Value) bool { out = append(out, ret); return true })
		return vm.NewArray(out...)
	}))
}
