// Package chai implements, in Go on goja, the BDD `expect` interface of
// chai 4.4.1 as bundled by postman-sandbox (Newman 6.2.2): chain words,
// flags, the core assertions, chai's deep equality, and chai's rendering of
// values in failure messages, so that pm.expect behaves and fails exactly as
// it does under Newman.
//
// An assertion is a goja dynamic object backed by a Go *Assertion; its flags
// live in Go and its chain words and property assertions are resolved in Go
// on each property read, so an expect chain costs a handful of Go calls
// instead of the many JS closures and proxies real chai creates.
//
// Usage:
//
//	e := chai.New(vm)               // once per runtime, before user scripts
//	vm.Set("expect", e.Function())  // expect(value[, message])
//
// Plugins (the chai-postman assertions behind pm.response.to.have.status)
// are written in Go against the same vocabulary: AddProperty, AddMethod and
// AddChainableMethod register names; inside them an *Assertion exposes the
// subject (Object, SetObject), the flags (Flag, SetFlag, Negated, ...),
// sub-assertions (Expect().NewAssertion(...).Chain(...).Call(...)) and
// Assert, chai's this.assert with #{this}, #{exp} and #{act} templating.
// Property and Method return the current implementation of a name, so an
// override can fall back to it as chai's overwriteProperty does.
//
// Values are rendered in messages exactly as chai does (Inspect,
// ObjDisplay) and failures throw AssertionError objects shaped like chai's
// (name, message, showDiff, actual, expected, operator; instanceof Error).
package chai
