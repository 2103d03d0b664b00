package runner

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// UserAgent is what Newman 6.2.2 sends; servers and tests look for it.
const UserAgent = "PostmanRuntime/7.39.1"

// hop is one request of a redirect chain as it goes on the wire.
type hop struct {
	method  string
	url     *url.URL
	headers []wireHeader
	body    []byte
	hasBody bool
	// ownCookie is the Cookie header the request set itself; useJar says
	// whether the run's cookie jar applies.
	ownCookie string
	useJar    bool
	// multipart marks a form-data body, which postman-request rebuilds
	// on a redirect that keeps the body.
	multipart bool
}

// send builds the wire request from a resolved request as postman-runtime
// and postman-request would, sends it, follows redirects by their rules,
// and reads the whole final response.
func (r *Runner) send(ctx context.Context, req *collection.Request) *Exchange {
	began := time.Now()
	ppb := behaviorFor(r.col, r.item)
	ex, first, err := r.prepare(req, ppb)
	if ctx.Value(scriptRequestKey{}) == nil {
		// A script's request is announced when the sandbox reports it,
		// on the run's goroutine (scriptio.go).
		r.emit(&Event{Kind: RequestStarted, Exchange: ex})
	}
	if err != nil {
		ex.Err = err
		return ex
	}
	if r.opts.RequestTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.opts.RequestTimeout)
		defer cancel()
	}
	if !ppb.flag("strictSSL", !r.opts.Insecure) {
		ctx = context.WithValue(ctx, laxTLSKey{}, true)
	}
	resp, capture, answered, err := r.follow(ctx, first, ppb)
	if answered {
		// Newman adds the Content-Length and Cookie that went out to the
		// request's header list once the first response arrives.
		for _, key := range []string{"Content-Length", "Cookie"} {
			if i := findWire(first.headers, key); i >= 0 {
				ex.Request.Headers = upsertHeader(ex.Request.Headers, key, first.headers[i].values[0])
			}
		}
	}
	if err != nil {
		ex.Err = err
		return ex
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	end := time.Now()
	if err != nil {
		ex.Err = bodyReadError(err, resp.Request.URL.Host)
		return ex
	}
	if _, err := decodeBody(raw, resp.Header.Get("Content-Encoding")); err != nil && len(raw) > 0 {
		// Node's zlib fails the request on a body that does not decode.
		ex.Err = &nodeError{msg: zlibMessage(err), cause: err}
		return ex
	}
	// Like postman-request, the response time is the last hop's.
	ex.Response = newResponse(resp, raw, end.Sub(capture.start))
	ex.Response.Timings = capture.timings(began, end)
	if hs, ok := capture.headers(); ok {
		ex.Response.Headers = hs
		ex.Response.HeaderSize = headerSize(resp.StatusCode, ex.Response.Status, hs)
	}
	return ex
}

// prepare builds the first hop and the Exchange's record of the request:
// its URL, body, and the header list Newman reports (own headers, then
// system headers; send adds the Content-Length and Cookie).
func (r *Runner) prepare(req *collection.Request, ppb behavior) (*Exchange, hop, error) {
	body := buildBody(req, ppb, files{dir: r.opts.WorkingDir, insecure: r.opts.InsecureFileRead})
	for _, w := range body.warnings {
		r.emit(&Event{Kind: ConsoleLogged, Console: &ConsoleMessage{Level: "warn", Args: []string{inspectString(w)}}})
	}
	noEncoding := ppb.flag("disableUrlEncoding", false)
	rawURL := wireURL(req.URL, noEncoding)
	ex := &Exchange{Request: SentRequest{Method: req.Method, URL: withFragment(rawURL, req.URL, noEncoding),
		ResolvedURL: displayURL(req.URL), Body: body.bytes, BodySpec: reportedBody(req)}}
	if displayURL(req.URL) == "" {
		ex.Request.URL, ex.Request.ResolvedURL = "", ""
		return ex, hop{}, errors.New("runtime:extensions~request: request url is empty")
	}
	u, err := parseWireURL(rawURL)
	if err != nil {
		return ex, hop{}, err
	}
	if err := checkMethodAndScheme(req.Method, u); err != nil {
		return ex, hop{}, err
	}
	disabled := ppb.disabledSystemHeaders()
	listed := listedHeaders(req.Headers, body, u.Host, collection.NewUUID(), disabled)

	h := hop{method: req.Method, url: u, headers: wireHeaders(listed), body: body.bytes, hasBody: body.present,
		useJar:    !ppb.flag("disableCookies", false) && r.client.Jar != nil,
		multipart: req.Body != nil && req.Body.Mode == "formdata" && body.present}
	// postman-request adds, in this order: a form's Content-Type, the
	// Content-Length, a file body's Content-Type.
	if body.wireType != "" && body.force {
		h.headers = setWire(h.headers, "Content-Type", body.wireType, !disabled["content-type"])
	}
	// A Content-Length the request sets goes out as it is, even a wrong
	// one, as Node sends it.
	if length, ok := contentLength(h); ok && !disabled["content-length"] && findWire(h.headers, "content-length") < 0 {
		h.headers = append(h.headers, wireHeader{key: "Content-Length", values: []string{length}})
	}
	if body.wireType != "" && !body.force {
		h.headers = setWire(h.headers, "Content-Type", body.wireType, false)
	}
	if u.User != nil && findWire(h.headers, "authorization") < 0 {
		// postman-request turns URL credentials into Basic auth.
		pass, _ := u.User.Password()
		h.headers = append(h.headers, wireHeader{key: "Authorization",
			values: []string{"Basic " + base64.StdEncoding.EncodeToString([]byte(u.User.Username()+":"+pass))}})
	}
	if h.useJar {
		if i := findWire(h.headers, "cookie"); i >= 0 {
			h.ownCookie = strings.Join(h.headers[i].values, "; ")
		}
		h.headers = r.addCookies(h.headers, u, h.ownCookie)
	}
	ex.Request.Headers = listed
	return ex, h, nil
}

