package runner

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"crypto/rand"
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/pmrun/pmrun/collection"
)

// UserAgent is what Newman 6.2.2 sends; servers and tests look for it.
const UserAgent = "PostmanRuntime/7.39.1"

// newClient builds the run's HTTP client: keep-alive connections, a cookie
// jar shared by every request, redirects followed up to Newman's limit.
func newClient(opts Options) *http.Client {
	jar, _ := cookiejar.New(nil) // only fails with options we do not pass
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = 16
	// Newman sends Accept-Encoding itself and decodes; so do we.
	transport.DisableCompression = true
	transport.TLSClientConfig = &tls.Config{}
	return &http.Client{
		Transport: transport,
		Jar:       jar,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 10 {
				return http.ErrUseLastResponse
			}
			return nil
		},
	}
}

// send builds the wire request from a resolved request, sends it and reads
// the whole response.
func (r *Runner) send(ctx context.Context, req *collection.Request) *Exchange {
	ex := &Exchange{}
	body, contentType, err := requestBody(req)
	if err != nil {
		ex.Err = err
		return ex
	}
	ex.Request = SentRequest{Method: req.Method, URL: wireURL(req.URL, false), Body: body}
	httpReq, err := http.NewRequestWithContext(ctx, req.Method, ex.Request.URL, bytes.NewReader(body))
	if err != nil {
		ex.Err = err
		return ex
	}
	ex.Request.Headers = r.requestHeaders(req, httpReq, contentType, len(body))
	for _, h := range ex.Request.Headers {
		if strings.EqualFold(h.Key, "Host") {
			httpReq.Host = h.Value
			continue
		}
		httpReq.Header.Add(h.Key, h.Value)
	}
	if len(body) == 0 {
		httpReq.Body = http.NoBody
	}
	if r.opts.RequestTimeout > 0 {
		c, cancel := context.WithTimeout(ctx, r.opts.RequestTimeout)
		defer cancel()
		httpReq = httpReq.WithContext(c)
	}

	start := time.Now()
	resp, err := r.client.Do(httpReq)
	if err != nil {
		ex.Err = unwrapURLError(err)
		return ex
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	elapsed := time.Since(start)
	if err != nil {
		ex.Err = fmt.Errorf("reading the response: %w", err)
		return ex
	}
	decoded, err := decodeBody(raw, resp.Header.Get("Content-Encoding"))
	if err != nil {
		decoded = raw
	}
	out := &Response{
		Code:   resp.StatusCode,
		Status: strings.TrimSpace(strings.TrimPrefix(resp.Status, fmt.Sprint(resp.StatusCode))),
		Proto:  resp.Proto,
		Body:   decoded,
		Time:   elapsed,
	}
	out.HeaderSize = len(resp.Proto) + len(resp.Status) + 3
	for k, vs := range resp.Header {
		for _, v := range vs {
			out.Headers = append(out.Headers, collection.Header{Key: k, Value: v})
			out.HeaderSize += len(k) + len(v) + 4
		}
	}
	ex.Response = out
	return ex
}

// requestHeaders lists the headers to send: the request's own, enabled
// ones, then the system headers Newman adds unless the request sets them.
func (r *Runner) requestHeaders(req *collection.Request, httpReq *http.Request, contentType string, bodyLen int) []collection.Header {
	var out []collection.Header
	has := map[string]bool{}
	for _, h := range req.Headers {
		if h.Disabled || h.Key == "" {
			continue
		}
		out = append(out, collection.Header{Key: h.Key, Value: h.Value})
		has[strings.ToLower(h.Key)] = true
	}
	add := func(k, v string) {
		if !has[strings.ToLower(k)] {
			out = append(out, collection.Header{Key: k, Value: v})
			has[strings.ToLower(k)] = true
		}
	}
	if contentType != "" {
		add("Content-Type", contentType)
	}
	add("User-Agent", UserAgent)
	add("Accept", "*/*")
	add("Cache-Control", "no-cache")
	add("Postman-Token", newToken())
	add("Host", httpReq.URL.Host)
	add("Accept-Encoding", "gzip, deflate, br")
	add("Connection", "keep-alive")
	if bodyLen > 0 {
		add("Content-Length", fmt.Sprint(bodyLen))
	}
	return out
}

// requestBody encodes the body of the request's mode, with the content type
// that mode implies.
func requestBody(req *collection.Request) ([]byte, string, error) {
	b := req.Body
	if b == nil || b.Disabled {
		return nil, "", nil
	}
	switch b.Mode {
	case "raw":
		return []byte(b.Raw), rawContentType(b.Language), nil
	}
	return nil, "", nil
}

// rawContentType is the Content-Type Postman implies from a raw body's
// language when the request sets none.
func rawContentType(lang string) string {
	switch lang {
	case "json":
		return "application/json"
	case "xml":
		return "application/xml"
	case "html":
		return "text/html"
	case "javascript":
		return "application/javascript"
	case "text":
		return "text/plain"
	}
	return ""
}

// decodeBody undoes a Content-Encoding, as Newman does before scripts see
// the body.
func decodeBody(raw []byte, encoding string) ([]byte, error) {
	var rd io.Reader
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, err
		}
		rd = zr
	case "deflate":
		rd = flate.NewReader(bytes.NewReader(raw))
	case "br":
		rd = brotli.NewReader(bytes.NewReader(raw))
	default:
		return raw, nil
	}
	return io.ReadAll(rd)
}

// newToken returns a random UUID, like Newman's Postman-Token.
func newToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// unwrapURLError drops net/http's "Post \"url\": " prefix; Newman reports
// the cause alone (connect ECONNREFUSED …).
func unwrapURLError(err error) error {
	type unwrapper interface{ Unwrap() error }
	if u, ok := err.(unwrapper); ok && strings.HasPrefix(err.Error(), "") {
		if inner := u.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}
