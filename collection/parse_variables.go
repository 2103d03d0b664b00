package collection

import (
	"fmt"
	"math"
	"strings"

	"github.com/tidwall/gjson"
)

func (p *parser) variables(v gjson.Result, path string) []Variable {
	var out []Variable
	for i, vv := range p.array(v, path) {
		if !vv.IsObject() {
			p.fail(fmt.Sprintf("%s[%d]", path, i), "a variable object", vv)
			return out
		}
		out = append(out, variableOf(vv))
	}
	return out
}

// variableOf reads {key, value, type, disabled}; an "id" stands in for a
// missing key, as in old exports.
func variableOf(v gjson.Result) Variable {
	key := v.Get("key").String()
	if !v.Get("key").Exists() {
		key = v.Get("id").String()
	}
	return Variable{Key: key, Value: castValue(v.Get("value"), v.Get("type").String()), Type: v.Get("type").String(), Disabled: v.Get("disabled").Bool()}
}

// castValue applies a variable's declared type as postman-collection's
// Variable does (castIn then castOut): string is String(), number is
// Number() (NaN included), boolean is truthiness, array and object keep
// JSON text that parses to their kind; other types, "secret" among them,
// keep the value as given. A missing value or a failed array/object cast
// is JavaScript's undefined, which is held as "" (it substitutes as "").
func castValue(v gjson.Result, typ string) any {
	val := v.Value()
	switch strings.ToLower(typ) {
	case "string":
		if !v.Exists() {
			return "undefined"
		}
		return stringify(val)
	case "number":
		if !v.Exists() {
			return math.NaN()
		}
		return jsNumber(val)
	case "boolean":
		return Truthy(val)
	case "array", "object":
		return castJSON(v, strings.ToLower(typ))
	}
	if !v.Exists() {
		return ""
	}
	return val
}

// castJSON is the array and object types: text is parsed as JSON, a value of
// the right kind is kept, anything else is undefined ("").
func castJSON(v gjson.Result, kind string) any {
	if v.Type == gjson.String {
		if !gjson.Valid(v.Str) {
			return ""
		}
		v = gjson.Parse(v.Str)
	}
	if (kind == "array" && v.IsArray()) || (kind == "object" && v.IsObject()) {
		return v.Value()
	}
	return ""
}

func (p *parser) auth(v gjson.Result, path string) *Auth {
	if !v.Exists() || v.Type == gjson.Null {
		return nil
	}
	if !v.IsObject() {
		p.fail(path, "an auth object", v)
		return nil
	}
	a := &Auth{Type: v.Get("type").String()}
	params := v.Get(a.Type)
	switch {
	case params.IsArray(): // v2.1: [{key, value, type}]
		for _, pv := range params.Array() {
			a.Params = append(a.Params, variableOf(pv))
		}
	case params.IsObject(): // v2.0: {key: value}
		params.ForEach(func(k, val gjson.Result) bool {
			a.Params = append(a.Params, Variable{Key: k.String(), Value: val.Value()})
			return true
		})
	}
	return a
}
