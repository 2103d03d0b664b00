package chai

import (
	"testing"

	"github.com/dop251/goja"
)

// benchLoop compiles a loop running stmt n times so that the measured cost
// is the assertion, not script compilation.
func benchLoop(b *testing.B, setup, stmt string) {
	vm, _ := newTestRuntime(b)
	if _, err := vm.RunString(setup); err != nil {
		b.Fatal(err)
	}
	prg := goja.MustCompile("bench", "(function(n){ for (var i = 0; i < n; i++) { "+stmt+" } })", false)
	fv, err := vm.RunProgram(prg)
	if err != nil {
		b.Fatal(err)
	}
	fn, _ := goja.AssertFunction(fv)
	b.ResetTimer()
	if _, err := fn(goja.Undefined(), vm.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkPropertyEquals(b *testing.B) {
	benchLoop(b, "var obj = {a: 1}", "expect(obj).to.have.property('a').that.equals(1);")
}

func BenchmarkEqlNumber(b *testing.B) {
	benchLoop(b, "", "expect(200).to.eql(200);")
}

func BenchmarkEqlObject(b *testing.B) {
	benchLoop(b, "var x = {a: 1, b: [1, 2, {c: 'd'}]}, y = {a: 1, b: [1, 2, {c: 'd'}]}", "expect(x).to.eql(y);")
}

func BenchmarkIncludeArray(b *testing.B) {
	benchLoop(b, "var arr = [1, 2, 3]", "expect(arr).to.include(2);")
}

func BenchmarkBeAString(b *testing.B) {
	benchLoop(b, "", "expect('x').to.be.a('string');")
}

func BenchmarkFailureMessage(b *testing.B) {
	benchLoop(b, "var obj = {a: 1}", "try { expect(obj).to.have.property('a', 2) } catch (e) {}")
}

// BenchmarkNew is the one-off cost of building expect for a runtime.
func BenchmarkNew(b *testing.B) {
	vm := goja.New()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		New(vm)
	}
}
