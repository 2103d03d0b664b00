package chai

import (
	"github.com/dop251/goja"
)

// builtins are the JS intrinsics chai's algorithms need, captured when the
// Expect is built so that user scripts replacing globals cannot change how
// assertions behave (chai captures most of these at load time too).
type builtins struct {
	vm *goja.Runtime

	objectCtor, objectProto, errorCtor, errorProto *goja.Object
	regexpProto, dateProto, promiseProto           *goja.Object
	mapProto, setProto                             *goja.Object

	toString, hasOwn, propIsEnumerable         goja.Callable
	getOwnPropertyDescriptor                   goja.Callable
	isExtensible, isSealed, isFrozen           goja.Callable
	mapForEach, setForEach, dateToJSON, symFor goja.Callable

	funcCall, funcApply goja.Value // Function.prototype.call and .apply

	chaiInspect *goja.Symbol
}

func (b *builtins) capture(vm *goja.Runtime) {
	b.vm = vm
	obj := func(v goja.Value) *goja.Object { return v.(*goja.Object) }
	fn := func(o *goja.Object, name string) goja.Callable {
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			panic("chai: builtin " + name + " is not a function")
		}
		return f
	}
	b.objectCtor = obj(vm.Get("Object"))
	b.objectProto = obj(b.objectCtor.Get("prototype"))
	b.errorCtor = obj(vm.Get("Error"))
	b.errorProto = obj(b.errorCtor.Get("prototype"))
	b.regexpProto = obj(obj(vm.Get("RegExp")).Get("prototype"))
	b.dateProto = obj(obj(vm.Get("Date")).Get("prototype"))
	b.promiseProto = obj(obj(vm.Get("Promise")).Get("prototype"))
	b.mapProto = obj(obj(vm.Get("Map")).Get("prototype"))
	b.setProto = obj(obj(vm.Get("Set")).Get("prototype"))

	b.toString = fn(b.objectProto, "toString")
	b.hasOwn = fn(b.objectProto, "hasOwnProperty")
	b.propIsEnumerable = fn(b.objectProto, "propertyIsEnumerable")
	b.getOwnPropertyDescriptor = fn(b.objectCtor, "getOwnPropertyDescriptor")
	b.isExtensible = fn(b.objectCtor, "isExtensible")
	b.isSealed = fn(b.objectCtor, "isSealed")
	b.isFrozen = fn(b.objectCtor, "isFrozen")
	b.mapForEach = fn(b.mapProto, "forEach")
	b.setForEach = fn(b.setProto, "forEach")
	b.dateToJSON = fn(b.dateProto, "toJSON")
	funcProto := obj(obj(vm.Get("Function")).Get("prototype"))
	b.funcCall, b.funcApply = funcProto.Get("call"), funcProto.Get("apply")
	symbolCtor := obj(vm.Get("Symbol"))
	b.symFor = fn(symbolCtor, "for")
	b.chaiInspect = b.call(b.symFor, goja.Undefined(), vm.ToValue("chai/inspect")).(*goja.Symbol)
}

// call invokes a captured builtin, turning a JS exception into a panic so
// it propagates to the script like any other thrown error.
func (b *builtins) call(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// classOf is Object.prototype.toString.call(v).slice(8, -1).
func (b *builtins) classOf(v goja.Value) string {
	s := b.call(b.toString, v).String()
	if len(s) > 9 {
		return s[8 : len(s)-1]
	}
	return s
}

func (b *builtins) hasOwnProperty(obj, key goja.Value) bool {
	return b.call(b.hasOwn, obj, key).ToBoolean()
}

// forEachEntry walks a Map (key, value) or Set (value, value) in insertion
// order, like Map.prototype.forEach.
func (b *builtins) forEachEntry(o *goja.Object, isMap bool, f func(key, value goja.Value)) {
	cb := b.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		f(call.Argument(1), call.Argument(0))
		return goja.Undefined()
	})
	if isMap {
		b.call(b.mapForEach, o, cb)
	} else {
		b.call(b.setForEach, o, cb)
	}
}
