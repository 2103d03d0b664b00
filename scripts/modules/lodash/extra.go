package lodash

import (
	"math"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// defineExtra defines the rarer remainder: right-to-left while functions,
// sorted-array searches, more type checks and object conversions.
func (l *lib) defineExtra() {
	whileRight := func(take bool) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			vals, fn := l.arrayArg(c.Argument(0)), l.callback(c, 1)
			i := len(vals)
			for i > 0 && fn.test(vals[i-1], l.vm.ToValue(i-1), c.Argument(0)) {
				i--
			}
			if take {
				return l.arr(vals[i:])
			}
			return l.arr(vals[:i])
		}
	}
	l.def("takeRightWhile", whileRight(true))
	l.def("dropRightWhile", whileRight(false))
	l.def("unzipWith", func(c goja.FunctionCall) goja.Value {
		zipped := l.unzip(l.arrayArg(c.Argument(0)))
		fn, ok := goja.AssertFunction(c.Argument(1))
		if !ok {
			return zipped
		}
		return l.zipGroupsWith(zipped, fn, l.thisArg(c, 2))
	})
	l.def("toPlainObject", func(c goja.FunctionCall) goja.Value {
		out := l.vm.NewObject()
		v := c.Argument(0)
		if !isNil(v) {
			o := v.ToObject(l.vm)
			for _, k := range l.keysIn(v) {
				_ = out.Set(k, o.Get(k))
			}
		}
		return out
	})
	l.def("isNative", func(c goja.FunctionCall) goja.Value {
		return l.vm.ToValue(isFunction(c.Argument(0)) && strings.Contains(c.Argument(0).String(), "[native code]"))
	})
	l.def("forInRight", l.forKeysRight(l.keysIn))
	l.def("rearg", func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		var order []int
		for _, v := range l.flattenArgs(c.Arguments[min(1, len(c.Arguments)):]) {
			order = append(order, toInteger(v))
		}
		return l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			args := append([]goja.Value(nil), call.Arguments...)
			for i, from := range order {
				if i < len(args) {
					args[i] = call.Argument(from)
				} else {
					args = append(args, call.Argument(from))
				}
			}
			return l.invoke(fn, call.This, args...)
		})
	})
	if l.v3 {
		return
	}
	is := func(name string, test func(goja.Value) bool) {
		l.def(name, func(c goja.FunctionCall) goja.Value { return l.vm.ToValue(test(c.Argument(0))) })
	}
	is("isArrayBuffer", func(v goja.Value) bool { return l.instanceOf(v, "ArrayBuffer") })
	is("isWeakMap", func(v goja.Value) bool { return l.instanceOf(v, "WeakMap") })
	is("isWeakSet", func(v goja.Value) bool { return l.instanceOf(v, "WeakSet") })
	is("isBuffer", func(goja.Value) bool { return false })
	l.def("functionsIn", func(c goja.FunctionCall) goja.Value {
		obj, names := c.Argument(0), []string{}
		for _, k := range l.keysIn(obj) {
			if isFunction(modules.OrUndefined(obj.ToObject(l.vm).Get(k))) {
				names = append(names, k)
			}
		}
		return l.strs(names)
	})
	l.def("toPairsIn entriesIn", func(c goja.FunctionCall) goja.Value {
		return l.pairs(c.Argument(0), l.keysIn(c.Argument(0)))
	})
	l.def("zipObjectDeep", func(c goja.FunctionCall) goja.Value {
		out := l.vm.NewObject()
		vals := l.arrayArg(c.Argument(1))
		for i, p := range l.arrayArg(c.Argument(0)) {
			v := goja.Undefined()
			if i < len(vals) {
				v = vals[i]
			}
			l.setPath(out, l.pathOf(out, p), v)
		}
		return out
	})
	l.def("invertBy", func(c goja.FunctionCall) goja.Value {
		obj, fn, out := c.Argument(0), l.iteratee(c.Argument(1), goja.Undefined()), l.vm.NewObject()
		l.forOwn(obj, func(val, key goja.Value) bool {
			k := l.propertyKey(fn(val))
			if group, ok := asObject(modules.OrUndefined(out.Get(k))); ok && hasOwn(out, k) {
				_, _ = l.invokeMethod(group, "push", key)
			} else {
				_ = out.Set(k, l.vm.NewArray(key))
			}
			return true
		})
		return out
	})
	flatMap := func(depth func(goja.FunctionCall) int) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			coll, fn, d := c.Argument(0), l.callback(c, 1), depth(c)
			out := []goja.Value{}
			l.each(coll, func(val, key goja.Value) bool {
				out = l.flattenInto(out, fn(val, key, coll), d)
				return true
			})
			return l.arr(out)
		}
	}
	l.def("flatMapDeep", flatMap(func(goja.FunctionCall) int { return 1 << 30 }))
	l.def("flatMapDepth", flatMap(func(c goja.FunctionCall) int { return intArg(c, 2, 1) }))
	l.def("sortedIndexOf", func(c goja.FunctionCall) goja.Value {
		return l.sortedIndexOf(c.Argument(0), c.Argument(1), false)
	})
	l.def("sortedLastIndexOf", func(c goja.FunctionCall) goja.Value {
		return l.sortedIndexOf(c.Argument(0), c.Argument(1), true)
	})
	l.def("sortedLastIndexBy", func(c goja.FunctionCall) goja.Value {
		return l.vm.ToValue(l.sortedSearch(c.Argument(0), c.Argument(1), l.iteratee(c.Argument(2), goja.Undefined()), true))
	})
}

