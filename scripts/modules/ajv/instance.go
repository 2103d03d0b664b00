package ajv

import (
	_ "embed"
	"encoding/json"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

//go:embed draft-07.json
var draft07 string

const draft07ID = "http://json-schema.org/draft-07/schema"

// format is one format check: for strings or (custom) numbers.
type format struct {
	kind string
	test func(goja.Value) bool
}

// instance is one Ajv object.
type instance struct {
	vm                      *goja.Runtime
	obj                     *goja.Object
	allErrors, jsonPointers bool
	verbose                 bool
	formatMode              string // "fast", "full" or "" (format: false)
	unknownFormats          goja.Value
	validateSchemaOpt       goja.Value
	schemas                 map[string]goja.Value // by key and $id
	compiled                map[string]*goja.Object
	cache                   map[string]*goja.Object // by serialized schema
	formats                 map[string]*format
	patterns                map[string]*goja.Object
	keywords                map[string]goja.Callable
	keywordOrder            []string
	meta                    goja.Value
}

func (a *instance) lookup(id string) (goja.Value, bool) {
	s, ok := a.schemas[normalizeID(id)]
	return s, ok
}

func (a *instance) ignoredFormat(name string) bool {
	u := a.unknownFormats
	if u == nil || goja.IsUndefined(u) {
		return false
	}
	if modules.IsString(u) && u.String() == "ignore" {
		return true
	}
	for _, x := range items(u) {
		if x.String() == name {
			return true
		}
	}
	return false
}

func (a *instance) pattern(src string) *goja.Object {
	if re, ok := a.patterns[src]; ok {
		return re
	}
	re, err := a.vm.New(a.vm.Get("RegExp"), a.vm.ToValue(src))
	if err != nil {
		panic(err)
	}
	a.patterns[src] = re
	return re
}

func (a *instance) regexp(src, flags string) *goja.Object {
	re, err := a.vm.New(a.vm.Get("RegExp"), a.vm.ToValue(src), a.vm.ToValue(flags))
	if err != nil {
		panic(err)
	}
	return re
}

func (a *instance) test(re *goja.Object, s string) bool {
	return modules.Method(a.vm, re, "test", a.vm.ToValue(s)).ToBoolean()
}

func (a *instance) addDefaultFormats() {
	for name, re := range fastFormats {
		var r *goja.Object // compiled on first use: some are large
		a.formats[name] = &format{kind: "string", test: func(v goja.Value) bool {
			if r == nil {
				r = a.regexp(re[0], re[1])
			}
			return a.test(r, v.String())
		}}
	}
	regexFmt := a.regexp(`[^\\]\\Z`, "")
	a.formats["regex"] = &format{kind: "string", test: func(v goja.Value) bool {
		if a.test(regexFmt, v.String()) {
			return false
		}
		_, err := a.vm.New(a.vm.Get("RegExp"), v)
		return err == nil
	}}
}

// addFormat is ajv.addFormat: a RegExp, a function or {validate, type}.
func (a *instance) addFormat(name string, def goja.Value) {
	kind := "string"
	if o, ok := def.(*goja.Object); ok && o.ClassName() != "RegExp" {
		if _, isFn := goja.AssertFunction(o); !isFn {
			if t := get(o, "type"); t != nil {
				kind = t.String()
			}
			def = get(o, "validate")
		}
	}
	switch d := def.(type) {
	case *goja.Object:
		if d.ClassName() == "RegExp" {
			a.formats[name] = &format{kind: kind, test: func(v goja.Value) bool { return a.test(d, v.String()) }}
			return
		}
		if fn, ok := goja.AssertFunction(d); ok {
			a.formats[name] = &format{kind: kind, test: func(v goja.Value) bool {
				r, err := fn(goja.Undefined(), v)
				if err != nil {
					panic(err)
				}
				return r.ToBoolean()
			}}
			return
		}
	}
	if modules.IsString(def) {
		re := a.regexp(def.String(), "")
		a.formats[name] = &format{kind: kind, test: func(v goja.Value) bool { return a.test(re, v.String()) }}
	}
}

func (a *instance) metaSchema() goja.Value {
	if a.meta == nil {
		j := a.vm.Get("JSON").(*goja.Object)
		a.meta = modules.Method(a.vm, j, "parse", a.vm.ToValue(draft07))
		a.schemas[draft07ID] = a.meta
	}
	return a.meta
}

// run validates data against a schema as one compiled function.
func (a *instance) run(schema goja.Value, data goja.Value, allErrors bool) []*vError {
	w := &walker{a: a, vm: a.vm, allErrors: allErrors}
	sc := scope{root: schema, schemaPath: "#"}
	if id := get(schema, "$id"); id != nil && modules.IsString(id) {
		sc.base = normalizeID(id.String())
	}
	w.validate(schema, sc, data, "")
	out := w.errs[:0:0]
	for _, e := range w.errs {
		if e.keyword != "_hidden" {
			out = append(out, e)
		}
	}
	return out
}

func (a *instance) errorObjects(errs []*vError) goja.Value {
	if len(errs) == 0 {
		return goja.Null()
	}
	vm := a.vm
	list := make([]any, len(errs))
	for i, e := range errs {
		o := vm.NewObject()
		_ = o.Set("keyword", e.keyword)
		_ = o.Set("dataPath", e.dataPath)
		_ = o.Set("schemaPath", e.schemaPath)
		params := vm.NewObject()
		for _, p := range e.params {
			_ = params.Set(p.key, p.val)
		}
		_ = o.Set("params", params)
		_ = o.Set("message", e.message)
		if e.propertyName != nil {
			_ = o.Set("propertyName", *e.propertyName)
		}
		if a.verbose {
			_ = o.Set("schema", modules.OrUndefined(e.schema))
			_ = o.Set("parentSchema", modules.OrUndefined(e.parentSchema))
			_ = o.Set("data", modules.OrUndefined(e.data))
		}
		list[i] = o
	}
	return vm.NewArray(list...)
}

// errorsText is ajv.errorsText.
func errorsText(errs goja.Value, opts goja.Value) string {
	if errs == nil || goja.IsNull(errs) || goja.IsUndefined(errs) {
		return "No errors"
	}
	list := items(errs)
	sep, dataVar := ", ", "data"
	if s := get(opts, "separator"); s != nil {
		sep = s.String()
	}
	if d := get(opts, "dataVar"); d != nil {
		dataVar = d.String()
	}
	var parts []string
	for _, e := range list {
		parts = append(parts, dataVar+modules.ToString(get(e, "dataPath"))+" "+modules.ToString(get(e, "message")))
	}
	return strings.Join(parts, sep)
}

// cacheKey serializes a schema as Ajv's cache key does.
func (a *instance) cacheKey(schema goja.Value) string {
	b, err := json.Marshal(schema.Export())
	if err != nil {
		return ""
	}
	return string(b)
}
