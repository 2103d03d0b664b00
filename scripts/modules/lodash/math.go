package lodash

import (
	"math"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// defineMath defines sum, mean, max, min and their By forms, and range.
func (l *lib) defineMath() {
	if l.v3 {
		l.def("sum", func(c goja.FunctionCall) goja.Value {
			coll, fn, total := c.Argument(0), l.callback(c, 1), 0.0
			l.each(coll, func(val, key goja.Value) bool {
				if n := fn(val, key, coll).ToFloat(); !math.IsNaN(n) {
					total += n
				}
				return true
			})
			return l.vm.ToValue(total)
		})
		l.def("max", l.extremum3(math.Inf(-1), func(a, b float64) bool { return a > b }))
		l.def("min", l.extremum3(math.Inf(1), func(a, b float64) bool { return a < b }))
	} else {
		identity := func(c goja.FunctionCall) iterFn { return l.iteratee(goja.Undefined(), goja.Undefined()) }
		by := func(c goja.FunctionCall) iterFn { return l.iteratee(c.Argument(1), goja.Undefined()) }
		l.def("sum", l.summer(identity, false))
		l.def("sumBy", l.summer(by, false))
		l.def("mean", l.summer(identity, true))
		l.def("meanBy", l.summer(by, true))
		l.def("max", l.extremum4(identity, false))
		l.def("maxBy", l.extremum4(by, false))
		l.def("min", l.extremum4(identity, true))
		l.def("minBy", l.extremum4(by, true))
	}
	l.defineArithmetic()
	l.def("range", l.rangeFn(false))
	l.def4("rangeRight", l.rangeFn(true))
}

// maxArray bounds the arrays range and times build: beyond it a script
// gets a RangeError rather than exhausting memory.
const maxArray = 1 << 24

func (l *lib) rangeError(msg string) *goja.Object {
	e, _ := l.vm.New(l.vm.Get("RangeError"), l.str(msg))
	return e
}

// jsAdd is JavaScript's a + b: concatenation when either side is a string
// or an object, addition otherwise.
func (l *lib) jsAdd(a, b goja.Value) goja.Value {
	_, ao := asObject(a)
	_, bo := asObject(b)
	if goja.IsString(a) || goja.IsString(b) || ao || bo {
		return l.str(a.String() + b.String())
	}
	return l.vm.ToValue(a.ToFloat() + b.ToFloat())
}

// summer makes lodash 4's sum and mean: undefined results are skipped, the
// rest added with +.
func (l *lib) summer(iter func(goja.FunctionCall) iterFn, mean bool) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		vals, fn := l.arrayArg(c.Argument(0)), iter(c)
		if len(vals) == 0 {
			if mean {
				return goja.NaN()
			}
			return l.vm.ToValue(0)
		}
		var total goja.Value
		for _, v := range vals {
			cur := fn(v)
			if goja.IsUndefined(cur) {
				continue
			}
			if total == nil {
				total = cur
			} else {
				total = l.jsAdd(total, cur)
			}
		}
		if total == nil {
			if mean {
				return goja.NaN()
			}
			return goja.Undefined()
		}
		if mean {
			return l.vm.ToValue(total.ToFloat() / float64(len(vals)))
		}
		return total
	}
}

// extremum4 is lodash 4's max and min: over an array, skipping null,
// undefined and an initial NaN; undefined when nothing is left.
func (l *lib) extremum4(iter func(goja.FunctionCall) iterFn, lowest bool) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		fn := iter(c)
		var best, result goja.Value
		for _, v := range l.arrayArg(c.Argument(0)) {
			cur := fn(v)
			if isNil(cur) {
				continue
			}
			if best == nil {
				if goja.IsNumber(cur) && math.IsNaN(cur.ToFloat()) {
					continue
				}
			} else if lowest && !jsLess(cur, best) || !lowest && !jsLess(best, cur) {
				continue
			}
			best, result = cur, v
		}
		return modules.OrUndefined(result)
	}
}

// extremum3 is lodash 3's max and min: over any collection, comparing
// values as numbers, -Infinity (max) or Infinity (min) when empty.
func (l *lib) extremum3(start float64, better func(a, b float64) bool) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		coll, fn := c.Argument(0), l.callback(c, 1)
		best, result := start, l.vm.ToValue(start)
		l.each(coll, func(val, key goja.Value) bool {
			if cur := fn(val, key, coll).ToFloat(); better(cur, best) {
				best, result = cur, val
			}
			return true
		})
		return result
	}
}

// rangeFn is range(start, end, step): lodash 4 steps down by default when
// end is below start; lodash 3 gives nothing then.
func (l *lib) rangeFn(right bool) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		num := func(i int) float64 {
			f := c.Argument(i).ToFloat()
			if math.IsNaN(f) {
				return 0
			}
			return f
		}
		start, end := num(0), num(1)
		if goja.IsUndefined(c.Argument(1)) {
			start, end = 0, num(0)
		}
		step := 1.0
		if goja.IsUndefined(c.Argument(2)) {
			if start > end && !l.v3 {
				step = -1
			}
		} else {
			step = num(2)
		}
		div := step
		if div == 0 {
			div = 1
		}
		count := math.Max(math.Ceil((end-start)/div), 0)
		if math.IsNaN(count) || count > maxArray {
			panic(l.rangeError("Invalid array length"))
		}
		n := int(count)
		out := make([]goja.Value, n)
		for i := range out {
			idx := i
			if right {
				idx = n - 1 - i
			}
			out[idx] = l.vm.ToValue(start)
			start += step
		}
		return l.arr(out)
	}
}
