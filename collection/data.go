package collection

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// ReadData reads an iteration data file: one scope per iteration.
func ReadData(path string) ([]*Scope, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("iteration data %s: %w", path, err)
	}
	return ParseData(data, path)
}

// ParseData reads iteration data as Newman 6.2.2 does: JSON when the text
// parses as JSON, CSV otherwise (header row; unquoted numbers cast as
// csvAutoParse does). A JSON value that is not an array gives one empty
// iteration and array elements that are not objects give empty rows, as in
// postman-runtime. Unlike Newman, which silently reads broken JSON as CSV,
// text that starts with [ or { and is not valid JSON is refused with the
// line and column of the mistake.
func ParseData(data []byte, source string) ([]*Scope, error) {
	text := bytes.TrimSpace(stripBOM(decodeText(data)))
	if root, ok := dataJSON(text); ok {
		return jsonRows(root), nil
	}
	if len(text) > 0 && (text[0] == '[' || text[0] == '{') {
		err := validJSON(text)
		if err == nil {
			err = errors.New("not a JSON array of objects")
		}
		return nil, fmt.Errorf("iteration data %s: not valid JSON: %w", source, err)
	}
	records, err := parseCSV(string(stripBOM(decodeText(data))))
	if err != nil {
		return nil, fmt.Errorf("iteration data %s: not valid CSV: %w", source, err)
	}
	return csvRows(records), nil
}

// dataJSON parses text as JSON when it is JSON with a truthy value (Newman
// treats null, false, 0 and "" as "not JSON" and tries CSV).
func dataJSON(text []byte) (gjson.Result, bool) {
	if !gjson.ValidBytes(text) {
		return gjson.Result{}, false
	}
	root := gjson.ParseBytes(text)
	return root, truthy(root)
}

func jsonRows(root gjson.Result) []*Scope {
	if !root.IsArray() {
		return []*Scope{dataScope(nil)}
	}
	rows := []*Scope{}
	for _, row := range root.Array() {
		var vars []Variable
		if row.IsObject() {
			row.ForEach(func(k, v gjson.Result) bool {
				vars = append(vars, Variable{Key: k.String(), Value: v.Value()})
				return true
			})
		}
		rows = append(rows, dataScope(vars))
	}
	return rows
}

// csvRows makes a scope per record after the header; fields beyond the
// header are dropped and missing ones left out; a repeated column name
// keeps its last value.
func csvRows(records [][]csvField) []*Scope {
	rows := []*Scope{}
	if len(records) == 0 {
		return rows
	}
	header := records[0]
	for _, rec := range records[1:] {
		var vars []Variable
		for i, f := range rec {
			if i >= len(header) {
				break
			}
			vars = append(vars, Variable{Key: header[i].text, Value: csvValue(f)})
		}
		rows = append(rows, dataScope(vars))
	}
	return rows
}

func dataScope(vars []Variable) *Scope {
	s := NewScope("data", dedupe(vars))
	s.Plain = true
	return s
}

// dedupe keeps the last value of a repeated key at its first position, as
// assigning keys of a JavaScript object does.
func dedupe(vars []Variable) []Variable {
	pos := map[string]int{}
	var out []Variable
	for _, v := range vars {
		if i, ok := pos[v.Key]; ok {
			out[i].Value = v.Value
			continue
		}
		pos[v.Key] = len(out)
		out = append(out, v)
	}
	return out
}

// DecodeText is a file's text as UTF-8 without a byte order mark, decoded
// as Newman decodes the files it reads (UTF-16LE with a BOM, Latin-1).
func DecodeText(data []byte) []byte { return stripBOM(decodeText(data)) }

// decodeText turns UTF-16LE (with its byte order mark) and Latin-1 text
// into UTF-8, the encodings Newman detects besides UTF-8 and ASCII.
func decodeText(data []byte) []byte {
	if len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe {
		u := make([]uint16, 0, len(data)/2)
		for i := 2; i+1 < len(data); i += 2 {
			u = append(u, uint16(data[i])|uint16(data[i+1])<<8)
		}
		return []byte(string(utf16.Decode(u)))
	}
	if utf8.Valid(data) {
		return data
	}
	out := make([]rune, len(data))
	for i, b := range data {
		out[i] = rune(b)
	}
	return []byte(string(out))
}
