package lodash

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// isEqual is lodash's deep equality: primitives by SameValueZero, arrays
// and objects member by member with their own enumerable keys, Dates by
// time, RegExps by source and flags, boxed primitives by value.
func (l *lib) isEqual(a, b goja.Value) bool {
	return l.equal(a, b, false, nil)
}

// isMatch is lodash's partial comparison: every key of src matches in obj,
// and each member of a source array matches some member of obj's array.
func (l *lib) isMatch(obj, src goja.Value) bool {
	so, ok := asObject(src)
	if !ok {
		return true
	}
	keys := so.Keys()
	if len(keys) == 0 {
		return true
	}
	if isNil(obj) {
		return false
	}
	o := obj.ToObject(l.vm)
	for _, k := range keys {
		if !hasProperty(o, k) {
			return false
		}
		if !l.memberEqual(modules.OrUndefined(o.Get(k)), modules.OrUndefined(so.Get(k)), l.str(k), o, so, true, nil) {
			return false
		}
	}
	return true
}

// tagOf is the Object.prototype.toString tag of a value, as lodash's
// equality compares boxed and plain primitives.
func tagOf(v goja.Value) string {
	switch {
	case goja.IsString(v):
		return "String"
	case goja.IsNumber(v):
		return "Number"
	case isBool(v):
		return "Boolean"
	}
	if o, ok := asObject(v); ok {
		return o.ClassName()
	}
	return ""
}

// memberEqual compares members a and b (at key of objects ao and bo),
// asking the isEqualWith or isMatchWith customizer first if there is one.
func (l *lib) memberEqual(a, b, key goja.Value, ao, bo *goja.Object, partial bool, seen map[pair]bool) bool {
	if l.eqCustom != nil {
		if r := l.invoke(l.eqCustom, goja.Undefined(), a, b, key, ao, bo); !goja.IsUndefined(r) {
			return r.ToBoolean()
		}
	}
	return l.equal(a, b, partial, seen)
}

// withEqCustomizer runs f with customizer (when a function) consulted by
// every comparison, as isEqualWith does.
func (l *lib) withEqCustomizer(customizer goja.Value, f func() bool) bool {
	fn, ok := goja.AssertFunction(customizer)
	if !ok {
		return f()
	}
	saved := l.eqCustom
	l.eqCustom = fn
	defer func() { l.eqCustom = saved }()
	return f()
}

type pair struct{ a, b *goja.Object }

func (l *lib) equal(a, b goja.Value, partial bool, seen map[pair]bool) bool {
	ao, aObj := asObject(a)
	bo, bObj := asObject(b)
	if !aObj || !bObj {
		if aObj != bObj && tagOf(a) == tagOf(b) {
			// A boxed primitive equals the primitive it holds.
			if tagOf(a) == "Number" {
				return sameValueZero(l.vm.ToValue(a.ToFloat()), l.vm.ToValue(b.ToFloat()))
			}
			return tagOf(a) != "" && a.String() == b.String()
		}
		return !aObj && !bObj && sameValueZero(a, b)
	}
	if ao == bo {
		return true
	}
	if ao.ClassName() != bo.ClassName() {
		return false
	}
	switch ao.ClassName() {
	case "Date", "Number":
		return sameValueZero(l.vm.ToValue(ao.ToFloat()), l.vm.ToValue(bo.ToFloat()))
	case "RegExp", "String", "Boolean", "Error":
		return ao.String() == bo.String()
	case "Function":
		return false
	}
	if seen == nil {
		seen = map[pair]bool{}
	}
	if seen[pair{ao, bo}] {
		return true
	}
	seen[pair{ao, bo}] = true
	defer delete(seen, pair{ao, bo})
	if ao.ClassName() == "Array" {
		return l.equalArrays(ao, bo, partial, seen)
	}
	// a is the object and b the source when partial: b's keys decide.
	ak, bk := ao.Keys(), bo.Keys()
	keys, other := ak, bo
	if partial {
		keys, other = bk, ao
	} else if len(ak) != len(bk) {
		return false
	}
	for _, k := range keys {
		if !hasOwn(other, k) || !l.memberEqual(modules.OrUndefined(ao.Get(k)), modules.OrUndefined(bo.Get(k)), l.str(k), ao, bo, partial, seen) {
			return false
		}
	}
	if !partial {
		ac, bc := ao.Get("constructor"), bo.Get("constructor")
		if ac != nil && bc != nil && !hasOwn(ao, "constructor") && !ac.SameAs(bc) {
			return false
		}
	}
	return true
}

