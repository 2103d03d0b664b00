package lodash

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// defineMore defines the less common functions: the By/With variants of
// the set functions, paths, and function adapters.
func (l *lib) defineMore() {
	l.def4("toPath", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		if isArray(v) {
			keys := []string{}
			for _, k := range l.list(v) {
				keys = append(keys, l.keyString(k))
			}
			return l.strs(keys)
		}
		return l.strs(toPath(l.toStr(v)))
	})
	l.def("at", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		out := []goja.Value{}
		for _, p := range l.flattenArgs(c.Arguments[min(1, len(c.Arguments)):]) {
			keys := []string{l.keyString(p)}
			if !l.v3 {
				keys = l.pathOf(obj, p)
			}
			v, _ := l.getPath(obj, keys)
			out = append(out, v)
		}
		return l.arr(out)
	})
	l.def4("update", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0)
		keys := l.pathOf(obj, c.Argument(1))
		cur, _ := l.getPath(obj, keys)
		l.setPath(obj, keys, l.invoke(l.castFunction(c.Argument(2)), goja.Undefined(), cur))
		return obj
	})
	if !l.v3 {
		l.defineByWith()
	}
	l.def("zipWith", func(c goja.FunctionCall) goja.Value {
		args := c.Arguments
		var fn goja.Callable
		if n := len(args); n > 0 && isFunction(args[n-1]) {
			fn, _ = goja.AssertFunction(args[n-1])
			args = args[:n-1]
		} else if l.v3 && n > 1 && isFunction(args[n-2]) {
			fn, _ = goja.AssertFunction(args[n-2])
			args = args[:n-2]
		}
		zipped := l.unzip(args)
		if fn == nil {
			return zipped
		}
		return l.zipGroupsWith(zipped, fn, goja.Undefined())
	})
	l.def("tap", func(c goja.FunctionCall) goja.Value {
		l.invoke(l.function(c.Argument(1)), goja.Undefined(), c.Argument(0))
		return c.Argument(0)
	})
	l.def("thru", func(c goja.FunctionCall) goja.Value {
		return l.invoke(l.function(c.Argument(1)), goja.Undefined(), c.Argument(0))
	})
	l.def("pullAt", func(c goja.FunctionCall) goja.Value {
		arr := c.Argument(0)
		vals := l.arrayArg(arr)
		var idx []int
		out := []goja.Value{}
		for _, v := range l.flattenArgs(c.Arguments[min(1, len(c.Arguments)):]) {
			// Each index is read as a path; only true indexes are removed.
			got, _ := l.getPath(arr, l.pathOf(arr, v))
			out = append(out, got)
			if k := l.keyString(v); isIndex(k) {
				if i := toInteger(v); i < len(vals) {
					idx = append(idx, i)
				}
			}
		}
		drop := map[int]bool{}
		for _, i := range idx {
			drop[i] = true
		}
		kept := []goja.Value{}
		for i, v := range vals {
			if !drop[i] {
				kept = append(kept, v)
			}
		}
		if len(drop) > 0 {
			l.replaceAll(arr, kept)
		}
		return l.arr(out)
	})
	l.def(l.alias("restParam", "rest"), func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		start := -1
		if !goja.IsUndefined(c.Argument(1)) {
			start = max(toInteger(c.Argument(1)), 0)
		}
		if start < 0 {
			start = max(l.arity(c.Argument(0))-1, 0)
		}
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			args := make([]goja.Value, start+1)
			for i := 0; i < start; i++ {
				args[i] = call.Argument(i)
			}
			args[start] = l.arr(append([]goja.Value{}, call.Arguments[min(start, len(call.Arguments)):]...))
			return l.invoke(fn, call.This, args...)
		})
	})
	l.def("spread", func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.invoke(fn, call.This, l.list(call.Argument(0))...)
		})
	})
	l.def("partialRight", func(c goja.FunctionCall) goja.Value {
		fn, bound := l.function(c.Argument(0)), append([]goja.Value(nil), c.Arguments[min(1, len(c.Arguments)):]...)
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.invoke(fn, call.This, append(append([]goja.Value(nil), call.Arguments...), bound...)...)
		})
	})
	l.def("ary", func(c goja.FunctionCall) goja.Value {
		fn, n := l.function(c.Argument(0)), l.arity(c.Argument(0))
		if !goja.IsUndefined(c.Argument(1)) {
			n = max(toInteger(c.Argument(1)), 0)
		}
		return l.capArgs(fn, n)
	})
	l.def4("unary", func(c goja.FunctionCall) goja.Value { return l.capArgs(l.function(c.Argument(0)), 1) })
	l.def4("flip", func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			args := append([]goja.Value(nil), call.Arguments...)
			for i, j := 0, len(args)-1; i < j; i, j = i+1, j-1 {
				args[i], args[j] = args[j], args[i]
			}
			return l.invoke(fn, call.This, args...)
		})
	})
	l.def("wrap", func(c goja.FunctionCall) goja.Value {
		value, wrapper := c.Argument(0), l.castFunction(c.Argument(1))
		if l.v3 && !isNil(c.Argument(1)) {
			wrapper = l.function(c.Argument(1))
		}
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return l.invoke(wrapper, call.This, append([]goja.Value{value}, call.Arguments...)...)
		})
	})
	l.def("curry", func(c goja.FunctionCall) goja.Value {
		fn, arity := l.function(c.Argument(0)), l.arity(c.Argument(0))
		if !goja.IsUndefined(c.Argument(1)) {
			arity = toInteger(c.Argument(1))
		}
		return l.curry(fn, arity, nil)
	})
	l.def("forOwnRight", l.forKeysRight(l.keys))
}

