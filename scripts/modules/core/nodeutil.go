package core

import (
	"github.com/dop251/goja"
	gojautil "github.com/dop251/goja_nodejs/util"
)

// utilJS adds to goja_nodejs's util (format) the helpers of Node's util
// that Newman's sandbox offers.
const utilJS = `
function isPrimitive(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }
var is = {
  isArray: Array.isArray,
  isBoolean: function (v) { return typeof v === 'boolean'; },
  isNull: function (v) { return v === null; },
  isNullOrUndefined: function (v) { return v == null; },
  isNumber: function (v) { return typeof v === 'number'; },
  isString: function (v) { return typeof v === 'string'; },
  isSymbol: function (v) { return typeof v === 'symbol'; },
  isUndefined: function (v) { return v === undefined; },
  isRegExp: function (v) { return v instanceof RegExp; },
  isObject: function (v) { return v !== null && typeof v === 'object'; },
  isDate: function (v) { return v instanceof Date; },
  isError: function (v) { return v instanceof Error; },
  isFunction: function (v) { return typeof v === 'function'; },
  isPrimitive: isPrimitive,
  isBuffer: function (v) { return typeof Buffer !== 'undefined' && Buffer.isBuffer(v); },
  inherits: function (ctor, superCtor) {
    ctor.super_ = superCtor;
    ctor.prototype = Object.create(superCtor.prototype, { constructor: { value: ctor, enumerable: false, writable: true, configurable: true } });
  },
  deprecate: function (fn) { return fn; },
  debuglog: function () { return function () {}; },
  _extend: function (target, add) {
    if (add === null || typeof add !== 'object') return target;
    Object.keys(add).forEach(function (k) { target[k] = add[k]; });
    return target;
  }
};
Object.keys(is).forEach(function (k) { exports[k] = is[k]; });
exports.log = function () { console.log(exports.format.apply(null, arguments)); };
`

var utilExtras = mustCompile("util-extras.js", utilJS)

func loadUtil(vm *goja.Runtime, module *goja.Object) {
	gojautil.Require(vm, module)
	runWith(vm, utilExtras, module)
}
