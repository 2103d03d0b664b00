package scripts

import (
	"context"
	"errors"
	"strings"

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
					e, _ := vm.New(vm.Get("Error"), vm.ToValue(err.Error()))
					_ = reject(e)
				} else {
					_ = resolve(s.standaloneResponse(resp))
				}
				return
			}
			var errVal goja.Value = goja.Null()
			if err != nil {
				e, _ := vm.New(vm.Get("Error"), vm.ToValue(err.Error()))
				errVal = e
				if resp == nil {
					resp = &Response{}
				}
			}
			_, _ = cb(pm, errVal, s.standaloneResponse(resp))
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
			go func() {
				resp, err := s.opts.Sender.Send(ctx, req)
				s.loop.RunOnLoop(func(*goja.Runtime) {
					if s.cur != st {
						return // the script ended before the response came
					}
					release()
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
	default:
		req.URL = collection.ParseURL(valueString(u))
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
	return req
}
