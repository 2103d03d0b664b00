package tv4

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func newAPI(sh *shared) *api {
	vm := sh.vm
	a := &api{shared: sh, vm: vm, obj: vm.NewObject(), schemas: map[string]goja.Value{}, missingMap: map[string]bool{},
		formats: map[string]goja.Callable{}, keywords: map[string][]goja.Callable{}}
	o := a.obj
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	set("setErrorReporter", func(c goja.FunctionCall) goja.Value {
		r := c.Argument(0)
		if modules.IsString(r) {
			return a.languageCall(r)
		}
		a.reporter, _ = goja.AssertFunction(r)
		return vm.ToValue(true)
	})
	set("addFormat", func(c goja.FunctionCall) goja.Value {
		if fo, ok := c.Argument(0).(*goja.Object); ok {
			for _, k := range modules.ForInKeys(fo) {
				a.addFormat(k, fo.Get(k))
			}
			return goja.Undefined()
		}
		a.addFormat(c.Argument(0).String(), c.Argument(1))
		return goja.Undefined()
	})
	set("language", func(c goja.FunctionCall) goja.Value { return a.languageCall(c.Argument(0)) })
	set("addLanguage", func(c goja.FunctionCall) goja.Value {
		msgs := map[string]string{}
		if mo, ok := c.Argument(1).(*goja.Object); ok {
			for _, k := range modules.ForInKeys(mo) {
				msgs[k] = mo.Get(k).String()
			}
		}
		a.addLanguage(c.Argument(0).String(), msgs)
		return c.This
	})
	set("freshApi", func(c goja.FunctionCall) goja.Value {
		f := newAPI(sh)
		if l := c.Argument(0); l.ToBoolean() {
			f.setLanguage(l.String())
		}
		return f.obj
	})
	set("validate", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(a.validateInto(a.target(c.This), c.Argument(0), c.Argument(1), c.Argument(2), c.Argument(3)))
	})
	set("validateResult", func(c goja.FunctionCall) goja.Value {
		r := a.resultObject()
		a.validateInto(r, c.Argument(0), c.Argument(1), c.Argument(2), c.Argument(3))
		return r
	})
	set("validateMultiple", func(c goja.FunctionCall) goja.Value {
		v := a.run(true, c.Argument(1), c.Argument(2), c.Argument(3))
		v.validateAll(c.Argument(0), v.root, nil, nil, "")
		if v.trackUnknown {
			v.banUnknown(c.Argument(0), v.root)
		}
		r := a.resultObject()
		errs := make([]any, len(v.errors))
		for i, e := range v.errors {
			errs[i] = a.errorObject(e)
		}
		_ = r.Set("errors", vm.NewArray(errs...))
		_ = r.Set("missing", a.missingArray(v.missing))
		_ = r.Set("valid", len(v.errors) == 0)
		return r
	})
	set("addSchema", func(c goja.FunctionCall) goja.Value {
		u, schema := c.Argument(0), c.Argument(1)
		if !modules.IsString(u) || goja.IsUndefined(schema) {
			id := get(u, "id")
			if typeOf(u) != "object" || !modules.IsString(id) {
				return goja.Undefined()
			}
			schema, u = u, id
		}
		a.addSchema(a.schemas, &a.schemaOrder, a.missingMap, u.String(), schema)
		return goja.Undefined()
	})
	set("getSchema", func(c goja.FunctionCall) goja.Value {
		v := a.globalRun()
		s, e := v.getSchema(c.Argument(0).String(), nil)
		a.keepMissing(v)
		if e != nil {
			return a.errorObject(e)
		}
		return modules.OrUndefined(s)
	})
	set("getSchemaMap", func(goja.FunctionCall) goja.Value {
		m := vm.NewObject()
		for _, k := range a.schemaOrder {
			_ = m.Set(k, a.schemas[k])
		}
		return m
	})
	list := func(keys []string, filter goja.Value) goja.Value {
		out := []any{}
		re, _ := filter.(*goja.Object)
		for _, k := range keys {
			if re == nil || a.test(re, vm.ToValue(k)) {
				out = append(out, k)
			}
		}
		return vm.NewArray(out...)
	}
	set("getSchemaUris", func(c goja.FunctionCall) goja.Value { return list(a.schemaOrder, c.Argument(0)) })
	set("getMissingUris", func(c goja.FunctionCall) goja.Value {
		var keys []string
		for _, k := range a.missingOrder {
			if a.missingMap[k] {
				keys = append(keys, k)
			}
		}
		return list(keys, c.Argument(0))
	})
	set("dropSchemas", func(goja.FunctionCall) goja.Value {
		a.schemas, a.schemaOrder = map[string]goja.Value{}, nil
		a.missingMap, a.missingOrder = map[string]bool{}, nil
		return goja.Undefined()
	})
	set("defineKeyword", func(c goja.FunctionCall) goja.Value {
		kw := c.Argument(0).String()
		fn, ok := goja.AssertFunction(c.Argument(1))
		if !ok {
			return goja.Undefined()
		}
		if _, seen := a.keywords[kw]; !seen {
			a.keywordOrder = append(a.keywordOrder, kw)
		}
		a.keywords[kw] = append(a.keywords[kw], fn)
		return goja.Undefined()
	})
	set("defineError", func(c goja.FunctionCall) goja.Value {
		a.defineError(c.Argument(0), c.Argument(1), c.Argument(2))
		return goja.Undefined()
	})
	set("reset", func(c goja.FunctionCall) goja.Value {
		a.missingMap, a.missingOrder = map[string]bool{}, nil
		t := a.target(c.This)
		_ = t.Set("error", goja.Null())
		_ = t.Set("missing", vm.NewArray())
		_ = t.Set("valid", true)
		return goja.Undefined()
	})
	_ = o.Set("missing", vm.NewArray())
	_ = o.Set("error", goja.Null())
	_ = o.Set("valid", true)
	set("normSchema", func(c goja.FunctionCall) goja.Value {
		if b := c.Argument(1); !goja.IsUndefined(b) {
			a.normSchema(c.Argument(0), str(b.String()))
		} else {
			a.normSchema(c.Argument(0), nil)
		}
		return goja.Undefined()
	})
	set("resolveUrl", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(resolveURL(c.Argument(0).String(), c.Argument(1).String()))
	})
	set("getDocumentUri", func(c goja.FunctionCall) goja.Value { return vm.ToValue(documentURI(c.Argument(0).String())) })
	_ = o.Set("errorCodes", sh.codes)
	_ = o.Set("tv4", o)
	a.language = "en"
	return a
}

