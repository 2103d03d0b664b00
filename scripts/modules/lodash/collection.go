package lodash

import (
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// defineCollection defines the functions that take any collection: an
// array, an array-like (strings too) or an object's own values.
func (l *lib) defineCollection() {
	l.def("forEach each", func(c goja.FunctionCall) goja.Value {
		coll, fn := c.Argument(0), l.eachCallback(c)
		l.each(coll, func(val, key goja.Value) bool {
			return !l.isFalse(fn(val, key, coll))
		})
		return coll
	})
	l.def("forEachRight eachRight", func(c goja.FunctionCall) goja.Value {
		coll, fn := c.Argument(0), l.eachCallback(c)
		vals, keys := l.entries(coll)
		for i := len(vals) - 1; i >= 0; i-- {
			if l.isFalse(fn(vals[i], keys[i], coll)) {
				break
			}
		}
		return coll
	})
	l.def("map"+l.alias(" collect", ""), func(c goja.FunctionCall) goja.Value {
		coll, fn := c.Argument(0), l.callback(c, 1)
		out := []goja.Value{}
		l.each(coll, func(val, key goja.Value) bool {
			out = append(out, fn(val, key, coll))
			return true
		})
		return l.arr(out)
	})
	l.def4("flatMap", func(c goja.FunctionCall) goja.Value {
		coll, fn := c.Argument(0), l.callback(c, 1)
		out := []goja.Value{}
		l.each(coll, func(val, key goja.Value) bool {
			out = l.flattenInto(out, fn(val, key, coll), 1)
			return true
		})
		return l.arr(out)
	})
	l.def("filter"+l.alias(" select", ""), func(c goja.FunctionCall) goja.Value {
		return l.arr(l.filter(c.Argument(0), l.callback(c, 1), true))
	})
	l.def("reject", func(c goja.FunctionCall) goja.Value {
		return l.arr(l.filter(c.Argument(0), l.callback(c, 1), false))
	})
	l.def3("where", func(c goja.FunctionCall) goja.Value {
		return l.arr(l.filter(c.Argument(0), l.matches(c.Argument(1)), true))
	})
	l.def("find"+l.alias(" detect", ""), func(c goja.FunctionCall) goja.Value {
		val, _ := l.find(c.Argument(0), l.callback(c, 1), l.fromIndex(c), false)
		return val
	})
	l.def3("findWhere", func(c goja.FunctionCall) goja.Value {
		val, _ := l.find(c.Argument(0), l.matches(c.Argument(1)), 0, false)
		return val
	})
	l.def("findLast", func(c goja.FunctionCall) goja.Value {
		from := -1
		if !l.v3 {
			from = intArg(c, 2, -1)
		}
		val, _ := l.find(c.Argument(0), l.callback(c, 1), from, true)
		return val
	})
	l.def("some"+l.alias(" any", ""), func(c goja.FunctionCall) goja.Value {
		coll, fn, found := c.Argument(0), l.callback(c, 1), false
		l.each(coll, func(val, key goja.Value) bool {
			found = fn.test(val, key, coll)
			return !found
		})
		return l.vm.ToValue(found)
	})
	l.def("every"+l.alias(" all", ""), func(c goja.FunctionCall) goja.Value {
		coll, fn, all := c.Argument(0), l.callback(c, 1), true
		l.each(coll, func(val, key goja.Value) bool {
			all = fn.test(val, key, coll)
			return all
		})
		return l.vm.ToValue(all)
	})
	l.def("reduce"+l.alias(" foldl inject", ""), func(c goja.FunctionCall) goja.Value {
		vals, keys := l.entries(c.Argument(0))
		return l.reduce(c, vals, keys)
	})
	l.def("reduceRight"+l.alias(" foldr", ""), func(c goja.FunctionCall) goja.Value {
		vals, keys := l.entries(c.Argument(0))
		for i, j := 0, len(vals)-1; i < j; i, j = i+1, j-1 {
			vals[i], vals[j] = vals[j], vals[i]
			keys[i], keys[j] = keys[j], keys[i]
		}
		return l.reduce(c, vals, keys)
	})
	l.def("includes"+l.alias(" contains include", ""), func(c goja.FunctionCall) goja.Value {
		return l.vm.ToValue(l.includes(c.Argument(0), c.Argument(1), c.Argument(2)))
	})
	l.def("groupBy", l.aggregate(func(out *goja.Object, key string, val goja.Value) {
		if group, ok := asObject(modules.OrUndefined(out.Get(key))); ok && hasOwn(out, key) {
			_, _ = l.invokeMethod(group, "push", val)
			return
		}
		_ = out.Set(key, l.vm.NewArray(val))
	}))
	l.def(l.alias("indexBy", "keyBy"), l.aggregate(func(out *goja.Object, key string, val goja.Value) {
		_ = out.Set(key, val)
	}))
	l.def("countBy", l.aggregate(func(out *goja.Object, key string, _ goja.Value) {
		n := 0
		if hasOwn(out, key) {
			n = int(out.Get(key).ToInteger())
		}
		_ = out.Set(key, n+1)
	}))
	l.def("partition", func(c goja.FunctionCall) goja.Value {
		coll, fn := c.Argument(0), l.callback(c, 1)
		var yes, no []goja.Value
		l.each(coll, func(val, key goja.Value) bool {
			if fn.test(l.argsFor(val, key, coll)...) {
				yes = append(yes, val)
			} else {
				no = append(no, val)
			}
			return true
		})
		return l.vm.NewArray(l.arr(yes), l.arr(no))
	})
	l.def("sortBy", func(c goja.FunctionCall) goja.Value {
		var fns []iterFn
		if l.v3 {
			fns = []iterFn{l.callback(c, 1)}
		} else {
			for _, it := range l.flattenArgs(c.Arguments[min(1, len(c.Arguments)):]) {
				fns = append(fns, l.iteratee(it, goja.Undefined()))
			}
		}
		return l.arr(l.sortBy(c.Argument(0), fns, nil))
	})
	l.def(l.alias("sortByOrder", "orderBy"), func(c goja.FunctionCall) goja.Value {
		var fns []iterFn
		its := c.Argument(1)
		if !isArray(its) {
			its = l.vm.NewArray(its)
		}
		for _, it := range l.list(its) {
			fns = append(fns, l.iteratee(it, goja.Undefined()))
		}
		var desc []bool
		orders := c.Argument(2)
		if !isArray(orders) {
			orders = l.vm.NewArray(orders)
		}
		for _, o := range l.list(orders) {
			desc = append(desc, o.String() == "desc" || isBool(o) && !o.ToBoolean())
		}
		return l.arr(l.sortBy(c.Argument(0), fns, desc))
	})
	l.def3("sortByAll", func(c goja.FunctionCall) goja.Value {
		var fns []iterFn
		for _, it := range l.flattenArgs(c.Arguments[min(1, len(c.Arguments)):]) {
			fns = append(fns, l.iteratee(it, goja.Undefined()))
		}
		return l.arr(l.sortBy(c.Argument(0), fns, nil))
	})
	l.def("size", func(c goja.FunctionCall) goja.Value {
		v := c.Argument(0)
		if goja.IsString(v) && !l.v3 && hasUnicode(v.String()) {
			return l.vm.ToValue(len(symbols(v.String())))
		}
		if n, ok := l.lengthOf(v); ok {
			return l.vm.ToValue(n)
		}
		return l.vm.ToValue(len(l.keys(v)))
	})
	l.def("sample", func(c goja.FunctionCall) goja.Value {
		vals := l.list(c.Argument(0))
		if l.v3 && !goja.IsUndefined(c.Argument(1)) {
			return l.arr(sampleN(vals, toInteger(c.Argument(1))))
		}
		if len(vals) == 0 {
			return goja.Undefined()
		}
		return vals[rand.IntN(len(vals))]
	})
	l.def4("sampleSize", func(c goja.FunctionCall) goja.Value {
		return l.arr(sampleN(l.list(c.Argument(0)), l.countArg(c, 1)))
	})
	l.def("shuffle", func(c goja.FunctionCall) goja.Value {
		vals := l.list(c.Argument(0))
		return l.arr(sampleN(vals, len(vals)))
	})
	l.def3("pluck", func(c goja.FunctionCall) goja.Value {
		coll, fn := c.Argument(0), l.property(c.Argument(1))
		out := []goja.Value{}
		l.each(coll, func(val, _ goja.Value) bool {
			out = append(out, fn(val))
			return true
		})
		return l.arr(out)
	})
	l.def(l.alias("invoke", "invokeMap"), func(c goja.FunctionCall) goja.Value {
		out := []goja.Value{}
		path, args := c.Argument(1), c.Arguments[min(2, len(c.Arguments)):]
		l.each(c.Argument(0), func(val, _ goja.Value) bool {
			var res goja.Value = goja.Undefined()
			if fn, ok := goja.AssertFunction(path); ok {
				res = l.invoke(fn, val, args...)
			} else if !isNil(val) {
				m, _ := goja.AssertFunction(val.ToObject(l.vm).Get(path.String()))
				if m != nil {
					res = l.invoke(m, val, args...)
				}
			}
			out = append(out, res)
			return true
		})
		return l.arr(out)
	})
}

// matches is _.matches(src): a partial deep comparison with src (any value
// matches a source that is no object).
func (l *lib) matches(src goja.Value) iterFn {
	src = l.clone(src, true, nil)
	return func(args ...goja.Value) goja.Value { return l.vm.ToValue(l.isMatch(arg0(args), src)) }
}

// alias picks lodash 3's extra names or lodash 4's.
func (l *lib) alias(v3, v4 string) string {
	if l.v3 {
		return v3
	}
	return v4
}

func (l *lib) isFalse(v goja.Value) bool {
	return isBool(v) && !v.ToBoolean()
}

// eachCallback is forEach's callback: lodash 4 calls only functions.
func (l *lib) eachCallback(c goja.FunctionCall) iterFn {
	if !l.v3 && !isFunction(c.Argument(1)) {
		return func(...goja.Value) goja.Value { return goja.Undefined() }
	}
	return l.callback(c, 1)
}

// argsFor is what the aggregating functions pass their iteratee: the
// value alone in lodash 4, value, key and collection in lodash 3.
func (l *lib) argsFor(val, key, coll goja.Value) []goja.Value {
	if l.v3 {
		return []goja.Value{val, key, coll}
	}
	return []goja.Value{val}
}

func (l *lib) entries(coll goja.Value) (vals, keys []goja.Value) {
	l.each(coll, func(val, key goja.Value) bool {
		vals = append(vals, val)
		keys = append(keys, key)
		return true
	})
	return vals, keys
}

func (l *lib) filter(coll goja.Value, fn iterFn, keep bool) []goja.Value {
	out := []goja.Value{}
	l.each(coll, func(val, key goja.Value) bool {
		if fn.test(val, key, coll) == keep {
			out = append(out, val)
		}
		return true
	})
	return out
}

func (l *lib) fromIndex(c goja.FunctionCall) int {
	if l.v3 {
		return 0
	}
	return intArg(c, 2, 0)
}

// find searches from index from (negative counts from the end), backwards
// when last is set; it reports the value and its index or key.
func (l *lib) find(coll goja.Value, fn iterFn, from int, last bool) (goja.Value, goja.Value) {
	vals, keys := l.entries(coll)
	n := len(vals)
	if from < 0 {
		from = max(n+from, 0)
	}
	if last {
		from = min(from, n-1)
		for i := from; i >= 0; i-- {
			if fn.test(vals[i], keys[i], coll) {
				return vals[i], keys[i]
			}
		}
		return goja.Undefined(), goja.Undefined()
	}
	for i := from; i < n; i++ {
		if fn.test(vals[i], keys[i], coll) {
			return vals[i], keys[i]
		}
	}
	return goja.Undefined(), goja.Undefined()
}

func (l *lib) reduce(c goja.FunctionCall, vals, keys []goja.Value) goja.Value {
	coll, fn := c.Argument(0), l.iteratee(c.Argument(1), l.thisArg(c, 3))
	acc, i := c.Argument(2), 0
	if len(c.Arguments) < 3 {
		if len(vals) == 0 {
			return goja.Undefined()
		}
		acc, i = vals[0], 1
	}
	for ; i < len(vals); i++ {
		acc = fn(acc, vals[i], keys[i], coll)
	}
	return acc
}

func (l *lib) includes(coll, target, fromArg goja.Value) bool {
	from := 0
	if !goja.IsUndefined(fromArg) {
		from = toInteger(fromArg)
	}
	if goja.IsString(coll) {
		s, t := units(coll.String()), target.String()
		if from < 0 {
			from = max(len(s)+from, 0)
		}
		if from > len(s) {
			return false
		}
		return strings.Contains(fromUnits(s[from:]), t)
	}
	vals := l.list(coll)
	if from < 0 {
		from = max(len(vals)+from, 0)
	}
	for i := from; i < len(vals); i++ {
		if sameValueZero(vals[i], target) {
			return true
		}
	}
	return false
}

// aggregate makes groupBy, keyBy and countBy: each value goes to the key
// its iteratee gives.
func (l *lib) aggregate(add func(out *goja.Object, key string, val goja.Value)) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		coll, fn := c.Argument(0), l.callback(c, 1)
		out := l.vm.NewObject()
		l.each(coll, func(val, key goja.Value) bool {
			add(out, l.propertyKey(fn(l.argsFor(val, key, coll)...)), val)
			return true
		})
		return out
	}
}

