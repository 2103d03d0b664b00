package chai

import (
	"github.com/dop251/goja"
)

// NewAssertion is chai's `new Assertion(obj, msg)`: a fresh assertion on
// obj, for plugins that check preconditions the way chai-postman does with
// `new Assertion(this._obj).to.be.postmanResponse`. msg may be "".
func (e *Expect) NewAssertion(obj goja.Value, msg string) *Assertion {
	a := e.newAssertion(obj, nil)
	a.flags.message = msg
	return a
}

// Property returns the implementation behind a property assertion, or nil
// for chain words and unknown names, so that an override can fall back to
// it (chai's overwriteProperty).
func (e *Expect) Property(name string) PropertyFunc {
	if ent := e.vocab.entries[name]; ent != nil && ent.kind == kindProperty {
		return ent.property
	}
	return nil
}

// Method returns the implementation behind a method or chainable method,
// or nil, so that an override can fall back to it (chai's overwriteMethod).
func (e *Expect) Method(name string) MethodFunc {
	if ent := e.vocab.entries[name]; ent != nil && (ent.kind == kindMethod || ent.kind == kindChainable) {
		return ent.method
	}
	return nil
}

// Chain reads the named chain words and property assertions in order, as
// `a.to.be.ok` would, and returns a for further use.
func (a *Assertion) Chain(names ...string) *Assertion {
	for _, n := range names {
		a.Get(n)
	}
	return a
}

// Call invokes the named method (or chainable method, after its chaining
// behaviour) with args, as `a.name(args...)` would from JS.
func (a *Assertion) Call(name string, args ...goja.Value) goja.Value {
	ent := a.e.vocab.entries[name]
	if ent == nil || ent.kind == kindChain || ent.kind == kindProperty {
		panic(a.e.vm.NewTypeError("chai: " + name + " is not an assertion method"))
	}
	if ent.kind == kindChainable && ent.chaining != nil {
		ent.chaining(a)
	}
	if r := ent.method(a, args); r != nil {
		return r
	}
	return a.JSValue()
}
