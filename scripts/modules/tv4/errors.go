package tv4

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// errorCodes are tv4's error codes, in the order tv4.errorCodes lists them.
var errorCodes = []struct {
	name string
	code int
	text string
}{
	{"INVALID_TYPE", 0, "Invalid type: {type} (expected {expected})"},
	{"ENUM_MISMATCH", 1, "No enum match for: {value}"},
	{"ANY_OF_MISSING", 10, `Data does not match any schemas from "anyOf"`},
	{"ONE_OF_MISSING", 11, `Data does not match any schemas from "oneOf"`},
	{"ONE_OF_MULTIPLE", 12, `Data is valid against more than one schema from "oneOf": indices {index1} and {index2}`},
	{"NOT_PASSED", 13, `Data matches schema from "not"`},
	{"NUMBER_MULTIPLE_OF", 100, "Value {value} is not a multiple of {multipleOf}"},
	{"NUMBER_MINIMUM", 101, "Value {value} is less than minimum {minimum}"},
	{"NUMBER_MINIMUM_EXCLUSIVE", 102, "Value {value} is equal to exclusive minimum {minimum}"},
	{"NUMBER_MAXIMUM", 103, "Value {value} is greater than maximum {maximum}"},
	{"NUMBER_MAXIMUM_EXCLUSIVE", 104, "Value {value} is equal to exclusive maximum {maximum}"},
	{"NUMBER_NOT_A_NUMBER", 105, "Value {value} is not a valid number"},
	{"STRING_LENGTH_SHORT", 200, "String is too short ({length} chars), minimum {minimum}"},
	{"STRING_LENGTH_LONG", 201, "String is too long ({length} chars), maximum {maximum}"},
	{"STRING_PATTERN", 202, "String does not match pattern: {pattern}"},
	{"OBJECT_PROPERTIES_MINIMUM", 300, "Too few properties defined ({propertyCount}), minimum {minimum}"},
	{"OBJECT_PROPERTIES_MAXIMUM", 301, "Too many properties defined ({propertyCount}), maximum {maximum}"},
	{"OBJECT_REQUIRED", 302, "Missing required property: {key}"},
	{"OBJECT_ADDITIONAL_PROPERTIES", 303, "Additional properties not allowed"},
	{"OBJECT_DEPENDENCY_KEY", 304, "Dependency failed - key must exist: {missing} (due to key: {key})"},
	{"ARRAY_LENGTH_SHORT", 400, "Array is too short ({length}), minimum {minimum}"},
	{"ARRAY_LENGTH_LONG", 401, "Array is too long ({length}), maximum {maximum}"},
	{"ARRAY_UNIQUE", 402, "Array items are not unique (indices {match1} and {match2})"},
	{"ARRAY_ADDITIONAL_ITEMS", 403, "Additional items not allowed"},
	{"FORMAT_CUSTOM", 500, "Format validation failed ({message})"},
	{"KEYWORD_CUSTOM", 501, "Keyword failed: {key} ({message})"},
	{"CIRCULAR_REFERENCE", 600, "Circular $refs: {urls}"},
	{"UNKNOWN_PROPERTY", 1000, "Unknown property (not in schema)"},
}

const (
	codeInvalidType          = 0
	codeEnumMismatch         = 1
	codeAnyOfMissing         = 10
	codeOneOfMissing         = 11
	codeOneOfMultiple        = 12
	codeNotPassed            = 13
	codeMultipleOf           = 100
	codeMinimum              = 101
	codeMinimumExclusive     = 102
	codeMaximum              = 103
	codeMaximumExclusive     = 104
	codeNotANumber           = 105
	codeStringShort          = 200
	codeStringLong           = 201
	codeStringPattern        = 202
	codePropertiesMinimum    = 300
	codePropertiesMaximum    = 301
	codeRequired             = 302
	codeAdditionalProperties = 303
	codeDependencyKey        = 304
	codeArrayShort           = 400
	codeArrayLong            = 401
	codeArrayUnique          = 402
	codeAdditionalItems      = 403
	codeFormatCustom         = 500
	codeKeywordCustom        = 501
	codeCircularReference    = 600
	codeUnknownProperty      = 1000
)

// param is one entry of an error's params, kept in tv4's key order.
type param struct {
	key string
	val goja.Value
}

// vError is a tv4 ValidationError while validation runs; paths grow by
// prefixing as the walk unwinds, as in tv4, so errors are shared pointers.
type vError struct {
	code       int
	params     []param
	message    string
	dataPath   string
	schemaPath string
	subErrors  []*vError // nil is tv4's null
	hasSubs    bool
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// prefixWith puts a data and a schema path segment in front (nil: none).
func (e *vError) prefixWith(data, schema *string) *vError {
	if data != nil {
		e.dataPath = "/" + escapePointer(*data) + e.dataPath
	}
	if schema != nil {
		e.schemaPath = "/" + escapePointer(*schema) + e.schemaPath
	}
	for _, sub := range e.subErrors {
		sub.prefixWith(data, schema)
	}
	return e
}

func str(s string) *string { return &s }

var codeName = regexp.MustCompile(`^[A-Z]+(_[A-Z]+)*$`)

var placeholder = regexp.MustCompile(`\{([^{}]*)\}`)

// fill is tv4's template substitution: a string or number parameter
// replaces its {name}; anything else leaves the placeholder.
func fill(template string, params []param) string {
	return placeholder.ReplaceAllStringFunc(template, func(whole string) string {
		name := whole[1 : len(whole)-1]
		for _, p := range params {
			if p.key != name {
				continue
			}
			switch p.val.ExportType() {
			case nil:
				return whole
			}
			if modules.IsString(p.val) || isNumber(p.val) {
				return p.val.String()
			}
			return whole
		}
		return whole
	})
}

func isNumber(v goja.Value) bool {
	if v == nil {
		return false
	}
	if _, isObj := v.(*goja.Object); isObj {
		return false
	}
	switch v.Export().(type) {
	case int64, float64:
		return true
	}
	return false
}
