package lodash

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// defineObject defines the functions over an object's keys and values.
func (l *lib) defineObject() {
	l.def("keys", func(c goja.FunctionCall) goja.Value { return l.strs(l.keys(c.Argument(0))) })
	l.def("keysIn", func(c goja.FunctionCall) goja.Value { return l.strs(l.keysIn(c.Argument(0))) })
	l.def("values", func(c goja.FunctionCall) goja.Value {
		return l.arr(l.valuesAt(c.Argument(0), l.keys(c.Argument(0))))
	})
	l.def("valuesIn", func(c goja.FunctionCall) goja.Value {
		return l.arr(l.valuesAt(c.Argument(0), l.keysIn(c.Argument(0))))
	})
	l.def(l.alias("pairs", "toPairs entries"), func(c goja.FunctionCall) goja.Value {
		return l.pairs(c.Argument(0), l.keys(c.Argument(0)))
	})
	l.def("assign"+l.alias(" extend", ""), l.assigner(l.keys, l.v3))
	l.def4("assignIn extend", l.assigner(l.keysIn, false))
	l.def4("assignWith", l.assigner(l.keys, true))
	l.def4("assignInWith extendWith", l.assigner(l.keysIn, true))
	l.def("merge", func(c goja.FunctionCall) goja.Value { return l.mergeCall(c, l.v3) })
	l.def4("mergeWith", func(c goja.FunctionCall) goja.Value { return l.mergeCall(c, true) })
	l.def("defaults", func(c goja.FunctionCall) goja.Value {
		if _, isObj := asObject(c.Argument(0)); l.v3 && !isObj {
			return c.Argument(0)
		}
		obj := l.objectArg(c.Argument(0))
		for _, src := range c.Arguments[min(1, len(c.Arguments)):] {
			for _, k := range l.keysIn(src) {
				if cur := obj.Get(k); cur == nil || goja.IsUndefined(cur) {
					_ = obj.Set(k, src.ToObject(l.vm).Get(k))
				}
			}
		}
		return obj
	})
	l.def("defaultsDeep", func(c goja.FunctionCall) goja.Value {
		if _, isObj := asObject(c.Argument(0)); l.v3 && !isObj {
			return c.Argument(0)
		}
		obj := l.objectArg(c.Argument(0))
		for _, src := range c.Arguments[min(1, len(c.Arguments)):] {
			l.merge(obj, src, &mergeState{stack: map[*goja.Object]goja.Value{}, keepExisting: true})
		}
		return obj
	})
	l.def("pick", func(c goja.FunctionCall) goja.Value { return l.pick(c, true) })
	l.def("omit", func(c goja.FunctionCall) goja.Value { return l.pick(c, false) })
	l.def4("pickBy", func(c goja.FunctionCall) goja.Value {
		return l.pickBy(c.Argument(0), l.iteratee(c.Argument(1), goja.Undefined()), true)
	})
	l.def4("omitBy", func(c goja.FunctionCall) goja.Value {
		return l.pickBy(c.Argument(0), l.iteratee(c.Argument(1), goja.Undefined()), false)
	})
	l.def("get", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		v, _ := l.getPath(obj, l.pathOf(obj, c.Argument(1)))
		if goja.IsUndefined(v) {
			return c.Argument(2)
		}
		return v
	})
	l.def("result", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		keys := l.pathOf(obj, c.Argument(1))
		parent, _ := l.getPath(obj, keys[:max(len(keys)-1, 0)])
		if len(keys) <= 1 {
			parent = obj
		}
		v, _ := l.getPath(obj, keys)
		if goja.IsUndefined(v) {
			v = c.Argument(2)
		}
		if fn, ok := goja.AssertFunction(v); ok {
			return l.invoke(fn, parent)
		}
		return v
	})
	l.def4("invoke", func(c goja.FunctionCall) goja.Value {
		return l.invokePath(c.Argument(0), c.Argument(1), c.Arguments[min(2, len(c.Arguments)):])
	})
	l.def("set", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		l.setPath(obj, l.pathOf(obj, c.Argument(1)), c.Argument(2))
		return obj
	})
	l.def4("unset", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		keys := l.pathOf(obj, c.Argument(1))
		parent, ok := l.getPath(obj, keys[:max(len(keys)-1, 0)])
		if len(keys) == 1 {
			parent, ok = obj, true
		}
		if o, isObj := asObject(parent); ok && isObj && len(keys) > 0 {
			return l.vm.ToValue(o.Delete(keys[len(keys)-1]) == nil)
		}
		return l.vm.ToValue(true)
	})
	l.def("has", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		return l.vm.ToValue(l.hasPath(obj, l.pathOf(obj, c.Argument(1)), false))
	})
	l.def4("hasIn", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		return l.vm.ToValue(l.hasPath(obj, l.pathOf(obj, c.Argument(1)), true))
	})
	l.def("clone", func(c goja.FunctionCall) goja.Value {
		if !l.v3 {
			return l.clone(c.Argument(0), false, nil)
		}
		// clone(value, [isDeep], [customizer])
		deep, custom := isBool(c.Argument(1)) && c.Argument(1).ToBoolean(), c.Argument(2)
		if isFunction(c.Argument(1)) {
			custom = c.Argument(1)
		}
		return l.cloneWith(c.Argument(0), deep, custom)
	})
	l.def("cloneDeep", func(c goja.FunctionCall) goja.Value {
		if l.v3 {
			return l.cloneWith(c.Argument(0), true, c.Argument(1))
		}
		return l.clone(c.Argument(0), true, nil)
	})
	l.def4("cloneWith", func(c goja.FunctionCall) goja.Value { return l.cloneWith(c.Argument(0), false, c.Argument(1)) })
	l.def4("cloneDeepWith", func(c goja.FunctionCall) goja.Value { return l.cloneWith(c.Argument(0), true, c.Argument(1)) })
	isEqualWith := func(c goja.FunctionCall) goja.Value {
		a, b, custom := c.Argument(0), c.Argument(1), c.Argument(2)
		if fn, ok := goja.AssertFunction(custom); ok {
			if r := l.invoke(fn, goja.Undefined(), a, b); !goja.IsUndefined(r) {
				return l.vm.ToValue(r.ToBoolean())
			}
		}
		return l.vm.ToValue(l.withEqCustomizer(custom, func() bool { return l.isEqual(a, b) }))
	}
	isMatchWith := func(c goja.FunctionCall) goja.Value {
		return l.vm.ToValue(l.withEqCustomizer(c.Argument(2), func() bool { return l.isMatch(c.Argument(0), c.Argument(1)) }))
	}
	if l.v3 {
		l.def("isEqual eq", isEqualWith)
		l.def("isMatch", isMatchWith)
	} else {
		l.def("isEqual", func(c goja.FunctionCall) goja.Value { return l.vm.ToValue(l.isEqual(c.Argument(0), c.Argument(1))) })
		l.def("isMatch", func(c goja.FunctionCall) goja.Value { return l.vm.ToValue(l.isMatch(c.Argument(0), c.Argument(1))) })
		l.def("isEqualWith", isEqualWith)
		l.def("isMatchWith", isMatchWith)
	}
	l.def("mapValues", func(c goja.FunctionCall) goja.Value {
		obj, fn, out := c.Argument(0), l.callback(c, 1), l.vm.NewObject()
		l.forOwn(obj, func(val, key goja.Value) bool {
			_ = out.Set(key.String(), fn(val, key, obj))
			return true
		})
		return out
	})
	l.def("mapKeys", func(c goja.FunctionCall) goja.Value {
		obj, fn, out := c.Argument(0), l.callback(c, 1), l.vm.NewObject()
		l.forOwn(obj, func(val, key goja.Value) bool {
			_ = out.Set(l.propertyKey(fn(val, key, obj)), val)
			return true
		})
		return out
	})
	l.def("invert", func(c goja.FunctionCall) goja.Value {
		obj, out := c.Argument(0), l.vm.NewObject()
		multi := l.v3 && c.Argument(1).ToBoolean()
		l.forOwn(obj, func(val, key goja.Value) bool {
			k := l.propertyKey(val)
			if multi {
				if group, ok := asObject(modules.OrUndefined(out.Get(k))); ok && hasOwn(out, k) {
					_, _ = l.invokeMethod(group, "push", key)
				} else {
					_ = out.Set(k, l.vm.NewArray(key))
				}
				return true
			}
			_ = out.Set(k, key)
			return true
		})
		return out
	})
	l.def("forOwn", func(c goja.FunctionCall) goja.Value {
		obj, fn := c.Argument(0), l.eachCallback(c)
		l.forOwn(obj, func(val, key goja.Value) bool { return !l.isFalse(fn(val, key, obj)) })
		return obj
	})
	l.def("forIn", func(c goja.FunctionCall) goja.Value {
		obj, fn := c.Argument(0), l.eachCallback(c)
		if !isNil(obj) {
			o := obj.ToObject(l.vm)
			for _, k := range l.keysIn(obj) {
				if l.isFalse(fn(modules.OrUndefined(o.Get(k)), l.str(k), obj)) {
					break
				}
			}
		}
		return obj
	})
	l.def("findKey", func(c goja.FunctionCall) goja.Value { return l.findKey(c, false) })
	l.def("findLastKey", func(c goja.FunctionCall) goja.Value { return l.findKey(c, true) })
	l.def("functions"+l.alias(" methods", ""), func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		names := []string{}
		keys := l.keys(obj)
		if l.v3 {
			keys = l.keysIn(obj)
		}
		for _, k := range keys {
			if isFunction(modules.OrUndefined(obj.ToObject(l.vm).Get(k))) {
				names = append(names, k)
			}
		}
		return l.strs(names)
	})
	l.def("transform", func(c goja.FunctionCall) goja.Value {
		obj, fn, acc := c.Argument(0), l.iteratee(c.Argument(1), l.thisArg(c, 3)), c.Argument(2)
		if goja.IsUndefined(acc) {
			if isArray(obj) {
				acc = l.vm.NewArray()
			} else if o, ok := asObject(obj); ok && !isFunction(obj) {
				acc = l.vm.CreateObject(o.Prototype())
			} else {
				acc = l.vm.NewObject()
			}
		}
		l.each(obj, func(val, key goja.Value) bool { return !l.isFalse(fn(acc, val, key, obj)) })
		return acc
	})
	l.def("create", func(c goja.FunctionCall) goja.Value {
		proto, _ := asObject(c.Argument(0))
		out := l.vm.CreateObject(proto)
		for _, k := range l.keys(c.Argument(1)) {
			_ = out.Set(k, c.Argument(1).ToObject(l.vm).Get(k))
		}
		return out
	})
}

