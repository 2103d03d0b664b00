package scripts

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/tidwall/gjson"

	"github.com/pmrun/pmrun/collection"
)

// installResponse defines pm.response: one object whose members read the
// running script's response, undefined where there is none (pre-request).
func (s *Sandbox) installResponse(pm *goja.Object) {
	vm := s.vm
	resp := vm.NewObject()
	resp.SetSymbol(responseMarker, true)
	s.getter(resp, "code", func() any { return s.cur.exec.Response.Code })
	s.getter(resp, "status", func() any { return s.cur.exec.Response.Status })
	s.getter(resp, "responseTime", func() any { return s.cur.exec.Response.ResponseTime.Milliseconds() })
	s.getter(resp, "responseSize", func() any { return len(s.cur.exec.Response.Body) })
	must(resp.DefineAccessorProperty("headers", vm.ToValue(func() goja.Value {
		return s.headerList(s.cur.exec.Response.Headers)
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE))
	must(resp.Set("text", func() string { return string(s.cur.exec.Response.Body) }))
	must(resp.Set("json", func() goja.Value { return s.responseJSON() }))
	must(resp.Set("reason", func() string { return s.cur.exec.Response.Status }))
	must(resp.Set("size", func() goja.Value {
		size := vm.NewObject()
		must(size.Set("body", len(s.cur.exec.Response.Body)))
		must(size.Set("header", headerSize(s.cur.exec.Response)))
		must(size.Set("total", len(s.cur.exec.Response.Body)+headerSize(s.cur.exec.Response)))
		return size
	}))
	must(pm.DefineAccessorProperty("response", vm.ToValue(func() goja.Value {
		if s.cur == nil || s.cur.exec.Response == nil {
			return goja.Undefined()
		}
		return resp
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE))
}

var responseMarker = goja.NewSymbol("pmrun.response")

// responseJSON parses the body once per script; Postman throws a JSONError
// for a body that is not JSON.
func (s *Sandbox) responseJSON() goja.Value {
	if s.cur.json != nil {
		return s.cur.json
	}
	body := s.cur.exec.Response.Body
	body = []byte(strings.TrimPrefix(string(body), "\ufeff"))
	if !gjson.ValidBytes(body) {
		panic(s.jsonError(body))
	}
	s.cur.json = s.parseJSON(body)
	return s.cur.json
}

// jsonError builds the error Postman's JSON parser throws.
func (s *Sandbox) jsonError(body []byte) goja.Value {
	msg := "Unexpected end of JSON input"
	trimmed := strings.TrimLeft(string(body), " \t\r\n")
	if trimmed != "" {
		r := []rune(trimmed)[0]
		msg = "Unexpected token '" + string(r) + "'"
	}
	obj, _ := s.vm.New(s.vm.Get("Error"), s.vm.ToValue(msg))
	must(obj.Set("name", "JSONError"))
	return obj
}

func headerSize(r *Response) int {
	n := 0
	for _, h := range r.Headers {
		n += len(h.Key) + len(h.Value) + 4
	}
	return n
}

// headerList is Postman's HeaderList: case-insensitive lookups over the
// headers in their order.
func (s *Sandbox) headerList(headers []collection.Header) goja.Value {
	vm := s.vm
	list := vm.NewObject()
	find := func(name string) (collection.Header, bool) {
		for i := len(headers) - 1; i >= 0; i-- {
			if strings.EqualFold(headers[i].Key, name) && !headers[i].Disabled {
				return headers[i], true
			}
		}
		return collection.Header{}, false
	}
	headerObj := func(h collection.Header) goja.Value {
		o := vm.NewObject()
		must(o.Set("key", h.Key))
		must(o.Set("value", h.Value))
		return o
	}
	must(list.Set("get", func(name string) goja.Value {
		if h, ok := find(name); ok {
			return vm.ToValue(h.Value)
		}
		return goja.Undefined()
	}))
	must(list.Set("one", func(name string) goja.Value {
		if h, ok := find(name); ok {
			return headerObj(h)
		}
		return goja.Undefined()
	}))
	must(list.Set("has", func(call goja.FunctionCall) goja.Value {
		h, ok := find(call.Argument(0).String())
		if ok && len(call.Arguments) > 1 {
			ok = h.Value == call.Argument(1).String()
		}
		return vm.ToValue(ok)
	}))
	must(list.Set("toObject", func() goja.Value {
		o := vm.NewObject()
		for _, h := range headers {
			if !h.Disabled {
				must(o.Set(h.Key, h.Value))
			}
		}
		return o
	}))
	all := func() goja.Value {
		items := make([]any, 0, len(headers))
		for _, h := range headers {
			items = append(items, headerObj(h))
		}
		return vm.NewArray(items...)
	}
	must(list.Set("all", all))
	must(list.Set("count", func() int { return len(headers) }))
	must(list.Set("each", func(fn goja.Callable) {
		for _, h := range headers {
			if _, err := fn(goja.Undefined(), headerObj(h)); err != nil {
				panic(err)
			}
		}
	}))
	must(list.Set("map", func(call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(call.Argument(0))
		var out []any
		for _, h := range headers {
			v, err := fn(goja.Undefined(), headerObj(h))
			if err != nil {
				panic(err)
			}
			out = append(out, v)
		}
		return vm.NewArray(out...)
	}))
	must(list.Set("toJSON", all))
	return list
}
