package ajv

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func (a *instance) throw(msg string) {
	e, _ := a.vm.New(a.vm.Get("Error"), a.vm.ToValue(msg))
	panic(e)
}

// compile is ajv.compile: check the schema, then make its validate function.
func (a *instance) compile(schema goja.Value, ctor *goja.Object) *goja.Object {
	if !isObject(schema) {
		if _, ok := schema.Export().(bool); !ok || schema == nil {
			a.throw("schema should be object or boolean")
		}
	}
	key := a.cacheKey(schema)
	if v, ok := a.cache[key]; ok && key != "" {
		return v
	}
	a.checkSchema(schema, ctor)
	v := a.validateFunction(schema, scope{root: schema, schemaPath: "#", base: rootID(schema)})
	if key != "" {
		a.cache[key] = v
	}
	return v
}

func rootID(schema goja.Value) string {
	if id := get(schema, "$id"); id != nil && modules.IsString(id) {
		return normalizeID(id.String())
	}
	return ""
}

// checkSchema does what Ajv does before generating code: meta-schema
// validation, unknown formats, unresolvable $refs.
func (a *instance) checkSchema(schema goja.Value, ctor *goja.Object) {
	if ok, msg := a.validateSchema(schema); !ok {
		if opt := a.validateSchemaOpt; opt != nil && modules.IsString(opt) && opt.String() == "log" {
			a.log("error", "schema is invalid: "+msg)
		} else {
			a.throw("schema is invalid: " + msg)
		}
	}
	if a.formatMode != "" {
		if f, path, ok := a.checkFormats(schema, "#", 0); !ok {
			a.throw(`unknown format "` + f + `" is used in schema at path "` + path + `"`)
		}
	}
	if ref, base, ok := a.checkRefs(schema, scope{root: schema, base: rootID(schema)}, 0, map[*goja.Object]bool{}); !ok {
		mre := ctor.Get("MissingRefError").(*goja.Object)
		e, err := a.vm.New(mre, a.vm.ToValue(base), a.vm.ToValue(ref))
		if err != nil {
			panic(err)
		}
		panic(e)
	}
}

// validateSchema checks a schema against its meta-schema; the message is
// Ajv's errorsText of what was wrong.
func (a *instance) validateSchema(schema goja.Value) (bool, string) {
	if opt := a.validateSchemaOpt; opt != nil && !opt.ToBoolean() {
		return true, ""
	}
	metaID := draft07ID
	if s := get(schema, "$schema"); s != nil {
		if !modules.IsString(s) {
			a.throw("$schema must be a string")
		}
		metaID = s.String()
	}
	meta, ok := a.lookup(metaID)
	if !ok {
		a.throw(`no schema with key or ref "` + metaID + `"`)
	}
	errs := a.run(meta, schema, a.allErrors)
	objs := a.errorObjects(errs)
	_ = a.obj.Set("errors", objs)
	if len(errs) == 0 {
		return true, ""
	}
	return false, errorsText(objs, nil)
}

func (a *instance) log(level, msg string) {
	logger := get(a.obj.Get("_opts"), "logger")
	if logger != nil && !logger.ToBoolean() {
		return
	}
	if logger == nil {
		logger = a.vm.Get("console")
	}
	if fn, ok := goja.AssertFunction(get(logger, level)); ok {
		_, _ = fn(logger, a.vm.ToValue(msg))
	}
}

// validateFunction makes the JS function compile returns.
func (a *instance) validateFunction(schema goja.Value, sc scope) *goja.Object {
	vm := a.vm
	var self *goja.Object
	self = vm.ToValue(func(c goja.FunctionCall) goja.Value {
		w := &walker{a: a, vm: vm, allErrors: a.allErrors}
		w.validate(schema, sc, c.Argument(0), "")
		var errs []*vError
		for _, e := range w.errs {
			if e.keyword != "_hidden" {
				errs = append(errs, e)
			}
		}
		_ = self.Set("errors", a.errorObjects(errs))
		return vm.ToValue(len(errs) == 0)
	}).(*goja.Object)
	_ = self.Set("schema", schema)
	_ = self.Set("errors", goja.Null())
	_ = self.Set("refs", vm.NewObject())
	_ = self.Set("refVal", vm.NewArray())
	_ = self.Set("root", self)
	return self
}

func (a *instance) getSchema(key string, ctor *goja.Object) goja.Value {
	if v, ok := a.compiled[normalizeID(key)]; ok {
		return v
	}
	if s, ok := a.lookup(key); ok {
		v := a.compile(s, ctor)
		a.compiled[normalizeID(key)] = v
		return v
	}
	doc, frag := splitFragment(key)
	if s, ok := a.lookup(doc); ok && frag != "" {
		r, ok := a.resolve(key, scope{root: s, base: doc})
		if !ok {
			return goja.Undefined()
		}
		return a.validateFunction(r.schema, scope{root: s, base: doc, schemaPath: "#"})
	}
	return goja.Undefined()
}

