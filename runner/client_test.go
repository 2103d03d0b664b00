package runner

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/pmrun/pmrun/collection"
)

// seen is one request a test server received.
type seen struct {
	Method, Path, Body string
	Header             http.Header
}

type recorder struct {
	mu   sync.Mutex
	reqs []seen
}

func (rec *recorder) wrap(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rec.mu.Lock()
		rec.reqs = append(rec.reqs, seen{r.Method, r.URL.RequestURI(), string(body), r.Header.Clone()})
		rec.mu.Unlock()
		h(w, r)
	})
}

// runOne runs a one-request collection and returns its exchange.
func runOne(t *testing.T, request map[string]any, ppb map[string]any, opts Options) *Exchange {
	t.Helper()
	item := map[string]any{"name": "r", "request": request}
	if ppb != nil {
		item["protocolProfileBehavior"] = ppb
	}
	data, _ := json.Marshal(map[string]any{"info": map[string]any{"name": "c"}, "item": []any{item}})
	col, err := collection.ParseCollection(data, "test.json")
	if err != nil {
		t.Fatal(err)
	}
	var ex *Exchange
	opts.Listener = ListenerFunc(func(e *Event) {
		if e.Kind == RequestDone {
			ex = e.Exchange
		}
	})
	New(col, opts).Run(context.Background())
	if ex == nil {
		t.Fatal("no request was sent")
	}
	return ex
}

func TestRedirectRules(t *testing.T) {
	tests := []struct {
		name       string
		code       int
		method     string
		ppb        map[string]any
		wantMethod string
		wantBody   string
		wantAuth   bool
		wantRef    bool
	}{
		{"302 turns POST into GET", 302, "POST", nil, "GET", "", true, true},
		{"301 turns PUT into GET", 301, "PUT", nil, "GET", "", true, true},
		{"303 keeps HEAD", 303, "HEAD", nil, "HEAD", "", true, true},
		{"307 keeps method and body", 307, "POST", nil, "POST", "b", true, true},
		{"308 keeps method and body", 308, "PATCH", nil, "PATCH", "b", true, true},
		{"followOriginalHttpMethod", 302, "POST", map[string]any{"followOriginalHttpMethod": true}, "POST", "b", true, true},
		{"removeRefererHeaderOnRedirect", 302, "GET", map[string]any{"removeRefererHeaderOnRedirect": true}, "GET", "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{}
			srv := httptest.NewServer(rec.wrap(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/from" {
					http.Redirect(w, r, "/to", tt.code)
				}
			}))
			defer srv.Close()
			req := map[string]any{"method": tt.method, "url": srv.URL + "/from",
				"header": []any{map[string]any{"key": "Authorization", "value": "Bearer t"}},
				"body":   map[string]any{"mode": "raw", "raw": "b"}}
			ex := runOne(t, req, tt.ppb, Options{})
			if ex.Err != nil {
				t.Fatal(ex.Err)
			}
			if len(rec.reqs) != 2 {
				t.Fatalf("%d requests, want 2", len(rec.reqs))
			}
			hop := rec.reqs[1]
			if hop.Method != tt.wantMethod || hop.Body != tt.wantBody {
				t.Errorf("second hop %s with body %q, want %s with %q", hop.Method, hop.Body, tt.wantMethod, tt.wantBody)
			}
			if got := hop.Header.Get("Authorization") != ""; got != tt.wantAuth {
				t.Errorf("Authorization sent: %v, want %v", got, tt.wantAuth)
			}
			if got := hop.Header.Get("Referer"); (got == srv.URL+"/from") != tt.wantRef {
				t.Errorf("Referer %q, want it: %v", got, tt.wantRef)
			}
			if tt.wantBody == "" && hop.Header.Get("Content-Type") != "" {
				t.Errorf("Content-Type %q kept after the method changed", hop.Header.Get("Content-Type"))
			}
			if hop.Header.Get("Postman-Token") != rec.reqs[0].Header.Get("Postman-Token") {
				t.Error("Postman-Token changed between hops")
			}
		})
	}
}

