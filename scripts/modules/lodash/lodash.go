// Package lodash is lodash written in Go for the script sandbox:
// require('lodash') answers lodash 4.17.21's API, and the module Legacy
// lodash 3.10.2's, the library postman-sandbox puts in the legacy _ global.
// It covers the functions collections use (collections, arrays, objects,
// type checks, strings, function utilities) and both chaining styles,
// _(x).map(…).value() and _.chain(x), with iteratee shorthands.
// Behaviour was checked case by case against the real libraries in Node;
// the cases are the tables in cases_test.go.
package lodash

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// Legacy is the module name of lodash 3, the legacy _ global. It is no
// name a script would require: in Newman require('lodash3') fails, the
// library being bundled for the sandbox's own use.
const Legacy = "pmrun:lodash3"

func init() {
	modules.Register("lodash", func(vm *goja.Runtime, m *goja.Object) { _ = m.Set("exports", New(vm, 4)) })
	modules.Register(Legacy, func(vm *goja.Runtime, m *goja.Object) { _ = m.Set("exports", New(vm, 3)) })
}

// lib is one lodash instance in one runtime.
type lib struct {
	vm *goja.Runtime
	v3 bool
	// fn is the _ function; proto the prototype of the wrappers it makes.
	fn, proto *goja.Object
	funcs     map[string]goja.Callable
	idCounter int
	// The customizers of isEqualWith and cloneDeepWith while they run.
	eqCustom, cloneCustom goja.Callable
}

// New builds lodash (version 3 or 4) in vm and returns the _ function.
func New(vm *goja.Runtime, version int) *goja.Object {
	l := &lib{vm: vm, v3: version == 3, funcs: map[string]goja.Callable{}}
	l.proto = vm.NewObject()
	l.fn = vm.ToValue(func(c goja.FunctionCall) goja.Value {
		return l.wrap(c.Argument(0), false)
	}).(*goja.Object)
	l.defineCollection()
	l.defineArray()
	l.defineObject()
	l.defineLang()
	l.defineString()
	l.defineFunction()
	l.defineMore()
	l.defineExtra()
	l.defineAdapters()
	l.defineChain()
	if l.v3 {
		_ = l.fn.Set("VERSION", "3.10.2")
	} else {
		_ = l.fn.Set("VERSION", "4.17.21")
	}
	_ = l.fn.Set("prototype", l.proto)
	_ = l.proto.Set("constructor", l.fn)
	// instanceof asks this rather than the function itself, so that it
	// still works through the proxy the sandbox wraps the legacy _ in.
	// (Defined, not set: Function.prototype's is read-only.)
	_ = l.fn.DefineDataPropertySymbol(goja.SymHasInstance, l.vm.ToValue(l.hasInstance), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return l.fn
}

// hasInstance is _[Symbol.hasInstance]: whether _.prototype is on the
// value's prototype chain.
func (l *lib) hasInstance(c goja.FunctionCall) goja.Value {
	o, ok := asObject(c.Argument(0))
	proto, _ := asObject(modules.OrUndefined(l.fn.Get("prototype")))
	for ok && proto != nil {
		if o = o.Prototype(); o == nil {
			break
		}
		if o == proto {
			return l.vm.ToValue(true)
		}
	}
	return l.vm.ToValue(false)
}

// def puts a function on _ under each of the space-separated names.
func (l *lib) def(names string, f func(c goja.FunctionCall) goja.Value) {
	v := l.vm.ToValue(f)
	call, _ := goja.AssertFunction(v)
	for _, name := range strings.Fields(names) {
		_ = l.fn.Set(name, v)
		l.funcs[name] = call
	}
}

// def3 and def4 define what only one version has.
func (l *lib) def3(names string, f func(c goja.FunctionCall) goja.Value) {
	if l.v3 {
		l.def(names, f)
	}
}

func (l *lib) def4(names string, f func(c goja.FunctionCall) goja.Value) {
	if !l.v3 {
		l.def(names, f)
	}
}

// thisArg is lodash 3's optional this for a callback, at argument i.
func (l *lib) thisArg(c goja.FunctionCall, i int) goja.Value {
	if l.v3 {
		return c.Argument(i)
	}
	return goja.Undefined()
}

// iterFn is a callback made from an iteratee argument.
type iterFn func(args ...goja.Value) goja.Value

// iteratee turns a callback argument into a function as lodash does:
// nothing is identity; a function is called; an object matches (isMatch);
// [path, value] matches that property (lodash 4); anything else reads a
// property path. Lodash 3 takes thisArg: this for a function, the value to
// match for a property name.
func (l *lib) iteratee(v, thisArg goja.Value) iterFn {
	if isNil(v) {
		return func(args ...goja.Value) goja.Value { return arg0(args) }
	}
	if fn, ok := goja.AssertFunction(v); ok {
		this := goja.Undefined()
		if l.v3 && !goja.IsUndefined(thisArg) {
			this = thisArg
		}
		return func(args ...goja.Value) goja.Value { return l.invoke(fn, this, args...) }
	}
	if _, isObj := asObject(v); isObj {
		if isArray(v) && !l.v3 {
			return l.matchesProperty(l.at(v, 0), l.at(v, 1))
		}
		src := l.clone(v, true, nil)
		return func(args ...goja.Value) goja.Value { return l.vm.ToValue(l.isMatch(arg0(args), src)) }
	}
	if l.v3 && !goja.IsUndefined(thisArg) {
		return l.matchesProperty(v, thisArg)
	}
	return l.property(v)
}

func arg0(args []goja.Value) goja.Value {
	if len(args) == 0 {
		return goja.Undefined()
	}
	return args[0]
}

func (l *lib) property(path goja.Value) iterFn {
	return func(args ...goja.Value) goja.Value {
		obj := arg0(args)
		v, _ := l.getPath(obj, l.pathOf(obj, path))
		return v
	}
}

func (l *lib) matchesProperty(path, want goja.Value) iterFn {
	want = l.clone(want, true, nil)
	return func(args ...goja.Value) goja.Value {
		obj := arg0(args)
		keys := l.pathOf(obj, path)
		got, _ := l.getPath(obj, keys)
		if goja.IsUndefined(got) && goja.IsUndefined(want) {
			return l.vm.ToValue(l.hasPath(obj, keys, true))
		}
		return l.vm.ToValue(l.equal(got, want, true, nil))
	}
}

// callback is the function for an iteratee argument at index i (lodash 3's
// thisArg after it).
func (l *lib) callback(c goja.FunctionCall, i int) iterFn {
	return l.iteratee(c.Argument(i), l.thisArg(c, i+1))
}

func (f iterFn) test(args ...goja.Value) bool { return f(args...).ToBoolean() }
