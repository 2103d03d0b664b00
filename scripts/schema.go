package scripts

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// validateSchema is chai-postman's jsonSchema check: Ajv 6 (the ajv
// module) with allErrors on and no logger, then the script's own Ajv
// options. It returns whether data satisfies schema and Ajv's errorsText;
// what Ajv throws (an invalid schema, a $ref it cannot resolve) goes on to
// the script, as in Newman.
func (s *Sandbox) validateSchema(schema, data, options goja.Value) (bool, string) {
	vm := s.vm
	ctor, ok := s.requireModule("ajv").(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("jsonSchema: the ajv module is not available"))
	}
	opts := vm.NewObject()
	must(opts.Set("allErrors", true))
	must(opts.Set("logger", false))
	if o, ok := options.(*goja.Object); ok {
		for _, k := range o.Keys() {
			must(opts.Set(k, o.Get(k)))
		}
	}
	ajv, err := vm.New(ctor, opts)
	if err != nil {
		panic(err)
	}
	valid := s.callMethod(ajv, "validate", modules.OrUndefined(schema), modules.OrUndefined(data)).ToBoolean()
	errs := ajv.Get("errors")
	ok = valid && (errs == nil || !errs.ToBoolean())
	return ok, s.callMethod(ajv, "errorsText").String()
}

func (s *Sandbox) callMethod(o *goja.Object, name string, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(o.Get(name))
	if !ok {
		panic(s.vm.NewTypeError(name + " is not a function"))
	}
	v, err := fn(o, args...)
	if err != nil {
		panic(err)
	}
	return v
}
