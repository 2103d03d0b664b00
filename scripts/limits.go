package scripts

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// maxStringLength is V8's longest string (2^29 - 24 UTF-16 units).
// goja has no limit, so a script could ask for gigabytes in one call,
// faster than the memory watchdog samples; the builders that can make a
// huge string from a small one throw V8's RangeError instead.
const maxStringLength = 1<<29 - 24

// installLimits guards String.prototype.repeat, padStart and padEnd.
func (s *Sandbox) installLimits() {
	vm := s.vm
	proto := vm.Get("String").(*goja.Object).Get("prototype").(*goja.Object)
	guard := func(name string, length func(this goja.Value, args []goja.Value) float64) {
		orig, ok := goja.AssertFunction(proto.Get(name))
		if !ok {
			return
		}
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if length(call.This, call.Arguments) > maxStringLength {
				panic(s.rangeError("Invalid string length"))
			}
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
		must(proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	thisLen := func(this goja.Value) float64 {
		this = modules.OrUndefined(this)
		if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
			return 0
		}
		return float64(len(this.String()))
	}
	guard("repeat", func(this goja.Value, args []goja.Value) float64 {
		this = modules.OrUndefined(this)
		return thisLen(this) * arg(args, 0).ToFloat()
	})
	target := func(_ goja.Value, args []goja.Value) float64 { return arg(args, 0).ToFloat() }
	guard("padStart", target)
	guard("padEnd", target)
}

func (s *Sandbox) rangeError(msg string) *goja.Object {
	e, err := s.vm.New(s.vm.Get("RangeError"), s.vm.ToValue(msg))
	must(err)
	return e
}