func (l *lib) equalArrays(ao, bo *goja.Object, partial bool, seen map[pair]bool) bool {
	av, bv := l.list(ao), l.list(bo)
	if partial {
		// Each member of the source b must match some member of a.
		if len(bv) > len(av) {
			return false
		}
		for i, want := range bv {
			found := false
			for _, got := range av {
				if l.memberEqual(got, want, l.vm.ToValue(i), ao, bo, true, seen) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	if len(av) != len(bv) {
		return false
	}
	for i := range av {
		if !l.memberEqual(av[i], bv[i], l.vm.ToValue(i), ao, bo, false, seen) {
			return false
		}
	}
	return true
}

// clone copies v as lodash's clone (deep: cloneDeep) does for the values
// scripts hold: arrays, plain objects, Dates, RegExps, boxed primitives.
// Functions and errors become {} at the top and stay as they are inside.
func (l *lib) clone(v goja.Value, deep bool, seen map[*goja.Object]*goja.Object) goja.Value {
	o, ok := asObject(v)
	if !ok {
		return v
	}
	if c, done := seen[o]; done {
		return c
	}
	switch o.ClassName() {
	case "Date":
		d, _ := l.vm.New(l.vm.Get("Date"), l.vm.ToValue(o.ToFloat()))
		return d
	case "RegExp":
		r, _ := l.vm.New(l.vm.Get("RegExp"), o)
		_ = r.Set("lastIndex", o.Get("lastIndex"))
		return r
	case "Function", "Error":
		// Uncloneable: {} at the top, kept as they are inside.
		if seen != nil {
			return o
		}
		return l.vm.NewObject()
	case "String", "Number", "Boolean":
		return v.ToObject(l.vm)
	}
	var out *goja.Object
	if o.ClassName() == "Array" {
		out = l.vm.NewArray()
	} else {
		out = l.vm.CreateObject(o.Prototype())
	}
	if seen == nil {
		seen = map[*goja.Object]*goja.Object{}
	}
	seen[o] = out
	for _, k := range o.Keys() {
		val := modules.OrUndefined(o.Get(k))
		if deep {
			val = l.cloneMember(val, l.str(k), o, seen)
		}
		_ = out.Set(k, val)
	}
	return out
}

// cloneMember deep-clones a member, asking the cloneDeepWith customizer
// first if there is one.
func (l *lib) cloneMember(v, key goja.Value, parent *goja.Object, seen map[*goja.Object]*goja.Object) goja.Value {
	if l.cloneCustom != nil {
		if r := l.invoke(l.cloneCustom, goja.Undefined(), v, key, parent); !goja.IsUndefined(r) {
			return r
		}
	}
	return l.clone(v, true, seen)
}

// cloneWith clones v (deeply or not) with customizer, when a function,
// deciding first at every level.
func (l *lib) cloneWith(v goja.Value, deep bool, customizer goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(customizer)
	if !ok {
		return l.clone(v, deep, nil)
	}
	if r := l.invoke(fn, goja.Undefined(), v); !goja.IsUndefined(r) {
		return r
	}
	saved := l.cloneCustom
	l.cloneCustom = fn
	defer func() { l.cloneCustom = saved }()
	return l.clone(v, deep, nil)
}
