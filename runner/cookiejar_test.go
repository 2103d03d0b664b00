package runner

import "testing"

// A malformed jar is refused naming the JSON field and the kinds of value,
// never the Go types it is decoded into.
func TestParseCookieJarErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`5`, "not a tough-cookie JSON cookie jar: (top level): expected an object, found a number"},
		{`[]`, "not a tough-cookie JSON cookie jar: (top level): expected an object, found an array"},
		{`{"cookies": "x"}`, "not a tough-cookie JSON cookie jar: cookies: expected an array, found a string"},
		{`{"cookies": [{"key": 5}]}`, "not a tough-cookie JSON cookie jar: cookies.key: expected a string, found a number"},
		{`{"cookies": [`, "not a tough-cookie JSON cookie jar: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		_, err := ParseCookieJar([]byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseCookieJar(%s) = %v, want %s", tt.in, err, tt.want)
		}
	}
}
