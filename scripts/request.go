package scripts

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
)

// installRequest defines pm.request over the running script's request; what
// a pre-request script changes is what gets sent.
func (s *Sandbox) installRequest(pm *goja.Object) {
	vm := s.vm
	req := vm.NewObject()
	cur := func() *collection.Request { return s.cur.exec.Request }
	must(req.DefineAccessorProperty("method", vm.ToValue(func() string { return cur().Method }),
		vm.ToValue(func(m string) { cur().Method = strings.ToUpper(m) }), goja.FLAG_FALSE, goja.FLAG_TRUE))
	must(req.DefineAccessorProperty("url", vm.ToValue(func() goja.Value { return s.urlObject(cur()) }),
		vm.ToValue(func(u string) { cur().URL = collection.ParseURL(u) }), goja.FLAG_FALSE, goja.FLAG_TRUE))
	must(req.DefineAccessorProperty("headers", vm.ToValue(func() goja.Value {
		return s.mutableHeaders(cur())
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE))
	must(req.DefineAccessorProperty("body", vm.ToValue(func() goja.Value {
		b := cur().Body
		if b == nil {
			return goja.Undefined()
		}
		o := vm.NewObject()
		must(o.Set("mode", b.Mode))
		must(o.Set("raw", b.Raw))
		must(o.Set("toString", func() string { return b.Raw }))
		return o
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE))
	must(req.Set("addHeader", func(h goja.Value) { addHeader(cur(), s.headerArg(h), false) }))
	must(req.Set("upsertHeader", func(h goja.Value) { addHeader(cur(), s.headerArg(h), true) }))
	must(req.Set("removeHeader", func(name string) { removeHeader(cur(), name) }))
	must(req.Set("addQueryParams", func(v goja.Value) {
		u := &cur().URL
		u.Query = append(u.Query, s.queryArgs(v)...)
		u.HasQuery = len(u.Query) > 0
	}))
	must(req.Set("removeQueryParams", func(v goja.Value) {
		names := map[string]bool{}
		switch x := v.Export().(type) {
		case string:
			names[x] = true
		case []any:
			for _, n := range x {
				if ns, ok := n.(string); ok {
					names[ns] = true
				}
			}
		}
		u := &cur().URL
		kept := u.Query[:0]
		for _, q := range u.Query {
			if !names[q.Key] {
				kept = append(kept, q)
			}
		}
		u.Query = kept
	}))
	must(req.Set("toJSON", func() goja.Value {
		o := vm.NewObject()
		must(o.Set("method", cur().Method))
		must(o.Set("url", cur().URL.String()))
		return o
	}))
	must(pm.DefineAccessorProperty("request", vm.ToValue(func() goja.Value {
		if s.cur == nil || s.cur.exec.Request == nil {
			return goja.Undefined()
		}
		return req
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE))
}

// urlObject is a request URL as Postman's Url: toString and the parts.
func (s *Sandbox) urlObject(req *collection.Request) goja.Value {
	vm := s.vm
	u := req.URL
	o := vm.NewObject()
	must(o.Set("toString", func() string { return req.URL.String() }))
	must(o.Set("getHost", func() string { return strings.Join(req.URL.Host, ".") }))
	must(o.Set("getPath", func() string { return "/" + strings.Join(req.URL.Path, "/") }))
	must(o.Set("getQueryString", func() string { q, _ := req.URL.QueryString(); return q }))
	must(o.Set("protocol", u.Protocol))
	must(o.Set("port", u.Port))
	must(o.Set("host", u.Host))
	must(o.Set("path", u.Path))
	return o
}

// mutableHeaders is a header list whose changes reach the request.
func (s *Sandbox) mutableHeaders(req *collection.Request) goja.Value {
	list := s.headerList(req.Headers).(*goja.Object)
	must(list.Set("add", func(h goja.Value) { addHeader(req, s.headerArg(h), false) }))
	must(list.Set("upsert", func(h goja.Value) { addHeader(req, s.headerArg(h), true) }))
	must(list.Set("remove", func(name string) { removeHeader(req, name) }))
	return list
}

// headerArg reads {key, value} or "Key: value".
func (s *Sandbox) headerArg(v goja.Value) collection.Header {
	if obj, ok := v.(*goja.Object); ok {
		return collection.Header{Key: obj.Get("key").String(), Value: valueString(obj.Get("value"))}
	}
	hs := collection.ParseHeaderString(v.String())
	if len(hs) == 0 {
		return collection.Header{}
	}
	return hs[0]
}

func (s *Sandbox) queryArgs(v goja.Value) []collection.QueryParam {
	var out []collection.QueryParam
	switch x := v.Export().(type) {
	case string:
		return collection.ParseURL("?" + x).Query
	case []any:
		for _, e := range x {
			if m, ok := e.(map[string]any); ok {
				q := collection.QueryParam{Key: collection.Stringify(m["key"])}
				if val, ok := m["value"]; ok && val != nil {
					vs := collection.Stringify(val)
					q.Value = &vs
				}
				out = append(out, q)
			}
		}
	}
	return out
}

func valueString(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

func addHeader(req *collection.Request, h collection.Header, replace bool) {
	if h.Key == "" {
		return
	}
	if replace {
		for i := range req.Headers {
			if strings.EqualFold(req.Headers[i].Key, h.Key) {
				req.Headers[i].Value = h.Value
				req.Headers[i].Disabled = false
				return
			}
		}
	}
	req.Headers = append(req.Headers, h)
}

func removeHeader(req *collection.Request, name string) {
	kept := req.Headers[:0]
	for _, h := range req.Headers {
		if !strings.EqualFold(h.Key, name) {
			kept = append(kept, h)
		}
	}
	req.Headers = kept
}
