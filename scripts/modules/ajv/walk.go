package ajv

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// vError is one Ajv error object before it becomes JS.
type vError struct {
	keyword, dataPath, schemaPath string
	params                        []param
	message                       string
	propertyName                  *string
	schema, parentSchema, data    goja.Value // verbose only
}

type param struct {
	key string
	val any
}

// scope is where a schema sits: the document its "#" refs point into, the
// base URI of its ids, and the schema path errors report.
type scope struct {
	root       goja.Value
	base       string
	schemaPath string
}

// walker validates data as one compiled Ajv 6 function would, keyword
// groups in Ajv's order, stopping at the first error unless allErrors.
type walker struct {
	a         *instance
	vm        *goja.Runtime
	errs      []*vError
	allErrors bool
	noErrors  int // >0 while an if clause runs: errors are not recorded
	depth     int
}

func (w *walker) add(e *vError) {
	if w.noErrors > 0 {
		// Ajv still counts the failure; a placeholder keeps the count.
		w.errs = append(w.errs, &vError{keyword: "_hidden"})
		return
	}
	w.errs = append(w.errs, e)
}

func defined(v goja.Value) bool { return v != nil && !goja.IsUndefined(v) }

func get(s goja.Value, k string) goja.Value {
	o, ok := s.(*goja.Object)
	if !ok {
		return nil
	}
	v := o.Get(k)
	if !defined(v) {
		return nil
	}
	return v
}

func isArray(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && o.ClassName() == "Array"
}

func items(v goja.Value) []goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := modules.Length(o)
	out := make([]goja.Value, n)
	for i := range out {
		out[i] = o.Get(strconv.Itoa(i))
	}
	return out
}

// dataType is the JSON type name Ajv's checks see.
func dataType(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		if o.ClassName() == "Array" {
			return "array"
		}
		return "object"
	}
	switch v.Export().(type) {
	case bool:
		return "boolean"
	case string:
		return "string"
	case int64, float64:
		return "number"
	}
	return "undefined"
}

// checkType is Ajv's checkDataType for one type name.
func checkType(t string, v goja.Value) bool {
	dt := dataType(v)
	switch t {
	case "integer":
		if dt != "number" {
			return false
		}
		f := v.ToFloat()
		return !math.IsNaN(f) && math.Mod(f, 1) == 0
	case "number":
		return dt == "number"
	}
	return t == dt
}

func escapeQuotes(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\f", `\f`, "\t", `\t`)
	return r.Replace(s)
}

// propPath is Ajv's getPath for a property known in the schema.
func (w *walker) propPath(path, key string) string {
	if w.a.jsonPointers {
		return path + "/" + escapePointer(key)
	}
	if identifierCI.MatchString(key) {
		return path + "." + key
	}
	return path + "['" + escapeQuotes(key) + "']"
}

var identifierCI = regexp.MustCompile(`(?i)^[a-z$_][a-z$_0-9]*$`)

// exprPath is Ajv's getPathExpr for a key only known at run time.
func (w *walker) exprPath(path, key string) string {
	if w.a.jsonPointers {
		return path + "/" + escapePointer(key)
	}
	return path + "['" + key + "']"
}

func (w *walker) indexPath(path string, i int) string {
	if w.a.jsonPointers {
		return path + "/" + strconv.Itoa(i)
	}
	return path + "[" + strconv.Itoa(i) + "]"
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// escapeFragment is Ajv's escapeFragment for schema paths.
func escapeFragment(s string) string {
	return strings.NewReplacer("%", "%25", " ", "%20", `"`, "%22", "#", "%23", "<", "%3C", ">", "%3E", "\\", "%5C", "^", "%5E", "`", "%60", "{", "%7B", "|", "%7C", "}", "%7D", "~", "~0", "/", "~1").Replace(s)
}

// nonEmpty is Ajv's nonEmptySchema: false, or an object with a keyword.
func (w *walker) nonEmpty(s goja.Value) bool {
	if s == nil {
		return false
	}
	if b, ok := s.Export().(bool); ok {
		if _, isObj := s.(*goja.Object); !isObj {
			return !b
		}
	}
	o, ok := s.(*goja.Object)
	if !ok {
		return false
	}
	for _, k := range o.Keys() {
		if knownKeyword[k] {
			return true
		}
	}
	return false
}

var knownKeyword = map[string]bool{}

func init() {
	for _, k := range strings.Fields("type $comment maximum exclusiveMaximum minimum exclusiveMinimum multipleOf format maxLength minLength pattern maxItems minItems items contains uniqueItems maxProperties minProperties required dependencies propertyNames properties additionalProperties patternProperties $ref const enum not anyOf oneOf allOf if") {
		knownKeyword[k] = true
	}
}

// failed reports whether validation must stop (first error, no allErrors).
func (w *walker) failed(start int) bool { return !w.allErrors && len(w.errs) > start }

func (w *walker) errorAt(keyword, dataPath, schemaPath string, params []param, msg string, schema, parent, data goja.Value) *vError {
	e := &vError{keyword: keyword, dataPath: dataPath, schemaPath: schemaPath, params: params, message: msg}
	if w.a.verbose {
		e.schema, e.parentSchema, e.data = schema, parent, data
	}
	return e
}
