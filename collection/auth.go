package collection

import "github.com/tidwall/gjson"

// ParseAuth reads an auth object as requests, folders and collections
// hold it ({"type": "basic", "basic": [{key, value}…]} or the v2.0 form
// {"basic": {key: value}}); source names where it came from in errors.
func ParseAuth(data []byte, source string) (*Auth, error) {
	p := &parser{source: source}
	a := p.auth(gjson.ParseBytes(data), "auth")
	return a, p.err
}
