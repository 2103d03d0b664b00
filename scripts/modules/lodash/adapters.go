package lodash

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// defineAdapters defines the last function makers: method and property
// accessors, predicate combinators, binding helpers, and runInContext,
// which answers a fresh lodash.
func (l *lib) defineAdapters() {
	version := 4
	if l.v3 {
		version = 3
	}
	l.def("runInContext", func(goja.FunctionCall) goja.Value { return New(l.vm, version) })
	l.def("method", func(c goja.FunctionCall) goja.Value {
		path, args := c.Argument(0), append([]goja.Value(nil), c.Arguments[min(1, len(c.Arguments)):]...)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value { return l.invokePath(call.Argument(0), path, args) })
	})
	l.def("methodOf", func(c goja.FunctionCall) goja.Value {
		obj, args := c.Argument(0), append([]goja.Value(nil), c.Arguments[min(1, len(c.Arguments)):]...)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value { return l.invokePath(obj, call.Argument(0), args) })
	})
	l.def("propertyOf", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			v, _ := l.getPath(obj, l.pathOf(obj, call.Argument(0)))
			return v
		})
	})
	l.def("bindAll", func(c goja.FunctionCall) goja.Value {
		obj, ok := asObject(c.Argument(0))
		names := l.flattenArgs(c.Arguments[min(1, len(c.Arguments)):])
		if !ok {
			if len(names) > 0 && !isNil(c.Argument(0)) {
				panic(l.vm.NewTypeError("Expected a function"))
			}
			return c.Argument(0)
		}
		if l.v3 && len(names) == 0 {
			for _, k := range l.keysIn(obj) {
				if isFunction(modules.OrUndefined(obj.Get(k))) {
					names = append(names, l.str(k))
				}
			}
		}
		for _, n := range names {
			fn := l.function(modules.OrUndefined(obj.Get(n.String())))
			_ = obj.Set(n.String(), func(call goja.FunctionCall) goja.Value { return l.invoke(fn, obj, call.Arguments...) })
		}
		return obj
	})
	l.def("bindKey", func(c goja.FunctionCall) goja.Value {
		obj, key := c.Argument(0), c.Argument(1)
		bound := append([]goja.Value(nil), c.Arguments[min(2, len(c.Arguments)):]...)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			fn := l.function(modules.OrUndefined(obj.ToObject(l.vm).Get(key.String())))
			return l.invoke(fn, obj, append(append([]goja.Value(nil), bound...), call.Arguments...)...)
		})
	})
	l.def("curryRight", func(c goja.FunctionCall) goja.Value {
		fn, arity := l.function(c.Argument(0)), l.arity(c.Argument(0))
		if !goja.IsUndefined(c.Argument(1)) {
			arity = toInteger(c.Argument(1))
		}
		return l.curryRight(fn, arity, nil)
	})
	l.def(l.alias("modArgs", "overArgs"), func(c goja.FunctionCall) goja.Value {
		target := c.Argument(0)
		var transforms []iterFn
		for _, t := range l.flattenArgs(c.Arguments[min(1, len(c.Arguments)):]) {
			if l.v3 {
				l.function(t) // lodash 3 checks them all up front
			}
			transforms = append(transforms, l.iteratee(t, goja.Undefined()))
		}
		if l.v3 {
			l.function(target)
		}
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			args := append([]goja.Value(nil), call.Arguments...)
			for i := 0; i < len(args) && i < len(transforms); i++ {
				args[i] = transforms[i](args[i])
			}
			return l.invoke(l.function(target), call.This, args...)
		})
	})
	if l.v3 {
		return
	}
	l.def("nthArg", func(c goja.FunctionCall) goja.Value {
		n := intArg(c, 0, 0)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			i := n
			if i < 0 {
				i += len(call.Arguments)
			}
			if i < 0 || i >= len(call.Arguments) {
				return goja.Undefined()
			}
			return call.Arguments[i]
		})
	})
	over := func(combine func(results []goja.Value) goja.Value) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			var fns []iterFn
			for _, f := range l.flattenArgs(c.Arguments) {
				fns = append(fns, l.iteratee(f, goja.Undefined()))
			}
			return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
				results := make([]goja.Value, len(fns))
				for i, fn := range fns {
					results[i] = fn(call.Arguments...)
				}
				return combine(results)
			})
		}
	}
	l.def("over", over(func(r []goja.Value) goja.Value { return l.arr(r) }))
	l.def("overEvery", over(func(r []goja.Value) goja.Value {
		for _, v := range r {
			if !v.ToBoolean() {
				return l.vm.ToValue(false)
			}
		}
		return l.vm.ToValue(true)
	}))
	l.def("overSome", over(func(r []goja.Value) goja.Value {
		for _, v := range r {
			if v.ToBoolean() {
				return l.vm.ToValue(true)
			}
		}
		return l.vm.ToValue(false)
	}))
	l.def("cond", func(c goja.FunctionCall) goja.Value {
		var pairs [][2]goja.Callable
		for _, p := range l.arrayArg(c.Argument(0)) {
			test, _ := goja.AssertFunction(l.fnValue(l.iteratee(l.at(p, 0), goja.Undefined())))
			pairs = append(pairs, [2]goja.Callable{test, l.function(l.at(p, 1))})
		}
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			for _, p := range pairs {
				if l.invoke(p[0], call.This, call.Arguments...).ToBoolean() {
					return l.invoke(p[1], call.This, call.Arguments...)
				}
			}
			return goja.Undefined()
		})
	})
	l.def("conformsTo", func(c goja.FunctionCall) goja.Value {
		return l.vm.ToValue(l.conformsTo(c.Argument(0), c.Argument(1)))
	})
	l.def("conforms", func(c goja.FunctionCall) goja.Value {
		src := l.clone(c.Argument(0), true, nil)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.vm.ToValue(l.conformsTo(call.Argument(0), src))
		})
	})
	l.def("pullAllBy", func(c goja.FunctionCall) goja.Value {
		fn := l.iteratee(c.Argument(2), goja.Undefined())
		drop := newValueSet()
		for _, v := range l.arrayArg(c.Argument(1)) {
			drop.add(fn(v))
		}
		vals := l.arrayArg(c.Argument(0))
		kept := l.keep(vals, func(v goja.Value) bool { return !drop.has(fn(v)) })
		if len(kept) != len(vals) {
			l.replaceAll(c.Argument(0), kept)
		}
		return c.Argument(0)
	})
	l.def("pullAllWith", func(c goja.FunctionCall) goja.Value {
		cmp, ok := goja.AssertFunction(c.Argument(2))
		same := sameValueZero
		if ok {
			same = func(a, b goja.Value) bool { return l.invoke(cmp, goja.Undefined(), a, b).ToBoolean() }
		}
		drop := l.arrayArg(c.Argument(1))
		vals := l.arrayArg(c.Argument(0))
		kept := l.keep(vals, func(v goja.Value) bool {
			for _, d := range drop {
				if same(v, d) {
					return false
				}
			}
			return true
		})
		if len(kept) != len(vals) {
			l.replaceAll(c.Argument(0), kept)
		}
		return c.Argument(0)
	})
	l.def("setWith", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		l.setPathWith(obj, l.pathOf(obj, c.Argument(1)), c.Argument(2), c.Argument(3))
		return obj
	})
	l.def("updateWith", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		keys := l.pathOf(obj, c.Argument(1))
		cur, _ := l.getPath(obj, keys)
		l.setPathWith(obj, keys, l.invoke(l.castFunction(c.Argument(2)), goja.Undefined(), cur), c.Argument(3))
		return obj
	})
}

