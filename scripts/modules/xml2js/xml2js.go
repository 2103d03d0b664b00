// Package xml2js is require('xml2js'): xml2js 0.4.23 as postman-sandbox
// 4.7.1 bundles it — parseString, Parser with its options (explicitArray,
// attrkey, charkey, explicitRoot, trim, normalize, mergeAttrs,
// explicitCharkey, ignoreAttrs, emptyTag, processors, validator,
// explicitChildren…), Builder().buildObject, the processors and defaults —
// over a port of the strict sax tokenizer it parses with, so results and
// error messages ("Unexpected close tag\nLine: 0\nColumn: 10\nChar: >")
// are xml2js's. Parsing is synchronous even with async: true.
package xml2js

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func init() { modules.Register("xml2js", load) }

func itoa(i int) string { return strconv.Itoa(i) }

func load(vm *goja.Runtime, module *goja.Object) {
	exports := module.Get("exports").(*goja.Object)
	defaults := vm.NewObject()
	_ = defaults.Set("0.1", defaults01(vm))
	_ = defaults.Set("0.2", defaults02(vm))
	_ = exports.Set("defaults", defaults)
	_ = exports.Set("processors", processors(vm))
	_ = exports.Set("ValidationError", validationError(vm))
	parser := parserClass(vm, defaults)
	_ = exports.Set("Builder", builderClass(vm, defaults))
	_ = exports.Set("Parser", parser)
	_ = exports.Set("parseString", func(c goja.FunctionCall) goja.Value {
		str, a, b := c.Argument(0), c.Argument(1), c.Argument(2)
		var cb, opts goja.Value = goja.Undefined(), goja.Undefined()
		if !goja.IsUndefined(b) && !goja.IsNull(b) {
			if _, ok := goja.AssertFunction(b); ok {
				cb = b
			}
			if _, ok := a.(*goja.Object); ok || goja.IsNull(a) {
				if _, fn := goja.AssertFunction(a); !fn {
					opts = a
				}
			}
		} else {
			if _, ok := goja.AssertFunction(a); ok {
				cb = a
			}
			opts = vm.NewObject()
		}
		p, err := vm.New(parser, opts)
		if err != nil {
			panic(err)
		}
		return callMethod(vm, p, "parseString", str, cb)
	})
	_ = exports.Set("parseStringPromise", func(c goja.FunctionCall) goja.Value {
		var opts goja.Value = goja.Undefined()
		if _, ok := c.Argument(1).(*goja.Object); ok {
			opts = c.Argument(1)
		}
		p, err := vm.New(parser, opts)
		if err != nil {
			panic(err)
		}
		return callMethod(vm, p, "parseStringPromise", c.Argument(0))
	})
}

func callMethod(vm *goja.Runtime, o *goja.Object, name string, args ...goja.Value) goja.Value {
	return modules.Method(vm, o, name, args...)
}

func setAll(o *goja.Object, kv ...any) *goja.Object {
	for i := 0; i < len(kv); i += 2 {
		_ = o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

func defaults01(vm *goja.Runtime) *goja.Object {
	return setAll(vm.NewObject(), "explicitCharkey", false, "trim", true, "normalize", true, "normalizeTags", false,
		"attrkey", "@", "charkey", "#", "explicitArray", false, "ignoreAttrs", false, "mergeAttrs", false,
		"explicitRoot", false, "validator", goja.Null(), "xmlns", false, "explicitChildren", false, "childkey", "@@",
		"charsAsChildren", false, "includeWhiteChars", false, "async", false, "strict", true,
		"attrNameProcessors", goja.Null(), "attrValueProcessors", goja.Null(), "tagNameProcessors", goja.Null(),
		"valueProcessors", goja.Null(), "emptyTag", "")
}

func defaults02(vm *goja.Runtime) *goja.Object {
	return setAll(vm.NewObject(), "explicitCharkey", false, "trim", false, "normalize", false, "normalizeTags", false,
		"attrkey", "$", "charkey", "_", "explicitArray", true, "ignoreAttrs", false, "mergeAttrs", false,
		"explicitRoot", true, "validator", goja.Null(), "xmlns", false, "explicitChildren", false,
		"preserveChildrenOrder", false, "childkey", "$$", "charsAsChildren", false, "includeWhiteChars", false,
		"async", false, "strict", true, "attrNameProcessors", goja.Null(), "attrValueProcessors", goja.Null(),
		"tagNameProcessors", goja.Null(), "valueProcessors", goja.Null(), "rootName", "root",
		"xmldec", setAll(vm.NewObject(), "version", "1.0", "encoding", "UTF-8", "standalone", true),
		"doctype", goja.Null(),
		"renderOpts", setAll(vm.NewObject(), "pretty", true, "indent", "  ", "newline", "\n"),
		"headless", false, "chunkSize", 10000, "emptyTag", "", "cdata", false)
}

// mergeOptions copies defaults["0.2"] and then opts' own properties, as
// the Parser and Builder constructors do.
func mergeOptions(vm *goja.Runtime, defaults *goja.Object, opts goja.Value) *goja.Object {
	out := vm.NewObject()
	d := defaults.Get("0.2").(*goja.Object)
	for _, k := range d.Keys() {
		_ = out.Set(k, d.Get(k))
	}
	if o, ok := opts.(*goja.Object); ok {
		for _, k := range o.Keys() {
			_ = out.Set(k, o.Get(k))
		}
	}
	return out
}

func validationError(vm *goja.Runtime) goja.Value {
	v, err := vm.RunString(`(function () {
  function ValidationError(message) { this.message = message; }
  ValidationError.prototype = Object.create(Error.prototype);
  ValidationError.prototype.constructor = ValidationError;
  return ValidationError;
})()`)
	if err != nil {
		panic(err)
	}
	return v
}

// jsClass wraps a Go factory in a JS function, so that it works with and
// without new, and gives it prototype proto. A Parser called as a method
// binds its methods onto the receiver first, as xml2js's constructor does
// (require('xml2js').Parser() leaves reset, assignOrPush and processAsync
// on the module).
func jsClass(vm *goja.Runtime, factory goja.Value, proto *goja.Object, bindsMethods bool) *goja.Object {
	wrap, err := vm.RunString(`(function (make, proto, binds) {
  function C() {
    var self = this;
    if (binds && !(self instanceof C) && self && typeof self === 'object') {
      ['parseStringPromise', 'parseString', 'reset', 'assignOrPush', 'processAsync'].forEach(function (k) {
        var f = self[k];
        self[k] = function () { return f.apply(self, arguments); };
      });
    }
    return make.apply(this, arguments);
  }
  C.prototype = proto;
  Object.defineProperty(proto, 'constructor', {value: C, writable: true, configurable: true});
  return C;
})`)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(wrap)
	c, err := fn(goja.Undefined(), factory, proto, vm.ToValue(bindsMethods))
	if err != nil {
		panic(err)
	}
	return c.(*goja.Object)
}
