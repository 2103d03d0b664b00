package chai_test

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/chai"
)

// A chai-postman style assertion written in Go, failing with chai's
// message templating.
func ExampleExpect_AddMethod() {
	vm := goja.New()
	e := chai.New(vm)
	_ = vm.Set("expect", e.Function())
	e.AddMethod("status", func(a *chai.Assertion, args []goja.Value) goja.Value {
		code := a.Object().ToObject(vm).Get("code")
		want := args[0]
		a.Assert(code.StrictEquals(want),
			"expected response to have status code #{exp} but got #{act}",
			"expected response to not have status code #{act}", want, code)
		return nil
	})
	_, err := vm.RunString(`expect({code: 401}).to.have.status(200)`)
	fmt.Println(err.(*goja.Exception).Value().String())
	_, err = vm.RunString(`expect({code: 401}, 'login').to.not.have.status(401)`)
	fmt.Println(err.(*goja.Exception).Value().String())
	// Output:
	// AssertionError: expected response to have status code 200 but got 401
	// AssertionError: login: expected response to not have status code 401
}

func ExampleExpect_Inspect() {
	vm := goja.New()
	e := chai.New(vm)
	for _, src := range []string{`'demo'`, `[1, 2]`, `({a: 1})`, `(function foo() {})`, `undefined`,
		`[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]`, `[new Date(65344), true, true]`} {
		v, _ := vm.RunString(src)
		fmt.Printf("%s | %s\n", e.Inspect(v), e.ObjDisplay(v))
	}
	// Output:
	// 'demo' | 'demo'
	// [ 1, 2 ] | [ 1, 2 ]
	// { a: 1 } | { a: 1 }
	// [Function foo] | [Function foo]
	// undefined | undefined
	// [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …(5) ] | [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …(5) ]
	// [ 1970-01-01T00:01:05.344Z, true, true ] | [ Array(3) ]
}
