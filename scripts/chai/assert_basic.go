package chai

import (
	"math"
	"strings"

	"github.com/dop251/goja"
)

// assertType is .a(type) / .an(type).
func assertType(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	t := argAt(args, 0)
	if !goja.IsString(t) {
		if isNullish(t) {
			panic(a.e.vm.NewTypeError("Cannot read properties of " + t.String() + " (reading 'toLowerCase')"))
		}
		panic(a.e.vm.NewTypeError("e.toLowerCase is not a function"))
	}
	typ := strings.ToLower(t.String())
	article := "a "
	if typ != "" && strings.ContainsRune("aeiou", rune(typ[0])) {
		article = "an "
	}
	if a.holds(typ == strings.ToLower(a.e.b.typeDetect(a.obj))) {
		return nil
	}
	a.fail("expected #{this} to be "+article+typ, "expected #{this} not to be "+article+typ, nil, nil, false)
	return nil
}

func assertOk(a *Assertion) goja.Value {
	a.Assert(a.obj.ToBoolean(), "expected #{this} to be truthy", "expected #{this} to be falsy", nil, nil)
	return nil
}

func assertTrue(a *Assertion) goja.Value {
	a.Assert(a.obj.StrictEquals(goja.Value(a.e.vm.ToValue(true))),
		"expected #{this} to be true", "expected #{this} to be false", a.e.vm.ToValue(!a.flags.negate), nil)
	return nil
}

func assertFalse(a *Assertion) goja.Value {
	a.Assert(a.obj.StrictEquals(goja.Value(a.e.vm.ToValue(false))),
		"expected #{this} to be false", "expected #{this} to be true", a.e.vm.ToValue(a.flags.negate), nil)
	return nil
}

func assertNull(a *Assertion) goja.Value {
	a.Assert(goja.IsNull(a.obj), "expected #{this} to be null", "expected #{this} not to be null", nil, nil)
	return nil
}

func assertUndefined(a *Assertion) goja.Value {
	a.Assert(goja.IsUndefined(a.obj), "expected #{this} to be undefined", "expected #{this} not to be undefined", nil, nil)
	return nil
}

func assertNaN(a *Assertion) goja.Value {
	a.Assert(isNaN(a.obj), "expected #{this} to be NaN", "expected #{this} not to be NaN", nil, nil)
	return nil
}

func assertExist(a *Assertion) goja.Value {
	a.Assert(!isNullish(a.obj), "expected #{this} to exist", "expected #{this} to not exist", nil, nil)
	return nil
}

func assertFinite(a *Assertion) goja.Value {
	ok := goja.IsNumber(a.obj) && !math.IsNaN(a.obj.ToFloat()) && !math.IsInf(a.obj.ToFloat(), 0)
	a.Assert(ok, "expected #{this} to be a finite number", "expected #{this} to not be a finite number", nil, nil)
	return nil
}

func assertEmpty(a *Assertion) goja.Value {
	b := &a.e.b
	var count int64
	switch strings.ToLower(b.typeDetect(a.obj)) {
	case "array", "string":
		count = b.getStr(a.obj, "length").ToInteger()
	case "map", "set":
		count = b.getStr(a.obj, "size").ToInteger()
	case "weakmap", "weakset":
		a.Fail(".empty was passed a weak collection")
	case "function":
		name, _ := funcName(a.obj)
		panic(a.e.errors.build(strings.TrimSpace(a.msgPrefix()+".empty was passed a function "+name), errorProps{}))
	default:
		o, ok := a.obj.(*goja.Object)
		if !ok {
			a.Fail(".empty was passed non-string primitive " + b.inspect(a.obj))
		}
		count = int64(len(o.Keys()))
	}
	a.Assert(count == 0, "expected #{this} to be empty", "expected #{this} not to be empty", nil, nil)
	return nil
}

func assertArguments(a *Assertion) goja.Value {
	t := a.e.b.typeDetect(a.obj)
	a.Assert(t == "Arguments", "expected #{this} to be arguments but got "+t, "expected #{this} to not be arguments", nil, nil)
	return nil
}

func assertEqual(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	val := argAt(args, 0)
	if a.flags.deep {
		prev := a.flags.lockSsfi
		a.flags.lockSsfi = true
		assertEql(a, args[:min(len(args), 1)])
		a.flags.lockSsfi = prev
		return nil
	}
	if a.holds(val.StrictEquals(a.obj)) {
		return nil
	}
	a.fail("expected #{this} to equal #{exp}", "expected #{this} to not equal #{exp}", val, a.obj, true)
	return nil
}

func assertEql(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	val := argAt(args, 0)
	if a.holds(a.e.b.deepEqual(val, a.obj)) {
		return nil
	}
	a.fail("expected #{this} to deeply equal #{exp}", "expected #{this} to not deeply equal #{exp}", val, a.obj, true)
	return nil
}

func assertExtensible(a *Assertion) goja.Value {
	b := &a.e.b
	o, isObj := a.obj.(*goja.Object)
	ok := isObj && b.call(b.isExtensible, goja.Undefined(), o).ToBoolean()
	a.Assert(ok, "expected #{this} to be extensible", "expected #{this} to not be extensible", nil, nil)
	return nil
}

func assertSealed(a *Assertion) goja.Value {
	b := &a.e.b
	o, isObj := a.obj.(*goja.Object)
	ok := !isObj || b.call(b.isSealed, goja.Undefined(), o).ToBoolean()
	a.Assert(ok, "expected #{this} to be sealed", "expected #{this} to not be sealed", nil, nil)
	return nil
}

func assertFrozen(a *Assertion) goja.Value {
	b := &a.e.b
	o, isObj := a.obj.(*goja.Object)
	ok := !isObj || b.call(b.isFrozen, goja.Undefined(), o).ToBoolean()
	a.Assert(ok, "expected #{this} to be frozen", "expected #{this} to not be frozen", nil, nil)
	return nil
}

// argAt is args[i], undefined when missing.
func argAt(args []goja.Value, i int) goja.Value {
	if i < len(args) && args[i] != nil {
		return args[i]
	}
	return goja.Undefined()
}
