package lodash

import (
	"math"

	"github.com/dop251/goja"
)

// defineArray defines the functions that take arrays.
func (l *lib) defineArray() {
	l.def("uniq"+l.alias(" unique", ""), func(c goja.FunctionCall) goja.Value {
		fn := l.iteratee(goja.Undefined(), goja.Undefined())
		if l.v3 {
			// uniq(array, [isSorted], [iteratee], [thisArg])
			it, this := c.Argument(1), c.Argument(2)
			if isBool(it) {
				it, this = c.Argument(2), c.Argument(3)
			}
			fn = l.iteratee(it, this)
		}
		return l.arr(l.uniqBy(c.Argument(0), fn))
	})
	l.def4("uniqBy", func(c goja.FunctionCall) goja.Value {
		return l.arr(l.uniqBy(c.Argument(0), l.iteratee(c.Argument(1), goja.Undefined())))
	})
	l.def("flatten", func(c goja.FunctionCall) goja.Value {
		depth := 2
		if l.v3 && c.Argument(1).ToBoolean() {
			depth = math.MaxInt
		}
		return l.arr(l.flatten(c.Argument(0), depth))
	})
	l.def("flattenDeep", func(c goja.FunctionCall) goja.Value {
		return l.arr(l.flatten(c.Argument(0), math.MaxInt))
	})
	l.def4("flattenDepth", func(c goja.FunctionCall) goja.Value {
		return l.arr(l.flatten(c.Argument(0), intArg(c, 1, 1)+1))
	})
	l.def("compact", func(c goja.FunctionCall) goja.Value {
		out := []goja.Value{}
		for _, v := range l.arrayArg(c.Argument(0)) {
			if v.ToBoolean() {
				out = append(out, v)
			}
		}
		return l.arr(out)
	})
	l.def("chunk", func(c goja.FunctionCall) goja.Value {
		vals, size := l.arrayArg(c.Argument(0)), intArg(c, 1, 1)
		if l.isIterateeCall(c, 2) {
			size = 1
		}
		if l.v3 && size < 1 {
			size = 1
		}
		out := []goja.Value{}
		if size < 1 {
			return l.arr(out)
		}
		for i := 0; i < len(vals); i += size {
			out = append(out, l.arr(vals[i:min(i+size, len(vals))]))
		}
		return l.arr(out)
	})
	l.def("zip", func(c goja.FunctionCall) goja.Value { return l.unzip(c.Arguments) })
	l.def("unzip", func(c goja.FunctionCall) goja.Value { return l.unzip(l.arrayArg(c.Argument(0))) })
	l.def("zipObject"+l.alias(" object", ""), func(c goja.FunctionCall) goja.Value {
		out := l.vm.NewObject()
		props, vals := l.arrayArg(c.Argument(0)), l.arrayArg(c.Argument(1))
		pairs := l.v3 && goja.IsUndefined(c.Argument(1)) && len(props) > 0 && isArray(props[0])
		for i, p := range props {
			if pairs {
				if p.ToBoolean() {
					_ = out.Set(l.at(p, 0).String(), l.at(p, 1))
				}
				continue
			}
			v := goja.Undefined()
			if i < len(vals) {
				v = vals[i]
			}
			_ = out.Set(p.String(), v)
		}
		return out
	})
	l.def4("fromPairs", func(c goja.FunctionCall) goja.Value {
		out := l.vm.NewObject()
		for _, p := range l.arrayArg(c.Argument(0)) {
			_ = out.Set(l.propertyKey(l.at(p, 0)), l.at(p, 1))
		}
		return out
	})
	l.def("difference", func(c goja.FunctionCall) goja.Value {
		if _, isObj := asObject(c.Argument(0)); !isObj || !l.isArrayLikeObject(c.Argument(0)) {
			return l.vm.NewArray()
		}
		exclude := l.setOf(l.arrayArgs(c.Arguments[1:]))
		return l.arr(l.keep(l.list(c.Argument(0)), func(v goja.Value) bool { return !exclude.has(v) }))
	})
	l.def("without", func(c goja.FunctionCall) goja.Value {
		if !l.arrayLike(c.Argument(0)) {
			return l.vm.NewArray()
		}
		exclude := l.setOf(c.Arguments[1:])
		return l.arr(l.keep(l.list(c.Argument(0)), func(v goja.Value) bool { return !exclude.has(v) }))
	})
	l.def("intersection", func(c goja.FunctionCall) goja.Value {
		var arrays [][]goja.Value
		for _, a := range c.Arguments {
			// Anything else counts as an empty array.
			if l.arrayLike(a) {
				arrays = append(arrays, l.list(a))
			} else {
				arrays = append(arrays, nil)
			}
		}
		if len(arrays) == 0 {
			return l.vm.NewArray()
		}
		seen, out := newValueSet(), []goja.Value{}
		for _, v := range arrays[0] {
			inAll := true
			for _, other := range arrays[1:] {
				if !l.setOf(other).has(v) {
					inAll = false
					break
				}
			}
			if inAll && seen.add(v) {
				out = append(out, v)
			}
		}
		return l.arr(out)
	})
	l.def("union", func(c goja.FunctionCall) goja.Value {
		return l.arr(l.uniqBy(l.arr(l.arrayArgs(c.Arguments)), l.iteratee(goja.Undefined(), goja.Undefined())))
	})
	l.def("xor", func(c goja.FunctionCall) goja.Value {
		count := map[primKey]int{}
		objs := map[*goja.Object]int{}
		var all []goja.Value
		for _, a := range c.Arguments {
			if !l.arrayLike(a) {
				continue
			}
			for _, v := range l.uniqBy(a, l.iteratee(goja.Undefined(), goja.Undefined())) {
				if o, ok := asObject(v); ok {
					objs[o]++
				} else {
					count[keyOf(v)]++
				}
				all = append(all, v)
			}
		}
		return l.arr(l.keep(all, func(v goja.Value) bool {
			if o, ok := asObject(v); ok {
				return objs[o] == 1
			}
			return count[keyOf(v)] == 1
		}))
	})
	l.def("first head", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		if len(vals) == 0 {
			return goja.Undefined()
		}
		return vals[0]
	})
	l.def("last", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		if len(vals) == 0 {
			return goja.Undefined()
		}
		return vals[len(vals)-1]
	})
	l.def4("nth", func(c goja.FunctionCall) goja.Value {
		vals, n := l.arrayArg(c.Argument(0)), intArg(c, 1, 0)
		if n < 0 {
			n += len(vals)
		}
		if n < 0 || n >= len(vals) {
			return goja.Undefined()
		}
		return vals[n]
	})
	l.def("initial", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		return l.arr(vals[:max(len(vals)-1, 0)])
	})
	l.def("tail"+l.alias(" rest", ""), func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		return l.arr(vals[min(1, len(vals)):])
	})
	l.def("take", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		return l.arr(vals[:clamp(l.countArg(c, 1), len(vals))])
	})
	l.def("takeRight", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		return l.arr(vals[len(vals)-clamp(l.countArg(c, 1), len(vals)):])
	})
	l.def("drop", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		return l.arr(vals[clamp(l.countArg(c, 1), len(vals)):])
	})
	l.def("dropRight", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		return l.arr(vals[:len(vals)-clamp(l.countArg(c, 1), len(vals))])
	})
	l.def("takeWhile", func(c goja.FunctionCall) goja.Value {
		vals, fn := l.arrayArg(c.Argument(0)), l.callback(c, 1)
		i := 0
		for i < len(vals) && fn.test(vals[i], l.vm.ToValue(i), c.Argument(0)) {
			i++
		}
		return l.arr(vals[:i])
	})
	l.def("dropWhile", func(c goja.FunctionCall) goja.Value {
		vals, fn := l.arrayArg(c.Argument(0)), l.callback(c, 1)
		i := 0
		for i < len(vals) && fn.test(vals[i], l.vm.ToValue(i), c.Argument(0)) {
			i++
		}
		return l.arr(vals[i:])
	})
	l.def("slice", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		n := len(vals)
		start, end := relIndex(intArg(c, 1, 0), n), relIndex(intArg(c, 2, n), n)
		if start >= end {
			return l.vm.NewArray()
		}
		return l.arr(vals[start:end])
	})
	l.def("indexOf", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		from := 0
		if !isBool(c.Argument(2)) {
			from = relIndex(intArg(c, 2, 0), len(vals))
		}
		for i := from; i < len(vals); i++ {
			if sameValueZero(vals[i], c.Argument(1)) {
				return l.vm.ToValue(i)
			}
		}
		return l.vm.ToValue(-1)
	})
	l.def("lastIndexOf", func(c goja.FunctionCall) goja.Value {
		vals := l.arrayArg(c.Argument(0))
		if len(vals) == 0 {
			return l.vm.ToValue(-1)
		}
		from := len(vals) - 1
		if !l.v3 && goja.IsUndefined(c.Argument(2)) && goja.IsUndefined(c.Argument(1)) {
			// Lodash 4 starts one past the end, where undefined is found.
			return l.vm.ToValue(len(vals))
		}
		if !goja.IsUndefined(c.Argument(2)) && !isBool(c.Argument(2)) {
			from = toInteger(c.Argument(2))
			if from < 0 {
				from = max(len(vals)+from, -1)
			}
			from = min(from, len(vals)-1)
		}
		for i := from; i >= 0; i-- {
			if sameValueZero(vals[i], c.Argument(1)) {
				return l.vm.ToValue(i)
			}
		}
		return l.vm.ToValue(-1)
	})
	l.def("findIndex", func(c goja.FunctionCall) goja.Value {
		return l.findIndex(c, false)
	})
	l.def("findLastIndex", func(c goja.FunctionCall) goja.Value {
		return l.findIndex(c, true)
	})
	l.def4("concat", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			return l.vm.NewArray()
		}
		out := []goja.Value{c.Arguments[0]}
		if isArray(c.Arguments[0]) {
			out = l.list(c.Arguments[0])
		}
		for _, v := range c.Arguments[1:] {
			out = l.flattenInto(out, v, 1)
		}
		return l.arr(out)
	})
	l.def("pull", func(c goja.FunctionCall) goja.Value {
		return l.pull(c.Argument(0), l.setOf(c.Arguments[min(1, len(c.Arguments)):]))
	})
	l.def4("pullAll", func(c goja.FunctionCall) goja.Value {
		return l.pull(c.Argument(0), l.setOf(l.arrayArg(c.Argument(1))))
	})
	l.def("remove", func(c goja.FunctionCall) goja.Value {
		arr, fn := c.Argument(0), l.callback(c, 1)
		var removed, kept []goja.Value
		for i, v := range l.arrayArg(arr) {
			if fn.test(v, l.vm.ToValue(i), arr) {
				removed = append(removed, v)
			} else {
				kept = append(kept, v)
			}
		}
		if len(removed) > 0 {
			l.replaceAll(arr, kept)
		}
		return l.arr(removed)
	})
	l.def("fill", func(c goja.FunctionCall) goja.Value {
		arr, ok := asObject(c.Argument(0))
		n, isArr := l.lengthOf(c.Argument(0))
		if !ok || !isArr || n == 0 {
			return l.vm.NewArray()
		}
		start, end := relIndex(intArg(c, 2, 0), n), relIndex(intArg(c, 3, n), n)
		for i := start; i < end; i++ {
			_ = arr.Set(itoa(i), c.Argument(1))
		}
		return arr
	})
	l.def4("join", func(c goja.FunctionCall) goja.Value {
		if isNil(c.Argument(0)) {
			return l.str("")
		}
		join, _ := goja.AssertFunction(l.vm.Get("Array").ToObject(l.vm).Get("prototype").ToObject(l.vm).Get("join"))
		return l.invoke(join, c.Argument(0), c.Argument(1))
	})
	l.def4("reverse", func(c goja.FunctionCall) goja.Value {
		if o, ok := asObject(c.Argument(0)); ok {
			v, _ := l.invokeMethod(o, "reverse")
			return v
		}
		return c.Argument(0)
	})
	l.def("sortedIndex", func(c goja.FunctionCall) goja.Value {
		var fn iterFn
		if l.v3 && !isNil(c.Argument(2)) {
			fn = l.callback(c, 2)
		}
		return l.vm.ToValue(l.sortedSearch(c.Argument(0), c.Argument(1), fn, false))
	})
	l.def("sortedLastIndex", func(c goja.FunctionCall) goja.Value {
		var fn iterFn
		if l.v3 && !isNil(c.Argument(2)) {
			fn = l.callback(c, 2)
		}
		return l.vm.ToValue(l.sortedSearch(c.Argument(0), c.Argument(1), fn, true))
	})
	l.defineMath()
}

