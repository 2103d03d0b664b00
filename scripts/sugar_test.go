package scripts

import (
	"os"
	"testing"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules/core"
)

// TestSugarMatchesNode runs every case of sugar_cases_test.go (generated
// from node with the vendored Sugar loaded) against the goja extensions.
func TestSugarMatchesNode(t *testing.T) {
	show, err := os.ReadFile("testdata/sugar/show.js")
	if err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	if err := installSugar(vm); err != nil {
		t.Fatal(err)
	}
	// encodeBase64 and decodeBase64 use the sandbox's global btoa and atob.
	vm.Set("btoa", core.Btoa(vm))
	vm.Set("atob", core.Atob(vm))
	if _, err := vm.RunString(string(show)); err != nil {
		t.Fatal(err)
	}
	run, ok := goja.AssertFunction(vm.Get("run"))
	if !ok {
		t.Fatal("show.js defines no run function")
	}
	for _, c := range sugarCases {
		got, err := run(goja.Undefined(), vm.ToValue(c.expr))
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if got.String() != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.expr, got, c.want)
		}
	}
}

// TestSugarInScripts checks that collection scripts see the extensions, as
// Newman's super-sandbox-test expects of String#has.
func TestSugarInScripts(t *testing.T) {
	h := newHarness(t, Options{})
	res := h.run("test", `
tests["has"] = "diabetes".has("betes");
pm.test("array", function () { pm.expect([3, 1, 2].max()).to.equal(3) });
pm.test("json arrays", function () { pm.expect(pm.response.json().b.last()).to.equal(2) });
pm.test("for-in", function () { var k = []; for (var i in [7]) k.push(i); pm.expect(k).to.eql(["0"]) });`)
	got := map[string]bool{}
	for _, o := range outcome(res) {
		got[o] = true
	}
	for _, w := range []string{"has: ok", "array: ok", "json arrays: ok", "for-in: ok"} {
		if !got[w] {
			t.Errorf("missing %q in %v", w, outcome(res))
		}
	}
	if len(got) != 4 {
		t.Errorf("got %v, want 4 passing assertions", outcome(res))
	}
}

// TestSugarInstallCost keeps the per-runtime cost of the extensions small:
// the program is compiled once per process and only run per runtime.
// BenchmarkInstallSugar measures what Sugar adds to a runtime's start
// (make bench); speed is never a test's pass condition.
func BenchmarkInstallSugar(b *testing.B) {
	if err := installSugar(goja.New()); err != nil { // compiles once
		b.Fatal(err)
	}
	for b.Loop() {
		if err := installSugar(goja.New()); err != nil {
			b.Fatal(err)
		}
	}
}
