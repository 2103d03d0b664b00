package lodash

import (
	"fmt"
	"sort"
	"testing"

	"github.com/dop251/goja"
)

// TestOddArgumentsNeverPanic calls every function, directly and through a
// chain, with combinations of odd arguments: a script may get a
// JavaScript error back, never a Go panic.
func TestOddArgumentsNeverPanic(t *testing.T) {
	args := []string{"undefined", "null", "NaN", "-1", "0", "2.5", "1e300", "''", "'a.b[0]'", "[]", "[1, [2], {a: 1}]",
		"{}", "{a: {b: [1]}, length: 2}", "function (x) { return x; }", "true", "new Date(0)", "/x/g", "Symbol('s')"}
	for _, version := range []int{3, 4} {
		vm := goja.New()
		vm.SetMaxCallStackSize(200)
		lodash := New(vm, version)
		_ = vm.Set("_", lodash)
		names := lodash.Keys()
		sort.Strings(names)
		for _, name := range names {
			if !isFunction(lodash.Get(name)) || name == "mixin" || name == "runInContext" || name == "bindAll" {
				continue
			}
			for i, a := range args {
				b, c := args[(i*7+3)%len(args)], args[(i*5+1)%len(args)]
				for _, src := range []string{
					fmt.Sprintf("_.%s(%s, %s, %s)", name, a, b, c),
					fmt.Sprintf("_.%s(%s)", name, a),
					fmt.Sprintf("_.chain(%s).%s(%s).value()", a, name, b),
				} {
					func() {
						defer func() {
							if r := recover(); r != nil {
								t.Errorf("lodash %d: %s: Go panic: %v", version, src, r)
							}
						}()
						_, _ = vm.RunString("try { " + src + " } catch (e) {}")
					}()
				}
			}
		}
	}
}
