package chai

import (
	"math"

	"github.com/dop251/goja"
)

// typeOf is JS `typeof v`.
func typeOf(v goja.Value) string {
	switch x := v.(type) {
	case nil:
		return "undefined"
	case *goja.Object:
		if _, ok := goja.AssertFunction(x); ok {
			return "function"
		}
		return "object"
	case *goja.Symbol:
		return "symbol"
	}
	switch {
	case goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object"
	case goja.IsNumber(v):
		return "number"
	case goja.IsString(v):
		return "string"
	case goja.IsBigInt(v):
		return "bigint"
	}
	return "boolean"
}

func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

func isNaN(v goja.Value) bool {
	if !goja.IsNumber(v) {
		return false
	}
	return math.IsNaN(v.ToFloat())
}

// strictEquals is JS ===.
func strictEquals(a, b goja.Value) bool {
	return orUndefined(a).StrictEquals(orUndefined(b))
}

// sameValueZero is chai's SameValueZero: === except NaN equals NaN.
func sameValueZero(a, b goja.Value) bool {
	return (isNaN(a) && isNaN(b)) || strictEquals(a, b)
}

// typeDetect is the type-detect package as chai 4.4.1 uses it.
func (b *builtins) typeDetect(v goja.Value) string {
	t := typeOf(v)
	if t != "object" {
		return t
	}
	if goja.IsNull(v) {
		return "null"
	}
	o := v.(*goja.Object)
	if o == b.vm.GlobalObject() {
		return "global"
	}
	if tag, ok := o.GetSymbol(goja.SymToStringTag).(goja.String); ok {
		return tag.String()
	}
	if o.ClassName() == "Array" {
		return "Array"
	}
	switch o.Prototype() {
	case b.regexpProto:
		return "RegExp"
	case b.dateProto:
		return "Date"
	case nil:
		return "Object"
	}
	return b.classOf(o)
}

// get is JS `v[key]` for any non-nullish v; a missing property is undefined.
func (b *builtins) get(v goja.Value, key goja.Value) goja.Value {
	r, _ := b.lookup(v, key)
	return r
}

// getStr is JS `v[name]`.
func (b *builtins) getStr(v goja.Value, name string) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		o = v.ToObject(b.vm)
	}
	if r := o.Get(name); r != nil {
		return r
	}
	return goja.Undefined()
}

// has is JS `key in Object(v)`, false for null/undefined (pathval's hasProperty).
func (b *builtins) has(v goja.Value, key goja.Value) bool {
	if isNullish(v) {
		return false
	}
	o, ok := v.(*goja.Object)
	if !ok {
		o = v.ToObject(b.vm)
	}
	if s, ok := key.(*goja.Symbol); ok {
		return o.GetSymbol(s) != nil
	}
	return o.Get(key.String()) != nil
}

// funcName is get-func-name: a function's name, "" for anonymous ones and
// ok=false for non-functions.
func funcName(v goja.Value) (string, bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return "", false
	}
	if _, ok := goja.AssertFunction(o); !ok {
		return "", false
	}
	n := o.Get("name")
	if n == nil || goja.IsUndefined(n) || goja.IsNull(n) {
		return "", true
	}
	return n.String(), true
}

// jsSlice is s.slice(0, n) counting UTF-16 code units.
func jsSlice(s string, n int) string {
	if n <= 0 {
		return ""
	}
	units := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > n {
			return s[:i]
		}
		units += w
	}
	return s
}

// str is JS string concatenation's ToString(v): symbols throw the
// TypeError V8 throws.
func (b *builtins) str(v goja.Value) string {
	switch x := v.(type) {
	case *goja.Symbol:
		panic(b.vm.NewTypeError("Cannot convert a Symbol value to a string"))
	case *goja.Object:
		// goja's own error for objects without toString/valueOf dumps Go
		// internals; V8's wording is what scripts see under Newman.
		if x.GetSymbol(goja.SymToPrimitive) == nil {
			_, ts := goja.AssertFunction(x.Get("toString"))
			_, vo := goja.AssertFunction(x.Get("valueOf"))
			if !ts && !vo {
				panic(b.vm.NewTypeError("Cannot convert object to primitive value"))
			}
		}
	}
	return orUndefined(v).String()
}

// numberString is String(n) for a JS number.
func numberString(v goja.Value) string { return v.String() }
