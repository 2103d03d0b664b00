package chai

import (
	"github.com/dop251/goja"
)

func assertThrows(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 2)
	b := &a.e.b
	vm := a.e.vm
	negate := a.flags.negate
	assertType(a.sub(a.obj), []goja.Value{vm.ToValue("function")})

	errorLike, matcher := argAt(args, 0), argAt(args, 1)
	if b.isRegExp(errorLike) || goja.IsString(errorLike) {
		matcher, errorLike = errorLike, goja.Null()
	}
	caught := goja.Undefined()
	fn, _ := goja.AssertFunction(a.obj)
	if _, err := fn(goja.Undefined()); err != nil {
		ex, ok := err.(*goja.Exception)
		if !ok {
			panic(err)
		}
		caught = ex.Value()
	}

	everyArgIsUndefined := goja.IsUndefined(errorLike) && goja.IsUndefined(matcher)
	everyArgIsDefined := errorLike.ToBoolean() && matcher.ToBoolean()
	errorLikeFail, matcherFail := false, false
	errIsError := b.isError(errorLike)
	caughtIsError := b.isError(caught)

	// describe renders a thrown value or an error-like argument for #{act}/#{exp}.
	caughtDesc := func() goja.Value {
		if caughtIsError {
			return b.callMethod(caught, "toString")
		}
		if !caught.ToBoolean() {
			return caught
		}
		return b.constructorName(caught)
	}
	errorLikeDesc := func() goja.Value {
		if errIsError {
			return b.callMethod(errorLike, "toString")
		}
		if !errorLike.ToBoolean() {
			return errorLike
		}
		return b.constructorName(errorLike)
	}

	if everyArgIsUndefined || !negate {
		if !a.holds(caught.ToBoolean()) {
			desc := "an error"
			if errIsError {
				desc = "#{exp}"
			} else if errorLike.ToBoolean() {
				desc = b.constructorName(errorLike).String()
			}
			exp := errorLike
			if errorLike.ToBoolean() {
				exp = b.callMethod(errorLike, "toString")
			}
			act := caught
			switch {
			case caughtIsError:
				act = b.callMethod(caught, "toString")
			case goja.IsString(caught):
			case caught.ToBoolean():
				act = b.constructorName(caught)
			}
			a.fail("expected #{this} to throw "+desc, "expected #{this} to not throw an error but #{act} was thrown", exp, act, true)
		}
	}

	if errorLike.ToBoolean() && caught.ToBoolean() {
		if errIsError {
			compatible := caught.StrictEquals(errorLike)
			if compatible == negate {
				if everyArgIsDefined && negate {
					errorLikeFail = true
				} else {
					neg := "expected #{this} to not throw #{exp}"
					if !negate {
						neg += " but #{act} was thrown"
					}
					a.fail("expected #{this} to throw #{exp} but #{act} was thrown", neg,
						b.callMethod(errorLike, "toString"), b.callMethod(caught, "toString"), true)
				}
			}
		}
		if b.compatibleConstructor(caught, errorLike) == negate {
			if everyArgIsDefined && negate {
				errorLikeFail = true
			} else {
				a.fail("expected #{this} to throw #{exp} but #{act} was thrown",
					"expected #{this} to not throw #{exp} but #{act} was thrown", errorLikeDesc(), caughtDesc(), true)
			}
		}
	}

	if caught.ToBoolean() && !isNullish(matcher) {
		placeholder := "including"
		if b.isRegExp(matcher) {
			placeholder = "matching"
		}
		if b.compatibleMessage(caught, matcher) == negate {
			if everyArgIsDefined && negate {
				matcherFail = true
			} else {
				a.fail("expected #{this} to throw error "+placeholder+" #{exp} but got #{act}",
					"expected #{this} to throw error not "+placeholder+" #{exp}", matcher, b.errorMessage(caught), true)
			}
		}
	}

	if errorLikeFail && matcherFail {
		neg := "expected #{this} to not throw #{exp}"
		if caught.ToBoolean() {
			neg += " but #{act} was thrown"
		}
		a.fail("expected #{this} to throw #{exp} but #{act} was thrown", neg, errorLikeDesc(), caughtDesc(), true)
	}
	a.obj = caught
	return nil
}

func (b *builtins) isError(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && b.vm.InstanceOf(o, b.errorCtor)
}

func (b *builtins) isRegExp(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == b.regexpProto {
			return true
		}
	}
	return false
}

// constructorName is check-error's getConstructorName.
func (b *builtins) constructorName(v goja.Value) goja.Value {
	if b.isError(v) {
		name, _ := funcName(b.getStr(v, "constructor"))
		return b.vm.ToValue(name)
	}
	if name, isFn := funcName(v); isFn {
		if name == "" {
			if inst, err := b.vm.New(v); err == nil {
				if n, ok := funcName(inst); ok && n != "" {
					return b.vm.ToValue(n)
				}
			}
		}
		return b.vm.ToValue(name)
	}
	return v
}

// compatibleConstructor is check-error's compatibleConstructor.
func (b *builtins) compatibleConstructor(thrown, errorLike goja.Value) bool {
	instanceOf := func(v, ctor goja.Value) bool {
		c, ok := ctor.(*goja.Object)
		if !ok {
			panic(b.vm.NewTypeError("Right-hand side of 'instanceof' is not callable"))
		}
		return b.vm.InstanceOf(v, c)
	}
	if b.isError(errorLike) {
		ctor := b.getStr(errorLike, "constructor")
		return strictEquals(b.getStr(thrown, "constructor"), ctor) || instanceOf(thrown, ctor)
	}
	proto := b.getStr(errorLike, "prototype")
	if b.isError(proto) || errorLike.StrictEquals(b.errorCtor) {
		return strictEquals(b.getStr(thrown, "constructor"), errorLike) || instanceOf(thrown, errorLike)
	}
	return false
}

// compatibleMessage is check-error's compatibleMessage.
func (b *builtins) compatibleMessage(thrown, matcher goja.Value) bool {
	subject := thrown
	if !goja.IsString(thrown) {
		subject = b.getStr(thrown, "message")
	}
	if b.isRegExp(matcher) {
		return b.callMethod(matcher, "test", subject).ToBoolean()
	}
	if goja.IsString(matcher) {
		return b.callMethod(subject, "indexOf", matcher).ToInteger() != -1
	}
	return false
}

// errorMessage is check-error's getMessage.
func (b *builtins) errorMessage(v goja.Value) goja.Value {
	if v.ToBoolean() {
		if m := b.getStr(v, "message"); m.ToBoolean() {
			return m
		}
	}
	if goja.IsString(v) {
		return v
	}
	return b.vm.ToValue("")
}
