package scripts

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/chai"
	"github.com/pmrun/pmrun/scripts/modules"
)

// installGlobals builds pm, console, the legacy globals and the timers'
// companions once per runtime. Everything reads s.cur, the running script.
func (s *Sandbox) installGlobals() {
	vm := s.vm
	s.installTimers()
	s.installLimits()
	s.expect = chai.New(vm)
	s.installChaiPostman(s.expect)
	pm := vm.NewObject()
	s.installTest(pm)
	must(pm.Set("expect", s.expect.Function()))
	s.installVariables(pm)
	s.installResponse(pm)
	s.installRequest(pm)
	s.installCookies(pm)
	s.installInfo(pm)
	s.installExecution(pm)
	s.installVisualizer(pm)
	s.installSendRequest(pm)
	must(vm.Set("pm", pm))
	// postman-sandbox defines pm's members (and pm.info's) read-only and
	// not enumerable; only pm.test, assigned later, shows in Object.keys.
	_, err := vm.RunString(`(function (pm) {
		function hide(o, keep) { Object.keys(o).forEach(function (k) { if (k !== keep) Object.defineProperty(o, k, {enumerable: false}); }); }
		hide(pm.info); hide(pm, "test");
	})(pm)`)
	must(err)
	s.installConsole()
	s.installLegacy()
	s.wrapRequire()
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
		if s.cur.exec.CollectionName != "" {
			path = append([]any{s.cur.exec.CollectionName}, path...)
		}
		loc := s.vm.NewArray(path...)
		current := s.cur.exec.EventItemName
		if current == "" && s.cur.exec.Item != nil {
			current = s.cur.exec.Item.Name
		}
		must(loc.DefineDataProperty("current", s.vm.ToValue(current), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
		return loc
	})
	must(pm.Set("execution", ex))
}

// wrapRequire makes require() fail as in Newman for a module it does not
// have: Error: Cannot find module 'name'.
func (s *Sandbox) wrapRequire() {
	vm := s.vm
	orig, ok := goja.AssertFunction(vm.Get("require"))
	if !ok {
		return
	}
	must(vm.Set("require", func(call goja.FunctionCall) goja.Value {
		v, err := orig(goja.Undefined(), call.Arguments...)
		if err == nil {
			return v
		}
		if isInterrupt(err) {
			panic(err)
		}
		if e := toError(err); strings.Contains(e.Message, "Invalid module") {
			panic(s.newError("Cannot find module '" + modules.ToString(call.Argument(0)) + "'"))
		}
		panic(err)
	}))
}

// installVisualizer defines pm.visualizer.set and clear, checking their
// arguments as postman-sandbox does.
func (s *Sandbox) installVisualizer(pm *goja.Object) {
	vm := s.vm
	vis := vm.NewObject()
	must(vis.Set("set", func(call goja.FunctionCall) goja.Value {
		tmpl, ok := call.Argument(0).Export().(string)
		if !ok {
			panic(s.newError("Invalid template. Template must be of type string, found " + jsTypeof(call.Argument(0))))
		}
		data, opts := call.Argument(1), call.Argument(2)
		if data.ToBoolean() && !isObjectValue(data) {
			panic(s.newError("Invalid data. Data must be an object, found " + jsTypeof(data)))
		}
		if opts.ToBoolean() && !isObjectValue(opts) {
			panic(s.newError("Invalid options. Options must be an object, found " + jsTypeof(opts)))
		}
		s.cur.res.Visualizer = &Visualization{Template: tmpl, Data: toGo(data), Options: toGo(opts)}
		return goja.Undefined()
	}))
	must(vis.Set("clear", func() { s.cur.res.Visualizer = nil }))
	must(pm.Set("visualizer", vis))
}

// newError makes a JavaScript Error with msg.
func (s *Sandbox) newError(msg string) *goja.Object {
	e, err := s.vm.New(s.vm.Get("Error"), s.vm.ToValue(msg))
	must(err)
	return e
}

// jsTypeof is JavaScript's typeof.
func jsTypeof(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, fn := goja.AssertFunction(o); fn {
			return "function"
		}
		return "object"
	}
	switch v.Export().(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	}
	return "symbol"
}

// defineTo gives a response or request its chai-postman entry point:
// pm.response.to is expect(pm.response).to.
func (s *Sandbox) defineTo(obj *goja.Object) {
	must(obj.DefineAccessorProperty("to", s.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(s.expect.Function())
		a, err := fn(goja.Undefined(), call.This)
		if err != nil {
			panic(err)
		}
		return a.(*goja.Object).Get("to")
	}), nil, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

// setNextRequest records where to go after this request: a name or id,
// or "" for null, which ends the iteration. undefined does nothing (it
// does not survive postman-sandbox's trip back to the runtime).
func (s *Sandbox) setNextRequest(v goja.Value) {
	if v == nil || goja.IsUndefined(v) {
		return
	}
	next := ""
	if !goja.IsNull(v) {
		next = v.String()
	}
	s.cur.res.NextRequest = &next
}

// getter defines a read-only accessor property backed by a Go function.
func (s *Sandbox) getter(obj *goja.Object, name string, get func() any) {
	must(obj.DefineAccessorProperty(name, s.vm.ToValue(func(goja.FunctionCall) goja.Value {
		return s.vm.ToValue(get())
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// must panics on errors that only a programming mistake can cause, such as
// setting a property on a fresh object.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// method defines a non-enumerable function property, as methods on a
// prototype are: Object.keys(pm.response) lists only its data.
func (s *Sandbox) method(obj *goja.Object, name string, fn any) {
	must(obj.DefineDataProperty(name, s.vm.ToValue(direct(s.vm, fn)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

// direct gives a function without parameters goja's native signature:
// goja calls any other Go function through reflect, which costs more than
// most of what pm.response's methods do. Arguments were ignored either way.
func direct(vm *goja.Runtime, fn any) any {
	switch f := fn.(type) {
	case func() goja.Value:
		return func(goja.FunctionCall) goja.Value { return f() }
	case func() string:
		return func(goja.FunctionCall) goja.Value { return vm.ToValue(f()) }
	}
	return fn
}
