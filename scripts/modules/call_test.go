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
