package scripts

import (
	"encoding/base64"
	"fmt"

	"github.com/dop251/goja"
)

// legacyAlternatives names what replaces each legacy global, for the
// deprecation warning postman-sandbox prints on first use in a script.
var legacyAlternatives = map[string]string{
	"tests":           "pm.test()",
	"globals":         "pm.globals",
	"environment":     "pm.environment",
	"data":            "pm.iterationData",
	"request":         "pm.request",
	"responseCookies": "pm.cookies",
	"responseHeaders": "pm.response.headers",
	"responseCode":    "pm.response.code",
	"postman":         "pm.execution.setNextRequest()",
	"atob":            "require('atob')",
	"btoa":            "require('btoa')",
	"xml2Json":        "require('xml2js')",
}

// installLegacy defines the globals of Postman's old scripting API as
// getters over the running script, so that only what a script touches is
// built.
func (s *Sandbox) installLegacy() {
	vm := s.vm
	global := vm.GlobalObject()
	define := func(name string, get func() goja.Value) {
		must(global.DefineAccessorProperty(name, vm.ToValue(func() goja.Value {
			if s.cur == nil {
				return goja.Undefined()
			}
			v := get()
			if _, isObj := v.(*goja.Object); isObj {
				s.warnLegacy(name)
			}
			return v
		}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
	define("tests", func() goja.Value {
		if s.cur.tests == nil {
			s.cur.tests = vm.NewObject()
		}
		return s.cur.tests
	})
	define("responseBody", func() goja.Value {
		if r := s.cur.exec.Response; r != nil && s.cur.exec.Event == "test" {
			return vm.ToValue(string(r.Body))
		}
		return goja.Undefined()
	})
	define("responseCode", func() goja.Value {
		r := s.cur.exec.Response
		if r == nil || s.cur.exec.Event != "test" {
			return goja.Undefined()
		}
		o := vm.NewObject()
		must(o.Set("code", r.Code))
		must(o.Set("name", r.Status))
		must(o.Set("detail", r.Status))
		return o
	})
	define("responseTime", func() goja.Value {
		if r := s.cur.exec.Response; r != nil && s.cur.exec.Event == "test" {
			return vm.ToValue(r.ResponseTime.Milliseconds())
		}
		return goja.Undefined()
	})
	define("responseHeaders", func() goja.Value {
		r := s.cur.exec.Response
		if r == nil || s.cur.exec.Event != "test" {
			return goja.Undefined()
		}
		o := vm.NewObject()
		for _, h := range r.Headers {
			must(o.Set(h.Key, h.Value))
		}
		return o
	})
	define("environment", func() goja.Value { return s.scopeToObject(s.cur.exec.Vars.Environment) })
	define("globals", func() goja.Value { return s.scopeToObject(s.cur.exec.Vars.Globals) })
	define("data", func() goja.Value { return s.scopeToObject(s.cur.exec.Vars.Data) })
	define("iteration", func() goja.Value { return vm.ToValue(s.cur.exec.Iteration) })
	define("request", func() goja.Value {
		o := vm.NewObject()
		if req := s.cur.exec.Request; req != nil {
			must(o.Set("method", req.Method))
			must(o.Set("url", req.URL.String()))
			headers := vm.NewObject()
			for _, h := range req.Headers {
				if !h.Disabled {
					must(headers.Set(h.Key, h.Value))
				}
			}
			must(o.Set("headers", headers))
		}
		if it := s.cur.exec.Item; it != nil {
			must(o.Set("id", it.ID))
			must(o.Set("name", it.Name))
		}
		return o
	})
	postman := s.legacyPostman()
	define("postman", func() goja.Value { return postman })
	atob := vm.ToValue(func(v string) (string, error) {
		b, err := base64.StdEncoding.DecodeString(v)
		if err != nil {
			return "", fmt.Errorf("atob: %w", err)
		}
		return string(b), nil
	})
	btoa := vm.ToValue(func(v string) string { return base64.StdEncoding.EncodeToString([]byte(v)) })
	define("atob", func() goja.Value { return atob })
	define("btoa", func() goja.Value { return btoa })
}

// legacyPostman is the old postman.* object.
func (s *Sandbox) legacyPostman() *goja.Object {
	vm := s.vm
	p := vm.NewObject()
	must(p.Set("setEnvironmentVariable", func(k string, v goja.Value) { s.cur.exec.Vars.Environment.Set(k, legacyValue(v)) }))
	must(p.Set("getEnvironmentVariable", func(k string) goja.Value { return s.scopeGet(s.cur.exec.Vars.Environment.Get(k)) }))
	must(p.Set("clearEnvironmentVariable", func(k string) { s.cur.exec.Vars.Environment.Unset(k) }))
	must(p.Set("clearEnvironmentVariables", func() { s.cur.exec.Vars.Environment.Clear() }))
	must(p.Set("setGlobalVariable", func(k string, v goja.Value) { s.cur.exec.Vars.Globals.Set(k, legacyValue(v)) }))
	must(p.Set("getGlobalVariable", func(k string) goja.Value { return s.scopeGet(s.cur.exec.Vars.Globals.Get(k)) }))
	must(p.Set("clearGlobalVariable", func(k string) { s.cur.exec.Vars.Globals.Unset(k) }))
	must(p.Set("clearGlobalVariables", func() { s.cur.exec.Vars.Globals.Clear() }))
	must(p.Set("setNextRequest", s.setNextRequest))
	must(p.Set("getResponseHeader", func(name string) goja.Value {
		if r := s.cur.exec.Response; r != nil {
			return s.headerList(r.Headers).(*goja.Object).Get("get").Export().(func(goja.FunctionCall) goja.Value)(goja.FunctionCall{Arguments: []goja.Value{vm.ToValue(name)}})
		}
		return goja.Undefined()
	}))
	return p
}

func (s *Sandbox) scopeGet(v any, ok bool) goja.Value {
	if !ok {
		return goja.Undefined()
	}
	return s.toJS(v)
}

// legacyValue turns what postman.set*Variable receives into a string, as
// the legacy API stores every value with toString.
func legacyValue(v goja.Value) any {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return toGo(v)
	}
	if b, ok := v.Export().(bool); ok && !b {
		return "false"
	}
	return v.String()
}

// warnLegacy prints postman-sandbox's deprecation warning, once per script
// and global.
func (s *Sandbox) warnLegacy(name string) {
	if s.cur.warned == nil {
		s.cur.warned = map[string]bool{}
	}
	if s.cur.warned[name] {
		return
	}
	s.cur.warned[name] = true
	key := name
	if name == "postman" {
		key = "postman.setNextRequest"
	}
	msg := fmt.Sprintf("Using %q is deprecated.", key)
	if alt, ok := legacyAlternatives[name]; ok {
		msg = fmt.Sprintf("Using %q is deprecated. Use %q instead.", key, alt)
	}
	s.console("warn", []goja.Value{s.vm.ToValue(msg)})
}

// setupLegacy resets what the legacy API keeps per script.
func (s *Sandbox) setupLegacy() {}

// finishLegacyTests turns the entries of the tests object into assertions
// after the script, as postman-sandbox does.
func (s *Sandbox) finishLegacyTests() {
	st := s.cur
	if st == nil || st.tests == nil {
		return
	}
	for _, key := range st.tests.Keys() {
		v := st.tests.Get(key)
		a := Assertion{Name: key, Index: st.testIndex, Passed: v.ToBoolean()}
		st.testIndex++
		if !a.Passed {
			a.Error = &Error{Name: "AssertionError", Message: "expected " + v.String() + " to be truthy"}
		}
		st.res.Assertions = append(st.res.Assertions, a)
	}
}
