package tv4

import (
	"math"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// maxDepth stands in for V8's stack limit: without checkRecursive, tv4
// recurses into cyclic data until the stack overflows.
const maxDepth = 2000

// validator is one validation run (tv4's ValidatorContext made from the
// api's global one): schemas and formats fall back to the api's.
type validator struct {
	api             *api
	collectMultiple bool
	errors          []*vError
	schemas         map[string]goja.Value // this run's own, over api.schemas
	missing         []string
	missingMap      map[string]bool
	checkRecursive  bool
	visited         map[visit]bool
	trackUnknown    bool
	known, unknown  *pathSet
	depth           int
	refOrder        []string
	root            goja.Value
}

type visit struct {
	data, schema *goja.Object
}

// pathSet is an insertion-ordered set of data pointers (tv4 iterates its
// unknown paths in insertion order).
type pathSet struct {
	keys []string
	has  map[string]bool
}

func newPathSet() *pathSet { return &pathSet{has: map[string]bool{}} }

func (p *pathSet) add(k string) {
	if !p.has[k] {
		p.has[k] = true
		p.keys = append(p.keys, k)
	}
}

func (p *pathSet) del(k string) {
	if p.has[k] {
		delete(p.has, k)
		for i, x := range p.keys {
			if x == k {
				p.keys = append(p.keys[:i:i], p.keys[i+1:]...)
				break
			}
		}
	}
}

func (v *validator) vm() *goja.Runtime { return v.api.vm }

func (v *validator) handle(e *vError) *vError {
	if v.collectMultiple {
		if e != nil {
			v.errors = append(v.errors, e)
		}
		return nil
	}
	return e
}

func (v *validator) newError(code int, params []param, dataPath, schemaPath string, subs []*vError, hasSubs bool, data, schema goja.Value) *vError {
	e := &vError{code: code, params: params, dataPath: dataPath, schemaPath: schemaPath, subErrors: subs, hasSubs: hasSubs}
	e.message = v.api.report(e, data, schema)
	return e
}

func (v *validator) num(x float64) goja.Value { return v.vm().ToValue(x) }

// get reads schema[key] as JS does; nil when the schema is not an object.
func get(schema goja.Value, key string) goja.Value {
	o, ok := schema.(*goja.Object)
	if !ok {
		return nil
	}
	return o.Get(key)
}

func defined(x goja.Value) bool { return x != nil && !goja.IsUndefined(x) }

// typeOf is JS typeof, with null and arrays named as tv4 names them.
func typeOf(x goja.Value) string {
	switch {
	case x == nil || goja.IsUndefined(x):
		return "undefined"
	case goja.IsNull(x):
		return "null"
	}
	if o, ok := x.(*goja.Object); ok {
		if o.ClassName() == "Array" {
			return "array"
		}
		if _, fn := goja.AssertFunction(o); fn {
			return "function"
		}
		return "object"
	}
	switch x.Export().(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	}
	if _, ok := x.(*goja.Symbol); ok {
		return "symbol"
	}
	return "bigint"
}

func isObjectLike(x goja.Value) bool {
	t := typeOf(x)
	return t == "object" || t == "array" || t == "function"
}

func arrayLen(o *goja.Object) int { return modules.Length(o) }

func (v *validator) validateAll(data, schema goja.Value, dataParts, schemaParts []string, pointer string) *vError {
	resolved, circ := v.resolveRefs(schema, nil)
	if circ != nil {
		v.errors = append(v.errors, circ)
		return circ
	}
	if resolved == nil || !resolved.ToBoolean() {
		return nil
	}
	schema = resolved
	if v.depth >= maxDepth {
		panic(v.vm().NewGoError(&rangeError{}))
	}
	v.depth++
	defer func() { v.depth-- }()
	if v.checkRecursive && data != nil && data.ToBoolean() && isObjectLike(data) {
		key := visit{data: data.(*goja.Object)}
		if so, ok := schema.(*goja.Object); ok {
			key.schema = so
		}
		if v.visited[key] {
			return nil
		}
		v.visited[key] = true
	}
	errorCount := len(v.errors)
	err := v.validateBasic(data, schema)
	if err == nil {
		err = v.validateNumeric(data, schema)
	}
	if err == nil {
		err = v.validateString(data, schema)
	}
	if err == nil {
		err = v.validateArray(data, schema, pointer)
	}
	if err == nil {
		err = v.validateObject(data, schema, pointer)
	}
	if err == nil {
		err = v.validateCombinations(data, schema, pointer)
	}
	if err == nil {
		err = v.validateFormat(data, schema)
	}
	if err == nil {
		err = v.validateKeywords(data, schema, pointer)
	}
	if err != nil || errorCount != len(v.errors) {
		for len(dataParts) > 0 || len(schemaParts) > 0 {
			var dp, sp *string
			if len(dataParts) > 0 {
				dp = str(dataParts[len(dataParts)-1])
				dataParts = dataParts[:len(dataParts)-1]
			}
			if len(schemaParts) > 0 {
				sp = str(schemaParts[len(schemaParts)-1])
				schemaParts = schemaParts[:len(schemaParts)-1]
			}
			if err != nil {
				err.prefixWith(dp, sp)
			}
			for _, e := range v.errors[errorCount:] {
				e.prefixWith(dp, sp)
			}
		}
	}
	return v.handle(err)
}

func (v *validator) validateBasic(data, schema goja.Value) *vError {
	if e := v.validateType(data, schema); e != nil {
		return e.prefixWith(nil, str("type"))
	}
	if e := v.validateEnum(data, schema); e != nil {
		return e.prefixWith(nil, str("type"))
	}
	return nil
}

func (v *validator) validateType(data, schema goja.Value) *vError {
	t := get(schema, "type")
	if !defined(t) {
		return nil
	}
	dataType := typeOf(data)
	var allowed []goja.Value
	if o, ok := t.(*goja.Object); ok && o.ClassName() == "Array" {
		for i := 0; i < arrayLen(o); i++ {
			allowed = append(allowed, o.Get(itoa(i)))
		}
	} else {
		allowed = []goja.Value{t}
	}
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = modules.ToString(a)
		if !modules.IsString(a) {
			continue
		}
		if names[i] == dataType {
			return nil
		}
		if names[i] == "integer" && dataType == "number" {
			f := data.ToFloat()
			if !math.IsNaN(f) && !math.IsInf(f, 0) && f == math.Trunc(f) {
				return nil
			}
		}
	}
	vm := v.vm()
	return v.newError(codeInvalidType, []param{{"type", vm.ToValue(dataType)}, {"expected", vm.ToValue(joinSlash(names))}}, "", "", nil, false, data, schema)
}

