package chai

import (
	"maps"
	"slices"
	"sync"

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

// entry is one name on the assertion "prototype". Entries are immutable
// and shared between runtimes; the JS function of a method is made per
// runtime, on first use (Expect.methodFn).
type entry struct {
	kind     entryKind
	name     string
	property PropertyFunc
	method   MethodFunc
	chaining ChainFunc
}

// vocabulary is the set of names an assertion answers to, in registration
// order (chai's definition order decides ties in "Did you mean" hints).
type vocabulary struct {
	entries map[string]*entry
	order   []string
}

func (v *vocabulary) add(ent *entry) {
	if _, exists := v.entries[ent.name]; !exists {
		v.order = append(v.order, ent.name)
	}
	v.entries[ent.name] = ent
}

func (v *vocabulary) addProperty(name string, fn PropertyFunc) {
	if fn == nil {
		v.add(&entry{kind: kindChain, name: name})
		return
	}
	v.add(&entry{kind: kindProperty, name: name, property: fn})
}

func (v *vocabulary) addMethod(name string, fn MethodFunc) {
	v.add(&entry{kind: kindMethod, name: name, method: fn})
}

func (v *vocabulary) addChainableMethod(name string, fn MethodFunc, chaining ChainFunc) {
	v.add(&entry{kind: kindChainable, name: name, method: fn, chaining: chaining})
}

// coreVocabulary is chai's core, built once per process and copied into
// each Expect so that plugins registered on one runtime stay there.
var coreVocabulary = sync.OnceValue(func() *vocabulary {
	v := &vocabulary{entries: make(map[string]*entry, 128)}
	registerCore(v)
	return v
})

// Expect is chai's expect interface bound to one goja runtime. Build it
// once per runtime with New; it is not safe for concurrent use (neither is
// the runtime).
type Expect struct {
	vm     *goja.Runtime
	fn     *goja.Object
	vocab  vocabulary
	fns    map[*entry]goja.Value // JS functions of methods, made on first use
	b      builtins
	errors assertionErrors

	assertFn    goja.Value // JS face of Assertion#assert, made on first use
	chainLength goja.Value // getter guarding chainable wrappers' length
}

// New builds chai's expect for vm: the assertion vocabulary, the
// AssertionError type and the captured builtins it relies on. Call it before
// running user scripts so that later changes to globals do not affect it.
func New(vm *goja.Runtime) *Expect {
	core := coreVocabulary()
	e := &Expect{
		vm:    vm,
		vocab: vocabulary{entries: maps.Clone(core.entries), order: slices.Clone(core.order)},
		fns:   make(map[*entry]goja.Value, 16),
	}
	e.b.capture(vm)
	e.errors.init(vm, &e.b)
	e.fn = vm.ToValue(func(call goja.FunctionCall) goja.Value {
		a := e.newAssertion(call.Argument(0), call.Argument(1))
		return a.JSValue()
	}).(*goja.Object)
	_ = e.fn.Set("fail", e.jsFail)
	return e
}

// Function returns the JS `expect(value, message)` function.
func (e *Expect) Function() *goja.Object { return e.fn }

// DeepEqual is chai's deep equality (deep-eql), as .eql uses it.
func (e *Expect) DeepEqual(a, b goja.Value) bool { return e.b.deepEqual(a, b) }

// Runtime returns the runtime e is bound to.
func (e *Expect) Runtime() *goja.Runtime { return e.vm }

// AddProperty registers (or replaces) a property assertion, like chai's
// Assertion.addProperty. A nil fn makes a pure chain word.
func (e *Expect) AddProperty(name string, fn PropertyFunc) { e.vocab.addProperty(name, fn) }

// AddMethod registers (or replaces) a method assertion, like chai's
// Assertion.addMethod.
func (e *Expect) AddMethod(name string, fn MethodFunc) { e.vocab.addMethod(name, fn) }

// AddChainableMethod registers (or replaces) a chainable method, like
// chai's Assertion.addChainableMethod: `.name` runs chaining and can be
// followed by more chain words, `.name(...)` runs fn.
func (e *Expect) AddChainableMethod(name string, fn MethodFunc, chaining ChainFunc) {
	e.vocab.addChainableMethod(name, fn, chaining)
}

// methodFn is the JS function a method name reads as: shared by all
// assertions of the runtime, it finds its assertion through `this`. Like
// chai's proxified methods, reading its length or an unknown property
// (a typo such as `.equal.to`) throws.
func (e *Expect) methodFn(ent *entry) goja.Value {
	if fn, ok := e.fns[ent]; ok {
		return fn
	}
	name := ent.name
	target := e.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		a := e.findAssertion(call.This)
		if a == nil {
			a = e.detachedAssertion()
		}
		if r := ent.method(a, call.Arguments); r != nil {
			return r
		}
		return a.JSValue()
	}).(*goja.Object)
	e.guardLength(target, func(goja.Value) string {
		return "Invalid Chai property: " + name + ".length. See docs for proper usage of \"" + name + "\"."
	})
	fn := e.vm.ToValue(e.vm.NewProxy(target, &goja.ProxyTrapConfig{
		Get: func(target *goja.Object, property string, _ goja.Value) goja.Value {
			v := target.Get(property)
			if v == nil && !proxyExcluded[property] {
				panic(e.newError("Invalid Chai property: " + name + "." + property + ". See docs for proper usage of \"" + name + "\"."))
			}
			return v
		},
	}))
	e.fns[ent] = fn
	return fn
}

// guardLength makes reading fn.length throw chai's addLengthGuard error,
// which steers `.length` after a method to `.lengthOf`.
func (e *Expect) guardLength(fn *goja.Object, msg func(this goja.Value) string) {
	getter := e.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		panic(e.newError(msg(call.This)))
	})
	_ = fn.DefineAccessorProperty("length", getter, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// assertionOf finds the Go assertion behind a method's `this`: either the
// assertion object itself or a chainable-method wrapper whose prototype it is.
func (e *Expect) assertionOf(this goja.Value) *Assertion {
	if a := e.findAssertion(this); a != nil {
		return a
	}
	panic(e.vm.NewTypeError("chai assertion method called on a non-assertion"))
}

// detachedAssertion stands for `this` in a method called off its
// assertion (`var eq = expect(1).equal; eq(1)`): chai then reads flags from
// the global object, which has none and no assert method.
func (e *Expect) detachedAssertion() *Assertion {
	a := e.newAssertion(nil, nil)
	a.detached = true
	return a
}

// findAssertion is assertionOf without the error: nil when this is not an
// assertion.
func (e *Expect) findAssertion(this goja.Value) *Assertion {
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
	return nil
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