func (l *lib) strs(keys []string) goja.Value {
	items := make([]any, len(keys))
	for i, k := range keys {
		items[i] = k
	}
	return l.vm.NewArray(items...)
}

// pairs is [key, value] for each of keys of obj.
func (l *lib) pairs(obj goja.Value, keys []string) goja.Value {
	vals := l.valuesAt(obj, keys)
	out := make([]goja.Value, len(keys))
	for i, k := range keys {
		out[i] = l.vm.NewArray(k, vals[i])
	}
	return l.arr(out)
}

func (l *lib) valuesAt(obj goja.Value, keys []string) []goja.Value {
	out := make([]goja.Value, len(keys))
	for i, k := range keys {
		out[i] = modules.OrUndefined(obj.ToObject(l.vm).Get(k))
	}
	return out
}

// keysIn is for…in order: own enumerable keys, then inherited ones.
func (l *lib) keysIn(v goja.Value) []string {
	o, ok := asObject(v)
	if !ok {
		return l.keys(v)
	}
	seen, out := map[string]bool{}, []string{}
	for p := o; p != nil; p = p.Prototype() {
		for _, k := range p.Keys() {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// objectArg is Object(v), or a new object for null and undefined.
func (l *lib) objectArg(v goja.Value) *goja.Object {
	if isNil(v) {
		return l.vm.NewObject()
	}
	return v.ToObject(l.vm)
}

// assigner makes assign and its kin; with customizable, a trailing
// function is a customizer (assignWith, or lodash 3's assign).
func (l *lib) assigner(keysOf func(goja.Value) []string, customizable bool) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		if l.v3 && isNil(c.Argument(0)) {
			return c.Argument(0)
		}
		obj := l.objectArg(c.Argument(0))
		sources := c.Arguments[min(1, len(c.Arguments)):]
		var custom goja.Callable
		if n := len(sources); customizable && n > 1 && isFunction(sources[n-1]) {
			custom, _ = goja.AssertFunction(sources[n-1])
			sources = sources[:n-1]
		}
		for _, src := range sources {
			if isNil(src) {
				continue
			}
			so := src.ToObject(l.vm)
			for _, k := range keysOf(src) {
				v := modules.OrUndefined(so.Get(k))
				if custom != nil {
					res := l.invoke(custom, goja.Undefined(), modules.OrUndefined(obj.Get(k)), v, l.str(k), obj, src)
					if !goja.IsUndefined(res) || !l.v3 {
						v = res
					}
				}
				_ = obj.Set(k, v)
			}
		}
		return obj
	}
}

func isPlainObject(v goja.Value) bool {
	o, ok := asObject(v)
	if !ok || o.ClassName() != "Object" {
		return false
	}
	proto := o.Prototype()
	return proto == nil || proto.Prototype() == nil
}

// mergeCall is merge(object, ...sources) and, when a trailing function
// may be a customizer, mergeWith(object, ...sources, customizer).
func (l *lib) mergeCall(c goja.FunctionCall, customizable bool) goja.Value {
	obj, ok := asObject(c.Argument(0))
	if !ok && l.v3 {
		return c.Argument(0)
	}
	if !ok {
		obj = l.objectArg(c.Argument(0))
	}
	sources := c.Arguments[min(1, len(c.Arguments)):]
	st := &mergeState{stack: map[*goja.Object]goja.Value{}}
	if n := len(sources); customizable && n > 1 && isFunction(sources[n-1]) {
		st.custom, _ = goja.AssertFunction(sources[n-1])
		sources = sources[:n-1]
	}
	for _, src := range sources {
		l.merge(obj, src, st)
	}
	return obj
}

type mergeState struct {
	stack map[*goja.Object]goja.Value
	// keepExisting (defaultsDeep) only fills what is missing.
	keepExisting bool
	custom       goja.Callable
}

// merge copies src into obj deeply: plain objects and arrays are merged
// key by key, undefined never overwrites, anything else is assigned; a
// customizer's answer other than undefined wins.
func (l *lib) merge(obj *goja.Object, src goja.Value, st *mergeState) {
	so, ok := asObject(src)
	if goja.IsString(src) {
		so, ok = src.ToObject(l.vm), true // its characters are its keys
	}
	if !ok {
		return
	}
	stack, keepExisting := st.stack, st.keepExisting
	keys := l.keys(src)
	if !isArray(src) {
		keys = l.keysIn(src)
	}
	for _, k := range keys {
		sv := modules.OrUndefined(so.Get(k))
		cur := modules.OrUndefined(obj.Get(k))
		if st.custom != nil {
			if v := l.invoke(st.custom, goja.Undefined(), cur, sv, l.str(k), obj, src); !goja.IsUndefined(v) {
				_ = obj.Set(k, v)
				continue
			}
		}
		if svo, isObj := asObject(sv); isObj && (isArray(sv) || isPlainObject(sv)) {
			if done, seen := stack[svo]; seen {
				if !keepExisting || goja.IsUndefined(cur) {
					_ = obj.Set(k, done)
				}
				continue
			}
			target, targetOK := asObject(cur)
			switch {
			case isArray(sv) && targetOK && l.isArrayLikeObject(cur) && !isArray(cur):
				target = l.arr(l.list(cur))
			case isArray(sv) && !isArray(cur):
				if keepExisting && !goja.IsUndefined(cur) {
					continue
				}
				target = l.vm.NewArray()
			case isPlainObject(sv) && (!targetOK || isFunction(cur) || l.v3 && !isPlainObject(cur)):
				if keepExisting && !goja.IsUndefined(cur) {
					continue
				}
				target = l.vm.NewObject()
			}
			stack[svo] = target
			l.merge(target, sv, st)
			_ = obj.Set(k, target)
			continue
		}
		if keepExisting {
			if goja.IsUndefined(cur) {
				_ = obj.Set(k, sv)
			}
			continue
		}
		// Lodash 3 never writes undefined; lodash 4 does for a new key.
		if !goja.IsUndefined(sv) || !l.v3 && !hasProperty(obj, k) {
			_ = obj.Set(k, sv)
		}
	}
}

// pick keeps (or, for omit, drops) the named keys; lodash 4 reads them as
// paths, lodash 3 as plain keys or a predicate.
func (l *lib) pick(c goja.FunctionCall, keep bool) goja.Value {
	obj := c.Argument(0)
	if l.v3 && isFunction(c.Argument(1)) {
		return l.pickBy(obj, l.callback(c, 1), keep)
	}
	names := l.flattenArgs(c.Arguments[min(1, len(c.Arguments)):])
	out := l.vm.NewObject()
	if isNil(obj) {
		return out
	}
	o := obj.ToObject(l.vm)
	if !keep {
		drop := map[string]bool{}
		var deep [][]string
		for _, n := range names {
			keys := []string{l.keyString(n)}
			if !l.v3 {
				keys = l.pathOf(obj, n)
			}
			if len(keys) == 1 {
				drop[keys[0]] = true
			} else {
				deep = append(deep, keys)
			}
		}
		for _, k := range l.keysIn(obj) {
			if !drop[k] {
				_ = out.Set(k, o.Get(k))
			}
		}
		if len(deep) > 0 {
			out = l.clone(out, true, nil).(*goja.Object)
			for _, keys := range deep {
				if parent, ok := l.getPath(out, keys[:len(keys)-1]); ok {
					if po, isObj := asObject(parent); isObj {
						_ = po.Delete(keys[len(keys)-1])
					}
				}
			}
		}
		return out
	}
	for _, n := range names {
		if l.v3 {
			if k := l.keyString(n); hasProperty(o, k) {
				_ = out.Set(k, o.Get(k))
			}
			continue
		}
		keys := l.pathOf(obj, n)
		if v, ok := l.getPath(obj, keys); ok && l.hasPath(obj, keys, true) {
			l.setPath(out, keys, v)
		}
	}
	return out
}

func (l *lib) pickBy(obj goja.Value, fn iterFn, keep bool) goja.Value {
	out := l.vm.NewObject()
	if isNil(obj) {
		return out
	}
	o := obj.ToObject(l.vm)
	for _, k := range l.keysIn(obj) {
		v := modules.OrUndefined(o.Get(k))
		if fn.test(v, l.str(k), obj) == keep {
			_ = out.Set(k, v)
		}
	}
	return out
}

func (l *lib) findKey(c goja.FunctionCall, last bool) goja.Value {
	obj, fn := c.Argument(0), l.callback(c, 1)
	keys := l.keys(obj)
	for i := range keys {
		if last {
			i = len(keys) - 1 - i
		}
		if fn.test(modules.OrUndefined(obj.ToObject(l.vm).Get(keys[i])), l.str(keys[i]), obj) {
			return l.str(keys[i])
		}
	}
	return goja.Undefined()
}
