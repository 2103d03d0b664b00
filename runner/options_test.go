package runner

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/pmrun/pmrun/collection"
)

// testCollection has a folder with two requests and a root request; the
// first request fails its test when the server answers 500.
func testCollection(t *testing.T, base string) *collection.Collection {
	t.Helper()
	src := `{"info": {"name": "t", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
	 "item": [
	  {"name": "F", "id": "f", "item": [
	    {"name": "one", "id": "r1", "request": {"method": "GET", "url": "BASE/500"},
	     "event": [{"listen": "test", "script": {"exec": ["pm.test('ok', function () { if (pm.response.code !== 200) throw new Error('bad'); });"]}}]},
	    {"name": "two", "id": "r2", "request": {"method": "GET", "url": "BASE/200"}}]},
	  {"name": "three", "id": "r3", "request": {"method": "GET", "url": "BASE/200"}}]}`
	col, err := collection.ParseCollection([]byte(strings.ReplaceAll(src, "BASE", base)), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	return col
}

func statusServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/500" {
			w.WriteHeader(500)
		}
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, "/200", http.StatusFound)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// names lists the items run, in order.
func names(opts Options, col *collection.Collection) (*Summary, []string) {
	var ran []string
	opts.Listener = ListenerFunc(func(e *Event) {
		if e.Kind == ItemStarted {
			ran = append(ran, e.Item.Name)
		}
	})
	return New(col, opts).Run(context.Background()), ran
}

func TestRunOptions(t *testing.T) {
	srv := statusServer(t)
	col := testCollection(t, srv.URL)
	tests := []struct {
		name     string
		opts     Options
		ran      string
		failures int
		err      string
	}{
		{"everything", Options{}, "one two three", 1, ""},
		{"folder", Options{Folders: []string{"F"}}, "one two", 1, ""},
		{"several folders run in collection order, by id or name", Options{Folders: []string{"r3", "two"}}, "two three", 0, ""},
		{"unknown folder", Options{Folders: []string{"nope"}}, "", 0, `Unable to find a folder or request: "nope"`},
		{"bail stops after the failed item", Options{Bail: Bail{Failure: true}}, "one", 2, ""},
		{"bail with two iterations", Options{Bail: Bail{Failure: true}, Iterations: 2}, "one", 2, ""},
		{"iterations", Options{Iterations: 2, Folders: []string{"three"}}, "three three", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ran := names(tt.opts, col)
			if got := strings.Join(ran, " "); got != tt.ran {
				t.Errorf("ran %q, want %q", got, tt.ran)
			}
			if len(s.Failures) != tt.failures {
				t.Errorf("%d failures, want %d: %+v", len(s.Failures), tt.failures, s.Failures)
			}
			if tt.err == "" && s.Error != nil || tt.err != "" && (s.Error == nil || !strings.Contains(s.Error.Error(), tt.err)) {
				t.Errorf("error %v, want %q", s.Error, tt.err)
			}
		})
	}
}

func TestBailAddsAssertionFailure(t *testing.T) {
	srv := statusServer(t)
	s, _ := names(Options{Bail: Bail{Failure: true}}, testCollection(t, srv.URL))
	last := s.Failures[len(s.Failures)-1]
	if last.Error.Name != "AssertionFailure" || last.Error.Message != "ok" || last.At != "test-script" {
		t.Errorf("bail failure = %+v %+v", last, last.Error)
	}
	if s.Stats.TestScripts.Failed != 1 {
		t.Errorf("testScripts.failed = %d, want 1", s.Stats.TestScripts.Failed)
	}
}

func TestTimeoutAndDelay(t *testing.T) {
	srv := statusServer(t)
	col := testCollection(t, srv.URL)
	start := time.Now()
	s, ran := names(Options{DelayRequest: 30 * time.Millisecond, Folders: []string{"two", "three"}}, col)
	if d := time.Since(start); d < 30*time.Millisecond || len(ran) != 2 || s.Failed() {
		t.Errorf("delay: took %v, ran %v, failed %v", d, ran, s.Failed())
	}
	s, ran = names(Options{DelayRequest: 50 * time.Millisecond, Timeout: 70 * time.Millisecond}, col)
	if !errors.Is(s.Error, ErrTimeout) || len(ran) >= 3 {
		t.Errorf("timeout: error %v, ran %v", s.Error, ran)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s = New(col, Options{}).Run(ctx)
	if !s.Interrupted || s.Error == nil {
		t.Errorf("cancelled run: interrupted %v, error %v", s.Interrupted, s.Error)
	}
}

func TestIgnoreRedirects(t *testing.T) {
	srv := statusServer(t)
	col, err := collection.ParseCollection([]byte(`{"info": {"name": "r"}, "item": [{"name": "r", "request": {"method": "GET", "url": "`+srv.URL+`/redirect"}}]}`), "r.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		ignore bool
		code   int
	}{{false, 200}, {true, 302}} {
		var code int
		New(col, Options{HTTPOptions: HTTPOptions{IgnoreRedirects: tt.ignore}, Listener: ListenerFunc(func(e *Event) {
			if e.Kind == RequestDone && e.Exchange.Response != nil {
				code = e.Exchange.Response.Code
			}
		})}).Run(context.Background())
		if code != tt.code {
			t.Errorf("IgnoreRedirects %v: code %d, want %d", tt.ignore, code, tt.code)
		}
	}
}

func TestCookieJarRoundTrip(t *testing.T) {
	jar, err := ParseCookieJar([]byte(`{"cookies": [{"key": "a", "value": "1", "domain": "127.0.0.1", "path": "/", "hostOnly": true}]}`))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("http://127.0.0.1:8080/x/y")
	if got := jar.Cookies(u); len(got) != 1 || got[0].Value != "1" {
		t.Fatalf("loaded cookies %v", got)
	}
	jar.SetCookies(u, []*http.Cookie{{Name: "b", Value: "2"}, {Name: "a", Value: "", Path: "/", MaxAge: -1}})
	data, err := jar.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if s := string(data); !strings.Contains(s, `"key":"b","value":"2","domain":"127.0.0.1","path":"/x"`) || strings.Contains(s, `"key":"a"`) {
		t.Errorf("exported jar %s", s)
	}
	if _, err := ParseCookieJar([]byte("nope")); err == nil {
		t.Error("bad jar accepted")
	}
}

func TestBailFolderAborts(t *testing.T) {
	srv := statusServer(t)
	col, err := collection.ParseCollection([]byte(`{"info": {"name": "a"}, "item": [
	 {"name": "fails a test", "request": {"method": "GET", "url": "`+srv.URL+`/500"},
	  "event": [{"listen": "test", "script": {"exec": ["pm.test('ok', function () { throw new Error('bad'); });"]}}]},
	 {"name": "script error", "request": {"method": "GET", "url": "`+srv.URL+`/200"},
	  "event": [{"listen": "test", "script": {"exec": ["nope();"]}}]},
	 {"name": "never", "request": {"method": "GET", "url": "`+srv.URL+`/200"}}]}`), "a.json")
	if err != nil {
		t.Fatal(err)
	}
	s, ran := names(Options{Bail: Bail{Folder: true}}, col)
	if got := strings.Join(ran, ","); got != "fails a test,script error" {
		t.Errorf("ran %q", got)
	}
	if s.Error == nil || !strings.Contains(s.Error.Error(), "nope") || s.Stats.Iterations.Total != 0 {
		t.Errorf("error %v, iterations %d; want the script error and no completed iteration", s.Error, s.Stats.Iterations.Total)
	}
}
