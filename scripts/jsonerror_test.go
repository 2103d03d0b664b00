package scripts

import (
	"regexp"
	"testing"
)

// The want messages are what liquid-json 0.3.1 (under Newman 6.2.2) throws.
func TestJSONSyntaxMessage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"GET /x\nline2", "Unexpected token 'G' at 1:1\nGET /x\n^"},
		{`{"a":1,}`, "Trailing comma in object at 1:8\n{\"a\":1,}\n       ^"},
		{"", "No data, empty input at 1:1\n\n^"},
		{"  {\"a\": [1,2,\n  3,]}", "Trailing comma in array at 2:5\n  3,]}\n    ^"},
		{`{"a":1} x`, "Unexpected token 'x' at 1:9\n{\"a\":1} x\n        ^"},
		{"[1,2", "Unexpected end of input at 1:5\n[1,2\n    ^"},
		{`"abc`, "Unexpected end of input at 1:5\n\"abc\n    ^"},
		{`{"a"  1}`, "Unexpected token '1' at 1:7\n{\"a\"  1}\n      ^"},
		{"nul", "Unexpected token 'n' at 1:1\nnul\n^"},
		{"{\"a\":1}\n\n\nfoo", "Unexpected token 'f' at 4:1\nfoo\n^"},
		{"\t\tz", "Unexpected token 'z' at 1:3\n\t\tz\n\t\t^"},
		{`{"key": undefined}`, "No value found for key key at 1:9\n{\"key\": undefined}\n        ^"},
		{`{"a":01}`, "Unexpected token '}' at 1:8\n{\"a\":01}\n       ^"},
		{`{"a":1}`, ""},
	}
	for _, tt := range tests {
		if got := jsonSyntaxMessage(tt.in); got != tt.want {
			t.Errorf("jsonSyntaxMessage(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestJSONNumber checks jsonNumber against the pattern it spells out.
func TestJSONNumber(t *testing.T) {
	re := regexp.MustCompile(`(?i)^-?(0|[1-9][0-9]*)(\.[0-9]+)?(e[+-]?[0-9]+)?$`)
	for _, s := range []string{"0", "-0", "7", "120", "01", "-", "", "1.", "1.5", ".5", "1.5.2", "1e5", "1E+5", "1e-05",
		"1e", "1e+", "0.0e0", "-12.30E-4", "1x", "e5", "1.e5", "--1", "+1"} {
		if got, want := jsonNumber(s), re.MatchString(s); got != want {
			t.Errorf("jsonNumber(%q) = %v, want %v", s, got, want)
		}
	}
}
