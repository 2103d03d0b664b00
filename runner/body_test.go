package runner

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pmrun/pmrun/collection"
)

func TestURLEncodedBody(t *testing.T) {
	tests := []struct {
		name   string
		params []collection.Param
		want   string
	}{
		{"plain", []collection.Param{{Key: "a", Value: "1"}}, "a=1"},
		{"space is %20, plus is escaped", []collection.Param{{Key: "a b", Value: "x y+z"}}, "a%20b=x%20y%2Bz"},
		{"only unreserved characters stay", []collection.Param{{Key: "k", Value: " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"}},
			"k=%20%21%22%23%24%25%26%27%28%29%2A%2B%2C-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D~"},
		{"UTF-8 bytes", []collection.Param{{Key: "u", Value: "é日"}}, "u=%C3%A9%E6%97%A5"},
		{"disabled skipped", []collection.Param{{Key: "a", Value: "1", Disabled: true}, {Key: "b", Value: "2"}}, "b=2"},
		{"repeated keys grouped at the first", []collection.Param{{Key: "a", Value: "1"}, {Key: "b", Value: "2"}, {Key: "a", Value: "3"}}, "a=1&a=3&b=2"},
		{"empty value", []collection.Param{{Key: "e", Value: ""}}, "e="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := urlencodedBody(tt.params); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGraphQLBody(t *testing.T) {
	tests := []struct {
		name string
		g    collection.GraphQL
		want string
	}{
		{"string variables are sent as written", collection.GraphQL{Query: "{ a }", Variables: "{\"v\": 1}"}, `{"query":"{ a }","variables":{"v": 1}}`},
		{"object variables are compacted", collection.GraphQL{Query: "{ a }", Variables: "{\n \"v\": [1, 2]\n}", VariablesObject: true}, `{"query":"{ a }","variables":{"v":[1,2]}}`},
		{"object variables broken by a resolved value", collection.GraphQL{Query: "q", Variables: `{"v": "a"b"}`, VariablesObject: true}, `{"query":"q","variables":{"v": "a"b"}}`},
		{"operation name between", collection.GraphQL{Query: "q", OperationName: "Op", Variables: "{}"}, `{"query":"q","operationName":"Op","variables":{}}`},
		{"empty variables left out", collection.GraphQL{Query: "q"}, `{"query":"q"}`},
		{"quotes and HTML characters", collection.GraphQL{Query: `{ a(s: "<&>") }`}, `{"query":"{ a(s: \"<&>\") }"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(graphqlBody(tt.g)); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestStripJSONComments(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"a":1}`, `{"a":1}`},
		{"{\n// c\n\"a\":1}", "{\n\n\"a\":1}"},
		{"{// c\r\n}", "{\n}"},
		{`{/* c */"a":1}`, `{"a":1}`},
		{`{"u":"http://x//y /* no */"}`, `{"u":"http://x//y /* no */"}`},
		{`{"s":"a\"//b"}`, `{"s":"a\"//b"}`},
		{`{"s":"a\\"//c` + "\n}", `{"s":"a\\"` + "\n}"},
		{`{"a":1} // trailing`, `{"a":1} `},
		{`{"a":1} /* open`, `{"a":1} `},
	}
	for _, tt := range tests {
		if got := collection.StripJSONComments(tt.in); got != tt.want {
			t.Errorf("collection.StripJSONComments(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripsJSONComments(t *testing.T) {
	ct := func(v string, disabled bool) collection.Header {
		return collection.Header{Key: "Content-Type", Value: v, Disabled: disabled}
	}
	tests := []struct {
		name     string
		language string
		headers  []collection.Header
		want     bool
	}{
		{"json language", "json", nil, true},
		{"other language", "text", []collection.Header{ct("application/json", false)}, false},
		{"no language, no content type", "", nil, false},
		{"JSON content type", "", []collection.Header{ct("application/vnd.api+json", false)}, true},
		{"other content type", "", []collection.Header{ct("text/plain", false)}, false},
		{"a single disabled header still counts", "", []collection.Header{ct("application/json", true)}, true},
		{"first enabled of several", "", []collection.Header{ct("application/json", true), ct("text/plain", false)}, false},
		{"several, none enabled", "", []collection.Header{ct("text/plain", true), ct("text/plain", true)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := &collection.Request{Headers: tt.headers, Body: &collection.Body{Mode: "raw", Language: tt.language}}
			if got := req.HasJSONBody(); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBuildBodyModes(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.png"), []byte("PNG"), 0o644)
	fs := files{dir: dir}
	tests := []struct {
		name                string
		method              string
		body                collection.Body
		ppb                 behavior
		present             bool
		bytes, listed, wire string
	}{
		{"raw json", "POST", collection.Body{Mode: "raw", Raw: `{"a":1}`, Language: "json"}, nil, true, `{"a":1}`, "application/json", ""},
		{"raw without language is text", "POST", collection.Body{Mode: "raw", Raw: "x"}, nil, true, "x", "text/plain", ""},
		{"raw unknown language is text", "POST", collection.Body{Mode: "raw", Raw: "x", Language: "graphql"}, nil, true, "x", "text/plain", ""},
		{"empty raw is no body", "POST", collection.Body{Mode: "raw"}, nil, false, "", "", ""},
		{"disabled body", "POST", collection.Body{Mode: "raw", Raw: "x", Disabled: true}, nil, false, "", "", ""},
		{"GET prunes", "GET", collection.Body{Mode: "raw", Raw: "x"}, nil, false, "", "", ""},
		{"PURGE prunes", "PURGE", collection.Body{Mode: "raw", Raw: "x"}, nil, false, "", "", ""},
		{"pruning disabled", "GET", collection.Body{Mode: "raw", Raw: "x"}, behavior{"disableBodyPruning": true}, true, "x", "text/plain", ""},
		{"DELETE keeps", "DELETE", collection.Body{Mode: "raw", Raw: "x"}, nil, true, "x", "text/plain", ""},
		{"urlencoded", "POST", collection.Body{Mode: "urlencoded", URLEncoded: []collection.Param{{Key: "a", Value: "1"}}}, nil, true, "a=1", "", "application/x-www-form-urlencoded"},
		{"urlencoded all disabled", "POST", collection.Body{Mode: "urlencoded", URLEncoded: []collection.Param{{Key: "a", Disabled: true}}}, nil, false, "", "", ""},
		{"file", "PUT", collection.Body{Mode: "file", File: collection.FileRef{Src: "a.png"}}, nil, true, "PNG", "", "image/png"},
		{"file missing", "PUT", collection.Body{Mode: "file", File: collection.FileRef{Src: "b.png"}}, nil, false, "", "", ""},
		{"file inline base64", "PUT", collection.Body{Mode: "file", File: collection.FileRef{Content: "aGk="}}, nil, true, "hi", "", ""},
		{"graphql", "POST", collection.Body{Mode: "graphql", GraphQL: collection.GraphQL{Query: "q"}}, nil, true, `{"query":"q"}`, "application/json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := tt.body
			got := buildBody(&collection.Request{Method: tt.method, Body: &body}, tt.ppb, fs)
			if got.present != tt.present || string(got.bytes) != tt.bytes || got.listedType != tt.listed || got.wireType != tt.wire {
				t.Errorf("got present=%v bytes=%q listed=%q wire=%q, want %v %q %q %q",
					got.present, got.bytes, got.listedType, got.wireType, tt.present, tt.bytes, tt.listed, tt.wire)
			}
		})
	}
}

func TestMultipartBody(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "note.txt"), []byte("note"), 0o644)
	os.WriteFile(filepath.Join(dir, "blob"), []byte("blob"), 0o644)
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("secret"), 0o644)
	part := func(disposition, ctype, value string) string {
		s := "--B\r\nContent-Disposition: form-data; " + disposition + "\r\n"
		if ctype != "" {
			s += "Content-Type: " + ctype + "\r\n"
		}
		return s + "\r\n" + value + "\r\n"
	}
	tests := []struct {
		name     string
		params   []collection.FormParam
		insecure bool
		want     string
		warnings []string
	}{
		{"text", []collection.FormParam{{Key: "k", Value: "v"}}, false, part(`name="k"`, "", "v"), nil},
		{"text with content type and file name", []collection.FormParam{{Key: "k", Value: "{}", ContentType: "application/json"}, {Key: "n", Value: "x", FileName: "x.txt"}}, false,
			part(`name="k"`, "application/json", "{}") + part(`name="n"; filename="x.txt"`, "text/plain", "x"), nil},
		{"files typed by extension", []collection.FormParam{{Key: "f", Type: "file", Src: []string{"note.txt"}}, {Key: "g", Type: "file", Src: []string{"blob"}}}, false,
			part(`name="f"; filename="note.txt"`, "text/plain", "note") + part(`name="g"; filename="blob"`, "application/octet-stream", "blob"), nil},
		{"file name and type given", []collection.FormParam{{Key: "f", Type: "file", Src: []string{"blob"}, FileName: "r.csv", ContentType: "x/y"}}, false,
			part(`name="f"; filename="r.csv"`, "x/y", "blob"), nil},
		{"non-Latin-1 file name", []collection.FormParam{{Key: "f", Type: "file", Src: []string{"note.txt"}, FileName: "日本.txt"}}, false,
			part(`name="f"; filename="日本.txt"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.txt`, "text/plain", "note"), nil},
		{"missing file dropped with a warning", []collection.FormParam{{Key: "m", Type: "file", Src: []string{"nope.txt"}}}, false, "",
			[]string{"Form param `m`, file load error: \"nope.txt\", no such file"}},
		{"no source sent empty", []collection.FormParam{{Key: "m", Type: "file"}}, false, part(`name="m"; filename=""`, "", ""),
			[]string{"Form param `m`, file load error: missing file source"}},
		{"outside the working directory refused", []collection.FormParam{{Key: "s", Type: "file", Src: []string{outside}}}, false, "",
			[]string{"Form param `s`, file load error: PPERM: insecure file access outside working directory"}},
		{"outside allowed when insecure", []collection.FormParam{{Key: "s", Type: "file", Src: []string{outside}}}, true,
			part(`name="s"; filename="secret.txt"`, "text/plain", "secret"), nil},
		{"files after a source list are not loaded", []collection.FormParam{
			{Key: "l", Type: "file", Src: []string{"note.txt", "blob"}, SrcIsList: true},
			{Key: "after", Type: "file", Src: []string{"note.txt"}},
			{Key: "t", Value: "v"}}, false,
			part(`name="l"; filename="note.txt"`, "text/plain", "note") + part(`name="l"; filename="blob"`, "application/octet-stream", "blob") +
				part(`name="after"; filename=""`, "", "") + part(`name="t"`, "", "v"), nil},
		{"disabled skipped", []collection.FormParam{{Key: "d", Value: "v", Disabled: true}}, false, "", nil},
	}
	boundary := regexp.MustCompile(`-{26}\d{24}`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := multipartBody(tt.params, files{dir: dir, insecure: tt.insecure})
			if !boundary.MatchString(got.wireType) || !strings.HasPrefix(got.wireType, "multipart/form-data; boundary=") {
				t.Errorf("content type %q", got.wireType)
			}
			body := boundary.ReplaceAllString(string(got.bytes), "B")
			if want := tt.want + "--B--\r\n"; body != want {
				t.Errorf("body\n%q\nwant\n%q", body, want)
			}
			if strings.Join(got.warnings, "\n") != strings.Join(tt.warnings, "\n") {
				t.Errorf("warnings %q, want %q", got.warnings, tt.warnings)
			}
		})
	}
}

func TestEscapes(t *testing.T) {
	const in = "aZ9 b~-._!*'()é/%"
	for _, tt := range []struct {
		name string
		fn   func(string) string
		want string
	}{
		{"formEscape", formEscape, "aZ9%20b~-._%21%2A%27%28%29%C3%A9%2F%25"},
		{"extendedEscape", extendedEscape, "aZ9%20b~-._!%2A%27%28%29%C3%A9%2F%25"},
	} {
		if got := tt.fn(in); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.name, in, got, tt.want)
		}
	}
}
