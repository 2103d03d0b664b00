package scripts

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
)

// Sender sends the requests scripts make with pm.sendRequest. Newman sends
// them as given, without resolving {{variables}}. Send is called off the
// event loop's goroutine; ctx ends when the script does.
type Sender interface {
	Send(ctx context.Context, req *collection.Request) (*Response, error)
}

// installSendRequest defines pm.sendRequest(request, callback): request is
// a URL or a request definition; callback(err, response) runs on the loop
// once the response arrives, with this = pm. Beyond Newman, without a
// callback it returns a promise of the response, for await.
func (s *Sandbox) installSendRequest(pm *goja.Object) {
	vm := s.vm
	must(pm.Set("sendRequest", func(call goja.FunctionCall) goja.Value {
		st := s.cur
		cb, hasCb := goja.AssertFunction(call.Argument(1))
		var promise *goja.Promise
		var resolve, reject func(any) error
		if !hasCb {
			promise, resolve, reject = vm.NewPromise()
		}
		deliver := func(err error, resp *Response) {
			if !hasCb {
				if err != nil {
					_ = reject(s.nodeError(err))
				} else {
					_ = resolve(s.standaloneResponse(resp))
				}
				return
			}
			var errVal, respVal goja.Value = goja.Null(), nil
			if err != nil {
				errVal, respVal = s.nodeError(err), s.emptyResponse()
			} else {
				respVal = s.standaloneResponse(resp)
			}
			_, _ = cb(pm, errVal, respVal)
		}
		reqArg := call.Argument(0)
		if !reqArg.ToBoolean() {
			if hasCb {
				deliver(errors.New("sendrequest: nothing to request"), nil)
				return pm
			}
			deliver(errors.New("sendrequest: nothing to request"), nil)
			return vm.ToValue(promise)
		}
		req := s.requestArg(reqArg)
		if s.opts.Sender == nil {
			s.later(func() { deliver(errors.New("sendrequest: no sender in this run"), nil) })
		} else {
			release := s.keepAlive()
			ctx := st.context()
			if s.opts.OnSendRequestStart != nil {
				s.opts.OnSendRequestStart(req)
			}
			go func() {
				resp, err := safeSend(ctx, s.opts.Sender, req)
				s.loop.RunOnLoop(func(*goja.Runtime) {
					if s.cur != st || st.ended.Load() != runActive {
						return // the script ended before the response came
					}
					defer s.recoverPanic(st)
					release()
					if s.opts.OnSendRequest != nil {
						s.opts.OnSendRequest(req, resp, err)
					}
					deliver(err, resp)
				})
			}()
		}
		if hasCb {
			return pm
		}
		return vm.ToValue(promise)
	}))
}

// nodeError is what a failed pm.sendRequest hands its callback in
// Newman: Node's system error carried out of the runtime as a plain object
// (errno, code, syscall, address, port), without message or prototype.
func (s *Sandbox) nodeError(err error) goja.Value {
	o := s.vm.NewObject()
	var op *net.OpError
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		must(o.Set("errno", -111))
		must(o.Set("code", "ECONNREFUSED"))
		must(o.Set("syscall", "connect"))
		if errors.As(err, &op) && op.Addr != nil {
			host, port, _ := net.SplitHostPort(op.Addr.String())
			must(o.Set("address", host))
			if n, perr := strconv.Atoi(port); perr == nil {
				must(o.Set("port", n))
			}
		}
	case errors.As(err, &dns):
		must(o.Set("errno", -3008))
		must(o.Set("code", "ENOTFOUND"))
		must(o.Set("syscall", "getaddrinfo"))
		must(o.Set("hostname", dns.Name))
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded):
		must(o.Set("code", "ETIMEDOUT"))
		must(o.Set("connect", false))
	default:
		must(o.Set("message", err.Error()))
	}
	return o
}

// emptyResponse is the Response Newman hands a failed pm.sendRequest's
// callback: no code, status or body.
func (s *Sandbox) emptyResponse() goja.Value {
	vm := s.vm
	o := vm.NewObject()
	o.SetSymbol(responseMarker, true)
	must(o.Set("id", collection.NewUUID()))
	none := []collection.Header{}
	must(o.Set("headers", s.headerList(&none, false)))
	must(o.Set("cookies", s.cookieList(nil)))
	s.method(o, "text", func() goja.Value { return goja.Undefined() })
	s.method(o, "reason", func() goja.Value { return goja.Undefined() })
	return o
}

// context is the script's context, cancelled when it ends.
func (st *state) context() context.Context {
	if st.ctx == nil {
		st.ctx, st.cancel = context.WithCancel(context.Background())
	}
	return st.ctx
}

// standaloneResponse is a Response object for one pm.sendRequest answer.
func (s *Sandbox) standaloneResponse(r *Response) goja.Value {
	cache := &jsonCache{}
	return s.responseObject(func() *Response { return r }, func() *jsonCache { return cache })
}

// requestArg reads what pm.sendRequest accepts: a URL string, or
// {url, method, header, body}.
func (s *Sandbox) requestArg(v goja.Value) *collection.Request {
	o, ok := v.(*goja.Object)
	if !ok {
		return &collection.Request{Method: "GET", URL: collection.ParseURL(v.String())}
	}
	req := &collection.Request{Method: "GET"}
	if m := o.Get("method"); m != nil && !goja.IsUndefined(m) {
		req.Method = strings.ToUpper(m.String())
	}
	switch u := o.Get("url").(type) {
	case *goja.Object:
		if raw := u.Get("raw"); raw != nil && !goja.IsUndefined(raw) {
			req.URL = collection.ParseURL(raw.String())
		} else {
			req.URL = collection.ParseURL(u.String())
		}
	case nil:
		req.URL = collection.ParseURL(valueString(u))
	default:
		// postman-collection parses only a string URL: a number or a
		// boolean makes the request's URL empty.
		if _, isString := u.Export().(string); isString || goja.IsUndefined(u) || goja.IsNull(u) {
			req.URL = collection.ParseURL(valueString(u))
		}
	}
	for _, name := range []string{"header", "headers"} {
		if h := o.Get(name); h != nil && !goja.IsUndefined(h) && !goja.IsNull(h) {
			req.Headers = s.headerArgs(h)
			break
		}
	}
	if b := o.Get("body"); b != nil && !goja.IsUndefined(b) && !goja.IsNull(b) {
		req.Body = s.bodyArg(b)
	}
	if a, ok := o.Get("auth").(*goja.Object); ok {
		// The runner signs the request with it, as the runtime does.
		if data, err := a.MarshalJSON(); err == nil {
			req.Auth, _ = collection.ParseAuth(data, "pm.sendRequest")
		}
	}
	return req
}

// safeSend calls the Sender, turning a panic into an error: it runs on its
// own goroutine, where a panic would end the whole run.
func safeSend(ctx context.Context, sender Sender, req *collection.Request) (resp *Response, err error) {
	defer func() {
		if r := recover(); r != nil {
			resp, err = nil, fmt.Errorf("pmrun: internal error sending the request: %v", r)
		}
	}()
	return sender.Send(ctx, req)
}
