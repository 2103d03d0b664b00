package scripts

import (
	"testing"

	"github.com/pmrun/pmrun/collection"
)

func TestReportedBodySize(t *testing.T) {
	h := func(kv ...string) []collection.Header {
		var out []collection.Header
		for i := 0; i < len(kv); i += 2 {
			out = append(out, collection.Header{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	for _, tt := range []struct {
		name    string
		headers []collection.Header
		want    int
	}{
		{"plain", h("Content-Length", "5"), 100},
		{"gzip", h("Content-Encoding", "gzip", "Content-Length", "5"), 5},
		{"deflate, any case", h("content-encoding", "DEFLATE", "CONTENT-LENGTH", " 7 "), 7},
		{"br keeps decoded", h("Content-Encoding", "br", "Content-Length", "5"), 100},
		{"gzip without length", h("Content-Encoding", "gzip"), 100},
		{"gzip, bad length", h("Content-Encoding", "gzip", "Content-Length", "x"), 100},
	} {
		if got := ReportedBodySize(tt.headers, 100); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}
