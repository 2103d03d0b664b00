package lodash

import (
	"math"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// The helpers here read goja values the way lodash's internals read JS
// values: what counts as array-like, an object, a key path; how two values
// compare.

func (l *lib) invoke(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

func asObject(v goja.Value) (*goja.Object, bool) {
	o, ok := v.(*goja.Object)
	return o, ok
}

func isNil(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

func isFunction(v goja.Value) bool {
	_, ok := goja.AssertFunction(v)
	return ok
}

func isArray(v goja.Value) bool {
	o, ok := asObject(v)
	return ok && o.ClassName() == "Array"
}

func isBool(v goja.Value) bool {
	if _, ok := asObject(v); ok {
		return false
	}
	_, ok := v.Export().(bool)
	return ok
}

func className(v goja.Value) string {
	if o, ok := asObject(v); ok {
		return o.ClassName()
	}
	return ""
}

// lengthOf is the length of an array-like value: an array, a string, or
// an object whose length is a valid array length (lodash 4 leaves out
// functions, lodash 3 counts their arity).
func (l *lib) lengthOf(v goja.Value) (int, bool) {
	if goja.IsString(v) {
		return len(v.ToObject(l.vm).Keys()), true
	}
	o, ok := asObject(v)
	if !ok || !l.v3 && isFunction(v) {
		return 0, false
	}
	lv := o.Get("length")
	if lv == nil || !goja.IsNumber(lv) {
		return 0, false
	}
	f := lv.ToFloat()
	if f < 0 || f != math.Trunc(f) || f > 1<<53-1 {
		return 0, false
	}
	return int(f), true
}

// at reads v[i] of an array-like value.
func (l *lib) at(v goja.Value, i int) goja.Value {
	return modules.OrUndefined(v.ToObject(l.vm).Get(itoa(i)))
}

// list copies an array-like value's elements, or an object's own values.
func (l *lib) list(v goja.Value) []goja.Value {
	var out []goja.Value
	l.each(v, func(val, _ goja.Value) bool {
		out = append(out, val)
		return true
	})
	return out
}

// each visits a collection as lodash's forEach does: array-likes by index,
// reading each element when it is reached; other objects by their own
// enumerable keys, taken before the first visit. f returns false to stop.
func (l *lib) each(coll goja.Value, f func(val, key goja.Value) bool) {
	if isNil(coll) {
		return
	}
	if n, ok := l.lengthOf(coll); ok {
		obj := coll.ToObject(l.vm)
		for i := 0; i < n; i++ {
			if !f(modules.OrUndefined(obj.Get(itoa(i))), l.vm.ToValue(i)) {
				return
			}
		}
		return
	}
	l.forOwn(coll, f)
}

func (l *lib) forOwn(v goja.Value, f func(val, key goja.Value) bool) {
	if isNil(v) {
		return
	}
	obj := v.ToObject(l.vm)
	for _, k := range l.keys(v) {
		if !f(modules.OrUndefined(obj.Get(k)), l.vm.ToValue(k)) {
			return
		}
	}
}

// keys is lodash's keys: indexes of an array-like, own enumerable keys of
// any other object, nothing for a primitive.
func (l *lib) keys(v goja.Value) []string {
	if isNil(v) {
		return nil
	}
	if goja.IsString(v) {
		return v.ToObject(l.vm).Keys()
	}
	o, ok := asObject(v)
	if !ok {
		return nil
	}
	return o.Keys()
}

func (l *lib) arr(vals []goja.Value) *goja.Object {
	items := make([]any, len(vals))
	for i, v := range vals {
		items[i] = v
	}
	return l.vm.NewArray(items...)
}

func (l *lib) str(s string) goja.Value { return l.vm.ToValue(s) }

// toStr is lodash's toString: "" for null and undefined, "-0" for -0,
// arrays joined with commas member by member.
func (l *lib) toStr(v goja.Value) string {
	if isNil(v) {
		return ""
	}
	if goja.IsString(v) {
		return v.String()
	}
	if isArray(v) && l.v3 {
		return v.String()
	}
	if isArray(v) {
		// Members are converted as by String(): null is "null" here.
		parts := []string{}
		for _, e := range l.list(v) {
			if isNil(e) {
				parts = append(parts, e.String())
			} else {
				parts = append(parts, l.toStr(e))
			}
		}
		return strings.Join(parts, ",")
	}
	if goja.IsNumber(v) {
		f := v.ToFloat()
		if f == 0 && math.Signbit(f) {
			return "-0"
		}
	}
	return v.String()
}

// sameValueZero is lodash's eq.
func sameValueZero(a, b goja.Value) bool {
	if goja.IsNumber(a) && goja.IsNumber(b) {
		x, y := a.ToFloat(), b.ToFloat()
		return x == y || (math.IsNaN(x) && math.IsNaN(y))
	}
	return a.StrictEquals(b)
}

// valueSet holds values under SameValueZero, primitives by value and
// objects by identity.
type valueSet struct {
	prims map[any]bool
	objs  map[*goja.Object]bool
}

func newValueSet() *valueSet {
	return &valueSet{prims: map[any]bool{}, objs: map[*goja.Object]bool{}}
}

type primKey struct {
	kind string
	val  any
}

func keyOf(v goja.Value) primKey {
	switch {
	case goja.IsUndefined(v):
		return primKey{"u", nil}
	case goja.IsNull(v):
		return primKey{"n", nil}
	case goja.IsNumber(v):
		f := v.ToFloat()
		if math.IsNaN(f) {
			return primKey{"nan", nil}
		}
		if f == 0 {
			f = 0
		}
		return primKey{"num", f}
	case goja.IsString(v):
		return primKey{"s", v.String()}
	}
	return primKey{"o", v.Export()}
}

// add reports whether v was new.
func (s *valueSet) add(v goja.Value) bool {
	if s.has(v) {
		return false
	}
	if o, ok := asObject(v); ok {
		s.objs[o] = true
	} else {
		s.prims[keyOf(v)] = true
	}
	return true
}

func (s *valueSet) has(v goja.Value) bool {
	if o, ok := asObject(v); ok {
		return s.objs[o]
	}
	return s.prims[keyOf(v)]
}

func (l *lib) setOf(vals []goja.Value) *valueSet {
	s := newValueSet()
	for _, v := range vals {
		s.add(v)
	}
	return s
}

// jsLess is JavaScript's a < b for the values sorting meets: strings by
// code unit order, anything else as numbers.
func jsLess(a, b goja.Value) bool {
	if isStringish(a) && isStringish(b) {
		return a.String() < b.String()
	}
	x, y := a.ToFloat(), b.ToFloat()
	return x < y
}

func isStringish(v goja.Value) bool {
	if goja.IsString(v) {
		return true
	}
	o, ok := asObject(v)
	return ok && o.ClassName() != "Date" && o.ClassName() != "Number"
}

// compareAscending orders values as lodash's sortBy does: NaN last, then
// undefined, then null before them; others by <.
func compareAscending(a, b goja.Value) int {
	if sameValueZero(a, b) {
		return 0
	}
	rank := func(v goja.Value) int {
		switch {
		case goja.IsNumber(v) && math.IsNaN(v.ToFloat()):
			return 3
		case goja.IsUndefined(v):
			return 2
		case goja.IsNull(v):
			return 1
		}
		return 0
	}
	ra, rb := rank(a), rank(b)
	if ra != 0 || rb != 0 {
		return sign(ra - rb)
	}
	if jsLess(b, a) {
		return 1
	}
	if jsLess(a, b) {
		return -1
	}
	return 0
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func itoa(i int) string {
	if i >= 0 && i < 10 {
		return string(rune('0' + i))
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}

// toInteger is lodash 4's toInteger: finite, truncated, NaN as 0.
func toInteger(v goja.Value) int {
	f := v.ToFloat()
	switch {
	case math.IsNaN(f):
		return 0
	case f > 1<<53:
		return 1 << 53
	case f < -(1 << 53):
		return -(1 << 53)
	}
	return int(f)
}

// countArg is the optional count at argument i of take, drop, chunk,
// repeat…: 1 when undefined, and 1 too when a guard follows it, as when
// the function is an iteratee (_.map(lists, _.first) passes an index).
func (l *lib) countArg(c goja.FunctionCall, i int) int {
	if l.guarded(c, i+1) {
		return 1
	}
	return intArg(c, i, 1)
}

// guarded reports whether argument i is lodash's guard, set when the
// function is called as an iteratee (value, index, collection): lodash 4
// mostly takes any truthy guard, lodash 3 checks the call's shape.
func (l *lib) guarded(c goja.FunctionCall, i int) bool {
	if l.v3 {
		return l.isIterateeCall(c, i)
	}
	return c.Argument(i).ToBoolean()
}

// isIterateeCall reports whether arguments i-2, i-1 and i look like
// (value, index, collection): collection[index] is value.
func (l *lib) isIterateeCall(c goja.FunctionCall, i int) bool {
	if i < 2 {
		return false
	}
	value, index, coll := c.Argument(i-2), c.Argument(i-1), c.Argument(i)
	o, ok := asObject(coll)
	if !ok {
		return false
	}
	switch {
	case goja.IsNumber(index):
		n, isArr := l.lengthOf(coll)
		f := index.ToFloat()
		if !isArr || f < 0 || f >= float64(n) || f != float64(int(f)) {
			return false
		}
	case goja.IsString(index):
		if !hasProperty(o, index.String()) {
			return false
		}
	default:
		return false
	}
	return sameValueZero(modules.OrUndefined(o.Get(l.keyString(index))), value)
}

// intArg reads an optional integer argument; undefined takes def.
func intArg(c goja.FunctionCall, i, def int) int {
	v := c.Argument(i)
	if goja.IsUndefined(v) {
		return def
	}
	return toInteger(v)
}