func clamp(n, hi int) int { return max(min(n, hi), 0) }

// relIndex resolves a start or end that counts from the end when negative.
func relIndex(i, n int) int {
	if i < 0 {
		return max(n+i, 0)
	}
	return min(i, n)
}

// isArrayLikeObject is the test for the arrays most array functions take.
func (l *lib) isArrayLikeObject(v goja.Value) bool {
	_, isObj := asObject(v)
	_, ok := l.lengthOf(v)
	return ok && isObj
}

// arrayLike is the looser test of without, xor, intersection and zip:
// lodash 3 takes strings (and functions, by arity) there too.
func (l *lib) arrayLike(v goja.Value) bool {
	if l.v3 {
		_, ok := l.lengthOf(v)
		return ok
	}
	return l.isArrayLikeObject(v)
}

// arrayArg is an array argument's members: none unless it is array-like.
func (l *lib) arrayArg(v goja.Value) []goja.Value {
	if _, ok := l.lengthOf(v); !ok {
		return nil
	}
	return l.list(v)
}

// arrayArgs joins the array-like arguments, skipping the others.
func (l *lib) arrayArgs(args []goja.Value) []goja.Value {
	var out []goja.Value
	for _, a := range args {
		if l.isArrayLikeObject(a) {
			out = append(out, l.list(a)...)
		}
	}
	return out
}

