package core

import (
	"net/url"
	"strings"

	"github.com/dop251/goja"
	gojaurl "github.com/dop251/goja_nodejs/url"
)

// loadURL is Node's url module as Newman's sandbox has it (the legacy
// parse, format and resolve) on top of goja_nodejs's URL and
// URLSearchParams.
func loadURL(vm *goja.Runtime, module *goja.Object) {
	gojaurl.Require(vm, module)
	exports := module.Get("exports").(*goja.Object)
	_ = exports.Set("parse", func(call goja.FunctionCall) goja.Value {
		return legacyParse(vm, call.Argument(0).String(), call.Argument(1).ToBoolean())
	})
	_ = exports.Set("format", func(v goja.Value) string {
		if o, ok := v.(*goja.Object); ok {
			return legacyFormat(o)
		}
		return legacyFormat(legacyParse(vm, v.String(), false))
	})
	_ = exports.Set("resolve", func(from, to string) string {
		base, err := url.Parse(from)
		if err != nil {
			return to
		}
		ref, err := url.Parse(to)
		if err != nil {
			return to
		}
		return base.ResolveReference(ref).String()
	})
}

// legacyParse is url.parse: a Url with Node's fields in Node's order.
func legacyParse(vm *goja.Runtime, raw string, parseQuery bool) *goja.Object {
	o := vm.NewObject()
	rest := strings.TrimSpace(raw)
	nullable := func(s string) goja.Value {
		if s == "" {
			return goja.Null()
		}
		return vm.ToValue(s)
	}
	var protocol, auth, host, hash, search, pathname string
	slashes := false
	if i := strings.Index(rest, "#"); i >= 0 {
		hash, rest = rest[i:], rest[:i]
	}
	if i := strings.Index(rest, "?"); i >= 0 {
		search, rest = rest[i:], rest[:i]
	}
	if i := strings.Index(rest, ":"); i > 0 && !strings.ContainsAny(rest[:i], "/.@") {
		protocol, rest = strings.ToLower(rest[:i+1]), rest[i+1:]
	}
	if strings.HasPrefix(rest, "//") {
		slashes = true
		rest = rest[2:]
		end := strings.IndexAny(rest, "/")
		if end < 0 {
			end = len(rest)
		}
		host, rest = rest[:end], rest[end:]
		if at := strings.LastIndex(host, "@"); at >= 0 {
			auth, host = host[:at], host[at+1:]
			if a, err := url.PathUnescape(auth); err == nil {
				auth = a
			}
		}
		host = strings.ToLower(host)
		if rest == "" {
			rest = "/"
		}
	}
	pathname = rest
	hostname, port := host, ""
	if i := strings.LastIndex(host, ":"); i >= 0 && !strings.Contains(host[i:], "]") {
		hostname, port = host[:i], host[i+1:]
	}
	_ = o.Set("protocol", nullable(protocol))
	if slashes {
		_ = o.Set("slashes", true)
	} else {
		_ = o.Set("slashes", goja.Null())
	}
	_ = o.Set("auth", nullable(auth))
	_ = o.Set("host", nullable(host))
	_ = o.Set("port", nullable(port))
	_ = o.Set("hostname", nullable(hostname))
	_ = o.Set("hash", nullable(hash))
	_ = o.Set("search", nullable(search))
	query := strings.TrimPrefix(search, "?")
	switch {
	case parseQuery:
		q := vm.NewObject()
		if values, err := url.ParseQuery(query); err == nil {
			for k, vs := range values {
				if len(vs) == 1 {
					_ = q.Set(k, vs[0])
				} else {
					_ = q.Set(k, vs)
				}
			}
		}
		_ = o.Set("query", q)
	case search == "":
		_ = o.Set("query", goja.Null())
	default:
		_ = o.Set("query", query)
	}
	_ = o.Set("pathname", nullable(pathname))
	_ = o.Set("path", nullable(pathname+search))
	_ = o.Set("href", legacyFormat(o))
	return o
}

// legacyFormat is url.format of a Url-like object.
func legacyFormat(o *goja.Object) string {
	str := func(k string) string {
		v := o.Get(k)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return ""
		}
		return v.String()
	}
	var b strings.Builder
	protocol := str("protocol")
	if protocol != "" && !strings.HasSuffix(protocol, ":") {
		protocol += ":"
	}
	b.WriteString(protocol)
	host := str("host")
	if host == "" && str("hostname") != "" {
		host = str("hostname")
		if p := str("port"); p != "" {
			host += ":" + p
		}
	}
	if s := o.Get("slashes"); (s != nil && s.ToBoolean()) || (host != "" && protocol != "") {
		b.WriteString("//")
	}
	if a := str("auth"); a != "" {
		b.WriteString(a + "@")
	}
	b.WriteString(host)
	b.WriteString(str("pathname"))
	search := str("search")
	if search == "" {
		if q, ok := o.Get("query").(*goja.Object); ok {
			values := url.Values{}
			for _, k := range q.Keys() {
				values.Add(k, q.Get(k).String())
			}
			if enc := values.Encode(); enc != "" {
				search = "?" + enc
			}
		}
	}
	if search != "" && !strings.HasPrefix(search, "?") {
		search = "?" + search
	}
	b.WriteString(search)
	if h := str("hash"); h != "" {
		if !strings.HasPrefix(h, "#") {
			h = "#" + h
		}
		b.WriteString(h)
	}
	return b.String()
}
