package scripts

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// installTest defines pm.test, pm.test.skip and pm.test.index.
func (s *Sandbox) installTest(pm *goja.Object) {
	vm := s.vm
	test := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		s.runTest(call.Argument(0), call.Argument(1))
		return pm
	}).(*goja.Object)
	must(test.Set("skip", func(call goja.FunctionCall) goja.Value {
		s.addAssertion(Assertion{Name: modules.ToString(call.Argument(0)), Skipped: true, Passed: true})
		return pm
	}))
	must(test.Set("index", func() int { return s.cur.testIndex }))
	must(pm.Set("test", test))
}

// pendingTest is a test whose outcome comes later: an async test waiting
// for done, or (beyond Newman) a test that returned a promise.
type pendingTest struct {
	a       Assertion
	settled bool
}

// runTest runs a pm.test body as postman-sandbox does: a body that takes
// an argument is async and reports when its done callback is called (if
// nothing keeps the script alive until then, it never reports); any other
// body runs at once and fails if it throws. Beyond Newman, a body that
// returns a promise (an async function) reports when the promise settles.
func (s *Sandbox) runTest(nameArg, body goja.Value) {
	st := s.cur
	a := Assertion{Name: modules.ToString(nameArg), Passed: true, Index: st.testIndex}
	st.testIndex++
	fn, ok := goja.AssertFunction(body)
	if !ok {
		s.record(st, a)
		return
	}
	if obj := body.ToObject(s.vm); modules.OrUndefined(obj.Get("length")).ToInteger() > 0 {
		s.runAsyncTest(st, a, fn)
		return
	}
	ret, err := fn(goja.Undefined())
	if err != nil {
		if isInterrupt(err) {
			panic(err) // let the timeout end the script
		}
		a.Passed, a.Error = false, toError(err)
	} else if p, ok := ret.Export().(*goja.Promise); ok {
		s.awaitTest(st, a, p, ret.(*goja.Object))
		return
	}
	s.record(st, a)
}

func (s *Sandbox) runAsyncTest(st *state, a Assertion, fn goja.Callable) {
	pt := &pendingTest{a: a}
	done := func(call goja.FunctionCall) goja.Value {
		if pt.settled {
			return goja.Undefined()
		}
		pt.settled = true
		if err := call.Argument(0); err.ToBoolean() {
			pt.a.Passed, pt.a.Error = false, errorFromValue(err)
		}
		s.record(st, pt.a)
		return goja.Undefined()
	}
	if _, err := fn(goja.Undefined(), s.vm.ToValue(done)); err != nil {
		if isInterrupt(err) {
			panic(err)
		}
		if !pt.settled {
			pt.settled = true
			pt.a.Passed, pt.a.Error = false, toError(err)
			s.record(st, pt.a)
		}
	}
}

// awaitTest reports a promise-returning test once the promise settles.
func (s *Sandbox) awaitTest(st *state, a Assertion, p *goja.Promise, obj *goja.Object) {
	pt := &pendingTest{a: a}
	settle := func(err goja.Value) {
		err = modules.OrUndefined(err)
		if pt.settled {
			return
		}
		pt.settled = true
		if err != nil {
			pt.a.Passed, pt.a.Error = false, errorFromValue(err)
		}
		s.record(st, pt.a)
	}
	switch p.State() {
	case goja.PromiseStateFulfilled:
		settle(nil)
		return
	case goja.PromiseStateRejected:
		settle(p.Result())
		return
	}
	st.pendings = append(st.pendings, pt)
	then, _ := goja.AssertFunction(obj.Get("then"))
	_, err := then(obj, s.vm.ToValue(func() { settle(nil) }), s.vm.ToValue(func(err goja.Value) { settle(err) }))
	if err != nil {
		panic(err)
	}
}

// finishPendingTests reports the promise tests still unsettled when the
// script ended as passed: Newman, which does not wait for them, reports
// them so.
func (s *Sandbox) finishPendingTests() {
	st := s.cur
	for _, pt := range st.pendings {
		if !pt.settled {
			pt.settled = true
			s.record(st, pt.a)
		}
	}
}

func (s *Sandbox) addAssertion(a Assertion) {
	a.Index = s.cur.testIndex
	s.cur.testIndex++
	s.record(s.cur, a)
}

// errorFromValue reads a thrown or passed JavaScript value as an Error:
// its name and message, which a value that is not an error (a thrown
// string, a plain object) lacks, as in Newman's report.
func errorFromValue(v goja.Value) *Error {
	e := &Error{noName: true, noMessage: true}
	obj, ok := v.(*goja.Object)
	if !ok {
		return e
	}
	if n := obj.Get("name"); n != nil && !goja.IsUndefined(n) {
		e.Name, e.noName = n.String(), false
	}
	if m := obj.Get("message"); m != nil && !goja.IsUndefined(m) {
		e.Message, e.noMessage = m.String(), false
	}
	if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
		e.Stack = st.String()
	}
	return e
}

func isInterrupt(err error) bool {
	_, ok := err.(*goja.InterruptedError)
	return ok
}

// record adds a finished assertion to the script's result and reports it.
func (s *Sandbox) record(st *state, a Assertion) {
	if e := a.Error; e != nil {
		// Newman names a failure that threw no error object an
		// AssertionError and uses the test's name as its message.
		if e.noName {
			e.Name, e.noName = "AssertionError", false
		}
		if e.noMessage {
			e.Message, e.noMessage = a.Name, false
		}
	}
	st.res.Assertions = append(st.res.Assertions, a)
	if s.opts.OnAssertion != nil {
		s.opts.OnAssertion(a)
	}
}
