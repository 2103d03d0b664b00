package scripts

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts/modules"
)

var requestMarker = goja.NewSymbol("pmrun.Request")

// installRequest defines pm.request over the running script's request; what
// a pre-request script changes is what gets sent.
func (s *Sandbox) installRequest(pm *goja.Object) {
	req := s.requestObject(func() *collection.Request { return s.cur.exec.Request })
	must(pm.DefineAccessorProperty("request", s.vm.ToValue(func() goja.Value {
		if s.cur == nil || s.cur.exec.Request == nil {
			return goja.Undefined()
		}
		return req
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// requestObject builds postman-collection's Request over cur().
func (s *Sandbox) requestObject(cur func() *collection.Request) *goja.Object {
	vm := s.vm
	req := vm.NewObject()
	req.SetSymbol(requestMarker, true)
	s.getter(req, "id", func() any {
		if s.cur != nil && s.cur.exec.Item != nil {
			return s.cur.exec.Item.ID
		}
		return nil
	})
	s.getter(req, "name", func() any {
		if s.cur != nil && s.cur.exec.Item != nil {
			return s.cur.exec.Item.Name
		}
		return nil
	})
	must(req.DefineAccessorProperty("method", vm.ToValue(func() string { return cur().Method }),
		vm.ToValue(func(m string) { cur().Method = strings.ToUpper(m) }), goja.FLAG_TRUE, goja.FLAG_TRUE))
	var url *goja.Object
	var urlOf *collection.Request
	must(req.DefineAccessorProperty("url", vm.ToValue(func() goja.Value {
		if r := cur(); urlOf != r || url == nil {
			urlOf, url = r, s.urlObject(&r.URL)
		}
		return url
	}), vm.ToValue(func(v goja.Value) {
		v = modules.OrUndefined(v)
		if o, ok := v.(*goja.Object); ok && o.Get("toString") != nil {
			v = vm.ToValue(o.String())
		}
		cur().URL = collection.ParseURL(v.String())
		url = nil
	}), goja.FLAG_TRUE, goja.FLAG_TRUE))
	var headers *goja.Object
	var headersOf *collection.Request
	must(req.DefineAccessorProperty("headers", vm.ToValue(func() goja.Value {
		if r := cur(); headersOf != r || headers == nil {
			headersOf, headers = r, s.headerList(&r.Headers, true)
		}
		return headers
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
	must(req.DefineAccessorProperty("body", vm.ToValue(func() goja.Value {
		return s.bodyObject(cur())
	}), vm.ToValue(func(v goja.Value) {
		v = modules.OrUndefined(v)
		cur().Body = s.bodyArg(v)
	}), goja.FLAG_TRUE, goja.FLAG_TRUE))
	must(req.DefineAccessorProperty("auth", vm.ToValue(func() goja.Value {
		return s.authObject(cur().Auth)
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
	s.method(req, "addHeader", func(h goja.Value) {
		h = modules.OrUndefined(h)
		r := cur()
		r.Headers = append(r.Headers, s.headerArg(h))
	})
	s.method(req, "upsertHeader", func(h goja.Value) { upsertHeader(&cur().Headers, s.headerArg(h)) })
	s.method(req, "removeHeader", func(v goja.Value) {
		v = modules.OrUndefined(v)
		name := modules.ToString(v)
		if o, ok := v.(*goja.Object); ok {
			name = modules.ToString(o.Get("key"))
		}
		removeHeader(&cur().Headers, name)
	})
	s.method(req, "getHeaders", func(call goja.FunctionCall) goja.Value {
		o := vm.NewObject()
		for _, h := range cur().Headers {
			if h.Disabled && truthy(optField(call.Argument(0), "enabled")) {
				continue
			}
			must(o.Set(h.Key, h.Value))
		}
		return o
	})
	s.method(req, "addQueryParams", func(v goja.Value) { addQuery(&cur().URL, s.queryArgs(v)) })
	s.method(req, "removeQueryParams", func(v goja.Value) { removeQuery(&cur().URL, v) })
	s.method(req, "toJSON", func() goja.Value {
		// Request#toJSON, in postman-collection's order.
		r := cur()
		o := vm.NewObject()
		u := s.urlObject(&r.URL)
		toJSON, _ := goja.AssertFunction(u.Get("toJSON"))
		uj, err := toJSON(u)
		must(err)
		must(o.Set("url", uj))
		must(o.Set("header", s.headersJSON(r.Headers)))
		must(o.Set("method", r.Method))
		if r.Body != nil {
			must(o.Set("body", s.bodyObject(r)))
		}
		return o
	})
	s.defineTo(req)
	return req
}

// addQuery appends query parameters to a URL.
func addQuery(u *collection.URL, qs []collection.QueryParam) {
	u.Query = append(u.Query, qs...)
	u.HasQuery = len(u.Query) > 0
}

// removeQuery drops the parameters named by v: a name, an array of names
// or of {key} objects.
func removeQuery(u *collection.URL, v goja.Value) {
	v = modules.OrUndefined(v)
	names := map[string]bool{}
	switch x := v.Export().(type) {
	case string:
		names[x] = true
	case []any:
		for _, n := range x {
			switch n := n.(type) {
			case string:
				names[n] = true
			case map[string]any:
				names[collection.Stringify(n["key"])] = true
			}
		}
	case map[string]any:
		names[collection.Stringify(x["key"])] = true
	}
	kept := u.Query[:0]
	for _, q := range u.Query {
		if !names[q.Key] {
			kept = append(kept, q)
		}
	}
	u.Query = kept
}

// queryArgs reads query parameters given as "a=1&b=2", {key, value} or an
// array of either.
func (s *Sandbox) queryArgs(v goja.Value) []collection.QueryParam {
	v = modules.OrUndefined(v)
	if o, ok := v.(*goja.Object); ok {
		if o.ClassName() == "Array" {
			var out []collection.QueryParam
			for _, k := range o.Keys() {
				out = append(out, s.queryArgs(o.Get(k))...)
			}
			return out
		}
		q := collection.QueryParam{Key: valueString(o.Get("key"))}
		if val := o.Get("value"); val != nil && !goja.IsUndefined(val) && !goja.IsNull(val) {
			vs := val.String()
			q.Value = &vs
		}
		if d := o.Get("disabled"); d != nil && d.ToBoolean() {
			q.Disabled = true
		}
		return []collection.QueryParam{q}
	}
	str := valueString(v)
	if str == "" {
		return nil
	}
	return collection.ParseURL("?" + strings.TrimPrefix(str, "?")).Query
}

// authObject is a RequestAuth: its type and its parameters, read-only.
func (s *Sandbox) authObject(a *collection.Auth) goja.Value {
	if a == nil {
		return goja.Undefined()
	}
	vm := s.vm
	o := vm.NewObject()
	must(o.Set("type", a.Type))
	params := make([]any, 0, len(a.Params))
	for _, p := range a.Params {
		// Keys in the order postman-collection's toJSON writes them.
		po := vm.NewObject()
		must(po.Set("type", typeName(p)))
		must(po.Set("value", s.toJS(p.Value)))
		must(po.Set("key", p.Key))
		if p.System {
			must(po.Set("system", true))
		}
		params = append(params, po)
	}
	must(o.Set(a.Type, vm.NewArray(params...)))
	must(o.Set("parameters", func() goja.Value {
		po := vm.NewObject()
		for _, p := range a.Params {
			must(po.Set(p.Key, s.toJS(p.Value)))
		}
		list := vm.NewObject()
		must(list.Set("toObject", func() goja.Value { return po }))
		must(list.Set("get", func(k string) goja.Value { return po.Get(k) }))
		return list
	}))
	return o
}