// sortedSearch is where value goes in a sorted array (by fn when not
// nil): before its equals, or after them when last is set. It follows
// lodash's binary searches, including how they place null, undefined,
// NaN and symbols.
func (l *lib) sortedSearch(arr, value goja.Value, fn iterFn, last bool) int {
	vals := l.arrayArg(arr)
	lo, hi := 0, len(vals)
	if fn == nil && goja.IsNumber(value) && !math.IsNaN(value.ToFloat()) {
		for lo < hi {
			mid := (lo + hi) / 2
			cur := vals[mid]
			if !goja.IsNull(cur) && !isSymbol(cur) && (last && jsLessEq(cur, value) || !last && jsLess(cur, value)) {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return hi
	}
	if fn == nil {
		fn = l.iteratee(goja.Undefined(), goja.Undefined())
	}
	if hi == 0 {
		return 0
	}
	value = fn(value)
	valNaN := goja.IsNumber(value) && math.IsNaN(value.ToFloat())
	for lo < hi {
		mid := (lo + hi) / 2
		cur := fn(vals[mid])
		defined, null := !goja.IsUndefined(cur), goja.IsNull(cur)
		reflexive := !(goja.IsNumber(cur) && math.IsNaN(cur.ToFloat()))
		var setLow bool
		switch {
		case valNaN:
			setLow = last || reflexive
		case goja.IsUndefined(value):
			setLow = reflexive && (last || defined)
		case goja.IsNull(value):
			setLow = reflexive && defined && (last || !null)
		case isSymbol(value):
			setLow = reflexive && defined && !null && (last || !isSymbol(cur))
		case null || isSymbol(cur) || l.v3 && !defined:
			setLow = false
		case last:
			setLow = jsLessEq(cur, value)
		default:
			setLow = jsLess(cur, value)
		}
		if setLow {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return hi
}

func isSymbol(v goja.Value) bool {
	_, ok := v.(*goja.Symbol)
	return ok
}

// jsLessEq is JavaScript's a <= b.
func jsLessEq(a, b goja.Value) bool {
	return comparable(a, b) && !jsLess(b, a)
}

func (l *lib) sortedIndexOf(arr, value goja.Value, last bool) goja.Value {
	vals := l.arrayArg(arr)
	i := l.sortedSearch(arr, value, l.iteratee(goja.Undefined(), goja.Undefined()), last)
	if last {
		i--
	}
	if i >= 0 && i < len(vals) && sameValueZero(vals[i], value) {
		return l.vm.ToValue(i)
	}
	return l.vm.ToValue(-1)
}
