package scripts

import (
	"github.com/dop251/goja"
)

// installTimers wraps the event loop's timers so that using one marks the
// script asynchronous, which picks postman-sandbox's timeout message. The
// loop already swallows what a callback throws, as Newman does: the error
// goes to an event Newman does not print, and the script goes on.
func (s *Sandbox) installTimers() {
	vm := s.vm
	for _, name := range []string{"setTimeout", "setInterval", "setImmediate"} {
		orig, ok := goja.AssertFunction(vm.Get(name))
		if !ok {
			panic("event loop without " + name)
		}
		must(vm.Set(name, func(call goja.FunctionCall) goja.Value {
			if s.cur != nil {
				s.cur.async = true
			}
			v, err := orig(goja.Undefined(), call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}))
	}
	s.setInterval, _ = goja.AssertFunction(vm.Get("setInterval"))
	s.clearInterval, _ = goja.AssertFunction(vm.Get("clearInterval"))
	s.noop = vm.ToValue(func() {})
}

// keepAlive holds the event loop open until release is called, for work
// that finishes outside the loop (pm.sendRequest, cookie jar calls). It
// must be called on the loop, as must release.
func (s *Sandbox) keepAlive() (release func()) {
	iv, err := s.setInterval(goja.Undefined(), s.noop, s.vm.ToValue(3_600_000))
	if err != nil {
		panic(err)
	}
	released := false
	return func() {
		if !released {
			released = true
			_, _ = s.clearInterval(goja.Undefined(), iv)
		}
	}
}
