package collection

import (
	"regexp"
	"strings"
)

// jsonContentType is the runtime's test for a JSON content type.
var jsonContentType = regexp.MustCompile(`^application/(\S+\+)?json`)

// methodsWithoutBody are the methods whose body the runtime prunes unless
// disableBodyPruning is set.
var methodsWithoutBody = map[string]bool{"get": true, "copy": true, "head": true, "purge": true, "unlock": true}

// StripJSONComments removes // and /* */ comments from the resolved raw
// body of req when postman-runtime 7.39.1 would (request-helpers-presend):
// the body is raw, not empty nor disabled nor pruned, and either
// options.raw.language is "json", or no language is set and the
// Content-Type header is JSON (application/json, application/x+json…; with
// no Content-Type and no language nothing is stripped). It reports whether
// it changed the body. Call it after resolving variables and before
// sending, on the request the test scripts will see.
func (req *Request) StripJSONComments(b Behavior) bool {
	body := req.Body
	if body == nil || body.Mode != "raw" || body.Disabled || body.Raw == "" {
		return false
	}
	if methodsWithoutBody[strings.ToLower(req.Method)] && !b.DisableBodyPruning {
		return false
	}
	if !req.HasJSONBody() {
		return false
	}
	if !strings.Contains(body.Raw, "//") && !strings.Contains(body.Raw, "/*") {
		return false
	}
	stripped := StripJSONComments(body.Raw)
	changed := stripped != body.Raw
	body.Raw = stripped
	return changed
}

// HasJSONBody reports whether the runtime treats the raw body as JSON:
// options.raw.language is "json", or no language is set and the
// Content-Type header is a JSON type.
func (req *Request) HasJSONBody() bool {
	if req.Body != nil && req.Body.Language != "" {
		return req.Body.Language == "json"
	}
	ct, found := contentTypeHeader(req.Headers)
	return found && (ct == nil || jsonContentType.MatchString(*ct))
}

// contentTypeHeader finds Content-Type as the runtime reads
// HeaderList#reference: one header by that name counts even when disabled;
// among several, the first enabled one, and when all are disabled the
// header is found without a value (nil), which the runtime lets through.
func contentTypeHeader(hs []Header) (*string, bool) {
	var found []Header
	for _, h := range hs {
		if strings.EqualFold(h.Key, "content-type") {
			found = append(found, h)
		}
	}
	switch len(found) {
	case 0:
		return nil, false
	case 1:
		return &found[0].Value, true
	}
	for _, h := range found {
		if !h.Disabled {
			return &h.Value, true
		}
	}
	return nil, true
}

// StripJSONComments removes comments from JSON text as strip-json-comments
// 3.1 does with whitespace:false: comments vanish, strings are kept, a line
// comment keeps its newline and an unterminated comment runs to the end.
func StripJSONComments(s string) string {
	const (
		none = iota
		line
		block
	)
	var b strings.Builder
	inString, comment, offset := false, none, 0
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
			b.WriteString(s[offset:i])
			offset, comment = i, line
			i++
		case comment == line && c == '\r' && next == '\n':
			i++
			comment, offset = none, i
		case comment == line && c == '\n':
			comment, offset = none, i
		case comment == none && c == '/' && next == '*':
			b.WriteString(s[offset:i])
			offset, comment = i, block
			i++
		case comment == block && c == '*' && next == '/':
			i++
			comment, offset = none, i+1
		}
	}
	if comment == none {
		b.WriteString(s[offset:])
	}
	return b.String()
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