// contentLength is the Content-Length Node writes for a hop, if any.
func contentLength(h hop) (string, bool) {
	switch {
	case h.hasBody && len(h.body) > 0:
		return strconv.Itoa(len(h.body)), true
	case sendsEmptyLength(h.method):
		return "0", true
	}
	return "", false
}

// addCookies sets the Cookie header from the jar's cookies for u, after
// the request's own Cookie header (own). Like postman-request, it leaves
// the header alone when the jar has nothing for u, so a redirect keeps
// the previous hop's cookies.
func (r *Runner) addCookies(hs []wireHeader, u *url.URL, own string) []wireHeader {
	cookies := r.client.Jar.Cookies(u)
	if len(cookies) == 0 {
		return hs
	}
	parts := make([]string, len(cookies))
	for i, c := range cookies {
		parts[i] = c.Name + "=" + c.Value
	}
	value := strings.Join(parts, "; ")
	if own != "" {
		value = own + "; " + value
	}
	return setWire(hs, "Cookie", value, true)
}

// follow sends h and the redirects that follow it, the way
// postman-request does: any 3xx with a Location, every method, at most
// maxRedirects hops.
// answered reports whether the first hop got a response.
func (r *Runner) follow(ctx context.Context, h hop, ppb behavior) (resp *http.Response, capture *headCapture, answered bool, err error) {
	followRedirects := ppb.flag("followRedirects", !r.opts.IgnoreRedirects)
	maxRedirects := ppb.number("maxRedirects", 10)
	for hops := 0; ; hops++ {
		capture = &headCapture{request: headLines(h.headers)}
		resp, err = r.roundTrip(capture.trace(ctx), h)
		if err != nil {
			return nil, nil, hops > 0, newmanError(err, h.url.Host)
		}
		if h.useJar {
			r.client.Jar.SetCookies(h.url, resp.Cookies())
		}
		loc := resp.Header.Get("Location")
		if !followRedirects || resp.StatusCode < 300 || resp.StatusCode >= 400 || loc == "" {
			return resp, capture, true, nil
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if hops >= maxRedirects {
			return nil, nil, true, fmt.Errorf("Exceeded maxRedirects. Probably stuck in a redirect loop %s", h.url.String())
		}
		next, err := h.url.Parse(loc)
		if err != nil {
			return nil, nil, true, fmt.Errorf("redirect to %q: %w", loc, err)
		}
		h = redirectHop(h, next, resp.StatusCode, ppb)
		if h.useJar {
			h.headers = r.addCookies(h.headers, next, h.ownCookie)
		}
	}
}

// redirectHop is the request postman-request sends after a redirect.
func redirectHop(prev hop, next *url.URL, code int, ppb behavior) hop {
	h := prev
	h.url = next
	h.headers = append([]wireHeader(nil), prev.headers...)
	h.headers = removeWire(h.headers, "host")
	if prev.url.Hostname() != next.Hostname() && !ppb.flag("followAuthorizationHeader", false) {
		h.headers = removeWire(h.headers, "authorization")
	}
	if !ppb.flag("followOriginalHttpMethod", false) && code != 401 && code != 307 && code != 308 {
		if h.method != "HEAD" {
			h.method = "GET"
		}
		h.body, h.hasBody = nil, false
		h.headers = removeWire(h.headers, "content-type")
		h.headers = removeWire(h.headers, "content-length")
	}
	if !ppb.flag("removeRefererHeaderOnRedirect", false) {
		h.headers = setWire(h.headers, "Referer", prev.url.String(), true)
	}
	// The Host header goes last, for the new URL; a rebuilt form's
	// headers follow it.
	var form []wireHeader
	if h.multipart && h.hasBody {
		for _, key := range []string{"content-type", "content-length"} {
			if i := findWire(h.headers, key); i >= 0 {
				form = append(form, h.headers[i])
				h.headers = removeWire(h.headers, key)
			}
		}
	}
	h.headers = append(h.headers, wireHeader{key: "Host", values: []string{next.Host}})
	h.headers = append(h.headers, form...)
	return h
}

// roundTrip puts one hop on the wire. The connection rewrites the head
// net/http writes into Newman's (headorder.go); the header map built here
// is what net/http itself acts on (Host, Connection: close), and the head
// that goes out as it is where the connection is not pmrun's (an HTTPS
// proxy tunnel), so names keep their case and net/http adds nothing.
func (r *Runner) roundTrip(ctx context.Context, h hop) (*http.Response, error) {
	var body io.Reader = http.NoBody
	if h.hasBody && len(h.body) > 0 {
		body = bytes.NewReader(h.body)
	}
	req, err := http.NewRequestWithContext(ctx, h.method, h.url.String(), body)
	if err != nil {
		return nil, err
	}
	req.URL = h.url
	if p := exactPath(h.url); p != "" {
		// The request line carries the path byte for byte, not as
		// net/http would re-escape it; Node writes it in Latin-1.
		u := *h.url
		u.Opaque, _ = latin1(p)
		if proxyFor(h.url, os.Getenv) != "" && !strings.EqualFold(h.url.Scheme, "https") {
			// A proxy gets the absolute form, which net/http writes for
			// an opaque URL only when it starts with "//".
			u.Opaque = "//" + h.url.Host + u.Opaque
		}
		u.RawQuery, _ = latin1(u.RawQuery)
		req.URL = &u
	}
	if findWire(h.headers, "content-length") >= 0 && len(h.body) == 0 {
		// Makes net/http write "Content-Length: 0" for any method.
		req.TransferEncoding = []string{"identity"}
	}
	if err := checkHeaders(h.headers); err != nil {
		return nil, err
	}
	hdr := make(http.Header, len(h.headers)+1)
	// One backing array for the values: a header per slice of it, cap
	// bounded so that a second value of the same name copies out.
	n := 0
	for _, wh := range h.headers {
		n += len(wh.values)
	}
	vals := make([]string, 0, n)
	userAgent := false
	for _, wh := range h.headers {
		switch {
		case strings.EqualFold(wh.key, "host"):
			req.Host = wh.values[len(wh.values)-1]
			continue
		case strings.EqualFold(wh.key, "content-length"), strings.EqualFold(wh.key, "transfer-encoding"):
			continue
		case strings.EqualFold(wh.key, "user-agent"):
			if wh.key == "User-Agent" && wh.values[0] != "" {
				userAgent = true
			}
		}
		for _, v := range wh.values {
			wire, _ := latin1(v)
			if cur, ok := hdr[wh.key]; ok {
				hdr[wh.key] = append(cur, wire)
				continue
			}
			vals = append(vals, wire)
			hdr[wh.key] = vals[len(vals)-1 : len(vals) : len(vals)]
		}
	}
	if !userAgent {
		// An empty User-Agent keeps net/http from adding its own; a
		// User-Agent written in another case goes out from the map.
		if v, ok := hdr["User-Agent"]; ok {
			hdr["user-agent"] = v
		}
		hdr["User-Agent"] = []string{""}
	}
	req.Header = hdr
	rt := r.client.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	return rt.RoundTrip(req)
}

// checkHeaders refuses what Node refuses, in its words: a name that is
// not an HTTP token, a value with control characters or characters
// beyond Latin-1.
func checkHeaders(hs []wireHeader) error {
	for _, h := range hs {
		if h.key == "" || strings.IndexFunc(h.key, func(r rune) bool { return !isTokenChar(r) }) >= 0 {
			return &typeError{fmt.Sprintf("Header name must be a valid HTTP token [%q]", h.key), "ERR_INVALID_HTTP_TOKEN"}
		}
		for _, v := range h.values {
			if strings.IndexFunc(v, func(r rune) bool { return !(r == '\t' || r >= 0x20 && r <= 0x7e || r >= 0x80 && r <= 0xff) }) >= 0 {
				return &typeError{fmt.Sprintf("Invalid character in header content [%q]", h.key), "ERR_INVALID_CHAR"}
			}
		}
	}
	return nil
}

func isTokenChar(r rune) bool {
	return r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!#$%&'*+-.^_`|~", r))
}

// latin1 encodes s as Node writes header values and request paths: one
// byte per character. It reports false when a character does not fit.
func latin1(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return s, false
		}
		b = append(b, byte(r))
	}
	return string(b), true
}