// invokePath calls the method at path of obj with args, this being the
// method's owner.
func (l *lib) invokePath(obj, path goja.Value, args []goja.Value) goja.Value {
	keys := l.pathOf(obj, path)
	parent := obj
	if len(keys) > 1 {
		parent, _ = l.getPath(obj, keys[:len(keys)-1])
	}
	method, _ := l.getPath(obj, keys)
	fn, ok := goja.AssertFunction(method)
	if !ok {
		return goja.Undefined()
	}
	return l.invoke(fn, parent, args...)
}

func (l *lib) curryRight(fn goja.Callable, arity int, got []goja.Value) goja.Value {
	return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		args := append(append([]goja.Value(nil), call.Arguments...), got...)
		if len(args) >= arity {
			return l.invoke(fn, call.This, args...)
		}
		return l.curryRight(fn, arity, args)
	})
}

// conformsTo checks each key of src's predicate against obj's value.
func (l *lib) conformsTo(obj, src goja.Value) bool {
	so, ok := asObject(src)
	if !ok {
		return true
	}
	if isNil(obj) {
		return len(so.Keys()) == 0
	}
	o := obj.ToObject(l.vm)
	for _, k := range so.Keys() {
		v := modules.OrUndefined(o.Get(k))
		if goja.IsUndefined(v) && !hasProperty(o, k) {
			return false
		}
		if !l.invoke(l.function(modules.OrUndefined(so.Get(k))), goja.Undefined(), v).ToBoolean() {
			return false
		}
	}
	return true
}

// setPathWith is setWith: customizer makes the missing steps.
func (l *lib) setPathWith(obj goja.Value, keys []string, val, customizer goja.Value) {
	custom, ok := goja.AssertFunction(customizer)
	o, isObj := asObject(obj)
	if !ok || !isObj {
		l.setPath(obj, keys, val)
		return
	}
	for i, k := range keys {
		if i == len(keys)-1 {
			_ = o.Set(k, val)
			return
		}
		cur := modules.OrUndefined(o.Get(k))
		next, exists := asObject(cur)
		if !exists {
			made, madeOK := asObject(l.invoke(custom, goja.Undefined(), cur, l.str(k), o))
			if !madeOK {
				if isIndex(keys[i+1]) {
					made = l.vm.NewArray()
				} else {
					made = l.vm.NewObject()
				}
			}
			_ = o.Set(k, made)
			next = made
		}
		o = next
	}
}
