package scripts

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/dop251/goja"
)

// sugarSource extends the native prototypes the way the Sugar library that
// postman-sandbox loads into every script does (String#has, Array#first,
// Object.merge, Number#format, ...). Collections written for Postman rely
// on these without knowing they are not JavaScript.
//
//go:embed sugar.js
var sugarSource string

var (
	sugarOnce    sync.Once
	sugarProgram *goja.Program
	sugarErr     error
)

// installSugar runs the Sugar extensions in vm. The source is compiled once
// per process; each runtime only runs the compiled program.
func installSugar(vm *goja.Runtime) error {
	sugarOnce.Do(func() {
		sugarProgram, sugarErr = goja.Compile("sugar.js", sugarSource, true)
	})
	if sugarErr != nil {
		return fmt.Errorf("compile sugar extensions: %w", sugarErr)
	}
	if _, err := vm.RunProgram(sugarProgram); err != nil {
		return fmt.Errorf("install sugar extensions: %w", err)
	}
	return nil
}
