package chai

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// Assertion is one chai Assertion: the subject (flag "object") and the
// flags. Its JS face is a goja dynamic object whose property reads are
// resolved against the Expect's vocabulary (see Get).
type Assertion struct {
	e     *Expect
	obj   goja.Value
	flags flags

	self    *goja.Object // the JS assertion object, made lazily
	wrapper *goja.Object // callable face of chainable methods, made lazily
	pending *entry       // chainable method the wrapper calls
	extra   map[string]goja.Value

	detached bool // see Expect.detachedAssertion
}

func (e *Expect) newAssertion(obj, msg goja.Value) *Assertion {
	a := &Assertion{e: e, obj: orUndefined(obj)}
	if msg != nil && msg.ToBoolean() {
		a.flags.message = msg.String()
	}
	return a
}

// sub is chai's `new Assertion(obj, flagMsg, ssfi, true)`: an inner
// assertion sharing only the custom message.
func (a *Assertion) sub(obj goja.Value) *Assertion {
	s := &Assertion{e: a.e, obj: orUndefined(obj)}
	s.flags.message = a.flags.message
	s.flags.lockSsfi = true
	return s
}

// JSValue returns the JS object scripts chain on.
func (a *Assertion) JSValue() *goja.Object {
	if a.self == nil {
		a.self = a.e.vm.NewDynamicObject(a)
	}
	return a.self
}

// Runtime is the goja runtime the assertion lives in.
func (a *Assertion) Runtime() *goja.Runtime { return a.e.vm }

// Expect returns the Expect this assertion was made by.
func (a *Assertion) Expect() *Expect { return a.e }

// Object is the assertion's subject (chai's flag "object", this._obj).
func (a *Assertion) Object() goja.Value { return a.obj }

// SetObject changes the subject, as .property() and .throw() do.
func (a *Assertion) SetObject(v goja.Value) { a.obj = orUndefined(v) }

// Get resolves a property read on the assertion object: chain words return
// the assertion, property assertions run, methods return their shared
// function. Unknown names throw chai's "Invalid Chai property" error, as
// chai's proxy does.
func (a *Assertion) Get(key string) goja.Value {
	ent := a.e.vocab.entries[key]
	if ent == nil {
		return a.missing(key)
	}
	switch ent.kind {
	case kindProperty:
		if r := ent.property(a); r != nil {
			return r
		}
	case kindMethod:
		return a.e.methodFn(ent)
	case kindChainable:
		if ent.chaining != nil {
			ent.chaining(a)
		}
		return a.chainWrapper(ent)
	}
	return a.JSValue()
}

// chainWrapper returns the callable that a chainable method's getter
// yields. Its prototype is the assertion, so further chain words resolve
// on the same flags; calling it runs the pending method.
func (a *Assertion) chainWrapper(ent *entry) *goja.Object {
	a.pending = ent
	if a.wrapper == nil {
		self := a.JSValue()
		a.wrapper = a.e.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			target := a.e.findAssertion(call.This)
			if target == nil {
				target = a.e.detachedAssertion()
			}
			if r := a.pending.method(target, call.Arguments); r != nil {
				return r
			}
			return target.JSValue()
		}).(*goja.Object)
		_ = a.wrapper.SetPrototype(self)
		_ = a.wrapper.DefineAccessorProperty("length", a.e.chainLengthGuard(), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
		// chai restores these two on its wrappers, whose prototype is
		// the assertion rather than Function.prototype.
		_ = a.wrapper.DefineDataProperty("call", a.e.b.funcCall, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = a.wrapper.DefineDataProperty("apply", a.e.b.funcApply, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return a.wrapper
}

// chainLengthGuard is the shared getter behind chainable wrappers' length:
// chai rejects `.include.length` because a function's length cannot be
// made to chain.
func (e *Expect) chainLengthGuard() goja.Value {
	if e.chainLength == nil {
		e.chainLength = e.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			name := e.assertionOf(call.This).pending.name
			panic(e.newError("Invalid Chai property: " + name + ".length. Due to a compatibility issue, \"length\" cannot directly follow \"" +
				name + "\". Use \"" + name + ".lengthOf\" instead."))
		})
	}
	return e.chainLength
}

// proxyExcluded are names chai's proxy lets through as undefined.
var proxyExcluded = map[string]bool{"then": true, "catch": true, "inspect": true, "toJSON": true}

func (a *Assertion) missing(key string) goja.Value {
	switch key {
	case "_obj":
		return a.obj
	case "assert":
		return a.e.jsAssertFn()
	}
	if v, ok := a.extra[key]; ok {
		return v
	}
	if proxyExcluded[key] || a.e.b.objectProto.Get(key) != nil {
		return nil // fall through to Object.prototype
	}
	msg := "Invalid Chai property: " + key
	if s := a.e.suggest(key); s != "" {
		msg += ". Did you mean \"" + s + "\"?"
	}
	panic(a.e.newError(msg))
}

