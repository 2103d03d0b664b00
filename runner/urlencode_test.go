package runner

import (
	"testing"

	"github.com/pmrun/pmrun/collection"
)

func TestWireURL(t *testing.T) {
	vars := []collection.Variable{{Key: "id", Value: "a b"}, {Key: "empty", Value: ""}}
	tests := []struct {
		raw, want, withHash string
		noEncoding          bool
	}{
		{"example.com/get", "http://example.com/get", "", false},
		{"HTTPS://Example.COM:8443/x", "https://example.com:8443/x", "", false},
		{"http://h/a b/'\"<>`{}|^/é?q=a b'\"<>`{}|^&r", "http://h/a%20b/'%22%3C%3E%60%7B%7D|^/%C3%A9?q=a%20b%27%22%3C%3E`{}|^&r", "", false},
		{"http://h/:id/:empty/:none.json", "http://h/a%20b/:empty/:none.json", "", false},
		{"http://u s:p@ss@h/", "http://u%20s:p%40ss@h/", "", false},
		{"http://h/p?q=1#f g", "http://h/p?q=1", "http://h/p?q=1#f%20g", false},
		{"http://h/a b?q=é", "http://h/a b?q=é", "", true},
		{"http://中文.com/", "http://xn--fiq228c.com/", "", false},
	}
	for _, tt := range tests {
		u := collection.ParseURL(tt.raw)
		u.Variables = vars
		got := wireURL(u, tt.noEncoding)
		if got != tt.want {
			t.Errorf("wireURL(%q) = %q, want %q", tt.raw, got, tt.want)
		}
		want := tt.withHash
		if want == "" {
			want = tt.want
		}
		if g := withFragment(got, u, tt.noEncoding); g != want {
			t.Errorf("withFragment(%q) = %q, want %q", tt.raw, g, want)
		}
	}
}