func TestRedirectLimits(t *testing.T) {
	rec := &recorder{}
	srv := httptest.NewServer(rec.wrap(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/%d", n-1), http.StatusFound)
		}
	}))
	defer srv.Close()
	tests := []struct {
		name     string
		ppb      map[string]any
		opts     Options
		wantErr  string
		wantCode int
		wantReqs int
	}{
		{"followed to the end", nil, Options{}, "", 200, 4},
		{"maxRedirects", map[string]any{"maxRedirects": 1}, Options{}, "Exceeded maxRedirects. Probably stuck in a redirect loop " + srv.URL + "/2", 0, 2},
		{"followRedirects off", map[string]any{"followRedirects": false}, Options{}, "", 302, 1},
		{"ignored for the run", nil, Options{HTTPOptions: HTTPOptions{IgnoreRedirects: true}}, "", 302, 1},
		{"the request overrides the run", map[string]any{"followRedirects": true}, Options{HTTPOptions: HTTPOptions{IgnoreRedirects: true}}, "", 200, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec.reqs = nil
			ex := runOne(t, map[string]any{"url": srv.URL + "/3"}, tt.ppb, tt.opts)
			switch {
			case tt.wantErr != "":
				if ex.Err == nil || ex.Err.Error() != tt.wantErr {
					t.Errorf("error %v, want %q", ex.Err, tt.wantErr)
				}
			case ex.Err != nil:
				t.Fatal(ex.Err)
			case ex.Response.Code != tt.wantCode:
				t.Errorf("code %d, want %d", ex.Response.Code, tt.wantCode)
			}
			if len(rec.reqs) != tt.wantReqs {
				t.Errorf("%d requests, want %d", len(rec.reqs), tt.wantReqs)
			}
		})
	}
}

func TestCookies(t *testing.T) {
	rec := &recorder{}
	srv := httptest.NewServer(rec.wrap(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/set" {
			http.SetCookie(w, &http.Cookie{Name: "s", Value: "1", Path: "/"})
		}
	}))
	defer srv.Close()
	get := func(path string, disable bool, header string) map[string]any {
		item := map[string]any{"name": path, "request": map[string]any{"url": srv.URL + path, "header": header}}
		if disable {
			item["protocolProfileBehavior"] = map[string]any{"disableCookies": true}
		}
		return item
	}
	data, _ := json.Marshal(map[string]any{"info": map[string]any{"name": "c"}, "item": []any{
		get("/set", false, ""), get("/plain", false, ""), get("/own", false, "Cookie: mine=2"), get("/off", true, ""),
	}})
	col, err := collection.ParseCollection(data, "cookies.json")
	if err != nil {
		t.Fatal(err)
	}
	var sent []SentRequest
	New(col, Options{Listener: ListenerFunc(func(e *Event) {
		if e.Kind == RequestDone {
			sent = append(sent, e.Exchange.Request)
		}
	})}).Run(context.Background())
	want := []string{"", "s=1", "mine=2; s=1", ""}
	for i, w := range want {
		if got := rec.reqs[i].Header.Get("Cookie"); got != w {
			t.Errorf("%s: Cookie %q, want %q", rec.reqs[i].Path, got, w)
		}
		listed := ""
		for _, h := range sent[i].Headers {
			if h.Key == "Cookie" {
				listed = h.Value
			}
		}
		if listed != w {
			t.Errorf("%s: reported Cookie %q, want %q", rec.reqs[i].Path, listed, w)
		}
	}
}

func TestStrictSSL(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	defer srv.Close()
	tests := []struct {
		name    string
		ppb     map[string]any
		opts    Options
		wantErr string
	}{
		{"verified by default", nil, Options{}, "self-signed certificate"},
		{"strictSSL off", map[string]any{"strictSSL": false}, Options{}, ""},
		{"insecure run", nil, Options{HTTPOptions: HTTPOptions{Insecure: true}}, ""},
		{"strictSSL on overrides an insecure run", map[string]any{"strictSSL": true}, Options{HTTPOptions: HTTPOptions{Insecure: true}}, "self-signed certificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := runOne(t, map[string]any{"url": srv.URL}, tt.ppb, tt.opts)
			got := ""
			if ex.Err != nil {
				got = ex.Err.Error()
			}
			if got != tt.wantErr {
				t.Errorf("error %q, want %q", got, tt.wantErr)
			}
		})
	}
}

