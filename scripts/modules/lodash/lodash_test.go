package lodash

import (
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestCases runs each case of testdata/cases.txt with both versions and
// compares the rendered result with what real lodash gave in Node.
func TestCases(t *testing.T) {
	load := loadShow(t)
	for _, version := range []int{3, 4} {
		vm := goja.New()
		show := load(vm)
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

// shared holds one lodash per runtime for the cases that leave it as it
// was; a case that changes lodash itself gets its own.
var shared = map[*goja.Runtime]*goja.Object{}

func runCase(vm *goja.Runtime, show goja.Callable, version int, src string) (out string) {
	fnV, err := vm.RunString("(function (_) { return (" + src + "\n); })")
	if err != nil {
		return "!SyntaxError"
	}
	fn, _ := goja.AssertFunction(fnV)
	lodash := shared[vm]
	if lodash == nil || strings.Contains(src, "mixin") || strings.Contains(src, "templateSettings") {
		lodash = New(vm, version)
		if shared[vm] == nil {
			shared[vm] = lodash
		}
	}
	res, err := fn(goja.Undefined(), lodash)
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

// TestTimersAsInNewman covers what Newman's sandbox does differently from
// lodash in Node: its bundled lodash has no setTimeout, so debounce,
// throttle, delay and defer throw a TypeError as soon as they would start
// a timer. Expectations are what Newman 6.2.2 printed for these lines.
func TestTimersAsInNewman(t *testing.T) {
	tests := []struct {
		src          string
		want3, want4 string
	}{
		{`typeof _.debounce(function () {}, 10)`, `"function"`, `"function"`},
		{`typeof _.debounce(function () {}, 10).cancel`, `"function"`, `"function"`},
		{`_.debounce(function () {}, 10)()`, "!TypeError", "!TypeError"},
		{`_.debounce(function () {}, 10, {leading: true})()`, "!TypeError", "!TypeError"},
		{`_.delay(function () {}, 10)`, "!TypeError", "!TypeError"},
		{`_.defer(function () {})`, "!TypeError", "!TypeError"},
		{`(function () { var n = 0, t = _.throttle(function (x) { n++; return x; }, 10000); return [t(1), n]; })()`, "[1,1]", "!TypeError"},
		{`(function () { var t = _.throttle(function (x) { return x; }, 10000); t(1); return t(2); })()`, "!TypeError", "!TypeError"},
		{`_.throttle(function (x) { return x; }, 10, {leading: false})(1)`, "!TypeError", "!TypeError"},
		{`(function () { var n = 0, f = _.once(function (x) { n++; return x; }); return [f(1), f(2), n]; })()`, "[1,1,1]", "[1,1,1]"},
	}
	show := loadShow(t)
	for _, version := range []int{3, 4} {
		vm := goja.New()
		fn := show(vm)
		for _, tc := range tests {
			want := tc.want4
			if version == 3 {
				want = tc.want3
			}
			if got := runCase(vm, fn, version, tc.src); got != want {
				t.Errorf("lodash %d: %s\n got %s\nwant %s", version, tc.src, got, want)
			}
		}
	}
}

func loadShow(t *testing.T) func(vm *goja.Runtime) goja.Callable {
	src, err := os.ReadFile("testdata/show.js")
	if err != nil {
		t.Fatal(err)
	}
	return func(vm *goja.Runtime) goja.Callable {
		v, err := vm.RunString(string(src))
		if err != nil {
			t.Fatal(err)
		}
		fn, _ := goja.AssertFunction(v)
		return fn
	}
}
