package scripts

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// xml2Json is the legacy xml2Json global: postman-sandbox's wrapper that
// runs xml2js.parseString with explicitArray false, trim and sync parsing
// and returns what the callback got (undefined for text that is not XML,
// null for blank text).
func (s *Sandbox) xml2Json(text goja.Value) goja.Value {
	vm := s.vm
	xml2js, ok := s.requireModule("xml2js").(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	parse, _ := goja.AssertFunction(xml2js.Get("parseString"))
	opts := vm.NewObject()
	must(opts.Set("explicitArray", false))
	must(opts.Set("async", false))
	must(opts.Set("trim", true))
	must(opts.Set("mergeAttrs", false))
	var out goja.Value = vm.NewObject()
	cb := vm.ToValue(func(_ goja.Value, result goja.Value) { out = modules.OrUndefined(result) })
	if _, err := parse(xml2js, text, opts, cb); err != nil {
		panic(err)
	}
	return out
}