// forKeysRight is forOwnRight or forInRight: the callback gets (value,
// key, object) for the keys keysOf lists, last first, until it returns
// false.
func (l *lib) forKeysRight(keysOf func(goja.Value) []string) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		obj, fn := c.Argument(0), l.eachCallback(c)
		keys := keysOf(obj)
		for i := len(keys) - 1; i >= 0; i-- {
			if l.isFalse(fn(modules.OrUndefined(obj.ToObject(l.vm).Get(keys[i])), l.str(keys[i]), obj)) {
				break
			}
		}
		return obj
	}
}

// castFunction is a function argument, identity when it is none.
func (l *lib) castFunction(v goja.Value) goja.Callable {
	if fn, ok := goja.AssertFunction(v); ok {
		return fn
	}
	return func(_ goja.Value, args ...goja.Value) (goja.Value, error) { return arg0(args), nil }
}

// arity is a function's length.
func (l *lib) arity(fn goja.Value) int {
	return toInteger(modules.OrUndefined(fn.ToObject(l.vm).Get("length")))
}

func (l *lib) arrayLikeObjectArg(v goja.Value) []goja.Value {
	if !l.isArrayLikeObject(v) {
		return nil
	}
	return l.list(v)
}

func (l *lib) capArgs(fn goja.Callable, n int) goja.Value {
	return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return l.invoke(fn, call.This, call.Arguments[:min(n, len(call.Arguments))]...)
	})
}

func (l *lib) curry(fn goja.Callable, arity int, got []goja.Value) goja.Value {
	return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		args := append(append([]goja.Value(nil), got...), call.Arguments...)
		if len(args) >= arity {
			return l.invoke(fn, call.This, args...)
		}
		return l.curry(fn, arity, args)
	})
}

