package chai

import (
	"sort"

	"github.com/dop251/goja"
)

// deepEqual is chai's deep-eql (4.x): type-aware structural equality where
// NaN equals NaN, +0 differs from -0, objects compare by enumerable keys
// (own, inherited and symbols), and cycles are handled by memoising pairs.
func (b *builtins) deepEqual(left, right goja.Value) bool {
	left, right = orUndefined(left), orUndefined(right)
	if res, decided := simpleEqual(left, right); decided {
		return res
	}
	d := deepEq{b: b}
	return d.extensive(left.(*goja.Object), right.(*goja.Object))
}

// simpleEqual settles primitives (anything but non-null, non-function
// objects); decided is false when both sides need a structural compare.
func simpleEqual(l, r goja.Value) (result, decided bool) {
	if l.StrictEquals(r) {
		if goja.IsNumber(l) && l.ToFloat() == 0 {
			return isNegZero(l) == isNegZero(r), true
		}
		return true, true
	}
	if isNaN(l) && isNaN(r) {
		return true, true
	}
	if isPrimitive(l) || isPrimitive(r) {
		return false, true
	}
	return false, false
}

func isNegZero(v goja.Value) bool {
	f := v.ToFloat()
	return f == 0 && 1/f < 0
}

// isPrimitive is deep-eql's test: null or typeof !== 'object'.
func isPrimitive(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return true
	}
	_, fn := goja.AssertFunction(o)
	return fn
}

type objPair struct{ l, r *goja.Object }

type deepEq struct {
	b     *builtins
	memo  map[objPair]bool
	depth int
}

func (d *deepEq) equal(l, r goja.Value) bool {
	if res, decided := simpleEqual(l, r); decided {
		return res
	}
	if d.depth++; d.depth > maxNesting {
		panic(d.b.stackOverflow())
	}
	defer func() { d.depth-- }()
	return d.extensive(l.(*goja.Object), r.(*goja.Object))
}

func (d *deepEq) extensive(l, r *goja.Object) bool {
	if res, ok := d.memo[objPair{l, r}]; ok {
		return res
	}
	if res, ok := d.memo[objPair{r, l}]; ok {
		return res
	}
	if d.memo == nil {
		d.memo = make(map[objPair]bool)
	}
	lt := d.b.typeDetect(l)
	if lt != d.b.typeDetect(r) {
		d.memo[objPair{l, r}] = false
		return false
	}
	d.memo[objPair{l, r}] = true
	res := d.byType(l, r, lt)
	d.memo[objPair{l, r}] = res
	return res
}

func (d *deepEq) byType(l, r *goja.Object, typ string) bool {
	b := d.b
	switch typ {
	case "String", "Number", "Boolean", "Date":
		return d.b.deepEqual(b.callMethod(l, "valueOf"), b.callMethod(r, "valueOf"))
	case "Promise", "Symbol", "function", "WeakMap", "WeakSet":
		return l == r
	case "Error":
		for _, k := range []string{"name", "message", "code"} {
			if !d.equal(b.getStr(l, k), b.getStr(r, k)) {
				return false
			}
		}
		return true
	case "Arguments", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
		"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "Array":
		return d.iterableEqual(b.arrayValues(l), b.arrayValues(r))
	case "RegExp":
		return l.String() == r.String()
	case "Generator":
		return d.iterableEqual(b.generatorEntries(l), b.generatorEntries(r))
	case "DataView":
		return bytesOf(b.getStr(l, "buffer")) == bytesOf(b.getStr(r, "buffer"))
	case "ArrayBuffer":
		return bytesOf(l) == bytesOf(r)
	case "Set", "Map":
		return d.entriesEqual(l, r, typ == "Map")
	}
	return d.objectEqual(l, r)
}

func bytesOf(v goja.Value) string {
	if ab, ok := v.Export().(goja.ArrayBuffer); ok {
		return string(ab.Bytes())
	}
	return ""
}

func (d *deepEq) iterableEqual(l, r []goja.Value) bool {
	if len(l) != len(r) {
		return false
	}
	for i := range l {
		if !d.equal(l[i], r[i]) {
			return false
		}
	}
	return true
}

// entriesEqual compares Maps and Sets as deep-eql does: gather
// [value, key] pairs (forEach order), sort them by their string form, and
// compare pairwise.
func (d *deepEq) entriesEqual(l, r *goja.Object, isMap bool) bool {
	b := d.b
	ls, rs := b.getStr(l, "size"), b.getStr(r, "size")
	if !ls.StrictEquals(rs) {
		return false
	}
	if ls.ToFloat() == 0 {
		return true
	}
	gather := func(o *goja.Object) [][2]goja.Value {
		var out [][2]goja.Value
		b.forEachEntry(o, isMap, func(k, v goja.Value) { out = append(out, [2]goja.Value{v, k}) })
		b.sortPairs(out)
		return out
	}
	le, re := gather(l), gather(r)
	if len(le) != len(re) {
		return false
	}
	for i := range le {
		if !d.equal(le[i][0], re[i][0]) || !d.equal(le[i][1], re[i][1]) {
			return false
		}
	}
	return true
}

