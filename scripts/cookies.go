package scripts

import (
	"errors"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// Cookie is one cookie as scripts see it (postman-collection's Cookie).
type Cookie struct {
	Name, Value  string
	Domain, Path string
	// Expires is zero for a session cookie.
	Expires  time.Time
	HTTPOnly bool
	Secure   bool
	HostOnly bool
}

// CookieJar is the run's cookie jar as pm.cookies and pm.cookies.jar()
// use it; the runner implements it over the jar its requests use.
type CookieJar interface {
	// Cookies lists the cookies the jar would send to rawURL.
	Cookies(rawURL string) ([]Cookie, error)
	// SetCookie stores c as if a response from rawURL had set it.
	SetCookie(rawURL string, c Cookie) error
	// RemoveCookie removes the cookie named name that rawURL would get.
	RemoveCookie(rawURL, name string) error
	// ClearCookies removes every cookie rawURL would get.
	ClearCookies(rawURL string) error
}

// installCookies defines pm.cookies: the cookies of the request's URL
// after the response, with jar() for programmatic access.
func (s *Sandbox) installCookies(pm *goja.Object) {
	var jar *goja.Object
	must(pm.DefineAccessorProperty("cookies", s.vm.ToValue(func() goja.Value {
		list := s.cookieList(s.responseCookies())
		if jar == nil {
			jar = s.jarObject()
		}
		must(list.Set("jar", func() goja.Value { return jar }))
		return list
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// responseCookies are the jar's cookies for the request URL, read once per
// script.
func (s *Sandbox) responseCookies() []Cookie {
	st := s.cur
	if st == nil || st.exec.Request == nil || s.opts.Jar == nil {
		return nil
	}
	if st.cookies == nil {
		cs, err := s.opts.Jar.Cookies(st.exec.Request.URL.String())
		if err != nil || cs == nil {
			cs = []Cookie{}
		}
		st.cookies = cs
	}
	return st.cookies
}

func (s *Sandbox) cookieObject(c Cookie) *goja.Object {
	o := s.vm.NewObject()
	must(o.Set("domain", c.Domain))
	must(o.Set("hostOnly", c.HostOnly))
	must(o.Set("httpOnly", c.HTTPOnly))
	must(o.Set("name", c.Name))
	must(o.Set("path", c.Path))
	must(o.Set("secure", c.Secure))
	if c.Expires.IsZero() {
		must(o.Set("session", true))
	} else {
		must(o.Set("expires", s.vm.ToValue(c.Expires)))
		must(o.Set("session", false))
	}
	must(o.Set("value", c.Value))
	return o
}

// cookieList is a CookieList: lookups by name.
func (s *Sandbox) cookieList(cs []Cookie) *goja.Object {
	vm := s.vm
	list := vm.NewObject()
	find := func(name string) (Cookie, bool) {
		for i := len(cs) - 1; i >= 0; i-- {
			if cs[i].Name == name {
				return cs[i], true
			}
		}
		return Cookie{}, false
	}
	all := func() goja.Value {
		out := make([]any, len(cs))
		for i, c := range cs {
			out[i] = s.cookieObject(c)
		}
		return vm.NewArray(out...)
	}
	must(list.Set("get", func(name string) goja.Value {
		if c, ok := find(name); ok {
			return vm.ToValue(c.Value)
		}
		return goja.Undefined()
	}))
	must(list.Set("one", func(name string) goja.Value {
		if c, ok := find(name); ok {
			return s.cookieObject(c)
		}
		return goja.Undefined()
	}))
	must(list.Set("has", func(call goja.FunctionCall) goja.Value {
		c, ok := find(modules.ToString(call.Argument(0)))
		if ok && len(call.Arguments) > 1 {
			ok = c.Value == modules.ToString(call.Argument(1))
		}
		return vm.ToValue(ok)
	}))
	must(list.Set("count", func() int { return len(cs) }))
	must(list.Set("all", all))
	must(list.Set("toJSON", all))
	must(list.Set("idx", func(i int) goja.Value {
		if i >= 0 && i < len(cs) {
			return s.cookieObject(cs[i])
		}
		return goja.Undefined()
	}))
	must(list.Set("each", func(fn goja.Callable) {
		for _, c := range cs {
			if _, err := fn(goja.Undefined(), s.cookieObject(c)); err != nil {
				panic(err)
			}
		}
	}))
	must(list.Set("toObject", func() goja.Value {
		o := vm.NewObject()
		for _, c := range cs {
			must(o.Set(c.Name, c.Value))
		}
		return o
	}))
	return list
}

var errNoJar = errors.New("CookieStore: no store found")

// jarObject is pm.cookies.jar(): get, getAll, set, unset and clear, each
// answering through its callback later, as postman-sandbox's does.
func (s *Sandbox) jarObject() *goja.Object {
	vm := s.vm
	jar := vm.NewObject()
	urlArg := func(method string, v goja.Value) string {
		v = modules.OrUndefined(v)
		u := ""
		if o, ok := v.(*goja.Object); ok && o.Get("toString") != nil {
			u = o.String()
		} else if str, ok := v.Export().(string); ok {
			u = str
		}
		if u == "" {
			panic(vm.NewTypeError("CookieJar." + method + "() requires a valid url"))
		}
		return u
	}
	callback := func(method string, v goja.Value, required bool) goja.Callable {
		v = modules.OrUndefined(v)
		fn, ok := goja.AssertFunction(v)
		if !ok && required {
			panic(vm.NewTypeError("CookieJar." + method + "() requires a callback function"))
		}
		return fn
	}
	// withJar runs op on the run's jar, an error when there is none, and
	// answers cb with its result.
	withJar := func(cb goja.Callable, op func(jar CookieJar) (goja.Value, error)) {
		s.jarCall(cb, func() (goja.Value, error) {
			if s.opts.Jar == nil {
				return nil, errNoJar
			}
			return op(s.opts.Jar)
		})
	}
	must(jar.Set("get", func(call goja.FunctionCall) goja.Value {
		u := urlArg("get", call.Argument(0))
		cb := callback("get", call.Argument(2), true)
		name, ok := call.Argument(1).Export().(string)
		if !ok {
			panic(vm.NewTypeError("CookieJar.get() requires cookie name to be a string"))
		}
		withJar(cb, func(store CookieJar) (goja.Value, error) {
			cs, err := store.Cookies(u)
			if err != nil {
				return nil, err
			}
			for _, c := range cs {
				if c.Name == name {
					return vm.ToValue(c.Value), nil
				}
			}
			return goja.Null(), nil
		})
		return goja.Undefined()
	}))
	must(jar.Set("getAll", func(call goja.FunctionCall) goja.Value {
		u := urlArg("getAll", call.Argument(0))
		cbArg := call.Argument(2)
		if _, ok := goja.AssertFunction(call.Argument(1)); ok {
			cbArg = call.Argument(1)
		}
		cb := callback("getAll", cbArg, true)
		withJar(cb, func(store CookieJar) (goja.Value, error) {
			cs, err := store.Cookies(u)
			if err != nil {
				return nil, err
			}
			return s.cookieList(cs), nil
		})
		return goja.Undefined()
	}))
	must(jar.Set("set", func(call goja.FunctionCall) goja.Value {
		u := urlArg("set", call.Argument(0))
		var c Cookie
		cbArg := call.Argument(3)
		name, value := call.Argument(1), call.Argument(2)
		if _, ok := goja.AssertFunction(value); ok {
			cbArg, value = value, goja.Null()
		}
		switch {
		case name.ToBoolean() && value.ToBoolean():
			c = Cookie{Name: name.String(), Value: value.String()}
		case isObjectValue(name):
			o := name.(*goja.Object)
			c = Cookie{Name: valueString(o.Get("name")), Value: valueString(o.Get("value")), Domain: valueString(o.Get("domain")),
				Path: valueString(o.Get("path")), Secure: truthy(o.Get("secure")), HTTPOnly: truthy(o.Get("httpOnly"))}
			if c.Name == "" {
				c.Name = valueString(o.Get("key"))
			}
		default:
			if str, ok := name.Export().(string); ok {
				c = parseSetCookie(str)
			} else {
				panic(vm.NewTypeError("CookieJar.set() requires a valid set cookie arguments"))
			}
		}
		cb := callback("set", cbArg, false)
		withJar(cb, func(store CookieJar) (goja.Value, error) {
			if err := store.SetCookie(u, c); err != nil {
				return nil, err
			}
			return s.cookieObject(c), nil
		})
		return goja.Undefined()
	}))
	must(jar.Set("unset", func(call goja.FunctionCall) goja.Value {
		u := urlArg("unset", call.Argument(0))
		name, ok := call.Argument(1).Export().(string)
		if !ok {
			panic(vm.NewTypeError("CookieJar.unset() requires cookie name to be a string"))
		}
		withJar(callback("unset", call.Argument(2), false), func(store CookieJar) (goja.Value, error) {
			return nil, store.RemoveCookie(u, name)
		})
		return goja.Undefined()
	}))
	must(jar.Set("clear", func(call goja.FunctionCall) goja.Value {
		u := urlArg("clear", call.Argument(0))
		withJar(callback("clear", call.Argument(1), false), func(store CookieJar) (goja.Value, error) {
			return nil, store.ClearCookies(u)
		})
		return goja.Undefined()
	}))
	return jar
}

func isObjectValue(v goja.Value) bool { _, ok := v.(*goja.Object); return ok }

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

// jarCall runs op now and calls cb(err, result) on a later turn of the
// loop, as postman-sandbox's round trip to the runtime does.
func (s *Sandbox) jarCall(cb goja.Callable, op func() (goja.Value, error)) {
	res, err := op()
	if cb == nil {
		return
	}
	s.later(func() {
		var args []goja.Value
		if err != nil {
			e, _ := s.vm.New(s.vm.Get("Error"), s.vm.ToValue(err.Error()))
			args = []goja.Value{e}
		} else {
			args = []goja.Value{goja.Null()}
			if res != nil {
				args = append(args, res)
			}
		}
		_, _ = cb(goja.Undefined(), args...)
	})
}

// later runs fn on a later turn of the loop, keeping the script alive
// until then.
func (s *Sandbox) later(fn func()) {
	set, _ := goja.AssertFunction(s.vm.Get("setTimeout"))
	if _, err := set(goja.Undefined(), s.vm.ToValue(fn), s.vm.ToValue(0)); err != nil {
		panic(err)
	}
}

// parseSetCookie reads "name=value; Path=/; ..." into a Cookie.
func parseSetCookie(str string) Cookie {
	var c Cookie
	for i, part := range splitTrim(str, ';') {
		k, v, _ := cut(part, '=')
		if i == 0 {
			c.Name, c.Value = k, v
			continue
		}
		switch lower(k) {
		case "domain":
			c.Domain = v
		case "path":
			c.Path = v
		case "secure":
			c.Secure = true
		case "httponly":
			c.HTTPOnly = true
		case "expires":
			if t, err := time.Parse(time.RFC1123, v); err == nil {
				c.Expires = t
			}
		}
	}
	return c
}

func splitTrim(s string, sep byte) []string {
	var out []string
	for _, p := range strings.Split(s, string(sep)) {
		out = append(out, strings.TrimSpace(p))
	}
	return out
}

func cut(s string, sep byte) (string, string, bool) {
	k, v, ok := strings.Cut(s, string(sep))
	return strings.TrimSpace(k), strings.TrimSpace(v), ok
}

func lower(s string) string { return strings.ToLower(s) }
