package scripts

import (
	"github.com/dop251/goja"
)

// installGlobals builds pm, console, the legacy globals and the timers'
// companions once per runtime. Everything reads s.cur, the running script.
func (s *Sandbox) installGlobals() {
	vm := s.vm
	pm := vm.NewObject()
	s.installTest(pm)
	s.installVariables(pm)
	s.installResponse(pm)
	s.installRequest(pm)
	s.installInfo(pm)
	s.installExecution(pm)
	must(vm.Set("pm", pm))
	s.installConsole()
	s.installLegacy()
}

// installTest defines pm.test, pm.test.skip and pm.test.index.
func (s *Sandbox) installTest(pm *goja.Object) {
	vm := s.vm
	test := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		name := ""
		if n := call.Argument(0); !goja.IsUndefined(n) {
			name = n.String()
		}
		s.runTest(name, call.Argument(1))
		return pm
	}).(*goja.Object)
	must(test.Set("skip", func(call goja.FunctionCall) goja.Value {
		s.addAssertion(Assertion{Name: call.Argument(0).String(), Skipped: true, Passed: true})
		return pm
	}))
	must(test.Set("index", func() int { return s.cur.testIndex }))
	must(pm.Set("test", test))
}

// runTest runs a pm.test body. A body that takes an argument is async: it
// passes when its done callback is called without an error.
func (s *Sandbox) runTest(name string, body goja.Value) {
	fn, ok := goja.AssertFunction(body)
	if !ok {
		s.addAssertion(Assertion{Name: name, Passed: true})
		return
	}
	a := Assertion{Name: name, Passed: true, Index: s.cur.testIndex}
	s.cur.testIndex++
	if obj := body.ToObject(s.vm); obj.Get("length").ToInteger() > 0 {
		s.runAsyncTest(a, fn)
		return
	}
	if _, err := fn(goja.Undefined()); err != nil {
		if isInterrupt(err) {
			panic(err) // let the timeout end the script
		}
		a.Passed, a.Error = false, toError(err)
	}
	s.cur.res.Assertions = append(s.cur.res.Assertions, a)
}

func (s *Sandbox) runAsyncTest(a Assertion, fn goja.Callable) {
	st := s.cur
	settled := false
	// Keep the loop alive until done is called, as postman-sandbox waits
	// for the timers that will call it.
	keepAlive := s.loop.SetInterval(func(*goja.Runtime) {}, 1<<62)
	done := func(call goja.FunctionCall) goja.Value {
		if settled {
			return goja.Undefined()
		}
		settled = true
		s.loop.ClearInterval(keepAlive)
		if err := call.Argument(0); !goja.IsUndefined(err) && !goja.IsNull(err) && err.ToBoolean() {
			a.Passed, a.Error = false, errorFromValue(err)
		}
		st.res.Assertions = append(st.res.Assertions, a)
		return goja.Undefined()
	}
	if _, err := fn(goja.Undefined(), s.vm.ToValue(done)); err != nil {
		if isInterrupt(err) {
			panic(err)
		}
		if !settled {
			settled = true
			s.loop.ClearInterval(keepAlive)
			a.Passed, a.Error = false, toError(err)
			st.res.Assertions = append(st.res.Assertions, a)
		}
	}
}

func (s *Sandbox) addAssertion(a Assertion) {
	a.Index = s.cur.testIndex
	s.cur.testIndex++
	s.cur.res.Assertions = append(s.cur.res.Assertions, a)
}

// errorFromValue reads a thrown or passed JavaScript value as an Error.
func errorFromValue(v goja.Value) *Error {
	if obj, ok := v.(*goja.Object); ok {
		e := &Error{Name: "Error", Message: v.String()}
		if n := obj.Get("name"); n != nil && !goja.IsUndefined(n) {
			e.Name = n.String()
		}
		if m := obj.Get("message"); m != nil && !goja.IsUndefined(m) {
			e.Message = m.String()
		}
		if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
			e.Stack = st.String()
		}
		return e
	}
	return &Error{Name: "Error", Message: v.String()}
}

func isInterrupt(err error) bool {
	_, ok := err.(*goja.InterruptedError)
	return ok
}

// installInfo defines pm.info with getters over the running script.
func (s *Sandbox) installInfo(pm *goja.Object) {
	info := s.vm.NewObject()
	s.getter(info, "eventName", func() any { return s.cur.exec.Event })
	s.getter(info, "iteration", func() any { return s.cur.exec.Iteration })
	s.getter(info, "iterationCount", func() any { return s.cur.exec.IterationCount })
	s.getter(info, "requestName", func() any {
		if it := s.cur.exec.Item; it != nil {
			return it.Name
		}
		return nil
	})
	s.getter(info, "requestId", func() any {
		if it := s.cur.exec.Item; it != nil {
			return it.ID
		}
		return nil
	})
	must(pm.Set("info", info))
}

// installExecution defines pm.execution: setNextRequest, skipRequest and
// location.
func (s *Sandbox) installExecution(pm *goja.Object) {
	ex := s.vm.NewObject()
	must(ex.Set("setNextRequest", s.setNextRequest))
	must(ex.Set("skipRequest", func() {
		if s.cur.exec.Event != "prerequest" {
			panic(s.vm.NewTypeError("pm.execution.skipRequest is not a function"))
		}
		s.cur.res.SkipRequest = true
		// Newman stops the script at skipRequest.
		s.vm.Interrupt(errSkip)
	}))
	s.getter(ex, "location", func() any {
		var path []any
		for it := s.cur.exec.Item; it != nil; it = it.Parent {
			path = append([]any{it.Name}, path...)
		}
		return path
	})
	must(pm.Set("execution", ex))
}

func (s *Sandbox) setNextRequest(v goja.Value) {
	next := ""
	if !goja.IsNull(v) && !goja.IsUndefined(v) {
		next = v.String()
	}
	s.cur.res.NextRequest = &next
}

// getter defines a read-only accessor property backed by a Go function.
func (s *Sandbox) getter(obj *goja.Object, name string, get func() any) {
	must(obj.DefineAccessorProperty(name, s.vm.ToValue(func() goja.Value {
		return s.vm.ToValue(get())
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE))
}

// must panics on errors that only a programming mistake can cause, such as
// setting a property on a fresh object.
func must(err error) {
	if err != nil {
		panic(err)
	}
}
