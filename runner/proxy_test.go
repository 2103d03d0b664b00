package runner

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestProxyFor(t *testing.T) {
	tests := []struct {
		name, url string
		env       map[string]string
		want      string
	}{
		{"http uses HTTP_PROXY", "http://127.0.0.1:8080/x", map[string]string{"HTTP_PROXY": "p:1"}, "p:1"},
		{"lower case works too", "http://a.com/", map[string]string{"http_proxy": "p:2"}, "p:2"},
		{"https prefers HTTPS_PROXY", "https://a.com/", map[string]string{"HTTP_PROXY": "p:1", "HTTPS_PROXY": "p:3"}, "p:3"},
		{"https falls back to HTTP_PROXY", "https://a.com/", map[string]string{"HTTP_PROXY": "p:1"}, "p:1"},
		{"http ignores HTTPS_PROXY", "http://a.com/", map[string]string{"HTTPS_PROXY": "p:3"}, ""},
		{"NO_PROXY * turns it off", "http://a.com/", map[string]string{"HTTP_PROXY": "p:1", "NO_PROXY": "*"}, ""},
		{"NO_PROXY suffix", "http://api.a.com/", map[string]string{"HTTP_PROXY": "p:1", "NO_PROXY": "b.com, a.com"}, ""},
		{"NO_PROXY needs a dot before", "http://oogle.com/", map[string]string{"HTTP_PROXY": "p:1", "NO_PROXY": "google.com"}, "p:1"},
		{"NO_PROXY port matches", "http://a.com:8080/", map[string]string{"HTTP_PROXY": "p:1", "NO_PROXY": "a.com:8080"}, ""},
		{"NO_PROXY default port", "http://a.com/", map[string]string{"HTTP_PROXY": "p:1", "NO_PROXY": "a.com:80"}, ""},
		{"NO_PROXY other port", "http://a.com:81/", map[string]string{"HTTP_PROXY": "p:1", "NO_PROXY": "a.com:80"}, "p:1"},
		{"loopback is proxied", "http://localhost:9/", map[string]string{"HTTP_PROXY": "p:1"}, "p:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := url.Parse(tt.url)
			got := proxyFor(u, func(k string) string { return tt.env[k] })
			if got != tt.want {
				t.Errorf("proxyFor(%s) = %q, want %q", tt.url, got, tt.want)
			}
		})
	}
}

// TestRequestThroughProxy sends a request through an HTTP proxy named by
// HTTP_PROXY: the proxy gets the absolute URL on the request line.
func TestRequestThroughProxy(t *testing.T) {
	var requestURI, host string
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requestURI, host = r.RequestURI, r.Host
		w.Write([]byte("via proxy"))
	}))
	defer proxy.Close()
	t.Setenv("HTTP_PROXY", proxy.URL)
	t.Setenv("NO_PROXY", "")
	ex := runOne(t, map[string]any{"method": "GET", "url": "http://upstream.test:8080/a%20b?q=1"}, nil, Options{})
	if ex.Err != nil {
		t.Fatal(ex.Err)
	}
	if requestURI != "http://upstream.test:8080/a%20b?q=1" || host != "upstream.test:8080" {
		t.Errorf("proxy saw %q (Host %q), want the absolute URL", requestURI, host)
	}
	if got := string(ex.Response.Body); got != "via proxy" {
		t.Errorf("body = %q", got)
	}

	t.Setenv("NO_PROXY", "upstream.test")
	ex = runOne(t, map[string]any{"method": "GET", "url": "http://upstream.test:8080/"}, nil, Options{})
	if ex.Err == nil || !strings.Contains(ex.Err.Error(), "upstream.test") {
		t.Errorf("with NO_PROXY the request went %v, want a lookup error for upstream.test", ex.Err)
	}
}

// TestHTTPSThroughProxy tunnels an https request through HTTPS_PROXY with
// CONNECT; the request inside the tunnel is the server's to see.
func TestHTTPSThroughProxy(t *testing.T) {
	target := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("tunnelled " + r.URL.Path))
	}))
	defer target.Close()
	var connected string
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodConnect {
			http.Error(w, "CONNECT only", http.StatusMethodNotAllowed)
			return
		}
		connected = r.Host
		upstream, err := net.Dial("tcp", r.Host)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		client, buf, _ := w.(http.Hijacker).Hijack()
		buf.WriteString("HTTP/1.1 200 Connection established\r\n\r\n")
		buf.Flush()
		go io.Copy(upstream, client)
		io.Copy(client, upstream)
		client.Close()
		upstream.Close()
	}))
	defer proxy.Close()
	t.Setenv("HTTPS_PROXY", proxy.URL)
	t.Setenv("NO_PROXY", "")
	ex := runOne(t, map[string]any{"method": "GET", "url": target.URL + "/x"}, nil, Options{HTTPOptions: HTTPOptions{Insecure: true}})
	if ex.Err != nil {
		t.Fatal(ex.Err)
	}
	if got := string(ex.Response.Body); got != "tunnelled /x" || connected != strings.TrimPrefix(target.URL, "https://") {
		t.Errorf("body %q via CONNECT %q", got, connected)
	}
}
