package scripts

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
	"github.com/pmrun/pmrun/scripts/modules/core"
	"github.com/pmrun/pmrun/scripts/modules/lodash"
)

// legacyAlternatives names what replaces each legacy global, for the
// deprecation warning postman-sandbox prints the first time a script
// touches one (reads a property of it, writes one, or calls it).
var legacyAlternatives = map[string]string{
	"tests":                  "pm.test()",
	"globals":                "pm.globals",
	"environment":            "pm.environment",
	"data":                   "pm.iterationData",
	"request":                "pm.request",
	"responseCookies":        "pm.cookies",
	"responseHeaders":        "pm.response.headers",
	"responseTime":           "pm.response.responseTime",
	"responseCode":           "pm.response.code",
	"responseBody":           "pm.response.text()",
	"iteration":              "pm.info.iteration",
	"atob":                   "require('atob')",
	"btoa":                   "require('btoa')",
	"xml2Json":               "require('xml2js')",
	"_":                      "require('lodash')",
	"CryptoJS":               "require('crypto-js')",
	"tv4":                    "require('ajv')",
	"Backbone":               "require('backbone')",
	"cheerio":                "require('cheerio')",
	"postman.setNextRequest": "pm.execution.setNextRequest()",
}

// legacyLibraries are the library globals of the legacy scope and the
// modules that may provide each, preferred first.
var legacyLibraries = map[string][]string{
	"_":        {lodash.Legacy, "lodash"},
	"CryptoJS": {"crypto-js"},
	"tv4":      {"tv4"},
	"Backbone": {"backbone"},
	"cheerio":  {"cheerio"},
}

// requireModule loads a registered module as require(name) does.
func (s *Sandbox) requireModule(name string) goja.Value {
	req, ok := goja.AssertFunction(s.vm.Get("require"))
	if !ok {
		return goja.Undefined()
	}
	v, err := req(goja.Undefined(), s.vm.ToValue(name))
	if err != nil {
		panic(err)
	}
	return v
}

// testOnly are the legacy globals a pre-request script does not have.
var testOnly = map[string]bool{
	"responseCookies": true, "responseHeaders": true, "responseTime": true, "responseCode": true, "responseBody": true,
}

