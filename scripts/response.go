package scripts

import (
	"encoding/base64"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"
	"github.com/tidwall/gjson"

	"github.com/pmrun/pmrun/collection"
)

// installResponse defines pm.response: one object whose members read the
// running script's response, undefined where there is none (pre-request).
func (s *Sandbox) installResponse(pm *goja.Object) {
	resp := s.responseObject(func() *Response { return s.cur.exec.Response }, func() *jsonCache { return &s.cur.jsonCache })
	must(pm.DefineAccessorProperty("response", s.vm.ToValue(func() goja.Value {
		if s.cur == nil || s.cur.exec.Response == nil {
			return goja.Undefined()
		}
		return resp
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// jsonCache remembers whether a response body is JSON, or the error it threw.
type jsonCache struct {
	valid bool
	err   goja.Value
}

// responseObject builds postman-collection's Response over get(): the
// members Newman's scripts see, as getters so that one object serves
// every script.
func (s *Sandbox) responseObject(get func() *Response, cache func() *jsonCache) *goja.Object {
	vm := s.vm
	resp := vm.NewObject()
	resp.SetSymbol(responseMarker, true)
	s.getter(resp, "id", func() any { return get().id() })
	s.getter(resp, "status", func() any { return get().Reason() })
	s.getter(resp, "code", func() any { return get().Code })
	var headers *goja.Object
	var headersOf *Response
	must(resp.DefineAccessorProperty("headers", vm.ToValue(func() goja.Value {
		if r := get(); headersOf != r || headers == nil {
			headersOf, headers = r, s.headerList(&r.Headers, true)
		}
		return headers
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
	must(resp.DefineAccessorProperty("stream", vm.ToValue(func() goja.Value {
		return s.bufferFrom(get().Body)
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
	must(resp.DefineAccessorProperty("cookies", vm.ToValue(func() goja.Value {
		// Newman's response carries no cookies of its own; pm.cookies
		// holds them.
		return s.cookieList(nil)
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
	s.getter(resp, "responseTime", func() any { return get().ResponseTime.Milliseconds() })
	s.getter(resp, "responseSize", func() any { return len(get().Body) })
	s.method(resp, "text", func() string { return get().Text() })
	s.method(resp, "json", func() goja.Value { return s.responseJSON(get(), cache()) })
	s.method(resp, "reason", func() string { return get().Reason() })
	s.method(resp, "details", func() goja.Value { return s.detailsObject(get().Code) })
	s.method(resp, "size", func() goja.Value {
		r := get()
		size := vm.NewObject()
		body, header := r.BodySize(), r.HeaderSize()
		must(size.Set("body", body))
		must(size.Set("header", header))
		must(size.Set("total", body+header))
		return size
	})
	s.method(resp, "contentInfo", func() goja.Value { return s.contentInfoObject(get()) })
	s.method(resp, "dataURI", func() string {
		ct := contentInfoOf(get()).contentType
		return "data:" + ct + ";base64, " + base64.StdEncoding.EncodeToString(get().Body)
	})
	s.method(resp, "toJSON", func() goja.Value {
		r := get()
		o := vm.NewObject()
		must(o.Set("id", r.id()))
		must(o.Set("status", r.Reason()))
		must(o.Set("code", r.Code))
		must(o.Set("header", s.headersJSON(r.Headers)))
		must(o.Set("stream", map[string]any{"type": "Buffer", "data": bytesAsAny(r.Body)}))
		must(o.Set("cookie", vm.NewArray()))
		must(o.Set("responseTime", r.ResponseTime.Milliseconds()))
		must(o.Set("responseSize", len(r.Body)))
		return o
	})
	s.defineTo(resp)
	return resp
}

func bytesAsAny(b []byte) []any {
	out := make([]any, len(b))
	for i, c := range b {
		out[i] = int(c)
	}
	return out
}

var responseMarker = goja.NewSymbol("pmrun.Response")

// id is the response's id; postman-collection gives each response a
// random one.
func (r *Response) id() string {
	if r.ID == "" {
		r.ID = collection.NewUUID()
	}
	return r.ID
}

// Text is the body as text.
func (r *Response) Text() string {
	if r.text == nil {
		t := string(r.Body)
		if !utf8.ValidString(t) {
			t = strings.ToValidUTF8(t, "\uFFFD")
		}
		r.text = &t
	}
	return *r.text
}

// Reason is the status reason phrase, or the standard one for the code.
func (r *Response) Reason() string {
	if r.Status != "" {
		return r.Status
	}
	return httpReasons[r.Code][0]
}

// BodySize is Response#size().body: the declared length of a compressed
// body, else the bytes received.
func (r *Response) BodySize() int { return ReportedBodySize(r.Headers, len(r.Body)) }

// ReportedBodySize is the body size Newman reports for a response with
// these headers whose decoded body is decoded bytes long: the declared
// Content-Length of a gzip or deflate body, else decoded.
func ReportedBodySize(headers []collection.Header, decoded int) int {
	enc, length := "", ""
	for _, h := range headers {
		switch strings.ToLower(h.Key) {
		case "content-encoding":
			enc = strings.ToLower(h.Value)
		case "content-length":
			length = h.Value
		}
	}
	if strings.Contains(enc, "gzip") || strings.Contains(enc, "deflate") {
		if n, err := strconv.Atoi(strings.TrimSpace(length)); err == nil {
			return n
		}
	}
	return decoded
}

// HeaderSize is Response#size().header: a status line and the headers.
func (r *Response) HeaderSize() int {
	return len("HTTP/X.X "+strconv.Itoa(r.Code)+" "+r.Reason()+"\r\n\r\n") + len(unparseHeaders(r.Headers))
}

// responseJSON parses the body as liquid-json does: a byte order mark is
// dropped, and a body that is not JSON throws a JSONError with
// liquid-json's message. Like Newman it returns a new object on each call
// (so that pm.response.json() !== pm.response.json() and changing one does
// not change the next); what is kept per response is the check that the
// body is JSON, or the error it threw.
func (s *Sandbox) responseJSON(r *Response, c *jsonCache) goja.Value {
	if c.err != nil {
		panic(c.err)
	}
	text := strings.TrimPrefix(r.Text(), "\ufeff")
	if !c.valid {
		if !gjson.Valid(text) {
			c.err = s.jsonError(text)
			panic(c.err)
		}
		c.valid = true
	}
	// Parse, not ParseBytes: the text is a string already, no copy needed.
	return s.jsonToJS(gjson.Parse(text))
}

// jsonError builds the JSONError liquid-json throws for text.
func (s *Sandbox) jsonError(text string) goja.Value {
	msg, row, col := jsonSyntaxError(text)
	if msg == "" {
		msg = "Unexpected end of JSON input"
	}
	obj, err := s.vm.New(s.vm.Get("SyntaxError"), s.vm.ToValue(msg))
	must(err)
	if row > 0 {
		must(obj.Set("column", col))
		must(obj.Set("row", row))
	}
	must(obj.Set("name", "JSONError"))
	return obj
}

// bufferFrom makes a Node Buffer holding a copy of b.
func (s *Sandbox) bufferFrom(b []byte) goja.Value {
	return buffer.WrapBytes(s.vm, append([]byte(nil), b...))
}
