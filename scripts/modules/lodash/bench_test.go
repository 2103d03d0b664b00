package lodash

import (
	"testing"

	"github.com/dop251/goja"
)

func BenchmarkNew(b *testing.B) {
	vm := goja.New()
	for i := 0; i < b.N; i++ {
		New(vm, 4)
	}
}

func BenchmarkChain(b *testing.B) {
	vm := goja.New()
	_ = vm.Set("_", New(vm, 4))
	prog := goja.MustCompile("bench", `_.chain(data).filter({active: true}).sortBy('age').map('name').value()`, false)
	_, _ = vm.RunString(`var data = []; for (var i = 0; i < 100; i++) data.push({name: 'n' + i, age: (i * 7) % 13, active: i % 2 === 0});`)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := vm.RunProgram(prog); err != nil {
			b.Fatal(err)
		}
	}
}
