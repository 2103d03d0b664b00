package chai

import (
	"math"
	"strings"

	"github.com/dop251/goja"
)

// comparison describes one of above/least/below/most and its messages.
type comparison struct {
	name               string
	test               func(x, n float64) bool
	lenMsg, lenNegMsg  string // %s is "length" or "size"
	plainMsg, plainNeg string
}

var (
	cmpAbove = comparison{"above", func(x, n float64) bool { return x > n },
		" above #{exp} but got #{act}", "expected #{this} to not have a %s above #{exp}",
		"expected #{this} to be above #{exp}", "expected #{this} to be at most #{exp}"}
	cmpLeast = comparison{"least", func(x, n float64) bool { return x >= n },
		" at least #{exp} but got #{act}", "expected #{this} to have a %s below #{exp}",
		"expected #{this} to be at least #{exp}", "expected #{this} to be below #{exp}"}
	cmpBelow = comparison{"below", func(x, n float64) bool { return x < n },
		" below #{exp} but got #{act}", "expected #{this} to not have a %s below #{exp}",
		"expected #{this} to be below #{exp}", "expected #{this} to be at least #{exp}"}
	cmpMost = comparison{"most", func(x, n float64) bool { return x <= n },
		" at most #{exp} but got #{act}", "expected #{this} to have a %s above #{exp}",
		"expected #{this} to be at most #{exp}", "expected #{this} to be above #{exp}"}
)

// printObj is how chai's numeric assertions show a bad target: quoted if
// a string, else String(obj).
func (b *builtins) printObj(objType string, v goja.Value) string {
	if objType == "string" {
		return "'" + v.String() + "'"
	}
	return b.str(v)
}

// sizeOf returns the item count and its descriptor for doLength
// assertions, first checking (like chai) that the target has a length.
func (a *Assertion) sizeOf(objType string) (float64, goja.Value, string) {
	if objType == "map" || objType == "set" {
		v := a.e.b.getStr(a.obj, "size")
		return v.ToFloat(), v, "size"
	}
	assertProperty(a.sub(a.obj), []goja.Value{a.e.vm.ToValue("length")})
	v := a.e.b.getStr(a.obj, "length")
	return v.ToFloat(), v, "length"
}

func compareMethod(c comparison) MethodFunc {
	return func(a *Assertion, args []goja.Value) goja.Value {
		a.setMessageArg(args, 1)
		b := &a.e.b
		n := argAt(args, 0)
		objType := strings.ToLower(b.typeDetect(a.obj))
		nType := strings.ToLower(b.typeDetect(n))
		doLength := a.flags.doLength
		if doLength && objType != "map" && objType != "set" {
			assertProperty(a.sub(a.obj), []goja.Value{a.e.vm.ToValue("length")})
		}
		switch {
		case !doLength && objType == "date" && nType != "date":
			a.Fail("the argument to " + c.name + " must be a date")
		case nType != "number" && (doLength || objType == "number"):
			a.Fail("the argument to " + c.name + " must be a number")
		case !doLength && objType != "date" && objType != "number":
			a.Fail("expected " + b.printObj(objType, a.obj) + " to be a number or a date")
		}
		if doLength {
			count, countVal, d := a.sizeOf(objType)
			if !a.holds(c.test(count, n.ToFloat())) {
				a.fail("expected #{this} to have a "+d+c.lenMsg, strings.Replace(c.lenNegMsg, "%s", d, 1), n, countVal, true)
			}
			return nil
		}
		if !a.holds(c.test(a.obj.ToFloat(), n.ToFloat())) {
			a.fail(c.plainMsg, c.plainNeg, n, nil, false)
		}
		return nil
	}
}

func assertWithin(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 2)
	b := &a.e.b
	start, finish := argAt(args, 0), argAt(args, 1)
	objType := strings.ToLower(b.typeDetect(a.obj))
	startType := strings.ToLower(b.typeDetect(start))
	finishType := strings.ToLower(b.typeDetect(finish))
	var rng string
	if startType == "date" && finishType == "date" {
		iso := func(d goja.Value) string {
			f, _ := goja.AssertFunction(b.getStr(d, "toISOString"))
			return b.call(f, d).String()
		}
		rng = iso(start) + ".." + iso(finish)
	} else {
		rng = b.str(start) + ".." + b.str(finish)
	}
	doLength := a.flags.doLength
	if doLength && objType != "map" && objType != "set" {
		assertProperty(a.sub(a.obj), []goja.Value{a.e.vm.ToValue("length")})
	}
	switch {
	case !doLength && objType == "date" && (startType != "date" || finishType != "date"):
		a.Fail("the arguments to within must be dates")
	case (startType != "number" || finishType != "number") && (doLength || objType == "number"):
		a.Fail("the arguments to within must be numbers")
	case !doLength && objType != "date" && objType != "number":
		a.Fail("expected " + b.printObj(objType, a.obj) + " to be a number or a date")
	}
	lo, hi := start.ToFloat(), finish.ToFloat()
	if doLength {
		count, _, d := a.sizeOf(objType)
		a.Assert(count >= lo && count <= hi, "expected #{this} to have a "+d+" within "+rng,
			"expected #{this} to not have a "+d+" within "+rng, nil, nil)
		return nil
	}
	x := a.obj.ToFloat()
	a.Assert(x >= lo && x <= hi, "expected #{this} to be within "+rng, "expected #{this} to not be within "+rng, nil, nil)
	return nil
}

func assertCloseTo(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 2)
	expected, delta := argAt(args, 0), argAt(args, 1)
	assertType(a.sub(a.obj), []goja.Value{a.e.vm.ToValue("number")})
	if !goja.IsNumber(expected) || !goja.IsNumber(delta) {
		extra := ""
		if goja.IsUndefined(delta) {
			extra = ", and a delta is required"
		}
		a.Fail("the arguments to closeTo or approximately must be numbers" + extra)
	}
	ok := math.Abs(a.obj.ToFloat()-expected.ToFloat()) <= delta.ToFloat()
	suffix := a.e.b.str(expected) + " +/- " + a.e.b.str(delta)
	a.Assert(ok, "expected #{this} to be close to "+suffix, "expected #{this} not to be close to "+suffix, nil, nil)
	return nil
}

func assertLength(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	n := argAt(args, 0)
	objType := strings.ToLower(a.e.b.typeDetect(a.obj))
	_, countVal, d := a.sizeOf(objType)
	if !a.holds(countVal.Equals(n)) {
		a.fail("expected #{this} to have a "+d+" of #{exp} but got #{act}", "expected #{this} to not have a "+d+" of #{act}", n, countVal, true)
	}
	return nil
}
