package scripts

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// sugarFiles extend the native prototypes the way the Sugar library that
// postman-sandbox loads into every script does (String#has, Array#first,
// Object.merge, Number#format, ...). Collections written for Postman rely
// on these without knowing they are not JavaScript.
//
//go:embed sugar_*.js
var sugarFiles embed.FS

// sugarParts lists the files in the order they run; the first holds the
// helpers the others use.
var sugarParts = []string{"core", "array", "string", "number", "object", "date"}

// sugarSource joins the parts into the body of one function, so that the
// helpers stay out of the script's global scope.
func sugarSource() (string, error) {
	var b strings.Builder
	b.WriteString("(function () {\n")
	for _, part := range sugarParts {
		src, err := sugarFiles.ReadFile("sugar_" + part + ".js")
		if err != nil {
			return "", err
		}
		b.Write(src)
	}
	b.WriteString("})();\n")
	return b.String(), nil
}

var (
	sugarOnce    sync.Once
	sugarProgram *goja.Program
	sugarErr     error
)

// installSugar runs the Sugar extensions in vm. The source is compiled once
// per process; each runtime only runs the compiled program.
func installSugar(vm *goja.Runtime) error {
	sugarOnce.Do(func() {
		src, err := sugarSource()
		if err != nil {
			sugarErr = err
			return
		}
		sugarProgram, sugarErr = goja.Compile("sugar.js", src, true)
	})
	if sugarErr != nil {
		return fmt.Errorf("compile sugar extensions: %w", sugarErr)
	}
	if _, err := vm.RunProgram(sugarProgram); err != nil {
		return fmt.Errorf("install sugar extensions: %w", err)
	}
	return nil
}