// defineByWith defines lodash 4's differenceBy, differenceWith and the
// like: a trailing iteratee or comparator decides sameness.
func (l *lib) defineByWith() {
	// split takes the trailing iteratee or comparator off the arrays.
	split := func(args []goja.Value) ([]goja.Value, goja.Value) {
		if n := len(args); n > 0 && !l.isArrayLikeObject(args[n-1]) {
			return args[:n-1], args[n-1]
		}
		return args, goja.Undefined()
	}
	by := func(it goja.Value) func(a, b goja.Value) bool {
		fn := l.iteratee(it, goja.Undefined())
		return func(a, b goja.Value) bool { return sameValueZero(fn(a), fn(b)) }
	}
	with := func(cmp goja.Value) func(a, b goja.Value) bool {
		fn, ok := goja.AssertFunction(cmp)
		if !ok {
			return sameValueZero
		}
		return func(a, b goja.Value) bool { return l.invoke(fn, goja.Undefined(), a, b).ToBoolean() }
	}
	contains := func(list []goja.Value, v goja.Value, same func(a, b goja.Value) bool) bool {
		for _, o := range list {
			if same(v, o) {
				return true
			}
		}
		return false
	}
	uniq := func(list []goja.Value, same func(a, b goja.Value) bool) []goja.Value {
		out := []goja.Value{}
		for _, v := range list {
			if !contains(out, v, same) {
				out = append(out, v)
			}
		}
		return out
	}
	for _, kind := range []string{"By", "With"} {
		sameOf := by
		if kind == "With" {
			sameOf = with
		}
		l.def("difference"+kind, func(c goja.FunctionCall) goja.Value {
			if len(c.Arguments) == 0 || !l.isArrayLikeObject(c.Arguments[0]) {
				return l.vm.NewArray()
			}
			rest, it := split(c.Arguments[1:])
			same, exclude := sameOf(it), l.arrayArgs(rest)
			return l.arr(l.keep(l.list(c.Arguments[0]), func(v goja.Value) bool { return !contains(exclude, v, same) }))
		})
		l.def("intersection"+kind, func(c goja.FunctionCall) goja.Value {
			arrays, it := split(c.Arguments)
			same := sameOf(it)
			if len(arrays) == 0 {
				return l.vm.NewArray()
			}
			out := []goja.Value{}
			for _, v := range uniq(l.arrayLikeObjectArg(arrays[0]), same) {
				inAll := true
				for _, other := range arrays[1:] {
					inAll = inAll && contains(l.arrayLikeObjectArg(other), v, same)
				}
				if inAll {
					out = append(out, v)
				}
			}
			return l.arr(out)
		})
		l.def("union"+kind, func(c goja.FunctionCall) goja.Value {
			arrays, it := split(c.Arguments)
			return l.arr(uniq(l.arrayArgs(arrays), sameOf(it)))
		})
		l.def("uniq"+kind, func(c goja.FunctionCall) goja.Value {
			if kind == "By" {
				return l.arr(l.uniqBy(c.Argument(0), l.iteratee(c.Argument(1), goja.Undefined())))
			}
			return l.arr(uniq(l.arrayArg(c.Argument(0)), sameOf(c.Argument(1))))
		})
		l.def("xor"+kind, func(c goja.FunctionCall) goja.Value {
			arrays, it := split(c.Arguments)
			same := sameOf(it)
			var lists [][]goja.Value
			for _, a := range arrays {
				if l.isArrayLikeObject(a) {
					lists = append(lists, uniq(l.list(a), same))
				}
			}
			out := []goja.Value{}
			for i, list := range lists {
				for _, v := range list {
					elsewhere := false
					for j, other := range lists {
						elsewhere = elsewhere || j != i && contains(other, v, same)
					}
					if !elsewhere {
						out = append(out, v)
					}
				}
			}
			return l.arr(out)
		})
	}
	l.def("sortedUniq", func(c goja.FunctionCall) goja.Value { return l.sortedUniq(c.Argument(0), goja.Undefined()) })
	l.def("sortedUniqBy", func(c goja.FunctionCall) goja.Value { return l.sortedUniq(c.Argument(0), c.Argument(1)) })
	l.def("sortedIndexBy", func(c goja.FunctionCall) goja.Value {
		return l.vm.ToValue(l.sortedSearch(c.Argument(0), c.Argument(1), l.iteratee(c.Argument(2), goja.Undefined()), false))
	})
}

func (l *lib) sortedUniq(arr, it goja.Value) goja.Value {
	fn := l.iteratee(it, goja.Undefined())
	out := []goja.Value{}
	var last goja.Value
	for i, v := range l.arrayArg(arr) {
		k := fn(v)
		if i == 0 || !sameValueZero(k, last) {
			out = append(out, v)
		}
		last = k
	}
	return l.arr(out)
}

// zipGroupsWith combines each group of zipped with fn: lodash 4 calls fn
// with a group's members, lodash 3 reduces the group with it, passing
// (accumulator, member, index, group) with this as this.
func (l *lib) zipGroupsWith(zipped goja.Value, fn goja.Callable, this goja.Value) goja.Value {
	out := []goja.Value{}
	for _, group := range l.list(zipped) {
		members := l.list(group)
		if !l.v3 {
			out = append(out, l.invoke(fn, goja.Undefined(), members...))
			continue
		}
		var acc goja.Value = goja.Undefined()
		for i, m := range members {
			if i == 0 {
				acc = m
				continue
			}
			acc = l.invoke(fn, this, acc, m, l.vm.ToValue(i), group)
		}
		out = append(out, acc)
	}
	return l.arr(out)
}