// propertyKey is a value as JavaScript turns it into a property name.
func (l *lib) propertyKey(v goja.Value) string {
	if goja.IsNumber(v) && v.ToFloat() == 0 {
		return "0"
	}
	return v.String()
}

func (l *lib) invokeMethod(o *goja.Object, name string, args ...goja.Value) (goja.Value, bool) {
	fn, ok := goja.AssertFunction(o.Get(name))
	if !ok {
		return goja.Undefined(), false
	}
	return l.invoke(fn, o, args...), true
}

// sortBy sorts stably by each iteratee in turn, descending where desc says.
func (l *lib) sortBy(coll goja.Value, fns []iterFn, desc []bool) []goja.Value {
	if len(fns) == 0 {
		fns = []iterFn{l.iteratee(goja.Undefined(), goja.Undefined())}
	}
	type row struct {
		val      goja.Value
		criteria []goja.Value
	}
	var rows []row
	l.each(coll, func(val, key goja.Value) bool {
		r := row{val: val}
		for _, fn := range fns {
			r.criteria = append(r.criteria, fn(l.argsFor(val, key, coll)...))
		}
		rows = append(rows, r)
		return true
	})
	sort.SliceStable(rows, func(i, j int) bool {
		for k := range fns {
			cmp := compareAscending(rows[i].criteria[k], rows[j].criteria[k])
			if cmp == 0 {
				continue
			}
			if k < len(desc) && desc[k] {
				cmp = -cmp
			}
			return cmp < 0
		}
		return false
	})
	out := make([]goja.Value, len(rows))
	for i, r := range rows {
		out[i] = r.val
	}
	return out
}

func sampleN(vals []goja.Value, n int) []goja.Value {
	n = max(min(n, len(vals)), 0)
	out := append([]goja.Value(nil), vals...)
	rand.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out[:n]
}
