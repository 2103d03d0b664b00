package lodash

import (
	"math"

	"github.com/dop251/goja"
)

// defineLang defines the type checks, conversions and comparisons.
func (l *lib) defineLang() {
	is := func(names string, test func(v goja.Value) bool) {
		l.def(names, func(c goja.FunctionCall) goja.Value { return l.vm.ToValue(test(c.Argument(0))) })
	}
	is4 := func(names string, test func(v goja.Value) bool) {
		if !l.v3 {
			is(names, test)
		}
	}
	is("isArray", isArray)
	is("isObject", func(v goja.Value) bool { _, ok := asObject(v); return ok })
	is4("isObjectLike", func(v goja.Value) bool { _, ok := asObject(v); return ok && !isFunction(v) })
	is("isPlainObject", isPlainObject)
	is("isString", func(v goja.Value) bool { return goja.IsString(v) || className(v) == "String" })
	is("isNumber", func(v goja.Value) bool { return goja.IsNumber(v) || className(v) == "Number" })
	is("isBoolean", func(v goja.Value) bool { return isBool(v) || className(v) == "Boolean" })
	is("isFunction", isFunction)
	is("isNull", goja.IsNull)
	is("isUndefined", goja.IsUndefined)
	is4("isNil", isNil)
	is("isNaN", func(v goja.Value) bool {
		return (goja.IsNumber(v) || className(v) == "Number") && math.IsNaN(v.ToFloat())
	})
	is("isFinite", func(v goja.Value) bool {
		return goja.IsNumber(v) && !math.IsNaN(v.ToFloat()) && !math.IsInf(v.ToFloat(), 0)
	})
	is4("isInteger", func(v goja.Value) bool {
		f := v.ToFloat()
		return goja.IsNumber(v) && f == math.Trunc(f) && !math.IsInf(f, 0)
	})
	is4("isSafeInteger", func(v goja.Value) bool {
		f := v.ToFloat()
		return goja.IsNumber(v) && f == math.Trunc(f) && math.Abs(f) <= 1<<53-1
	})
	is4("isLength", func(v goja.Value) bool {
		f := v.ToFloat()
		return goja.IsNumber(v) && f == math.Trunc(f) && f >= 0 && f <= 1<<53-1
	})
	is("isDate", func(v goja.Value) bool { return className(v) == "Date" })
	is("isRegExp", func(v goja.Value) bool { return className(v) == "RegExp" })
	is("isError", func(v goja.Value) bool { return className(v) == "Error" })
	is("isArguments", func(v goja.Value) bool { return className(v) == "Arguments" })
	is("isElement", func(goja.Value) bool { return false })
	is("isTypedArray", func(v goja.Value) bool {
		for _, name := range []string{"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
			"Int32Array", "Uint32Array", "Float32Array", "Float64Array"} {
			if l.instanceOf(v, name) {
				return true
			}
		}
		return false
	})
	is4("isSymbol", func(v goja.Value) bool { _, ok := v.(*goja.Symbol); return ok })
	is4("isArrayLike", func(v goja.Value) bool { _, ok := l.lengthOf(v); return ok })
	is4("isArrayLikeObject", l.isArrayLikeObject)
	is4("isMap", func(v goja.Value) bool { return l.instanceOf(v, "Map") })
	is4("isSet", func(v goja.Value) bool { return l.instanceOf(v, "Set") })
	is("isEmpty", l.isEmpty)
	l.def("toArray", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		if _, ok := asObject(v); !ok && !goja.IsString(v) {
			return l.vm.NewArray()
		}
		if goja.IsString(v) && !l.v3 && hasUnicode(v.String()) {
			return l.strs(symbols(v.String()))
		}
		return l.arr(l.list(v))
	})
	l.def4("castArray", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			return l.vm.NewArray()
		}
		if isArray(c.Arguments[0]) {
			return c.Arguments[0]
		}
		return l.vm.NewArray(c.Arguments[0])
	})
	l.def4("toNumber", func(c goja.FunctionCall) goja.Value { return l.vm.ToValue(c.Argument(0).ToFloat()) })
	l.def4("toString", func(c goja.FunctionCall) goja.Value { return l.str(l.toStr(c.Argument(0))) })
	l.def4("toInteger", func(c goja.FunctionCall) goja.Value {
		f := toFinite(c.Argument(0))
		return l.vm.ToValue(f - math.Mod(f, 1)) // -0.5 gives 0, not -0
	})
	l.def4("toFinite", func(c goja.FunctionCall) goja.Value { return l.vm.ToValue(toFinite(c.Argument(0))) })
	l.def4("toSafeInteger", func(c goja.FunctionCall) goja.Value {
		f := math.Trunc(toFinite(c.Argument(0)))
		return l.vm.ToValue(math.Max(math.Min(f, 1<<53-1), -(1<<53 - 1)))
	})
	l.def4("toLength", func(c goja.FunctionCall) goja.Value {
		f := math.Trunc(toFinite(c.Argument(0)))
		return l.vm.ToValue(math.Max(math.Min(f, 1<<32-1), 0))
	})
	l.def4("eq", func(c goja.FunctionCall) goja.Value {
		return l.vm.ToValue(sameValueZero(c.Argument(0), c.Argument(1)))
	})
	relational := func(names string, test func(a, b goja.Value) bool) {
		l.def(names, func(c goja.FunctionCall) goja.Value {
			a, b := c.Argument(0), c.Argument(1)
			if !l.v3 && !(goja.IsString(a) && goja.IsString(b)) {
				// Lodash 4 compares anything but two strings as numbers.
				a, b = l.vm.ToValue(a.ToFloat()), l.vm.ToValue(b.ToFloat())
			}
			return l.vm.ToValue(test(a, b))
		})
	}
	relational("gt", func(a, b goja.Value) bool { return jsLess(b, a) })
	relational("lt", func(a, b goja.Value) bool { return jsLess(a, b) })
	relational("gte", func(a, b goja.Value) bool { return !jsLess(a, b) && comparable(a, b) })
	relational("lte", func(a, b goja.Value) bool { return !jsLess(b, a) && comparable(a, b) })
	l.def4("clamp", func(c goja.FunctionCall) goja.Value {
		n, lower, upper := c.Argument(0).ToFloat(), c.Argument(1), c.Argument(2)
		if goja.IsUndefined(upper) {
			lower, upper = goja.Undefined(), lower
		}
		bound := func(v goja.Value) float64 { return orZero(v.ToFloat()) } // NaN bounds are 0
		if math.IsNaN(n) {
			return l.vm.ToValue(n)
		}
		if !goja.IsUndefined(upper) {
			n = math.Min(n, bound(upper))
		}
		if !goja.IsUndefined(lower) {
			n = math.Max(n, bound(lower))
		}
		return l.vm.ToValue(n)
	})
	l.def("inRange", func(c goja.FunctionCall) goja.Value {
		n, start, end := c.Argument(0).ToFloat(), c.Argument(1).ToFloat(), c.Argument(2).ToFloat()
		if goja.IsUndefined(c.Argument(2)) {
			start, end = 0, start
		}
		if start > end {
			start, end = end, start
		}
		return l.vm.ToValue(n >= start && n < end)
	})
}

