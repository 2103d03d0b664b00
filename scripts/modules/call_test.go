package modules

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestForInKeys(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`({b: 1, a: 2})`, "b,a"},
		{`({})`, ""},
		// Inherited enumerable keys follow the own ones, once each;
		// non-enumerable ones are left out.
		{`(function () {
			const base = {x: 1, shared: 2};
			Object.defineProperty(base, 'hidden', {value: 3, enumerable: false});
			const o = Object.create(base);
			o.own = 1; o.shared = 4;
			return o;
		})()`, "own,shared,x"},
	} {
		v, err := goja.New().RunString(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(ForInKeys(v.(*goja.Object)), ","); got != tt.want {
			t.Errorf("%s: keys %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestValueHelpers(t *testing.T) {
	vm := goja.New()
	boxed, err := vm.RunString(`new String("s")`)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		v        goja.Value
		str      string
		isString bool
	}{
		{"missing", nil, "undefined", false},
		{"undefined", goja.Undefined(), "undefined", false},
		{"null", goja.Null(), "null", false},
		{"string", vm.ToValue("s"), "s", true},
		{"String object", boxed, "s", false},
		{"number", vm.ToValue(1.5), "1.5", false},
	} {
		if got := ToString(tt.v); got != tt.str {
			t.Errorf("%s: ToString %q, want %q", tt.name, got, tt.str)
		}
		if got := IsString(tt.v); got != tt.isString {
			t.Errorf("%s: IsString %v, want %v", tt.name, got, tt.isString)
		}
		if got := OrUndefined(tt.v); got == nil || tt.v != nil && got != tt.v {
			t.Errorf("%s: OrUndefined gave %v", tt.name, got)
		}
	}
	if !goja.IsUndefined(OrUndefined(nil)) {
		t.Error("OrUndefined(nil) is not undefined")
	}
}
