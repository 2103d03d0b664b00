package chai

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// conformanceCase is a script run against expect and its outcome inside
// Newman 6.2.2's sandbox (chai 4.4.1): "ok", or the thrown error as
// "Name: message".
type conformanceCase struct {
	group, code, want string
}

func newTestRuntime(t testing.TB) (*goja.Runtime, *Expect) {
	t.Helper()
	vm := goja.New()
	e := New(vm)
	if err := vm.Set("expect", e.Function()); err != nil {
		t.Fatal(err)
	}
	return vm, e
}

// outcome runs code and reports it the way the case tables spell it.
func outcome(vm *goja.Runtime, code string) string {
	_, err := vm.RunString("(function(){" + code + "\n})()")
	if err == nil {
		return "ok"
	}
	ex, ok := err.(*goja.Exception)
	if !ok {
		return "go error: " + err.Error()
	}
	v := ex.Value()
	o, ok := v.(*goja.Object)
	if !ok {
		return "thrown: " + v.String()
	}
	return o.Get("name").String() + ": " + o.Get("message").String()
}

func TestConformance(t *testing.T) {
	vm, _ := newTestRuntime(t)
	for _, c := range append(conformanceCases[:len(conformanceCases):len(conformanceCases)], fuzzCases...) {
		if got := outcome(vm, c.code); got != c.want {
			t.Errorf("[%s] %s\n got: %s\nwant: %s", c.group, c.code, got, c.want)
		}
	}
}

// errorPropCase is the shape of the AssertionError Newman's chai throws
// for a script: its own enumerable keys in order, showDiff, and chai's rendering
// of operator, actual and expected ("-" when absent).
type errorPropCase struct {
	code, keys, showDiff, operator, actual, expected string
}

func TestAssertionErrorProperties(t *testing.T) {
	vm, e := newTestRuntime(t)
	show := func(o *goja.Object, k string) string {
		for _, key := range o.Keys() {
			if key == k {
				return e.Inspect(o.Get(k))
			}
		}
		return "-"
	}
	for _, c := range errorPropCases {
		_, err := vm.RunString("(function(){" + c.code + "\n})()")
		ex, ok := err.(*goja.Exception)
		if !ok {
			t.Errorf("%s: want an AssertionError, got %v", c.code, err)
			continue
		}
		o := ex.Value().(*goja.Object)
		got := errorPropCase{c.code, strings.Join(o.Keys(), ","), o.Get("showDiff").String(),
			show(o, "operator"), show(o, "actual"), show(o, "expected")}
		if got != c {
			t.Errorf("%s\n got: %q\nwant: %q", c.code, got, c)
		}
	}
}
