package chai

import (
	"regexp"
	"strconv"

	"github.com/dop251/goja"
)

func assertProperty(a *Assertion, args []goja.Value) goja.Value {
	a.setMessageArg(args, 2)
	b := &a.e.b
	f := &a.flags
	name := argAt(args, 0)
	nameType := typeOf(name)
	if f.nested {
		if nameType != "string" {
			a.Fail("the argument to property must be a string when using nested syntax")
		}
	} else if nameType != "string" && nameType != "number" && nameType != "symbol" {
		a.Fail("the argument to property must be a string, number, or symbol")
	}
	if f.nested && f.own {
		a.Fail(`The "nested" and "own" flags cannot be combined.`)
	}
	if isNullish(a.obj) {
		a.Fail("Target cannot be null or undefined.")
	}

	var value goja.Value
	var has bool
	switch {
	case f.nested:
		info := b.pathInfo(a.obj, name.String())
		value, has = info.value, info.exists
	case f.own:
		value = b.get(a.obj, name)
		has = b.hasOwnProperty(a.obj, name)
	default:
		value, has = b.lookup(a.obj, name)
	}

	if !f.negate || len(args) == 1 {
		if !a.holds(has) {
			d := propertyDescriptor(f) + b.inspect(name)
			a.fail("expected #{this} to have "+d, "expected #{this} to not have "+d, nil, nil, false)
		}
	}
	if len(args) > 1 {
		val := args[1]
		var eq bool
		if f.deep {
			eq = b.deepEqual(val, value)
		} else {
			eq = val.StrictEquals(value)
		}
		if !a.holds(has && eq) {
			d := propertyDescriptor(f) + b.inspect(name)
			a.fail("expected #{this} to have "+d+" of #{exp}, but got #{act}", "expected #{this} to not have "+d+" of #{act}", val, value, true)
		}
	}
	a.obj = value
	return nil
}

// lookup is `obj[name]` together with `name in Object(obj)`.
func (b *builtins) lookup(v goja.Value, key goja.Value) (goja.Value, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		o = v.ToObject(b.vm)
	}
	var r goja.Value
	if s, ok := key.(*goja.Symbol); ok {
		r = o.GetSymbol(s)
	} else {
		r = o.Get(key.String())
	}
	if r == nil {
		return goja.Undefined(), false
	}
	return r, true
}

func propertyDescriptor(f *flags) string {
	d := ""
	if f.deep {
		d += "deep "
	}
	if f.own {
		d += "own "
	}
	if f.nested {
		d += "nested "
	}
	return d + "property "
}

func assertOwnProperty(a *Assertion, args []goja.Value) goja.Value {
	a.flags.own = true
	return assertProperty(a, args)
}

func assertOwnPropertyDescriptor(a *Assertion, args []goja.Value) goja.Value {
	b := &a.e.b
	name := argAt(args, 0)
	descriptor := argAt(args, 1)
	msgIdx := 2
	if goja.IsString(descriptor) {
		msgIdx = 1
		descriptor = goja.Null()
	}
	a.setMessageArg(args, msgIdx)
	actual := goja.Undefined()
	if !isNullish(a.obj) {
		actual = b.call(b.getOwnPropertyDescriptor, goja.Undefined(), a.obj.ToObject(a.e.vm), name)
	}
	if actual.ToBoolean() && descriptor.ToBoolean() {
		if !a.holds(b.deepEqual(descriptor, actual)) {
			n := b.inspect(name)
			a.fail("expected the own property descriptor for "+n+" on #{this} to match "+b.inspect(descriptor)+", got "+b.inspect(actual),
				"expected the own property descriptor for "+n+" on #{this} to not match "+b.inspect(descriptor), descriptor, actual, true)
		}
	} else if !a.holds(actual.ToBoolean()) {
		n := b.inspect(name)
		a.fail("expected #{this} to have an own property descriptor for "+n,
			"expected #{this} to not have an own property descriptor for "+n, nil, nil, false)
	}
	a.obj = actual
	return nil
}

// pathPart is one step of a pathval path: a property name, an array index,
// or a blocked name (constructor, __proto__, prototype) that reads
// obj[undefined].
type pathPart struct {
	kind  uint8 // 0 property, 1 index, 2 blocked
	name  string
	index float64
}

func (p pathPart) key(vm *goja.Runtime) goja.Value {
	switch p.kind {
	case 0:
		return vm.ToValue(p.name)
	case 1:
		return vm.ToValue(p.index)
	}
	return goja.Undefined()
}

var (
	reBracket   = regexp.MustCompile(`([^\\])\[`)
	rePathParts = regexp.MustCompile(`(?:\\\.|[^.]+?)+`)
	reIndex     = regexp.MustCompile(`^\[(\d+)\]$`)
	reUnescape  = regexp.MustCompile(`\\([.\[\]])`)
)

func parsePath(path string) []pathPart {
	str := reBracket.ReplaceAllString(path, "${1}.[")
	matches := rePathParts.FindAllString(str, -1)
	parts := make([]pathPart, len(matches))
	for i, m := range matches {
		switch {
		case m == "constructor" || m == "__proto__" || m == "prototype":
			parts[i] = pathPart{kind: 2}
		case reIndex.MatchString(m):
			f, _ := strconv.ParseFloat(reIndex.FindStringSubmatch(m)[1], 64)
			parts[i] = pathPart{kind: 1, index: f}
		default:
			parts[i] = pathPart{name: reUnescape.ReplaceAllString(m, "$1")}
		}
	}
	return parts
}

// pathValue is pathval's internalGetPathValue: null when the walk stops at
// a falsy value before the end.
func (b *builtins) pathValue(obj goja.Value, parts []pathPart, depth int) goja.Value {
	tmp := obj
	var res goja.Value = goja.Null()
	for i := 0; i < depth; i++ {
		if tmp.ToBoolean() {
			tmp = b.get(tmp, parts[i].key(b.vm))
			if i == depth-1 {
				res = tmp
			}
		}
	}
	return res
}

type pathInfo struct {
	value  goja.Value
	exists bool
}

func (b *builtins) pathInfo(obj goja.Value, path string) pathInfo {
	parts := parsePath(path)
	if len(parts) == 0 {
		// pathval maps over the null result of matching an empty path.
		panic(b.vm.NewTypeError("Cannot read properties of null (reading 'map')"))
	}
	parent := obj
	if len(parts) > 1 {
		parent = b.pathValue(obj, parts, len(parts)-1)
	}
	last := parts[len(parts)-1]
	var name goja.Value
	switch {
	case last.kind == 0 && last.name != "":
		name = b.vm.ToValue(last.name)
	case last.kind == 1:
		name = b.vm.ToValue(last.index)
	default:
		name = goja.Undefined()
	}
	return pathInfo{value: b.pathValue(obj, parts, len(parts)), exists: b.has(parent, name)}
}
