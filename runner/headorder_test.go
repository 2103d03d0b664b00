package runner

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/runner/internal/wiretap"
)

func TestRewriteHead(t *testing.T) {
	goHead := "POST /x HTTP/1.1\r\nHost: h\r\nUser-Agent: Go\r\nContent-Length: 3\r\nProxy-Authorization: Basic p\r\nX-B: 2\r\n\r\n"
	tests := []struct {
		name   string
		goHead string
		ours   []string
		want   string
	}{
		{"our order, names and values", goHead, []string{"x-b:  2 ", "Host: h", "Content-Length: 3"},
			"POST /x HTTP/1.1\r\nx-b:  2 \r\nHost: h\r\nContent-Length: 3\r\nUser-Agent: Go\r\nProxy-Authorization: Basic p\r\n\r\n"},
		{"a Content-Length the request set wins", goHead, []string{"content-length: 999", "Host: h", "User-Agent: ", "X-B: 2", "Proxy-Authorization: Basic p"},
			"POST /x HTTP/1.1\r\ncontent-length: 999\r\nHost: h\r\nUser-Agent: \r\nX-B: 2\r\nProxy-Authorization: Basic p\r\n\r\n"},
		{"a disabled Host and empty length are left out", "PUT /x HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n", []string{"X-B: 2"},
			"PUT /x HTTP/1.1\r\nX-B: 2\r\n\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(rewriteHead([]byte(tt.goHead), tt.ours)); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestHeadersOnTheWire checks the bytes that reach a server: Newman's
// header order, names as written, values untrimmed, an empty User-Agent.
func TestHeadersOnTheWire(t *testing.T) {
	tap, err := wiretap.Start()
	if err != nil {
		t.Fatal(err)
	}
	defer tap.Close()
	header := []any{
		map[string]any{"key": "x-first", "value": "  padded "},
		map[string]any{"key": "user-agent", "value": ""},
		map[string]any{"key": "cookie", "value": "mine=1"},
	}
	req := map[string]any{"method": "POST", "url": tap.EchoURL + "/post", "header": header,
		"body": map[string]any{"mode": "urlencoded", "urlencoded": []any{map[string]any{"key": "a", "value": "b c"}}}}
	ex := runOne(t, req, nil, Options{})
	if ex.Err != nil {
		t.Fatal(ex.Err)
	}
	reqs := tap.Take()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	host := strings.TrimPrefix(tap.EchoURL, "http://")
	want := "POST /post HTTP/1.1\r\n" +
		"x-first:   padded \r\n" +
		"user-agent: \r\n" +
		"cookie: mine=1\r\n" +
		"Accept: */*\r\n" +
		"Cache-Control: no-cache\r\n" +
		"Postman-Token: TOKEN\r\n" +
		"Host: " + host + "\r\n" +
		"Accept-Encoding: gzip, deflate, br\r\n" +
		"Connection: keep-alive\r\n" +
		"Content-Type: application/x-www-form-urlencoded\r\n" +
		"Content-Length: 7\r\n\r\n" +
		"a=b%20c"
	got := regexp.MustCompile(`Postman-Token: [0-9a-f-]+`).ReplaceAllString(string(reqs[0].Raw), "Postman-Token: TOKEN")
	if got != want {
		t.Errorf("on the wire\n%s\nwant\n%s", got, want)
	}
}