func TestRequestErrors(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close()
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	tests := []struct {
		name, url string
		opts      Options
		want      string
	}{
		{"refused", "http://" + closed + "/", Options{}, "connect ECONNREFUSED " + closed},
		{"timeout", slow.URL, Options{RequestTimeout: 50 * time.Millisecond}, "ESOCKETTIMEDOUT"},
		{"unresolved host", "http://{{nope}}/x", Options{}, "getaddrinfo ENOTFOUND {{nope}}"},
		{"unescaped path", "http://127.0.0.1:1/a b", Options{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ppb map[string]any
			if tt.want == "" {
				ppb = map[string]any{"disableUrlEncoding": true}
				tt.want = "Request path contains unescaped characters"
			}
			ex := runOne(t, map[string]any{"url": tt.url}, ppb, tt.opts)
			if ex.Err == nil || ex.Err.Error() != tt.want {
				t.Errorf("error %v, want %q", ex.Err, tt.want)
			}
		})
	}
}

// Requests Node would refuse to send fail before sending, in its words.
func TestRequestsRefusedBeforeSending(t *testing.T) {
	tests := []struct {
		name    string
		request map[string]any
		want    string
	}{
		{"empty url", map[string]any{"url": ""}, "runtime:extensions~request: request url is empty"},
		{"method not a token", map[string]any{"url": "http://127.0.0.1:1/", "method": "GET X"}, `Method must be a valid HTTP token ["GET X"]`},
		{"ftp", map[string]any{"url": "ftp://127.0.0.1:1/x"}, "Invalid protocol: ftp:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := runOne(t, tt.request, nil, Options{})
			if ex.Err == nil || ex.Err.Error() != tt.want {
				t.Errorf("error %v, want %q", ex.Err, tt.want)
			}
		})
	}
}

// rawServer answers every connection with the bytes given, then closes it.
func rawServer(t *testing.T, reply string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				buf := make([]byte, 4096)
				c.Read(buf) // the request; its content does not matter
				c.Write([]byte(reply))
			}()
		}
	}()
	return "http://" + l.Addr().String() + "/"
}

// A malformed response fails the request with Node's parser's words, as in
// Newman's reports, not Go's.
func TestMalformedResponses(t *testing.T) {
	tests := []struct{ name, reply, want string }{
		{"status not a number", "HTTP/1.1 abc OK\r\nContent-Length: 2\r\n\r\nhi", "Parse Error: Invalid status code"},
		{"header without colon", "HTTP/1.1 200 OK\r\nX Bad\r\nContent-Length: 2\r\n\r\nhi", "Parse Error: Invalid header token"},
		{"bad chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n", "Parse Error: Invalid character in chunk size"},
		{"bad content length", "HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nhi", "Parse Error: Invalid character in Content-Length"},
		{"closed at once", "", "socket hang up"},
		{"closed mid-body", "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello", "aborted"},
		{"gzip that is not", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 5\r\n\r\nhello", "incorrect header check"},
		{"gzip cut short", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\n\x1f\x8b\x08\x00", "unexpected end of file"},
		{"empty gzip body", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 0\r\n\r\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := runOne(t, map[string]any{"url": rawServer(t, tt.reply)}, nil, Options{})
			if tt.want == "" {
				if ex.Err != nil {
					t.Errorf("error %v, want none", ex.Err)
				}
				return
			}
			if ex.Err == nil || ex.Err.Error() != tt.want {
				t.Errorf("error %v, want %q", ex.Err, tt.want)
			}
		})
	}
}

func TestResponseDecodingAndSize(t *testing.T) {
	const text = "hello, hello, hello"
	compress := func(enc string) []byte {
		var b bytes.Buffer
		var w io.WriteCloser
		switch enc {
		case "gzip":
			w = gzip.NewWriter(&b)
		case "deflate":
			w = zlib.NewWriter(&b)
		case "raw-deflate":
			w, _ = flate.NewWriter(&b, 5)
		case "br":
			w = brotli.NewWriter(&b)
		}
		w.Write([]byte(text))
		w.Close()
		return b.Bytes()
	}
	tests := []struct {
		name, encoding, header string
		sizeIsWire             bool
	}{
		{"gzip", "gzip", "gzip", true},
		{"zlib deflate", "deflate", "deflate", true},
		{"raw deflate", "raw-deflate", "deflate", true},
		{"brotli counts the decoded size", "br", "br", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wire := compress(tt.encoding)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", tt.header)
				w.Write(wire)
			}))
			defer srv.Close()
			ex := runOne(t, map[string]any{"url": srv.URL}, nil, Options{})
			if ex.Err != nil {
				t.Fatal(ex.Err)
			}
			if string(ex.Response.Body) != text {
				t.Errorf("body %q", ex.Response.Body)
			}
			want := len(text)
			if tt.sizeIsWire {
				want = len(wire)
			}
			if got := ex.Response.BodySize(); got != want {
				t.Errorf("body size %d, want %d", got, want)
			}
		})
	}
}

