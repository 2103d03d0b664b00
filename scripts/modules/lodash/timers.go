package lodash

import (
	"time"

	"github.com/dop251/goja"
)

// defineTimers defines debounce, throttle, delay and defer as Newman has
// them: the lodash bundled into postman-sandbox finds no setTimeout in its
// context, so whatever would start a timer throws a TypeError there. Only
// what runs without a timer works: lodash 3's throttle calls through on
// its leading edge when calls are at least wait apart.
func (l *lib) defineTimers() {
	noTimer := func() goja.Value { panic(l.vm.NewTypeError("setTimeout is not a function")) }
	l.def("delay", func(c goja.FunctionCall) goja.Value {
		l.function(c.Argument(0))
		return noTimer()
	})
	l.def("defer", func(c goja.FunctionCall) goja.Value {
		l.function(c.Argument(0))
		return noTimer()
	})
	withControls := func(f func(goja.FunctionCall) goja.Value) goja.Value {
		fn := l.vm.ToValue(f).(*goja.Object)
		_ = fn.Set("cancel", func() {})
		_ = fn.Set("flush", func() goja.Value { return goja.Undefined() })
		return fn
	}
	l.def("debounce", func(c goja.FunctionCall) goja.Value {
		l.function(c.Argument(0))
		return withControls(func(goja.FunctionCall) goja.Value { return noTimer() })
	})
	l.def("throttle", func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		if !l.v3 {
			return withControls(func(goja.FunctionCall) goja.Value { return noTimer() })
		}
		wait := time.Duration(c.Argument(1).ToFloat() * float64(time.Millisecond))
		leading := true
		if o, ok := asObject(c.Argument(2)); ok {
			if v := o.Get("leading"); v != nil && !goja.IsUndefined(v) {
				leading = v.ToBoolean()
			}
		}
		var last time.Time
		var result goja.Value = goja.Undefined()
		return withControls(func(call goja.FunctionCall) goja.Value {
			now := time.Now()
			if !leading || !last.IsZero() && now.Sub(last) < wait {
				return noTimer()
			}
			last = now
			result = l.invoke(fn, call.This, call.Arguments...)
			return result
		})
	})
}
