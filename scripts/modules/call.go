package modules

import "github.com/dop251/goja"

// Call calls fn as JavaScript does: a TypeError when fn is not a function
// (a script may have replaced JSON.parse or a RegExp's test), and what fn
// throws is thrown on to the script.
func Call(vm *goja.Runtime, fn, this goja.Value, args ...goja.Value) goja.Value {
	f, ok := goja.AssertFunction(fn)
	if !ok {
		panic(vm.NewTypeError("%s is not a function", describe(fn)))
	}
	if this == nil {
		this = goja.Undefined()
	}
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// Method calls o[name](args...).
func Method(vm *goja.Runtime, o *goja.Object, name string, args ...goja.Value) goja.Value {
	return Call(vm, o.Get(name), o, args...)
}

func describe(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	return v.String()
}

// Length is o.length as an integer, 0 when there is none.
func Length(o *goja.Object) int {
	if o == nil {
		return 0
	}
	v := o.Get("length")
	if v == nil {
		return 0
	}
	return int(v.ToInteger())
}

// ForInKeys lists the keys a for-in loop visits: o's own enumerable keys,
// then those of its prototype chain not seen yet (JSON data has only its
// own).
func ForInKeys(o *goja.Object) []string {
	keys := o.Keys()
	seen := map[string]bool{}
	for _, k := range keys {
		seen[k] = true
	}
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		for _, k := range p.Keys() {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// OrUndefined is v, or undefined for a missing (nil) value such as an
// absent argument or property.
func OrUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// ToString is String(v) in JavaScript; a missing value is "undefined".
func ToString(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	return v.String()
}

// IsString reports whether v is a primitive string (not a String object).
func IsString(v goja.Value) bool {
	if v == nil {
		return false
	}
	if _, obj := v.(*goja.Object); obj {
		return false
	}
	_, ok := v.Export().(string)
	return ok
}