// installLegacy defines the globals of Postman's old scripting API as
// getters over the running script, so that only what a script touches is
// built, once per script. Objects and functions come wrapped, as in
// postman-sandbox, in a proxy that warns on first use.
func (s *Sandbox) installLegacy() {
	vm := s.vm
	global := vm.GlobalObject()
	define := func(name string, build func() goja.Value) {
		must(global.DefineAccessorProperty(name, vm.ToValue(func() goja.Value {
			st := s.cur
			if st == nil {
				return goja.Undefined()
			}
			if testOnly[name] && st.exec.Event != "test" {
				ref, _ := vm.New(vm.Get("ReferenceError"), vm.ToValue(name+" is not defined"))
				panic(ref)
			}
			if v, ok := st.legacy[name]; ok {
				return v
			}
			v := build()
			if _, isObj := v.(*goja.Object); isObj {
				v = s.warningProxy(name, v.(*goja.Object))
			}
			if st.legacy == nil {
				st.legacy = map[string]goja.Value{}
			}
			st.legacy[name] = v
			return v
		}), vm.ToValue(func(v goja.Value) {
			v = modules.OrUndefined(v)
			// A script may reuse a legacy name for its own variable.
			if s.cur != nil {
				if s.cur.legacy == nil {
					s.cur.legacy = map[string]goja.Value{}
				}
				s.cur.legacy[name] = v
			}
		}), goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
	define("tests", func() goja.Value {
		s.cur.tests = vm.NewObject()
		return s.cur.tests
	})
	define("responseBody", func() goja.Value {
		if r := s.cur.exec.Response; r != nil {
			return vm.ToValue(r.Text())
		}
		return goja.Undefined()
	})
	define("responseCode", func() goja.Value {
		o := vm.NewObject()
		r := s.cur.exec.Response
		if r == nil {
			must(o.Set("code", goja.NaN()))
			must(o.Set("name", ""))
			must(o.Set("details", ""))
			return o
		}
		return s.detailsObject(r.Code)
	})
	define("responseTime", func() goja.Value {
		if r := s.cur.exec.Response; r != nil {
			return vm.ToValue(r.ResponseTime.Milliseconds())
		}
		return goja.NaN()
	})
	define("responseHeaders", func() goja.Value {
		o := vm.NewObject()
		if r := s.cur.exec.Response; r != nil {
			for _, h := range r.Headers {
				if !h.Disabled {
					must(o.Set(h.Key, h.Value))
				}
			}
		}
		return o
	})
	define("responseCookies", func() goja.Value {
		out := []any{}
		for _, c := range s.responseCookies() {
			out = append(out, s.cookieObject(c))
		}
		return vm.NewArray(out...)
	})
	define("environment", func() goja.Value { return s.scopeToObject(s.cur.exec.Vars.Environment) })
	define("globals", func() goja.Value { return s.scopeToObject(s.cur.exec.Vars.Globals) })
	define("data", func() goja.Value { return s.scopeToObject(s.cur.exec.Vars.Data) })
	define("iteration", func() goja.Value { return vm.ToValue(s.cur.exec.Iteration) })
	define("request", s.legacyRequest)
	define("postman", s.legacyPostman)
	atob, btoa := core.Atob(vm), core.Btoa(vm)
	define("atob", func() goja.Value { return atob })
	define("btoa", func() goja.Value { return btoa })
	xml := vm.ToValue(func(v goja.Value) goja.Value { return s.xml2Json(modules.OrUndefined(v)) })
	define("xml2Json", func() goja.Value { return xml })
	// The libraries postman-sandbox puts in scope are globals only when a
	// module package provides them (lodash 3 for _, as in Newman).
	for global, names := range legacyLibraries {
		for _, name := range names {
			if modules.Has(name) {
				define(global, func() goja.Value { return s.requireModule(name) })
				break
			}
		}
	}
	s.installLegacyJSON()
}

// warningProxy wraps a legacy global so that the first property read,
// write or call in a script prints postman-sandbox's deprecation warning.
func (s *Sandbox) warningProxy(name string, target *goja.Object) goja.Value {
	vm := s.vm
	key := name
	if name == "postman" {
		key = "postman.setNextRequest"
	}
	warn := func() { s.warnLegacy(key) }
	trap := &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, prop string, receiver goja.Value) goja.Value {
			receiver = modules.OrUndefined(receiver)
			warn()
			return t.Get(prop)
		},
		Set: func(t *goja.Object, prop string, value goja.Value, receiver goja.Value) bool {
			value = modules.OrUndefined(value)
			receiver = modules.OrUndefined(receiver)
			warn()
			return t.Set(prop, value) == nil
		},
	}
	if _, isFn := goja.AssertFunction(target); isFn {
		trap.Apply = func(t *goja.Object, this goja.Value, args []goja.Value) goja.Value {
			this = modules.OrUndefined(this)
			warn()
			fn, _ := goja.AssertFunction(t)
			v, err := fn(this, args...)
			if err != nil {
				panic(err)
			}
			return v
		}
	}
	return vm.ToValue(vm.NewProxy(target, trap))
}

// legacyRequest is the old request global: a plain snapshot.
func (s *Sandbox) legacyRequest() goja.Value {
	vm := s.vm
	o := vm.NewObject()
	req := s.cur.exec.Request
	if req == nil {
		return o
	}
	if it := s.cur.exec.Item; it != nil {
		must(o.Set("id", it.ID))
		must(o.Set("name", it.Name))
	}
	if req.Description != "" {
		must(o.Set("description", req.Description))
	}
	headers := s.headerList(&req.Headers, false)
	toObject, _ := goja.AssertFunction(headers.Get("toObject"))
	h, _ := toObject(headers, vm.ToValue(true))
	must(o.Set("headers", h))
	must(o.Set("method", req.Method))
	must(o.Set("url", req.URL.String()))
	data := vm.NewObject()
	if b := req.Body; b != nil && bodyString(b) != "" || req.Body != nil && req.Body.Mode == "formdata" {
		switch b := req.Body; b.Mode {
		case "raw":
			must(o.Set("data", b.Raw))
			return o
		case "urlencoded":
			for _, p := range b.URLEncoded {
				if !p.Disabled {
					addMulti(vm, data, p.Key, p.Value)
				}
			}
		case "formdata":
			for _, p := range b.FormData {
				if !p.Disabled {
					addMulti(vm, data, p.Key, p.Value)
				}
			}
		}
	}
	must(o.Set("data", data))
	return o
}

func addMulti(vm *goja.Runtime, o *goja.Object, k, v string) {
	prev := o.Get(k)
	if prev == nil || !prev.ToBoolean() {
		must(o.Set(k, v))
		return
	}
	arr, isArr := prev.Export().([]any)
	if !isArr {
		arr = []any{prev}
	}
	must(o.Set(k, vm.NewArray(append(arr, v)...)))
}

// legacyPostman is the old postman.* object.
func (s *Sandbox) legacyPostman() goja.Value {
	vm := s.vm
	p := vm.NewObject()
	vars := func() Vars { return s.cur.exec.Vars }
	snapshot := func(name string, k string, v goja.Value) {
		v = modules.OrUndefined(v)
		if o, ok := s.cur.legacy[name].(*goja.Object); ok {
			if p, isProxy := o.Export().(goja.Proxy); isProxy {
				o = p.Target() // no deprecation warning for postman's own write
			}
			_ = o.Set(k, v)
		}
	}
	must(p.Set("setEnvironmentVariable", func(k string, v goja.Value) {
		v = modules.OrUndefined(v)
		v = legacyValue(vm, v)
		vars().Environment.Set(k, toGo(v))
		snapshot("environment", k, v)
	}))
	must(p.Set("getEnvironmentVariable", func(k string) goja.Value { return s.scopeGet(vars().Environment.Get(k)) }))
	forget := func(name, k string) {
		if o, ok := s.cur.legacy[name].(*goja.Object); ok {
			if p, isProxy := o.Export().(goja.Proxy); isProxy {
				o = p.Target()
			}
			if k == "" {
				for _, key := range o.Keys() {
					_ = o.Delete(key)
				}
				return
			}
			_ = o.Delete(k)
		}
	}
	must(p.Set("clearEnvironmentVariable", func(k string) { vars().Environment.Unset(k); forget("environment", k) }))
	must(p.Set("clearEnvironmentVariables", func() { vars().Environment.Clear(); forget("environment", "") }))
	must(p.Set("setGlobalVariable", func(k string, v goja.Value) {
		v = modules.OrUndefined(v)
		v = legacyValue(vm, v)
		vars().Globals.Set(k, toGo(v))
		snapshot("globals", k, v)
	}))
	must(p.Set("getGlobalVariable", func(k string) goja.Value { return s.scopeGet(vars().Globals.Get(k)) }))
	must(p.Set("clearGlobalVariable", func(k string) { vars().Globals.Unset(k); forget("globals", k) }))
	must(p.Set("clearGlobalVariables", func() { vars().Globals.Clear(); forget("globals", "") }))
	must(p.Set("setNextRequest", s.setNextRequest))
	if s.cur.exec.Event == "test" {
		must(p.Set("getResponseHeader", func(name goja.Value) goja.Value {
			name = modules.OrUndefined(name)
			if r := s.cur.exec.Response; r != nil {
				one, _ := goja.AssertFunction(s.headerList(&r.Headers, false).Get("one"))
				h, _ := one(goja.Undefined(), name)
				if ho, ok := h.(*goja.Object); ok {
					return ho.Get("value")
				}
			}
			return goja.Undefined()
		}))
		must(p.Set("getResponseCookie", func(name goja.Value) goja.Value {
			name = modules.OrUndefined(name)
			one, _ := goja.AssertFunction(s.cookieList(s.responseCookies()).Get("one"))
			v, _ := one(goja.Undefined(), vm.ToValue(modules.ToString(name)))
			return v
		}))
	}
	return p
}

func (s *Sandbox) scopeGet(v any, ok bool) goja.Value {
	if !ok {
		return goja.Undefined()
	}
	return s.toJS(v)
}

// legacyValue is what postman.set*Variable stores: a truthy value as its
// string; false, 0, "" and the like as they are (postman-sandbox only
// calls toString on truthy values).
func legacyValue(vm *goja.Runtime, v goja.Value) goja.Value {
	if v == nil || !v.ToBoolean() {
		return v
	}
	return vm.ToValue(v.String())
}

// warnLegacy prints postman-sandbox's deprecation warning, once per script
// and global.
func (s *Sandbox) warnLegacy(key string) {
	st := s.cur
	if st == nil || st.finishing {
		return
	}
	if st.warned == nil {
		st.warned = map[string]bool{}
	}
	if st.warned[key] {
		return
	}
	st.warned[key] = true
	msg := `Using "` + key + `" is deprecated.`
	if alt, ok := legacyAlternatives[key]; ok {
		msg = `Using "` + key + `" is deprecated. Use "` + alt + `" instead.`
	}
	s.console("warn", []goja.Value{s.vm.ToValue(msg)})
}

// finishLegacyTests turns the entries of the tests object into assertions
// after the script, as postman-sandbox does.
func (s *Sandbox) finishLegacyTests() {
	st := s.cur
	if st == nil || st.tests == nil {
		return
	}
	st.finishing = true
	for _, key := range st.tests.Keys() {
		v := st.tests.Get(key)
		a := Assertion{Name: key, Index: st.testIndex, Passed: v.ToBoolean()}
		st.testIndex++
		if !a.Passed {
			a.Error = &Error{Name: "AssertionError", Message: "expected " + v.String() + " to be truthy"}
		}
		s.record(st, a)
	}
}
