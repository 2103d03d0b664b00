package lodash

import (
	"time"

	"github.com/dop251/goja"
)

// defineTimers defines debounce, throttle, delay and defer on the
// runtime's setTimeout and clearTimeout, so that pending calls belong to
// the script's event loop like any other timer.
func (l *lib) defineTimers() {
	l.def("delay", func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		args := append([]goja.Value(nil), c.Arguments[min(2, len(c.Arguments)):]...)
		return l.setTimeout(func() { l.invoke(fn, goja.Undefined(), args...) }, c.Argument(1).ToFloat())
	})
	l.def("defer", func(c goja.FunctionCall) goja.Value {
		fn := l.function(c.Argument(0))
		args := append([]goja.Value(nil), c.Arguments[min(1, len(c.Arguments)):]...)
		return l.setTimeout(func() { l.invoke(fn, goja.Undefined(), args...) }, 1)
	})
	l.def("debounce", func(c goja.FunctionCall) goja.Value {
		d := &debouncer{l: l, fn: l.function(c.Argument(0)), wait: c.Argument(1).ToFloat(), trailing: true, maxWait: -1}
		if o, ok := asObject(c.Argument(2)); ok {
			d.leading = o.Get("leading") != nil && o.Get("leading").ToBoolean()
			if v := o.Get("trailing"); v != nil && !goja.IsUndefined(v) {
				d.trailing = v.ToBoolean()
			}
			if v := o.Get("maxWait"); v != nil && !goja.IsUndefined(v) {
				d.maxWait = max(v.ToFloat(), d.wait)
			}
		}
		return d.function()
	})
	l.def("throttle", func(c goja.FunctionCall) goja.Value {
		wait := c.Argument(1).ToFloat()
		d := &debouncer{l: l, fn: l.function(c.Argument(0)), wait: wait, leading: true, trailing: true, maxWait: wait}
		if o, ok := asObject(c.Argument(2)); ok {
			if v := o.Get("leading"); v != nil && !goja.IsUndefined(v) {
				d.leading = v.ToBoolean()
			}
			if v := o.Get("trailing"); v != nil && !goja.IsUndefined(v) {
				d.trailing = v.ToBoolean()
			}
		}
		return d.function()
	})
}

func (l *lib) setTimeout(f func(), ms float64) goja.Value {
	set, ok := goja.AssertFunction(l.vm.Get("setTimeout"))
	if !ok {
		panic(l.vm.NewTypeError("setTimeout is not available"))
	}
	return l.invoke(set, goja.Undefined(), l.vm.ToValue(func() { f() }), l.vm.ToValue(ms))
}

func (l *lib) clearTimeout(timer goja.Value) {
	if clear, ok := goja.AssertFunction(l.vm.Get("clearTimeout")); ok && timer != nil {
		l.invoke(clear, goja.Undefined(), timer)
	}
}

// debouncer is lodash's debounce: calls made within wait of each other
// collapse into one, on the leading and/or trailing edge; maxWait (which
// throttle sets to wait) bounds how long calls can be put off.
type debouncer struct {
	l                 *lib
	fn                goja.Callable
	wait, maxWait     float64
	leading, trailing bool

	timer                  goja.Value
	lastCall, lastCallOK   bool
	lastCallAt, lastInvoke time.Time
	args                   []goja.Value
	this                   goja.Value
	result                 goja.Value
}

func (d *debouncer) call() goja.Value {
	args, this := d.args, d.this
	d.args, d.this = nil, nil
	d.lastInvoke = time.Now()
	d.result = d.l.invoke(d.fn, orUndef(this), args...)
	return d.result
}

func (d *debouncer) ms(t time.Duration) float64 { return float64(t.Milliseconds()) }

// remaining is how long until the trailing edge is due.
func (d *debouncer) remaining(now time.Time) float64 {
	left := d.wait - d.ms(now.Sub(d.lastCallAt))
	if d.maxWait >= 0 {
		left = min(left, d.maxWait-d.ms(now.Sub(d.lastInvoke)))
	}
	return left
}

func (d *debouncer) shouldInvoke(now time.Time) bool {
	if !d.lastCallOK {
		return true
	}
	since := d.ms(now.Sub(d.lastCallAt))
	return since >= d.wait || since < 0 || d.maxWait >= 0 && d.ms(now.Sub(d.lastInvoke)) >= d.maxWait
}

func (d *debouncer) schedule(ms float64) {
	d.timer = d.l.setTimeout(d.timerExpired, ms)
}

func (d *debouncer) timerExpired() {
	now := time.Now()
	if d.shouldInvoke(now) {
		d.timer = nil
		if d.trailing && d.args != nil {
			d.call()
		}
		d.args, d.this = nil, nil
		return
	}
	d.schedule(d.remaining(now))
}

func (d *debouncer) function() goja.Value {
	vm := d.l.vm
	f := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		now := time.Now()
		invoke := d.shouldInvoke(now)
		d.args, d.this = append([]goja.Value{}, c.Arguments...), c.This
		d.lastCallAt, d.lastCallOK = now, true
		if invoke {
			if d.timer == nil {
				// Leading edge.
				d.lastInvoke = now
				d.schedule(d.wait)
				if d.leading {
					return d.call()
				}
				return orUndef(d.result)
			}
			if d.maxWait >= 0 {
				d.clearTimer()
				d.schedule(d.wait)
				return d.call()
			}
		}
		if d.timer == nil {
			d.schedule(d.wait)
		}
		return orUndef(d.result)
	}).(*goja.Object)
	_ = f.Set("cancel", func() {
		d.clearTimer()
		d.args, d.this, d.lastCallOK = nil, nil, false
	})
	_ = f.Set("flush", func() goja.Value {
		if d.timer == nil {
			return orUndef(d.result)
		}
		d.clearTimer()
		if d.trailing && d.args != nil {
			return d.call()
		}
		return orUndef(d.result)
	})
	return f
}

func (d *debouncer) clearTimer() {
	if d.timer != nil {
		d.l.clearTimeout(d.timer)
		d.timer = nil
	}
}
