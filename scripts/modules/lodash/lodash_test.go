package lodash

import (
	"os"
	"testing"

	"github.com/dop251/goja"
)

// TestCases runs each case of testdata/cases.txt with both versions and
// compares the rendered result with what real lodash gave in Node.
func TestCases(t *testing.T) {
	src, err := os.ReadFile("testdata/show.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, version := range []int{3, 4} {
		vm := goja.New()
		showV, err := vm.RunString(string(src))
		if err != nil {
			t.Fatal(err)
		}
		show, _ := goja.AssertFunction(showV)
		for _, tc := range cases {
			want := tc.want4
			if version == 3 {
				want = tc.want3
			}
			got := runCase(vm, show, version, tc.src)
			if got != want {
				t.Errorf("lodash %d: %s\n got %s\nwant %s", version, tc.src, got, want)
			}
		}
	}
}

func runCase(vm *goja.Runtime, show goja.Callable, version int, src string) (out string) {
	fnV, err := vm.RunString("(function (_) { return (" + src + "\n); })")
	if err != nil {
		return "!SyntaxError"
	}
	fn, _ := goja.AssertFunction(fnV)
	res, err := fn(goja.Undefined(), New(vm, version))
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if o, isObj := ex.Value().(*goja.Object); isObj {
				return "!" + o.Get("name").String()
			}
		}
		return "!" + err.Error()
	}
	s, err := show(goja.Undefined(), res)
	if err != nil {
		return "!show: " + err.Error()
	}
	return s.String()
}
