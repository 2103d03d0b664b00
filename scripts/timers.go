package scripts

import (
	"math"
	"time"

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
			var entry *timeout
			if name == "setTimeout" {
				args, entry = s.timeouts.add(vm, call, guarded)
			}
			handle, err := orig(goja.Undefined(), args...)
			if err != nil {
				panic(err)
			}
			if entry != nil {
				entry.handle = handle.Export()
			}
			st.timers = append(st.timers, func() { _, _ = clearFn(goja.Undefined(), handle) })
			return handle
		}))
	}
	clearTimeout := clearers["clearTimeout"]
	must(vm.Set("clearTimeout", func(call goja.FunctionCall) goja.Value {
		s.timeouts.cancel(call.Argument(0).Export())
		_, _ = clearTimeout(goja.Undefined(), call.Arguments...)
		return goja.Undefined()
	}))
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
	s.timeouts.pending = nil
}

// timeoutQueue runs setTimeout callbacks in Node's order: by due time,
// then in the order they were made. The loop's own timers fire from
// separate goroutines, so two made in a row could otherwise run in either
// order; here whichever fires first runs every callback already due, in
// order, and the later ones find theirs done.
type timeoutQueue struct {
	seq     uint64
	pending []*timeout
}

type timeout struct {
	due    time.Time
	seq    uint64
	fn     goja.Callable
	args   []goja.Value
	handle any // the loop's timer, to match clearTimeout
}

// add records a setTimeout call and returns the arguments for the loop's
// setTimeout: a callback that drains the queue, and the delay.
func (q *timeoutQueue) add(vm *goja.Runtime, call goja.FunctionCall, guarded goja.Value) ([]goja.Value, *timeout) {
	delay := call.Argument(1).ToFloat()
	if math.IsNaN(delay) || delay < 1 {
		delay = 1 // as Node clamps it
	}
	fn, _ := goja.AssertFunction(guarded)
	q.seq++
	t := &timeout{
		due:  time.Now().Add(time.Duration(delay * float64(time.Millisecond))),
		seq:  q.seq,
		fn:   fn,
		args: append([]goja.Value(nil), call.Arguments[min(2, len(call.Arguments)):]...),
	}
	q.pending = append(q.pending, t)
	drain := vm.ToValue(func(goja.FunctionCall) goja.Value {
		q.drain()
		return goja.Undefined()
	})
	return []goja.Value{drain, vm.ToValue(delay)}, t
}

// drain runs, in order, every pending callback that is due.
func (q *timeoutQueue) drain() {
	for {
		now := time.Now()
		next := -1
		for i, t := range q.pending {
			if t.due.After(now) {
				continue
			}
			if next < 0 || t.due.Before(q.pending[next].due) || (t.due.Equal(q.pending[next].due) && t.seq < q.pending[next].seq) {
				next = i
			}
		}
		if next < 0 {
			return
		}
		t := q.pending[next]
		q.pending = append(q.pending[:next], q.pending[next+1:]...)
		if _, err := t.fn(goja.Undefined(), t.args...); err != nil {
			panic(err)
		}
	}
}

// cancel forgets the callback of a cleared timeout.
func (q *timeoutQueue) cancel(handle any) {
	for i, t := range q.pending {
		if t.handle == handle {
			q.pending = append(q.pending[:i], q.pending[i+1:]...)
			return
		}
	}
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