func (v *validator) validateEnum(data, schema goja.Value) *vError {
	enum := get(schema, "enum")
	if !defined(enum) {
		return nil
	}
	eo, _ := enum.(*goja.Object)
	if eo != nil {
		for i := 0; i < arrayLen(eo); i++ {
			if equal(data, eo.Get(itoa(i))) {
				return nil
			}
		}
	}
	return v.newError(codeEnumMismatch, []param{{"value", v.api.stringify(data)}}, "", "", nil, false, data, schema)
}

// equal is tv4's recursiveCompare.
func equal(a, b goja.Value) bool {
	a, b = modules.OrUndefined(a), modules.OrUndefined(b)
	if a.StrictEquals(b) {
		return true
	}
	ao, aok := a.(*goja.Object)
	bo, bok := b.(*goja.Object)
	if !aok || !bok {
		return false
	}
	aArr, bArr := ao.ClassName() == "Array", bo.ClassName() == "Array"
	if aArr != bArr {
		return false
	}
	if aArr {
		if arrayLen(ao) != arrayLen(bo) {
			return false
		}
		for i := 0; i < arrayLen(ao); i++ {
			if !equal(ao.Get(itoa(i)), bo.Get(itoa(i))) {
				return false
			}
		}
		return true
	}
	for _, k := range ao.Keys() {
		if !defined(bo.Get(k)) && defined(ao.Get(k)) {
			return false
		}
	}
	for _, k := range bo.Keys() {
		if !defined(ao.Get(k)) && defined(bo.Get(k)) {
			return false
		}
	}
	for _, k := range ao.Keys() {
		if !equal(ao.Get(k), bo.Get(k)) {
			return false
		}
	}
	return true
}
