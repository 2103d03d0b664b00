package chai

import (
	"math"
	"strings"

	"github.com/dop251/goja"
)

func assertInstanceOf(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	b := &a.e.b
	ctor := argAt(args, 0)
	c, isObj := ctor.(*goja.Object)
	if isObj && isNullish(c.GetSymbol(goja.SymHasInstance)) {
		if _, callable := goja.AssertFunction(c); !callable {
			isObj = false
		}
	}
	if !isObj {
		a.Fail("The instanceof assertion needs a constructor but " + b.typeDetect(ctor) + " was given.")
	}
	ok := a.e.vm.InstanceOf(a.obj, c)
	name, isFn := funcName(ctor)
	if !isFn {
		name = "an unnamed constructor"
	}
	a.Assert(ok, "expected #{this} to be an instance of "+name, "expected #{this} to not be an instance of "+name, nil, nil)
	return nil
}

func assertMatch(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	b := &a.e.b
	re := argAt(args, 0)
	matched := b.invoke(re, "e", "exec", a.obj).ToBoolean()
	if !a.holds(matched) {
		a.fail("expected #{this} to match "+re.String(), "expected #{this} not to match "+re.String(), nil, nil, false)
	}
	return nil
}

func assertString(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	b := &a.e.b
	str := argAt(args, 0)
	assertType(a.sub(a.obj), []goja.Value{a.e.vm.ToValue("string")})
	found := b.callMethod(a.obj, "indexOf", str).ToInteger() != -1
	if !a.holds(found) {
		s := b.inspect(str)
		a.fail("expected #{this} to contain "+s, "expected #{this} to not contain "+s, nil, nil, false)
	}
	return nil
}

func assertRespondTo(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	b := &a.e.b
	method := argAt(args, 0)
	var context goja.Value
	if typeOf(a.obj) == "function" && !a.flags.itself {
		context = b.get(b.getStr(a.obj, "prototype"), method)
	} else {
		if isNullish(a.obj) {
			panic(a.e.vm.NewTypeError("Cannot read properties of " + a.obj.String() + " (reading '" + method.String() + "')"))
		}
		context = b.get(a.obj, method)
	}
	if !a.holds(typeOf(context) == "function") {
		m := b.inspect(method)
		a.fail("expected #{this} to respond to "+m, "expected #{this} to not respond to "+m, nil, nil, false)
	}
	return nil
}

func assertSatisfy(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	b := &a.e.b
	matcher := argAt(args, 0)
	f, ok := goja.AssertFunction(matcher)
	if !ok {
		panic(a.e.vm.NewTypeError("e is not a function"))
	}
	result := b.call(f, goja.Undefined(), a.obj)
	if !a.holds(result.ToBoolean()) {
		m := b.objDisplay(matcher)
		a.fail("expected #{this} to satisfy "+m, "expected #{this} to not satisfy"+m, a.e.vm.ToValue(!a.flags.negate), result, true)
	}
	return nil
}

type deltaKind string

const (
	deltaChange   deltaKind = "change"
	deltaIncrease deltaKind = "increase"
	deltaDecrease deltaKind = "decrease"
)

// deltaMethod is .change/.increase/.decrease(subject[, prop]).
func deltaMethod(kind deltaKind) MethodFunc {
	return func(a *Assertion, args []goja.Value) goja.Value {
		a.setMessageArg(args, 2)
		b := &a.e.b
		vm := a.e.vm
		subject, prop := argAt(args, 0), argAt(args, 1)
		assertType(a.sub(a.obj), []goja.Value{vm.ToValue("function")})
		read := func() goja.Value {
			if isNullish(prop) {
				f, _ := goja.AssertFunction(subject)
				return b.call(f, goja.Undefined())
			}
			return b.get(subject, prop)
		}
		var initial goja.Value
		if !prop.ToBoolean() {
			assertType(a.sub(subject), []goja.Value{vm.ToValue("function")})
			f, _ := goja.AssertFunction(subject)
			initial = b.call(f, goja.Undefined())
		} else {
			assertProperty(a.sub(subject), []goja.Value{prop})
			initial = b.get(subject, prop)
		}
		if kind != deltaChange {
			assertType(a.sub(initial), []goja.Value{vm.ToValue("number")})
		}
		fn, _ := goja.AssertFunction(a.obj)
		b.call(fn, goja.Undefined())
		final := read()
		msgObj := initial
		if !isNullish(prop) {
			msgObj = vm.ToValue("." + b.str(prop))
		}
		f := &a.flags
		f.deltaMsgObj, f.initialDelta, f.finalDelta, f.deltaBehavior = msgObj, initial, final, string(kind)
		diff := final.ToFloat() - initial.ToFloat()
		var ok bool
		switch kind {
		case deltaChange:
			ok = !strictEquals(initial, final)
			f.realDelta = vm.ToValue(ok)
		case deltaIncrease:
			f.realDelta = vm.ToValue(diff)
			ok = diff > 0
		case deltaDecrease:
			f.realDelta = vm.ToValue(-diff)
			ok = diff < 0
		}
		m := b.str(msgObj)
		a.Assert(ok, "expected "+m+" to "+string(kind), "expected "+m+" to not "+string(kind), nil, nil)
		return nil
	}
}

func assertBy(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	f := &a.flags
	delta := argAt(args, 0)
	want := math.Abs(delta.ToFloat())
	var ok bool
	if f.deltaBehavior == "change" {
		ok = math.Abs(orUndefined(f.finalDelta).ToFloat()-orUndefined(f.initialDelta).ToFloat()) == want
	} else {
		ok = goja.IsNumber(orUndefined(f.realDelta)) && f.realDelta.ToFloat() == want
	}
	behavior := f.deltaBehavior
	if behavior == "" {
		behavior = "undefined"
	}
	m := a.e.b.str(f.deltaMsgObj)
	d := a.e.b.str(delta)
	a.Assert(ok, strings.Join([]string{"expected", m, "to", behavior, "by", d}, " "),
		strings.Join([]string{"expected", m, "to not", behavior, "by", d}, " "), nil, nil)
	return nil
}
