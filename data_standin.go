package main

// STAND-IN until collection/ provides iteration data parsing (JSON and
// CSV, with Newman's type handling): parseIterationData reads a JSON array
// of objects or a CSV file with a header row, one scope per row.

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/pmrun/pmrun/collection"
)

func parseIterationData(data []byte, source string) ([]*collection.Scope, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var rows []map[string]any
		if err := json.Unmarshal(trimmed, &rows); err != nil {
			return nil, fmt.Errorf("%s: expected a JSON array of objects: %w", source, err)
		}
		var keysInOrder [][]string
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		keysInOrder = jsonKeyOrder(dec, len(rows))
		out := make([]*collection.Scope, len(rows))
		for i, row := range rows {
			var vars []collection.Variable
			for _, k := range keysInOrder[i] {
				vars = append(vars, collection.Variable{Key: k, Value: row[k]})
			}
			out[i] = collection.NewScope("data", vars)
		}
		return out, nil
	}
	r := csv.NewReader(bytes.NewReader(trimmed))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true // csv-parse's relax, as Newman sets it
	r.TrimLeadingSpace = true
	records, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: not a JSON array nor CSV: %w", source, err)
	}
	if len(records) == 0 {
		return nil, nil
	}
	header := records[0]
	var out []*collection.Scope
	for _, rec := range records[1:] {
		var vars []collection.Variable
		for i, k := range header {
			k = strings.TrimSpace(k)
			v := ""
			if i < len(rec) {
				v = strings.TrimRight(rec[i], " \t")
			}
			vars = append(vars, collection.Variable{Key: k, Value: v})
		}
		out = append(out, collection.NewScope("data", vars))
	}
	return out, nil
}

// jsonKeyOrder lists each row object's keys in source order.
func jsonKeyOrder(dec *json.Decoder, n int) [][]string {
	out := make([][]string, n)
	if _, err := dec.Token(); err != nil { // [
		return out
	}
	for i := 0; i < n && dec.More(); i++ {
		depth := 0
		expectKey := false
		for {
			tok, err := dec.Token()
			if err != nil {
				return out
			}
			switch t := tok.(type) {
			case json.Delim:
				switch t {
				case '{', '[':
					depth++
				case '}', ']':
					depth--
				}
				expectKey = depth == 1 && t == '{'
			case string:
				if depth == 1 && expectKey {
					out[i] = append(out[i], t)
					expectKey = false
					continue
				}
			}
			if depth == 1 && !expectKey {
				if _, isDelim := tok.(json.Delim); !isDelim || tok == json.Delim('}') || tok == json.Delim(']') {
					expectKey = true
				}
			}
			if depth == 0 {
				break
			}
		}
	}
	return out
}