// flattenArgs spreads array arguments one level, as lodash's rest
// parameters with baseFlatten do.
func (l *lib) flattenArgs(args []goja.Value) []goja.Value {
	var out []goja.Value
	for _, a := range args {
		if isArray(a) {
			out = append(out, l.list(a)...)
		} else {
			out = append(out, a)
		}
	}
	return out
}

// flatten spreads an array-like's members depth-1 levels deep.
func (l *lib) flatten(v goja.Value, depth int) []goja.Value {
	out := []goja.Value{}
	for _, e := range l.arrayArg(v) {
		out = l.flattenInto(out, e, depth-1)
	}
	return out
}

// flattenInto appends v to out, spreading arrays depth-1 levels deep.
func (l *lib) flattenInto(out []goja.Value, v goja.Value, depth int) []goja.Value {
	if depth > 0 && (isArray(v) || className(v) == "Arguments") {
		for _, e := range l.list(v) {
			out = l.flattenInto(out, e, depth-1)
		}
		return out
	}
	return append(out, v)
}

func (l *lib) keep(vals []goja.Value, f func(goja.Value) bool) []goja.Value {
	out := []goja.Value{}
	for _, v := range vals {
		if f(v) {
			out = append(out, v)
		}
	}
	return out
}

func (l *lib) uniqBy(coll goja.Value, fn iterFn) []goja.Value {
	seen, out := newValueSet(), []goja.Value{}
	for i, v := range l.arrayArg(coll) {
		if seen.add(fn(l.argsFor(v, l.vm.ToValue(i), coll)...)) {
			out = append(out, v)
		}
	}
	return out
}

