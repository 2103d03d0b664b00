package scripts

import (
	"github.com/dop251/goja"
)

// installTimers wraps the event loop's timers so that using one marks the
// script asynchronous (which picks postman-sandbox's timeout message), so
// that a callback does not run once its script has timed out, and so that
// the script's pending timers can be cleared when it ends. The loop
// already swallows what a callback throws, as Newman does: the error goes
// to an event Newman does not print, and the script goes on.
func (s *Sandbox) installTimers() {
	vm := s.vm
	clearers := map[string]goja.Callable{}
	for _, name := range []string{"clearTimeout", "clearInterval", "clearImmediate"} {
		clearers[name], _ = goja.AssertFunction(vm.Get(name))
	}
	for name, clear := range map[string]string{"setTimeout": "clearTimeout", "setInterval": "clearInterval", "setImmediate": "clearImmediate"} {
		orig, ok := goja.AssertFunction(vm.Get(name))
		if !ok {
			panic("event loop without " + name)
		}
		clearFn := clearers[clear]
		must(vm.Set(name, func(call goja.FunctionCall) goja.Value {
			st := s.cur
			fn, ok := goja.AssertFunction(call.Argument(0))
			if st == nil || !ok {
				return goja.Undefined()
			}
			st.async = true
			guarded := vm.ToValue(func(inner goja.FunctionCall) goja.Value {
				if st.ended.Load() != runActive {
					return goja.Undefined()
				}
				defer s.recoverPanic(st)
				if _, err := fn(goja.Undefined(), inner.Arguments...); err != nil && isInterrupt(err) {
					panic(err)
				}
				return goja.Undefined()
			})
			args := append([]goja.Value{guarded}, call.Arguments[1:]...)
			handle, err := orig(goja.Undefined(), args...)
			if err != nil {
				panic(err)
			}
			st.timers = append(st.timers, func() { _, _ = clearFn(goja.Undefined(), handle) })
			return handle
		}))
	}
	s.setInterval, _ = goja.AssertFunction(vm.Get("setInterval"))
	s.clearInterval = clearers["clearInterval"]
	s.noop = vm.ToValue(func() {})
}

// clearTimers cancels whatever the script left scheduled, so that the loop
// starts the next script with no jobs (Terminate alone would leave the
// loop's job count behind).
func (s *Sandbox) clearTimers(st *state) {
	for _, clear := range st.timers {
		clear()
	}
	st.timers = nil
}

// keepAlive holds the event loop open until release is called, for work
// that finishes outside the loop (pm.sendRequest). It must be called on
// the loop, as must release.
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
