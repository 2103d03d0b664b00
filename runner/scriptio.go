package runner

import (
	"context"
	"net/http"
	"net/url"
	"sync"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts"
)

// scriptSender sends pm.sendRequest's requests with the run's client, so
// that they share its cookies, TLS settings and timeouts. It keeps each
// exchange until the sandbox reports it back on the run's goroutine.
type scriptSender struct {
	r         *Runner
	exchanges *sync.Map // *collection.Request → *Exchange
	// announced holds the exchanges reported as started and not yet as
	// done; only the run's goroutine uses it.
	announced map[*collection.Request]*Exchange
}

// started reports a script's request as it is made, as Newman's
// beforeRequest does, so that its request line comes before whatever the
// script does while it is out.
func (s scriptSender) started(req *collection.Request) {
	ex := &Exchange{Request: SentRequest{Method: req.Method, URL: req.URL.String(), ResolvedURL: displayURL(req.URL)}}
	s.announced[req] = ex
	s.r.emit(&Event{Kind: RequestStarted, Exchange: ex})
}

// scriptRequestKey marks the context of a script's request.
type scriptRequestKey struct{}

func (s scriptSender) Send(ctx context.Context, req *collection.Request) (*scripts.Response, error) {
	ex := s.r.sendScriptRequest(context.WithValue(ctx, scriptRequestKey{}, true), req)
	s.exchanges.Store(req, ex)
	if ex.Err != nil {
		return nil, ex.Err
	}
	return scriptResponse(ex.Response), nil
}

// reported accounts for a script's request as Newman does: it counts
// among the run's requests, and a failed one is a failure of the run.
func (s scriptSender) reported(req *collection.Request, _ *scripts.Response, err error) {
	v, ok := s.exchanges.LoadAndDelete(req)
	if !ok {
		return
	}
	ex := v.(*Exchange)
	r := s.r
	r.summary.Stats.Requests.Total++
	if err != nil {
		r.summary.Stats.Requests.Failed++
		r.fail(Failure{Error: &scripts.Error{Name: errorName(err), Message: err.Error()}, At: "request", Cause: err})
	} else {
		r.summary.ResponseTimes.Add(ex.Response.Time)
		r.summary.ReceivedBytes += int64(ex.Response.BodySize())
	}
	if announced, ok := s.announced[req]; ok {
		// Listeners know the exchange by the pointer they got at the start.
		delete(s.announced, req)
		*announced = *ex
		ex = announced
	} else {
		r.emit(&Event{Kind: RequestStarted, Exchange: ex})
	}
	r.emit(&Event{Kind: RequestDone, Exchange: ex})
}

func scriptResponse(r *Response) *scripts.Response {
	return &scripts.Response{Code: r.Code, Status: r.Status, Proto: r.Proto, Headers: r.Headers, Body: r.Body, ResponseTime: r.Time}
}

// scriptJar gives scripts the run's cookie jar. net/http's jar keeps only
// names and values per URL, so cookies read back carry the URL's host and
// path "/".
type scriptJar struct{ r *Runner }

func (j scriptJar) jar() http.CookieJar { return j.r.client.Jar }

func (j scriptJar) Cookies(rawURL string) ([]scripts.Cookie, error) {
	u, err := url.Parse(rawURL)
	if err != nil || j.jar() == nil {
		return nil, err
	}
	var out []scripts.Cookie
	for _, c := range j.jar().Cookies(u) {
		out = append(out, scripts.Cookie{Name: c.Name, Value: c.Value, Domain: u.Hostname(), Path: "/", HostOnly: true})
	}
	return out, nil
}

func (j scriptJar) SetCookie(rawURL string, c scripts.Cookie) error {
	u, err := url.Parse(rawURL)
	if err != nil || j.jar() == nil {
		return err
	}
	path := c.Path
	if path == "" {
		path = "/"
	}
	j.jar().SetCookies(u, []*http.Cookie{{Name: c.Name, Value: c.Value, Domain: c.Domain, Path: path,
		Expires: c.Expires, Secure: c.Secure, HttpOnly: c.HTTPOnly}})
	return nil
}

func (j scriptJar) RemoveCookie(rawURL, name string) error {
	u, err := url.Parse(rawURL)
	if err != nil || j.jar() == nil {
		return err
	}
	j.jar().SetCookies(u, []*http.Cookie{{Name: name, Path: "/", MaxAge: -1}})
	return nil
}

func (j scriptJar) ClearCookies(rawURL string) error {
	cs, err := j.Cookies(rawURL)
	for _, c := range cs {
		if err := j.RemoveCookie(rawURL, c.Name); err != nil {
			return err
		}
	}
	return err
}
