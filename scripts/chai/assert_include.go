package chai

import (
	"strings"

	"github.com/dop251/goja"
)

func assertInclude(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	b := &a.e.b
	val := argAt(args, 0)
	objType := strings.ToLower(b.typeDetect(a.obj))
	isEql := sameValueZero
	if a.flags.deep {
		isEql = b.deepEqual
	}
	included := false
	switch objType {
	case "string":
		included = strings.Contains(a.obj.String(), b.str(val))
	case "weakset":
		if a.flags.deep {
			a.Fail("unable to use .deep.include with WeakSet")
		}
		included = b.callMethod(a.obj, "has", val).ToBoolean()
	case "map":
		b.forEachEntry(a.obj.(*goja.Object), true, func(_, item goja.Value) {
			included = included || isEql(item, val)
		})
	case "set":
		if a.flags.deep {
			b.forEachEntry(a.obj.(*goja.Object), false, func(_, item goja.Value) {
				included = included || isEql(item, val)
			})
		} else {
			included = b.callMethod(a.obj, "has", val).ToBoolean()
		}
	case "array":
		for _, item := range b.arrayValues(a.obj) {
			if a.flags.deep && isEql(item, val) || !a.flags.deep && strictEquals(item, val) {
				included = true
				break
			}
		}
	default:
		includeProperties(a, objType, val)
		return nil
	}
	if a.holds(included) {
		return nil
	}
	d := ""
	if a.flags.deep {
		d = "deep "
	}
	v := b.inspect(val)
	a.fail("expected #{this} to "+d+"include "+v, "expected #{this} to not "+d+"include "+v, nil, nil, false)
	return nil
}

// includeProperties is include() on an object target: every own enumerable
// property of val must be a matching property of the target. Negated with
// several properties, it fails only when all of them are present.
func includeProperties(a *Assertion, objType string, val goja.Value) {
	b := &a.e.b
	vo, ok := val.(*goja.Object)
	if !ok {
		vt := strings.ToLower(b.typeDetect(val))
		a.Fail("the given combination of arguments (" + objType + " and " + vt + ") is invalid for this assertion. " +
			"You can use an array, a map, an object, a set, a string, or a weakset instead of a " + vt)
	}
	props := vo.Keys()
	var firstErr goja.Value
	failures := 0
	for _, p := range props {
		pa := &Assertion{e: a.e, obj: a.obj, flags: a.flags}
		pa.flags.lockSsfi = true
		pargs := []goja.Value{a.e.vm.ToValue(p), b.getStr(vo, p)}
		if !a.flags.negate || len(props) == 1 {
			assertProperty(pa, pargs)
			continue
		}
		if err := a.e.tryAssertion(func() { assertProperty(pa, pargs) }); err != nil {
			if firstErr == nil {
				firstErr = err
			}
			failures++
		}
	}
	if a.flags.negate && len(props) > 1 && failures == len(props) {
		panic(firstErr)
	}
}

// tryAssertion runs f and returns the AssertionError it threw, if any;
// other panics propagate.
func (e *Expect) tryAssertion(f func()) (thrown goja.Value) {
	defer func() {
		if r := recover(); r != nil {
			if o, ok := r.(*goja.Object); ok && e.isAssertionError(o) {
				thrown = o
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

func (e *Expect) isAssertionError(o *goja.Object) bool {
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == e.errors.proto {
			return true
		}
	}
	return false
}

func (b *builtins) callMethod(v goja.Value, name string, args ...goja.Value) goja.Value {
	return b.invoke(v, "e", name, args...)
}

// invoke is the JS call `v.name(args...)`. Its TypeErrors name the callee
// as V8 does in Newman's minified chai bundle, where chai's variables are
// one-letter (varName).
func (b *builtins) invoke(v goja.Value, varName, name string, args ...goja.Value) goja.Value {
	if isNullish(v) {
		panic(b.vm.NewTypeError("Cannot read properties of " + orUndefined(v).String() + " (reading '" + name + "')"))
	}
	f, ok := goja.AssertFunction(b.getStr(v, name))
	if !ok {
		panic(b.vm.NewTypeError(varName + "." + name + " is not a function"))
	}
	return b.call(f, v, args...)
}

// arrayValues reads v[0..length).
func (b *builtins) arrayValues(v goja.Value) []goja.Value {
	n := int(b.getStr(v, "length").ToInteger())
	out := make([]goja.Value, n)
	for i := range out {
		out[i] = b.getStr(v, itoa(i))
	}
	return out
}

func assertMembers(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	b := &a.e.b
	subset := argAt(args, 0)
	arr := a.e.vm.ToValue("array")
	assertType(a.sub(a.obj), []goja.Value{arr})
	assertType(a.sub(subset), []goja.Value{arr})
	var msg, neg string
	if a.flags.contains {
		subject := "a superset"
		if a.flags.ordered {
			subject = "an ordered superset"
		}
		msg = "expected #{this} to be " + subject + " of #{exp}"
		neg = "expected #{this} to not be " + subject + " of #{exp}"
	} else {
		subject := "members"
		if a.flags.ordered {
			subject = "ordered members"
		}
		msg = "expected #{this} to have the same " + subject + " as #{exp}"
		neg = "expected #{this} to not have the same " + subject + " as #{exp}"
	}
	var cmp func(x, y goja.Value) bool
	if a.flags.deep {
		cmp = b.deepEqual
	}
	ok := isSubsetOf(b.arrayValues(subset), b.arrayValues(a.obj), cmp, a.flags.contains, a.flags.ordered)
	if !a.holds(ok) {
		a.fail(msg, neg, subset, a.obj, true)
	}
	return nil
}

func isSubsetOf(subset, superset []goja.Value, cmp func(x, y goja.Value) bool, contains, ordered bool) bool {
	if !contains && len(subset) != len(superset) {
		return false
	}
	superset = append([]goja.Value(nil), superset...)
	eq := cmp
	if eq == nil {
		eq = strictEquals
	}
	for idx, elem := range subset {
		if ordered {
			if idx >= len(superset) {
				if !eq(elem, goja.Undefined()) {
					return false
				}
				continue
			}
			if !eq(elem, superset[idx]) {
				return false
			}
			continue
		}
		found := -1
		for j, elem2 := range superset {
			if eq(elem, elem2) {
				found = j
				break
			}
		}
		if found < 0 {
			return false
		}
		if !contains {
			superset = append(superset[:found], superset[found+1:]...)
		}
	}
	return true
}

func assertOneOf(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 1)
	b := &a.e.b
	list := argAt(args, 0)
	expected := a.obj
	assertType(a.sub(list), []goja.Value{a.e.vm.ToValue("array")})
	items := b.arrayValues(list)
	found := false
	switch {
	case a.flags.contains:
		for _, p := range items {
			if b.invoke(expected, "a", "indexOf", p).ToInteger() > -1 {
				found = true
				break
			}
		}
		a.Assert(found, "expected #{this} to contain one of #{exp}", "expected #{this} to not contain one of #{exp}", list, expected)
	case a.flags.deep:
		for _, p := range items {
			if b.deepEqual(expected, p) {
				found = true
				break
			}
		}
		a.Assert(found, "expected #{this} to deeply equal one of #{exp}", "expected #{this} to deeply equal one of #{exp}", list, expected)
	default:
		for _, p := range items {
			if strictEquals(p, expected) {
				found = true
				break
			}
		}
		a.Assert(found, "expected #{this} to be one of #{exp}", "expected #{this} to not be one of #{exp}", list, expected)
	}
	return nil
}