func (l *lib) unzip(arrays []goja.Value) goja.Value {
	var lists [][]goja.Value
	n := 0
	for _, a := range arrays {
		if l.arrayLike(a) {
			lists = append(lists, l.list(a))
			n = max(n, len(lists[len(lists)-1]))
		}
	}
	out := make([]goja.Value, n)
	for i := range out {
		row := make([]goja.Value, len(lists))
		for j, list := range lists {
			row[j] = goja.Undefined()
			if i < len(list) {
				row[j] = list[i]
			}
		}
		out[i] = l.arr(row)
	}
	return l.arr(out)
}

func (l *lib) findIndex(c goja.FunctionCall, last bool) goja.Value {
	from := 0
	if last {
		from = -1
	}
	if !l.v3 {
		from = intArg(c, 2, from)
	}
	_, key := l.find(l.arr(l.arrayArg(c.Argument(0))), l.callback(c, 1), from, last)
	if goja.IsUndefined(key) {
		return l.vm.ToValue(-1)
	}
	return key
}

// pull removes the values in drop from arr in place.
func (l *lib) pull(arr goja.Value, drop *valueSet) goja.Value {
	vals := l.arrayArg(arr)
	kept := l.keep(vals, func(v goja.Value) bool { return !drop.has(v) })
	if len(kept) != len(vals) {
		l.replaceAll(arr, kept)
	}
	return arr
}

// replaceAll makes arr hold vals, in place; what cannot change (a string,
// a function's length) throws a TypeError, as in lodash's strict code.
func (l *lib) replaceAll(arr goja.Value, vals []goja.Value) {
	o, ok := asObject(arr)
	if !ok {
		panic(l.vm.NewTypeError("Cannot assign to read only property of " + arr.String()))
	}
	for i, v := range vals {
		must(o.Set(itoa(i), v))
	}
	must(o.Set("length", len(vals)))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