// joinString is how Array.prototype.join shows an element.
func (b *builtins) joinString(v goja.Value) string {
	if isNullish(v) {
		return ""
	}
	return b.str(v)
}

// sortPairs is Array.prototype.sort() on [a, b] pairs: by "a,b".
func (b *builtins) sortPairs(p [][2]goja.Value) {
	keys := make([]string, len(p))
	for i, e := range p {
		keys[i] = b.joinString(e[0]) + "," + b.joinString(e[1])
	}
	idx := make([]int, len(p))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return keys[idx[i]] < keys[idx[j]] })
	sorted := make([][2]goja.Value, len(p))
	for i, k := range idx {
		sorted[i] = p[k]
	}
	copy(p, sorted)
}

// sortDefault is Array.prototype.sort() without a comparator: undefined
// last, everything else by its string form.
func (b *builtins) sortDefault(vals []goja.Value) {
	type keyed struct {
		undef bool
		s     string
		v     goja.Value
	}
	ks := make([]keyed, len(vals))
	for i, v := range vals {
		ks[i] = keyed{undef: goja.IsUndefined(v), v: v}
		if !ks[i].undef {
			ks[i].s = b.str(v)
		}
	}
	sort.SliceStable(ks, func(i, j int) bool {
		if ks[i].undef || ks[j].undef {
			return !ks[i].undef && ks[j].undef
		}
		return ks[i].s < ks[j].s
	})
	for i := range ks {
		vals[i] = ks[i].v
	}
}

func (d *deepEq) objectEqual(l, r *goja.Object) bool {
	b := d.b
	lk, rk := b.enumerableKeys(l), b.enumerableKeys(r)
	if len(lk) > 0 && len(lk) == len(rk) {
		if !sameKeySet(lk, rk) {
			return false
		}
		for _, k := range lk {
			if !d.equal(b.get(l, k), b.get(r, k)) {
				return false
			}
		}
		return true
	}
	le, re := b.iteratorEntries(l), b.iteratorEntries(r)
	if len(le) > 0 && len(le) == len(re) {
		b.sortDefault(le)
		b.sortDefault(re)
		return d.iterableEqual(le, re)
	}
	return len(lk) == 0 && len(le) == 0 && len(rk) == 0 && len(re) == 0
}

// sameKeySet compares two key lists after sorting them by name (symbols
// by their "Symbol(desc)" form), as deep-eql does.
func sameKeySet(lk, rk []goja.Value) bool {
	name := func(k goja.Value) string {
		if s, ok := k.(*goja.Symbol); ok {
			return "Symbol(" + s.String() + ")"
		}
		return k.String()
	}
	ln, rn := make([]string, len(lk)), make([]string, len(rk))
	for i := range lk {
		ln[i], rn[i] = name(lk[i]), name(rk[i])
	}
	sort.Strings(ln)
	sort.Strings(rn)
	for i := range ln {
		if ln[i] != rn[i] {
			return false
		}
	}
	return true
}

// enumerableKeys is deep-eql's for..in keys plus own enumerable symbols.
func (b *builtins) enumerableKeys(o *goja.Object) []goja.Value {
	var out []goja.Value
	own := o.Keys()
	for _, k := range own {
		out = append(out, b.vm.ToValue(k))
	}
	if p := o.Prototype(); p != nil && p != b.objectProto {
		seen := make(map[string]bool, len(own))
		for _, k := range own {
			seen[k] = true
		}
		for ; p != nil && p != b.objectProto; p = p.Prototype() {
			for _, k := range p.Keys() {
				if !seen[k] {
					seen[k] = true
					out = append(out, b.vm.ToValue(k))
				}
			}
		}
	}
	for _, s := range o.Symbols() {
		if b.call(b.propIsEnumerable, o, s).ToBoolean() {
			out = append(out, s)
		}
	}
	return out
}

// iteratorEntries collects what obj[Symbol.iterator]() yields, including
// the final done value as deep-eql does; [] when not iterable or on error.
func (b *builtins) iteratorEntries(o *goja.Object) (out []goja.Value) {
	f, ok := goja.AssertFunction(o.GetSymbol(goja.SymIterator))
	if !ok {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			out = nil
		}
	}()
	it := b.call(f, o)
	return b.generatorEntries(it)
}

// generatorEntries is deep-eql's getGeneratorEntries: every value next()
// returns, including the one with done === true.
func (b *builtins) generatorEntries(gen goja.Value) []goja.Value {
	res := b.callMethod(gen, "next")
	out := []goja.Value{b.getStr(res, "value")}
	for b.getStr(res, "done").StrictEquals(b.vm.ToValue(false)) {
		res = b.callMethod(gen, "next")
		out = append(out, b.getStr(res, "value"))
	}
	return out
}