// A raw server shows that response headers keep the server's order and
// case, and that the header size is counted as Newman counts it.
func TestResponseHeadersAsSent(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	const head = "HTTP/1.1 200 Fine\r\nx-lower: 1\r\nContent-Length: 2\r\nB-Header: caf\xe9\r\nA-Header: a\r\n\r\n"
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				buf := make([]byte, 4096)
				c.Read(buf)
				io.WriteString(c, "HTTP/1.1 100 Continue\r\n\r\n"+head+"ok")
			}()
		}
	}()
	ex := runOne(t, map[string]any{"url": "http://" + l.Addr().String()}, nil, Options{})
	if ex.Err != nil {
		t.Fatal(ex.Err)
	}
	want := []collection.Header{{Key: "x-lower", Value: "1"}, {Key: "Content-Length", Value: "2"}, {Key: "B-Header", Value: "café"}, {Key: "A-Header", Value: "a"}}
	if !reflect.DeepEqual(ex.Response.Headers, want) {
		t.Errorf("headers %v, want %v", ex.Response.Headers, want)
	}
	// "HTTP/X.X 200 Fine\r\n\r\n" + each "key: value\r\n"
	wantSize := len("HTTP/X.X 200 Fine\r\n\r\n") + len("x-lower: 1\r\n") + len("Content-Length: 2\r\n") + len("B-Header: café\r\n") - 1 + len("A-Header: a\r\n")
	if ex.Response.HeaderSize != wantSize || ex.Response.Status != "Fine" {
		t.Errorf("header size %d, status %q; want %d, Fine", ex.Response.HeaderSize, ex.Response.Status, wantSize)
	}
	if !strings.HasPrefix(ex.Request.URL, "http://127.0.0.1:") {
		t.Errorf("URL %q", ex.Request.URL)
	}
}

func TestTimings(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	defer srv.Close()
	data, _ := json.Marshal(map[string]any{"info": map[string]any{"name": "c"}, "item": []any{
		map[string]any{"name": "first", "request": srv.URL}, map[string]any{"name": "again", "request": srv.URL},
	}})
	col, err := collection.ParseCollection(data, "timings.json")
	if err != nil {
		t.Fatal(err)
	}
	var timings []*Timings
	New(col, Options{Listener: ListenerFunc(func(e *Event) {
		if e.Kind == RequestDone && e.Exchange.Response != nil {
			timings = append(timings, e.Exchange.Response.Timings)
		}
	})}).Run(context.Background())
	if len(timings) != 2 || timings[0] == nil || timings[1] == nil {
		t.Fatalf("timings %v", timings)
	}
	for i, tm := range timings {
		sum := tm.Prepare + tm.Wait + tm.DNS + tm.TCP + tm.TLS + tm.FirstByte + tm.Download + tm.Process
		if tm.Total <= 0 || sum > tm.Total || tm.Secure {
			t.Errorf("request %d: phases %+v do not add up within the total", i, tm)
		}
	}
	if timings[0].TCP <= 0 {
		t.Errorf("first request: no TCP handshake measured: %+v", timings[0])
	}
	if timings[1].TCP != 0 || timings[1].DNS != 0 {
		t.Errorf("reused connection: DNS %v and TCP %v, want (cache) zeros", timings[1].DNS, timings[1].TCP)
	}
}
