package runner

import (
	"regexp"
	"strings"

	"github.com/pmrun/pmrun/collection"
)

var jsonContentType = regexp.MustCompile(`^application/(\S+\+)?json`)

// stripsJSONComments reports whether postman-runtime removes comments
// from this raw body: its language is json, or, with no language, its
// Content-Type header is a JSON type. The header check is the runtime's:
// a single Content-Type counts even when disabled; of several, the first
// enabled one counts, and none enabled does not stop the stripping.
func stripsJSONComments(req *collection.Request) bool {
	b := req.Body
	if b.Language != "" {
		return b.Language == "json"
	}
	var types []collection.Header
	for _, h := range req.Headers {
		if strings.EqualFold(h.Key, "content-type") {
			types = append(types, h)
		}
	}
	switch len(types) {
	case 0:
		return false
	case 1:
		return jsonContentType.MatchString(types[0].Value)
	}
	for _, h := range types {
		if !h.Disabled {
			return jsonContentType.MatchString(h.Value)
		}
	}
	return true
}

// stripJSONComments removes // and /* */ comments outside strings, as
// strip-json-comments does with whitespace off. A line comment ends
// before its newline; the \r of a \r\n goes with the comment.
func stripJSONComments(s string) string {
	if !strings.Contains(s, "//") && !strings.Contains(s, "/*") {
		return s
	}
	const (
		none = iota
		line
		block
	)
	var out strings.Builder
	inString := false
	comment := none
	offset := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var next byte
		if i+1 < len(s) {
			next = s[i+1]
		}
		if comment == none && c == '"' && !escapedQuote(s, i) {
			inString = !inString
		}
		if inString {
			continue
		}
		switch {
		case comment == none && c == '/' && next == '/':
			out.WriteString(s[offset:i])
			offset = i
			comment = line
			i++
		case comment == line && c == '\r' && next == '\n':
			i++
			comment = none
			offset = i
		case comment == line && c == '\n':
			comment = none
			offset = i
		case comment == none && c == '/' && next == '*':
			out.WriteString(s[offset:i])
			offset = i
			comment = block
			i++
		case comment == block && c == '*' && next == '/':
			i++
			comment = none
			offset = i + 1
		}
	}
	if comment == none {
		out.WriteString(s[offset:])
	}
	return out.String()
}

// escapedQuote reports whether the quote at i follows an odd number of
// backslashes.
func escapedQuote(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}
