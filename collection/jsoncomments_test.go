package collection

import (
	"encoding/json"
	"os"
	"testing"
)

// TestStripJSONCommentsMatchesNode replays cases whose expected output
// strip-json-comments 3.1.1 (postman-runtime's) produced in node.
func TestStripJSONCommentsMatchesNode(t *testing.T) {
	data, err := os.ReadFile("testdata/strip_json_comments.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ In, Out string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if got := StripJSONComments(c.In); got != c.Out {
			t.Errorf("StripJSONComments(%q) = %q, want %q", c.In, got, c.Out)
		}
	}
}

func TestRequestStripJSONCommentsCondition(t *testing.T) {
	const body = "{\"a\": 1 // note\n}"
	const stripped = "{\"a\": 1 \n}"
	ct := func(v string, disabled bool) Header { return Header{Key: "content-type", Value: v, Disabled: disabled} }
	tests := []struct {
		name     string
		method   string
		lang     string
		headers  []Header
		behavior Behavior
		want     bool
	}{
		{"language json", "POST", "json", nil, Behavior{}, true},
		{"language text", "POST", "text", []Header{ct("application/json", false)}, Behavior{}, false},
		{"no language, json content type", "POST", "", []Header{ct("application/json; charset=utf-8", false)}, Behavior{}, true},
		{"no language, vendor json", "PUT", "", []Header{{Key: "Content-Type", Value: "application/vnd.api+json"}}, Behavior{}, true},
		{"no language, text content type", "POST", "", []Header{ct("text/plain", false)}, Behavior{}, false},
		{"no language, no content type", "POST", "", nil, Behavior{}, false},
		{"single disabled header still counts", "POST", "", []Header{ct("application/json", true)}, Behavior{}, true},
		{"several, first enabled wins", "POST", "", []Header{ct("application/json", true), ct("text/plain", false)}, Behavior{}, false},
		{"several all disabled", "POST", "", []Header{ct("text/plain", true), ct("text/plain", true)}, Behavior{}, true},
		{"GET body pruned", "GET", "json", nil, Behavior{}, false},
		{"GET with disableBodyPruning", "get", "json", nil, Behavior{DisableBodyPruning: true}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := &Request{Method: tt.method, Headers: tt.headers, Body: &Body{Mode: "raw", Raw: body, Language: tt.lang}}
			got := req.StripJSONComments(tt.behavior)
			if got != tt.want {
				t.Fatalf("StripJSONComments = %v, want %v", got, tt.want)
			}
			want := body
			if tt.want {
				want = stripped
			}
			if req.Body.Raw != want {
				t.Errorf("body = %q, want %q", req.Body.Raw, want)
			}
		})
	}
	disabled := &Request{Method: "POST", Body: &Body{Mode: "raw", Raw: body, Language: "json", Disabled: true}}
	if disabled.StripJSONComments(Behavior{}) {
		t.Error("a disabled body was stripped")
	}
}