func (a *instance) addSchema(schema goja.Value, key goja.Value, skipValidation bool, ctor *goja.Object) {
	if isArray(schema) {
		for _, s := range items(schema) {
			a.addSchema(s, goja.Undefined(), skipValidation, ctor)
		}
		return
	}
	id := ""
	if v := get(schema, "$id"); v != nil && modules.IsString(v) {
		id = v.String()
	}
	k := id
	if key != nil && !goja.IsUndefined(key) && !goja.IsNull(key) && key.String() != "" {
		k = key.String()
	}
	k = normalizeID(k)
	if _, exists := a.schemas[k]; exists {
		a.throw(`schema with key or id "` + k + `" already exists`)
	}
	if !skipValidation {
		if ok, msg := a.validateSchema(schema); !ok {
			a.throw("schema is invalid: " + msg)
		}
	}
	a.schemas[k] = schema
	if id != "" {
		a.schemas[normalizeID(id)] = schema
	}
}

// methods fills Ajv.prototype; reg maps Ajv objects to their state.
func methods(vm *goja.Runtime, proto, ctor *goja.Object, reg map[*goja.Object]*instance) {
	self := func(c goja.FunctionCall) *instance {
		o, _ := c.This.(*goja.Object)
		a, ok := reg[o]
		if !ok {
			panic(vm.NewTypeError("Ajv method called on something that is not an Ajv instance"))
		}
		return a
	}
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = proto.Set(name, fn) }
	set("compile", func(c goja.FunctionCall) goja.Value { return self(c).compile(c.Argument(0), ctor) })
	set("validate", func(c goja.FunctionCall) goja.Value {
		a := self(c)
		var v goja.Value
		if s := c.Argument(0); modules.IsString(s) {
			v = a.getSchema(s.String(), ctor)
			if goja.IsUndefined(v) {
				a.throw(`no schema with key or ref "` + s.String() + `"`)
			}
		} else {
			v = a.compile(s, ctor)
		}
		fn, _ := goja.AssertFunction(v)
		res, err := fn(goja.Undefined(), c.Argument(1))
		if err != nil {
			panic(err)
		}
		_ = a.obj.Set("errors", v.(*goja.Object).Get("errors"))
		return res
	})
	set("addSchema", func(c goja.FunctionCall) goja.Value {
		self(c).addSchema(c.Argument(0), c.Argument(1), c.Argument(2).ToBoolean(), ctor)
		return c.This
	})
	set("addMetaSchema", func(c goja.FunctionCall) goja.Value {
		self(c).addSchema(c.Argument(0), c.Argument(1), true, ctor)
		return c.This
	})
	set("getSchema", func(c goja.FunctionCall) goja.Value { return self(c).getSchema(c.Argument(0).String(), ctor) })
	set("removeSchema", func(c goja.FunctionCall) goja.Value {
		a := self(c)
		arg := c.Argument(0)
		switch {
		case goja.IsUndefined(arg):
			for k := range a.schemas {
				if k != draft07ID {
					delete(a.schemas, k)
				}
			}
			a.compiled = map[string]*goja.Object{}
			a.cache = map[string]*goja.Object{}
		case modules.IsString(arg):
			delete(a.schemas, normalizeID(arg.String()))
			delete(a.compiled, normalizeID(arg.String()))
		case isObject(arg) && arg.(*goja.Object).ClassName() == "RegExp":
			for k := range a.schemas {
				if k != draft07ID && a.test(arg.(*goja.Object), k) {
					delete(a.schemas, k)
					delete(a.compiled, k)
				}
			}
		default:
			delete(a.cache, a.cacheKey(arg))
			if id := rootID(arg); id != "" {
				delete(a.schemas, id)
				delete(a.compiled, id)
			}
		}
		return c.This
	})
	set("addFormat", func(c goja.FunctionCall) goja.Value {
		self(c).addFormat(c.Argument(0).String(), c.Argument(1))
		return c.This
	})
	set("errorsText", func(c goja.FunctionCall) goja.Value {
		a := self(c)
		errs := c.Argument(0)
		if !errs.ToBoolean() {
			errs = a.obj.Get("errors")
		}
		return vm.ToValue(errorsText(errs, c.Argument(1)))
	})
	set("validateSchema", func(c goja.FunctionCall) goja.Value {
		ok, _ := self(c).validateSchema(c.Argument(0))
		return vm.ToValue(ok)
	})
	set("addKeyword", func(c goja.FunctionCall) goja.Value {
		a := self(c)
		kw := c.Argument(0).String()
		if knownKeyword[kw] || a.keywords[kw] != nil {
			a.throw(`Keyword ` + kw + ` is already defined`)
		}
		if fn, ok := goja.AssertFunction(get(c.Argument(1), "validate")); ok {
			a.keywords[kw] = fn
			a.keywordOrder = append(a.keywordOrder, kw)
		}
		return c.This
	})
	set("getKeyword", func(c goja.FunctionCall) goja.Value {
		a := self(c)
		kw := c.Argument(0).String()
		if knownKeyword[kw] {
			return vm.ToValue(true)
		}
		return vm.ToValue(a.keywords[kw] != nil)
	})
	set("removeKeyword", func(c goja.FunctionCall) goja.Value {
		a := self(c)
		kw := c.Argument(0).String()
		delete(a.keywords, kw)
		for i, k := range a.keywordOrder {
			if k == kw {
				a.keywordOrder = append(a.keywordOrder[:i], a.keywordOrder[i+1:]...)
				break
			}
		}
		return c.This
	})
}
