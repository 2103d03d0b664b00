// Package ajv is require('ajv'): Ajv 6.12.5 as postman-sandbox 4.7.1
// bundles it — new Ajv(options), compile, validate, addSchema,
// getSchema, removeSchema, addFormat, addKeyword (validate functions),
// validateSchema and errorsText, with draft-07 semantics and Ajv's error
// objects: keyword, dataPath, schemaPath, params and message, in the order
// its generated code finds them (first error only unless allErrors).
// Schemas are checked against the draft-07 meta-schema, formats and
// $refs when compiled, with Ajv's messages.
package ajv

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func init() { modules.Register("ajv", load) }

func load(vm *goja.Runtime, module *goja.Object) {
	proto := vm.NewObject()
	reg := map[*goja.Object]*instance{}
	ctorImpl := func(c goja.FunctionCall) goja.Value {
		a := newInstance(vm, c.Argument(0))
		reg[a.obj] = a
		_ = a.obj.SetPrototype(proto)
		return a.obj
	}
	wrap, err := vm.RunString(`(function (make, proto) {
  function Ajv(opts) { if (!(this instanceof Ajv)) return new Ajv(opts); return make(opts); }
  Ajv.prototype = proto;
  Object.defineProperty(proto, 'constructor', {value: Ajv, writable: true, configurable: true});
  function ValidationError(errors) { this.message = 'validation failed'; this.errors = errors; this.ajv = this.validation = true; }
  ValidationError.prototype = Object.create(Error.prototype);
  ValidationError.prototype.constructor = ValidationError;
  function MissingRefError(baseId, ref, message) { this.message = message || "can't resolve reference " + ref + ' from id ' + baseId; this.missingRef = ref; this.missingSchema = ref.split('#')[0]; }
  MissingRefError.prototype = Object.create(Error.prototype);
  MissingRefError.prototype.constructor = MissingRefError;
  Ajv.ValidationError = ValidationError;
  Ajv.MissingRefError = MissingRefError;
  Ajv.$dataMetaSchema = function () { throw new Error('$data is not supported'); };
  return Ajv;
})`)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(wrap)
	ctor, err := fn(goja.Undefined(), vm.ToValue(ctorImpl), proto)
	if err != nil {
		panic(err)
	}
	methods(vm, proto, ctor.(*goja.Object), reg)
	_ = module.Set("exports", ctor)
}

func newInstance(vm *goja.Runtime, opts goja.Value) *instance {
	a := &instance{vm: vm, obj: vm.NewObject(), schemas: map[string]goja.Value{}, compiled: map[string]*goja.Object{},
		cache: map[string]*goja.Object{}, formats: map[string]*format{}, patterns: map[string]*goja.Object{},
		keywords: map[string]goja.Callable{}, formatMode: "fast"}
	b := func(k string) bool { v := get(opts, k); return v != nil && v.ToBoolean() }
	a.allErrors, a.jsonPointers, a.verbose = b("allErrors"), b("jsonPointers"), b("verbose")
	if f := get(opts, "format"); f != nil && !f.ToBoolean() {
		a.formatMode = ""
	}
	a.unknownFormats = get(opts, "unknownFormats")
	a.validateSchemaOpt = get(opts, "validateSchema")
	o := vm.NewObject()
	if oo, ok := opts.(*goja.Object); ok {
		for _, k := range oo.Keys() {
			_ = o.Set(k, oo.Get(k))
		}
	}
	_ = a.obj.Set("_opts", o)
	_ = a.obj.Set("errors", goja.Null())
	a.addDefaultFormats()
	if fs, ok := get(opts, "formats").(*goja.Object); ok {
		for _, k := range fs.Keys() {
			a.addFormat(k, fs.Get(k))
		}
	}
	a.metaSchema()
	return a
}