// target is the object validate reports on: its receiver, as in tv4.
func (a *api) target(this goja.Value) *goja.Object {
	if t, ok := this.(*goja.Object); ok {
		return t
	}
	return a.obj
}

func (a *api) resultObject() *goja.Object {
	r := a.vm.NewObject()
	_ = r.Set("toString", func(c goja.FunctionCall) goja.Value {
		t := a.target(c.This)
		if t.Get("valid").ToBoolean() {
			return a.vm.ToValue("valid")
		}
		e, ok := t.Get("error").(*goja.Object)
		if !ok {
			panic(a.vm.NewTypeError("Cannot read properties of %s (reading 'message')", typeOfRaw(t.Get("error"))))
		}
		return e.Get("message")
	})
	return r
}

func (a *api) languageCall(code goja.Value) goja.Value {
	if !code.ToBoolean() {
		return a.vm.ToValue(a.language)
	}
	if c, ok := a.setLanguage(code.String()); ok {
		return a.vm.ToValue(c)
	}
	return a.vm.ToValue(false)
}

func (a *api) addFormat(name string, fn goja.Value) {
	if f, ok := goja.AssertFunction(fn); ok {
		a.formats[name] = f
	} else {
		delete(a.formats, name)
	}
}

func (a *api) defineError(name, num, msg goja.Value) {
	if !modules.IsString(name) || !codeName.MatchString(name.String()) {
		a.throw("Code name must be a string in UPPER_CASE_WITH_UNDERSCORES")
	}
	n := num.ToFloat()
	if !isNumber(num) || n != float64(int64(n)) || n < 10000 {
		a.throw("Code number must be an integer > 10000")
	}
	if c, ok := a.codeByName(name.String()); ok {
		a.throw("Error already defined: " + name.String() + " as " + itoa(c))
	}
	for _, k := range a.codeNames {
		if a.codes.Get(k).ToFloat() == n {
			a.throw("Error code already used: " + k + " as " + num.String())
		}
	}
	_ = a.codes.Set(name.String(), num)
	a.codeNames = append(a.codeNames, name.String())
	a.defaults[name.String()] = msg.String()
	a.defaults[num.String()] = msg.String()
	for _, lang := range a.languages {
		if m := lang[name.String()]; m != "" && lang[num.String()] == "" {
			lang[num.String()] = m
		}
	}
}

// run starts a validation: schema as a string is a $ref to it.
func (a *api) run(collect bool, schema, checkRecursive, banUnknown goja.Value) *validator {
	v := a.globalRun()
	v.collectMultiple = collect
	if checkRecursive.ToBoolean() {
		v.checkRecursive = true
	}
	if banUnknown.ToBoolean() {
		v.trackUnknown = true
		v.known, v.unknown = newPathSet(), newPathSet()
	}
	if modules.IsString(schema) {
		ref := a.vm.NewObject()
		_ = ref.Set("$ref", schema)
		schema = ref
	}
	if !goja.IsUndefined(schema) {
		a.addSchema(v.schemas, nil, v.missingMap, "", schema)
	}
	v.root = schema
	return v
}

func (a *api) globalRun() *validator {
	return &validator{api: a, schemas: map[string]goja.Value{}, missingMap: map[string]bool{}, visited: map[visit]bool{}}
}

// keepMissing records in the api what a lookup through it found missing.
func (a *api) keepMissing(v *validator) {
	for _, m := range v.missing {
		if !a.missingMap[m] {
			a.missingMap[m] = true
			a.missingOrder = append(a.missingOrder, m)
		}
	}
}

func (a *api) validateInto(t *goja.Object, data, schema, checkRecursive, banUnknown goja.Value) bool {
	v := a.run(false, schema, checkRecursive, banUnknown)
	e := v.validateAll(data, v.root, nil, nil, "")
	if e == nil && v.trackUnknown {
		e = v.banUnknown(data, v.root)
	}
	if e != nil {
		_ = t.Set("error", a.errorObject(e))
	} else {
		_ = t.Set("error", goja.Null())
	}
	_ = t.Set("missing", a.missingArray(v.missing))
	_ = t.Set("valid", e == nil)
	return e == nil
}

func (v *validator) banUnknown(data, schema goja.Value) *vError {
	for _, p := range v.unknown.keys {
		e := v.newError(codeUnknownProperty, []param{{"path", v.vm().ToValue(p)}}, p, "", nil, false, data, schema)
		if r := v.handle(e); r != nil {
			return r
		}
	}
	return nil
}
