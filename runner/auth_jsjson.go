package runner

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pmrun/pmrun/collection"
)

// JSON as JavaScript round-trips it: JSON.stringify(JSON.parse(text)).
// Token bytes (a JWT's header and payload) depend on it: object keys that
// are array indices come first, in numeric order, then the others in the
// order written; a repeated key keeps its first place and last value;
// numbers are doubles written as Number#toString writes them.

// jsObject is a JavaScript object: its keys in property order.
type jsObject struct {
	keys   []string
	values map[string]any
}

func (o *jsObject) set(key string, v any) {
	if _, ok := o.values[key]; !ok {
		o.keys = append(o.keys, key)
	}
	o.values[key] = v
}

// ordered returns the keys in JavaScript's property order.
func (o *jsObject) ordered() []string {
	var index, named []string
	for _, k := range o.keys {
		if isArrayIndex(k) {
			index = append(index, k)
		} else {
			named = append(named, k)
		}
	}
	sort.Slice(index, func(i, j int) bool {
		a, _ := strconv.ParseUint(index[i], 10, 64)
		b, _ := strconv.ParseUint(index[j], 10, 64)
		return a < b
	})
	return append(index, named...)
}

func isArrayIndex(k string) bool {
	if k == "" || len(k) > 10 || k != "0" && k[0] == '0' {
		return false
	}
	n, err := strconv.ParseUint(k, 10, 64)
	return err == nil && n < math.MaxUint32
}

// parseJSJSON is JSON.parse: objects become *jsObject, arrays []any,
// numbers float64.
func parseJSJSON(text string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	v, err := decodeJS(dec)
	if err != nil {
		return nil, jsonSyntaxError(text, dec)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, jsonSyntaxError(text, dec)
	}
	return v, nil
}

func jsonSyntaxError(text string, dec *json.Decoder) error {
	pos := int(dec.InputOffset())
	if pos >= len(text) {
		return fmt.Errorf("Unexpected end of JSON input")
	}
	return fmt.Errorf("Unexpected token in JSON at position %d", pos)
}

func decodeJS(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := &jsObject{values: map[string]any{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := decodeJS(dec)
				if err != nil {
					return nil, err
				}
				o.set(kt.(string), v)
			}
			_, err := dec.Token()
			return o, err
		case '[':
			list := []any{}
			for dec.More() {
				v, err := decodeJS(dec)
				if err != nil {
					return nil, err
				}
				list = append(list, v)
			}
			_, err := dec.Token()
			return list, err
		}
		return nil, fmt.Errorf("unexpected %v", t)
	case json.Number:
		f, _ := strconv.ParseFloat(t.String(), 64)
		return f, nil
	default:
		return t, nil
	}
}

// stringifyJS is JSON.stringify without indentation.
func stringifyJS(v any) string {
	var b bytes.Buffer
	writeJS(&b, v)
	return b.String()
}

func writeJS(b *bytes.Buffer, v any) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			b.WriteString("null")
			return
		}
		b.WriteString(collection.FormatNumber(x))
	case string:
		writeJSString(b, x)
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJS(b, e)
		}
		b.WriteByte(']')
	case *jsObject:
		b.WriteByte('{')
		for i, k := range x.ordered() {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSString(b, k)
			b.WriteByte(':')
			writeJS(b, x.values[k])
		}
		b.WriteByte('}')
	default:
		writeJSString(b, collection.Stringify(x))
	}
}

func writeJSString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20:
			fmt.Fprintf(b, `\u%04x`, r)
		default:
			b.WriteString(s[:size])
		}
		s = s[size:]
	}
	b.WriteByte('"')
}
