package chai

import (
	"github.com/dop251/goja"
)

// PropertyFunc implements a property assertion (read as `.name`). It may
// return a value to hand to the script instead of the assertion; nil means
// "continue the chain".
type PropertyFunc func(a *Assertion) goja.Value

// MethodFunc implements a method assertion (`.name(args...)`). Returning nil
// continues the chain with the same assertion.
type MethodFunc func(a *Assertion, args []goja.Value) goja.Value

// ChainFunc is the chaining behaviour of a chainable method: what reading
// `.name` without calling it does (e.g. `include` sets the contains flag).
type ChainFunc func(a *Assertion)

type entryKind uint8

const (
	kindChain entryKind = iota
	kindProperty
	kindMethod
	kindChainable
)

// entry is one name on the assertion "prototype".
type entry struct {
	kind     entryKind
	name     string
	property PropertyFunc
	method   MethodFunc
	chaining ChainFunc
	fn       goja.Value // shared JS function object for methods
}

// Expect is chai's expect interface bound to one goja runtime. Build it
// once per runtime with New; it is not safe for concurrent use (neither is
// the runtime).
type Expect struct {
	vm      *goja.Runtime
	fn      *goja.Object
	entries map[string]*entry
	order   []string // registration order, for chai's "Did you mean" hints
	b       builtins
	errors  assertionErrors

	assertFn    goja.Value // JS face of Assertion#assert, made on first use
	chainLength goja.Value // getter guarding chainable wrappers' length
}

// New builds chai's expect for vm: the assertion vocabulary, the
// AssertionError type and the captured builtins it relies on. Call it before
// running user scripts so that later changes to globals do not affect it.
func New(vm *goja.Runtime) *Expect {
	e := &Expect{vm: vm, entries: make(map[string]*entry, 160)}
	e.b.capture(vm)
	e.errors.init(vm, &e.b)
	e.registerCore()
	e.fn = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		a := e.newAssertion(call.Argument(0), call.Argument(1))
		return a.JSValue()
	}).(*goja.Object)
	_ = e.fn.Set("fail", e.jsFail)
	return e
}

// Function returns the JS `expect(value, message)` function.
func (e *Expect) Function() *goja.Object { return e.fn }

// Runtime returns the runtime e is bound to.
func (e *Expect) Runtime() *goja.Runtime { return e.vm }

// AddProperty registers (or replaces) a property assertion, like chai's
// Assertion.addProperty. A nil fn makes a pure chain word.
func (e *Expect) AddProperty(name string, fn PropertyFunc) {
	if fn == nil {
		e.add(&entry{kind: kindChain, name: name})
		return
	}
	e.add(&entry{kind: kindProperty, name: name, property: fn})
}

// AddMethod registers (or replaces) a method assertion, like chai's
// Assertion.addMethod.
func (e *Expect) AddMethod(name string, fn MethodFunc) {
	ent := &entry{kind: kindMethod, name: name, method: fn}
	ent.fn = e.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		a := e.assertionOf(call.This)
		if r := ent.method(a, call.Arguments); r != nil {
			return r
		}
		return a.JSValue()
	})
	e.guardLength(ent.fn.(*goja.Object), func(goja.Value) string {
		return "Invalid Chai property: " + name + ".length. See docs for proper usage of \"" + name + "\"."
	})
	e.add(ent)
}

// guardLength makes reading fn.length throw chai's addLengthGuard error,
// which steers `.length` after a method to `.lengthOf`.
func (e *Expect) guardLength(fn *goja.Object, msg func(this goja.Value) string) {
	getter := e.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		panic(e.newError(msg(call.This)))
	})
	_ = fn.DefineAccessorProperty("length", getter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// AddChainableMethod registers (or replaces) a chainable method, like
// chai's Assertion.addChainableMethod: `.name` runs chaining and can be
// followed by more chain words, `.name(...)` runs fn.
func (e *Expect) AddChainableMethod(name string, fn MethodFunc, chaining ChainFunc) {
	e.add(&entry{kind: kindChainable, name: name, method: fn, chaining: chaining})
}

func (e *Expect) add(ent *entry) {
	if _, exists := e.entries[ent.name]; !exists {
		e.order = append(e.order, ent.name)
	}
	e.entries[ent.name] = ent
}

// assertionOf finds the Go assertion behind a method's `this`: either the
// assertion object itself or a chainable-method wrapper whose prototype it is.
func (e *Expect) assertionOf(this goja.Value) *Assertion {
	if o, ok := this.(*goja.Object); ok {
		if a, ok := o.Export().(*Assertion); ok {
			return a
		}
		if p := o.Prototype(); p != nil {
			if a, ok := p.Export().(*Assertion); ok {
				return a
			}
		}
	}
	panic(e.vm.NewTypeError("chai assertion method called on a non-assertion"))
}

// jsFail is expect.fail(actual, expected, message, operator).
func (e *Expect) jsFail(call goja.FunctionCall) goja.Value {
	var actual, expected, message, operator goja.Value = goja.Undefined(), call.Argument(1), call.Argument(2), call.Argument(3)
	if len(call.Arguments) < 2 {
		message = call.Argument(0)
	} else {
		actual = call.Argument(0)
	}
	msg := "expect.fail()"
	if message.ToBoolean() {
		msg = message.String()
	}
	panic(e.errors.build(msg, errorProps{actual: actual, expected: expected, operator: operator, hasActual: true, hasExpected: true}))
}
