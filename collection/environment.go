package collection

import (
	"fmt"
	"os"

	"github.com/tidwall/gjson"
)

// ReadVariableFile reads an environment or globals file; kind names it in
// errors ("environment", "globals").
func ReadVariableFile(path, kind string) (*Scope, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", kind, path, err)
	}
	return ParseVariableFile(data, path, kind)
}

// ParseVariableFile parses an environment or globals export:
// {"id", "name", "values": [{"key", "value", "type", "enabled"}]}.
// Variables with "enabled": false are kept but not used, as the Postman app
// does (Newman 6.2.2 uses them: a deliberate difference).
func ParseVariableFile(data []byte, source, kind string) (*Scope, error) {
	// Newman detects the encoding of environment and globals files too.
	data = stripBOM(decodeText(data))
	if err := validJSON(data); err != nil {
		return nil, fmt.Errorf("%s %s: not valid JSON: %w", kind, source, err)
	}
	root := gjson.ParseBytes(data)
	// Exports from the Postman API wrap the scope: {"environment": {...}}.
	if inner := root.Get(gjson.Escape(kind)); root.IsObject() && inner.IsObject() && !root.Get("values").Exists() {
		root = inner
	}
	if !root.IsObject() {
		return nil, &FieldError{File: source, Path: "(top level)", Want: "an object with a \"values\" array", Got: jsonType(root)}
	}
	p := parser{source: source}
	values := p.array(root.Get("values"), "values")
	var vars []Variable
	for i, vv := range values {
		if !vv.IsObject() {
			p.fail(fmt.Sprintf("values[%d]", i), "a variable object {\"key\", \"value\"}", vv)
			break
		}
		v := variableOf(vv)
		if en := vv.Get("enabled"); en.Exists() && !en.Bool() {
			v.Disabled = true
		}
		vars = append(vars, v)
	}
	if p.err != nil {
		return nil, p.err
	}
	s := NewScope(root.Get("name").String(), vars)
	s.ID = root.Get("id").String()
	s.Meta = metaOf(root)
	return s, nil
}