// Set stores a property written on the assertion (_obj sets the subject).
func (a *Assertion) Set(key string, v goja.Value) bool {
	if key == "_obj" {
		a.SetObject(v)
		return true
	}
	if a.extra == nil {
		a.extra = make(map[string]goja.Value)
	}
	a.extra[key] = v
	return true
}

// Has reports the names an assertion answers to.
func (a *Assertion) Has(key string) bool {
	if _, ok := a.e.vocab.entries[key]; ok {
		return true
	}
	_, ok := a.extra[key]
	return ok || key == "_obj"
}

// Delete removes a written property.
func (a *Assertion) Delete(key string) bool {
	delete(a.extra, key)
	return true
}

// Keys lists no enumerable properties, like a chai Assertion (its flags
// live in a non-enumerable __flags).
func (a *Assertion) Keys() []string { return nil }

// holds reports whether expr passes once `not` is applied. Every check
// goes through here, as every chai check goes through this.assert.
func (a *Assertion) holds(expr bool) bool {
	if a.detached {
		panic(a.e.vm.NewTypeError("this.assert is not a function"))
	}
	return expr != a.flags.negate
}

// Assert is chai's this.assert(expr, msg, negateMsg, expected, actual): it
// throws an AssertionError unless expr (inverted by `not`) holds. Messages
// may use #{this}, #{exp} and #{act}. A nil actual means "not given": the
// subject is used, as in chai when the argument is omitted.
func (a *Assertion) Assert(expr bool, msg, negMsg string, expected, actual goja.Value) {
	if a.holds(expr) {
		return
	}
	a.fail(msg, negMsg, expected, actual, actual != nil)
}

// fail throws the AssertionError chai's assert builds for a failed check.
func (a *Assertion) fail(msg, negMsg string, expected, actual goja.Value, hasActual bool) {
	b := &a.e.b
	tmpl := msg
	if a.flags.negate {
		tmpl = negMsg
	}
	showDiff := !(isUndefined(expected) && (!hasActual || isUndefined(actual)))
	act := a.obj
	if hasActual {
		act = orUndefined(actual)
	}
	text := tmpl
	if strings.Contains(text, "#{this}") {
		text = strings.ReplaceAll(text, "#{this}", b.objDisplay(a.obj))
	}
	if strings.Contains(text, "#{act}") {
		text = strings.ReplaceAll(text, "#{act}", b.objDisplay(act))
	}
	if strings.Contains(text, "#{exp}") {
		text = strings.ReplaceAll(text, "#{exp}", b.objDisplay(orUndefined(expected)))
	}
	if a.flags.message != "" {
		text = a.flags.message + ": " + text
	}
	props := errorProps{showDiff: showDiff, actual: act, expected: orUndefined(expected), hasActual: true, hasExpected: true}
	if op := b.operator(tmpl, expected); op != "" {
		props.operator = a.e.vm.ToValue(op)
	}
	panic(a.e.errors.build(text, props))
}

// Fail throws an AssertionError with msg, prefixed with the custom
// message like chai's own argument-validation errors.
func (a *Assertion) Fail(msg string) {
	panic(a.e.errors.build(a.msgPrefix()+msg, errorProps{}))
}

var (
	reHave = regexp.MustCompile(`\shave\s`)
	reNot  = regexp.MustCompile(`\snot\s`)
)

// operator is chai's getOperator for a failed assertion's template.
func (b *builtins) operator(tmpl string, expected goja.Value) string {
	if tmpl == "" || reHave.MatchString(tmpl) {
		return ""
	}
	isObject := false
	switch b.typeDetect(orUndefined(expected)) {
	case "Array", "Object", "function":
		isObject = true
	}
	if reNot.MatchString(tmpl) {
		if isObject {
			return "notDeepStrictEqual"
		}
		return "notStrictEqual"
	}
	if isObject {
		return "deepStrictEqual"
	}
	return "strictEqual"
}

func isUndefined(v goja.Value) bool { return v == nil || goja.IsUndefined(v) }

// newError makes a plain JS Error (chai throws these for misuse).
func (e *Expect) newError(msg string) *goja.Object {
	o, err := e.vm.New(e.b.errorCtor, e.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}

// jsAssertFn exposes this.assert to JS callers (rare; chai plugins in JS).
func (e *Expect) jsAssertFn() goja.Value {
	if e.assertFn == nil {
		e.assertFn = e.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			a := e.assertionOf(call.This)
			args := call.Arguments
			str := func(i int) string {
				if i < len(args) && args[i].ToBoolean() {
					if f, ok := goja.AssertFunction(args[i]); ok {
						return e.b.call(f, goja.Undefined()).String()
					}
					return args[i].String()
				}
				return ""
			}
			if a.holds(call.Argument(0).ToBoolean()) {
				return goja.Undefined()
			}
			var actual goja.Value
			if len(args) > 4 {
				actual = args[4]
			}
			a.fail(str(1), str(2), call.Argument(3), actual, len(args) > 4)
			return goja.Undefined()
		})
	}
	return e.assertFn
}
