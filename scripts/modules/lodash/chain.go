package lodash

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// Methods of an implicit chain (_(x).name()) that return their result as it
// is rather than wrapped, as measured on each real version.
var (
	unwrapped4 = set(`add attempt camelCase capitalize ceil clamp clone cloneDeep cloneDeepWith cloneWith conformsTo
		deburr defaultTo divide each eachRight endsWith eq escape escapeRegExp every find findIndex findKey findLast
		findLastIndex findLastKey first floor forEach forEachRight forIn forInRight forOwn forOwnRight get gt gte has
		hasIn head identity inRange includes indexOf invoke isArguments isArray isArrayBuffer isArrayLike
		isArrayLikeObject isBoolean isBuffer isDate isElement isEmpty isEqual isEqualWith isError isFinite isFunction
		isInteger isLength isMap isMatch isMatchWith isNaN isNative isNil isNull isNumber isObject isObjectLike
		isPlainObject isRegExp isSafeInteger isSet isString isSymbol isTypedArray isUndefined isWeakMap isWeakSet join
		kebabCase last lastIndexOf lowerCase lowerFirst lt lte max maxBy mean meanBy min minBy multiply noConflict noop
		now nth pad padEnd padStart parseInt random reduce reduceRight repeat replace result round
		sample size snakeCase some sortedIndex sortedIndexBy sortedIndexOf sortedLastIndex sortedLastIndexBy
		sortedLastIndexOf startCase startsWith stubArray stubFalse stubObject stubString stubTrue subtract sum sumBy
		template times toFinite toInteger toJSON toLength toLower toNumber toSafeInteger toString toUpper trim trimEnd
		trimStart truncate unescape uniqueId upperCase upperFirst`)
	unwrapped3 = set(`add all any attempt camelCase capitalize ceil clone cloneDeep contains deburr detect endsWith eq
		escape escapeRegExp every find findIndex findKey findLast findLastIndex findLastKey findWhere first floor foldl
		foldr get gt gte has head identity inRange include includes indexOf inject isArguments isArray isBoolean isDate
		isElement isEmpty isEqual isError isFinite isFunction isMatch isNaN isNative isNull isNumber isObject
		isPlainObject isRegExp isString isTypedArray isUndefined join kebabCase last lastIndexOf lt lte max min
		noConflict noop now pad padLeft padRight parseInt random reduce reduceRight repeat result round
		sample size snakeCase some sortedIndex sortedLastIndex startCase startsWith sum template trim trimLeft
		trimRight trunc unescape uniqueId words`)
)

func set(names string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(names) {
		m[n] = true
	}
	return m
}

// wrap makes a chain wrapper; explicit chains (_.chain) wrap every result.
func (l *lib) wrap(v goja.Value, explicit bool) goja.Value {
	if o, ok := asObject(v); ok && o.Prototype() == l.proto && !explicit {
		return o
	}
	// The same own fields as lodash's LodashWrapper, as scripts may log one.
	w := l.vm.CreateObject(l.proto)
	_ = w.Set("__wrapped__", v)
	_ = w.Set("__actions__", l.vm.NewArray())
	_ = w.Set("__chain__", explicit)
	if !l.v3 {
		_ = w.Set("__index__", 0)
		_ = w.Set("__values__", goja.Undefined())
	}
	return w
}

func (l *lib) unwrap(this goja.Value) (goja.Value, bool) {
	o, ok := asObject(this)
	if !ok {
		return goja.Undefined(), false
	}
	return modules.OrUndefined(o.Get("__wrapped__")), o.Get("__chain__") != nil && o.Get("__chain__").ToBoolean()
}

// defineChain fills the wrapper prototype with every function defined so
// far, plus value(), chain() and the Array methods lodash wraps.
func (l *lib) defineChain() {
	for name, fn := range l.funcs {
		l.addChainMethod(name, fn)
	}
	value := func(c goja.FunctionCall) goja.Value {
		v, _ := l.unwrap(c.This)
		return v
	}
	for _, name := range []string{"value", "valueOf", "toJSON"} {
		_ = l.proto.Set(name, value)
	}
	if l.v3 {
		_ = l.proto.Set("run", value)
	}
	_ = l.proto.Set("toString", func(c goja.FunctionCall) goja.Value {
		v, _ := l.unwrap(c.This)
		return l.vm.ToValue(v.String())
	})
	_ = l.proto.Set("chain", func(c goja.FunctionCall) goja.Value {
		v, _ := l.unwrap(c.This)
		return l.wrap(v, true)
	})
	_ = l.proto.Set("commit", func(c goja.FunctionCall) goja.Value {
		v, explicit := l.unwrap(c.This)
		return l.wrap(v, explicit)
	})
	l.def("chain", func(c goja.FunctionCall) goja.Value { return l.wrap(c.Argument(0), true) })
	l.defineArrayMethods()
}

// addChainMethod puts fn on the wrapper prototype: called with the
// wrapped value first, its result wrapped unless the method ends an
// implicit chain.
func (l *lib) addChainMethod(name string, fn goja.Callable) {
	raw := unwrapped4[name]
	if l.v3 {
		raw = unwrapped3[name]
	}
	_ = l.proto.Set(name, func(c goja.FunctionCall) goja.Value {
		v, explicit := l.unwrap(c.This)
		res := l.invoke(fn, goja.Undefined(), append([]goja.Value{v}, c.Arguments...)...)
		if raw && !explicit {
			return res
		}
		return l.wrap(res, explicit)
	})
}

// defineArrayMethods puts Array.prototype's mutators on the wrapper as
// lodash does: pop and shift answer their element, push, sort and unshift
// chain on the array, splice on what it removed.
func (l *lib) defineArrayMethods() {
	arrayProto := l.vm.Get("Array").ToObject(l.vm).Get("prototype").ToObject(l.vm)
	names := map[string]string{"pop": "raw", "shift": "raw", "push": "self", "sort": "self", "unshift": "self", "splice": "result"}
	if l.v3 {
		names["join"] = "raw"
		names["reverse"] = "self"
		names["concat"] = "result"
		names["split"] = "result"
		names["replace"] = "raw"
	}
	for name, kind := range names {
		proto := arrayProto
		if name == "split" || name == "replace" {
			proto = l.vm.Get("String").ToObject(l.vm).Get("prototype").ToObject(l.vm)
		}
		method, _ := goja.AssertFunction(proto.Get(name))
		_ = l.proto.Set(name, func(c goja.FunctionCall) goja.Value {
			v, explicit := l.unwrap(c.This)
			target := v
			if proto != arrayProto {
				target = l.str(l.toStr(v))
			} else if !isArray(v) {
				target = l.vm.NewArray()
			}
			res := l.invoke(method, target, c.Arguments...)
			switch kind {
			case "raw":
				if !explicit {
					return res
				}
			case "self":
				res = target
			}
			return l.wrap(res, explicit)
		})
	}
}