// instanceOf is v instanceof the global constructor name (goja gives Maps,
// Sets and typed arrays no class name of their own).
func (l *lib) instanceOf(v goja.Value, name string) bool {
	ctor, ok := asObject(l.vm.Get(name))
	if _, isObj := asObject(v); !ok || !isObj {
		return false
	}
	return l.vm.InstanceOf(v, ctor)
}

// comparable is false when a relational comparison of a and b meets NaN.
func comparable(a, b goja.Value) bool {
	if isStringish(a) && isStringish(b) {
		return true
	}
	return !math.IsNaN(a.ToFloat()) && !math.IsNaN(b.ToFloat())
}

func toFinite(v goja.Value) float64 {
	f := v.ToFloat()
	switch {
	case math.IsNaN(f):
		return 0
	case math.IsInf(f, 1):
		return math.MaxFloat64
	case math.IsInf(f, -1):
		return -math.MaxFloat64
	}
	return f
}

// isEmpty is true for null, undefined, primitives that are not strings,
// empty array-likes, empty Maps and Sets, objects without own keys.
func (l *lib) isEmpty(v goja.Value) bool {
	if isNil(v) {
		return true
	}
	if n, ok := l.lengthOf(v); ok {
		if _, isObj := asObject(v); !isObj || isArray(v) || goja.IsString(v) || className(v) == "Arguments" || className(v) == "String" || isFunction(v.ToObject(l.vm).Get("splice")) {
			return n == 0
		}
	}
	o, ok := asObject(v)
	if !ok {
		return true
	}
	if !l.v3 && (l.instanceOf(v, "Map") || l.instanceOf(v, "Set")) {
		return o.Get("size").ToInteger() == 0
	}
	return len(o.Keys()) == 0
}
