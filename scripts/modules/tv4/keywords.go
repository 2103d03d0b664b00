package tv4

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts/modules"
)

var closeEnoughLow = math.Pow(2, -51)

func itoa(i int) string { return strconv.Itoa(i) }

func joinSlash(s []string) string { return strings.Join(s, "/") }

func (v *validator) validateNumeric(data, schema goja.Value) *vError {
	if typeOf(data) != "number" {
		return nil
	}
	d := data.ToFloat()
	m := get(schema, "multipleOf")
	if m == nil || !m.ToBoolean() {
		m = get(schema, "divisibleBy")
	}
	if defined(m) {
		r := math.Mod(d/m.ToFloat(), 1)
		if r >= closeEnoughLow && r < 1-closeEnoughLow {
			return v.newError(codeMultipleOf, []param{{"value", data}, {"multipleOf", m}}, "", "", nil, false, data, schema)
		}
	}
	if mn := get(schema, "minimum"); defined(mn) {
		if d < mn.ToFloat() {
			return v.newError(codeMinimum, []param{{"value", data}, {"minimum", mn}}, "", "/minimum", nil, false, data, schema)
		}
		if ex := get(schema, "exclusiveMinimum"); defined(ex) && ex.ToBoolean() && data.StrictEquals(mn) {
			return v.newError(codeMinimumExclusive, []param{{"value", data}, {"minimum", mn}}, "", "/exclusiveMinimum", nil, false, data, schema)
		}
	}
	if mx := get(schema, "maximum"); defined(mx) {
		if d > mx.ToFloat() {
			return v.newError(codeMaximum, []param{{"value", data}, {"maximum", mx}}, "", "/maximum", nil, false, data, schema)
		}
		if ex := get(schema, "exclusiveMaximum"); defined(ex) && ex.ToBoolean() && data.StrictEquals(mx) {
			return v.newError(codeMaximumExclusive, []param{{"value", data}, {"maximum", mx}}, "", "/exclusiveMaximum", nil, false, data, schema)
		}
	}
	if math.IsNaN(d) || math.IsInf(d, 0) {
		return v.newError(codeNotANumber, []param{{"value", data}}, "", "/type", nil, false, data, schema)
	}
	return nil
}

func (v *validator) validateString(data, schema goja.Value) *vError {
	if typeOf(data) != "string" {
		return nil
	}
	vm := v.vm()
	n := collection.UTF16Len(data.String())
	if mn := get(schema, "minLength"); defined(mn) && float64(n) < mn.ToFloat() {
		return v.newError(codeStringShort, []param{{"length", vm.ToValue(n)}, {"minimum", mn}}, "", "/minLength", nil, false, data, schema)
	}
	if mx := get(schema, "maxLength"); defined(mx) && float64(n) > mx.ToFloat() {
		return v.newError(codeStringLong, []param{{"length", vm.ToValue(n)}, {"maximum", mx}}, "", "/maxLength", nil, false, data, schema)
	}
	pat := get(schema, "pattern")
	var re *goja.Object
	if po, ok := pat.(*goja.Object); ok && po.ClassName() == "RegExp" {
		re = po
	} else if modules.IsString(pat) {
		body, flags := pat.String(), ""
		if m := regexLiteral.FindStringSubmatch(body); m != nil {
			body, flags = m[1], m[2]
		}
		re = v.api.regexp(body, flags)
	}
	if re != nil && !v.api.test(re, data) {
		return v.newError(codeStringPattern, []param{{"pattern", pat}}, "", "/pattern", nil, false, data, schema)
	}
	return nil
}

var regexLiteral = regexp.MustCompile(`^/(.+)/([img]*)$`)

func (v *validator) validateArray(data, schema goja.Value, pointer string) *vError {
	if typeOf(data) != "array" {
		return nil
	}
	vm := v.vm()
	arr := data.(*goja.Object)
	n := arrayLen(arr)
	if mn := get(schema, "minItems"); defined(mn) && float64(n) < mn.ToFloat() {
		if e := v.handle(v.newError(codeArrayShort, []param{{"length", vm.ToValue(n)}, {"minimum", mn}}, "", "/minItems", nil, false, data, schema)); e != nil {
			return e
		}
	}
	if mx := get(schema, "maxItems"); defined(mx) && float64(n) > mx.ToFloat() {
		if e := v.handle(v.newError(codeArrayLong, []param{{"length", vm.ToValue(n)}, {"maximum", mx}}, "", "/maxItems", nil, false, data, schema)); e != nil {
			return e
		}
	}
	if u := get(schema, "uniqueItems"); u != nil && u.ToBoolean() {
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if equal(arr.Get(itoa(i)), arr.Get(itoa(j))) {
					if e := v.handle(v.newError(codeArrayUnique, []param{{"match1", vm.ToValue(i)}, {"match2", vm.ToValue(j)}}, "", "/uniqueItems", nil, false, data, schema)); e != nil {
						return e
					}
				}
			}
		}
	}
	items := get(schema, "items")
	if !defined(items) {
		return nil
	}
	if io, ok := items.(*goja.Object); ok && io.ClassName() == "Array" {
		additional := get(schema, "additionalItems")
		for i := 0; i < n; i++ {
			switch {
			case i < arrayLen(io):
				if e := v.validateAll(arr.Get(itoa(i)), io.Get(itoa(i)), []string{itoa(i)}, []string{"items", itoa(i)}, pointer+"/"+itoa(i)); e != nil {
					return e
				}
			case !defined(additional):
			case typeOf(additional) == "boolean":
				if !additional.ToBoolean() {
					if e := v.handle(v.newError(codeAdditionalItems, nil, "/"+itoa(i), "/additionalItems", nil, false, data, schema)); e != nil {
						return e
					}
				}
			default:
				if e := v.validateAll(arr.Get(itoa(i)), additional, []string{itoa(i)}, []string{"additionalItems"}, pointer+"/"+itoa(i)); e != nil {
					return e
				}
			}
		}
		return nil
	}
	for i := 0; i < n; i++ {
		if e := v.validateAll(arr.Get(itoa(i)), items, []string{itoa(i)}, []string{"items"}, pointer+"/"+itoa(i)); e != nil {
			return e
		}
	}
	return nil
}

func (v *validator) validateObject(data, schema goja.Value, pointer string) *vError {
	if t := typeOf(data); t != "object" {
		return nil
	}
	obj := data.(*goja.Object)
	vm := v.vm()
	keys := obj.Keys()
	if mn := get(schema, "minProperties"); defined(mn) && float64(len(keys)) < mn.ToFloat() {
		if e := v.handle(v.newError(codePropertiesMinimum, []param{{"propertyCount", vm.ToValue(len(keys))}, {"minimum", mn}}, "", "/minProperties", nil, false, data, schema)); e != nil {
			return e
		}
	}
	if mx := get(schema, "maxProperties"); defined(mx) && float64(len(keys)) > mx.ToFloat() {
		if e := v.handle(v.newError(codePropertiesMaximum, []param{{"propertyCount", vm.ToValue(len(keys))}, {"maximum", mx}}, "", "/maxProperties", nil, false, data, schema)); e != nil {
			return e
		}
	}
	if req, ok := get(schema, "required").(*goja.Object); ok {
		for i := 0; i < arrayLen(req); i++ {
			key := req.Get(itoa(i))
			if !defined(obj.Get(modules.ToString(key))) {
				if e := v.handle(v.newError(codeRequired, []param{{"key", key}}, "", "/required/"+itoa(i), nil, false, data, schema)); e != nil {
					return e
				}
			}
		}
	}
	if e := v.validateProperties(obj, schema, pointer); e != nil {
		return e
	}
	return v.validateDependencies(obj, schema, pointer)
}

func (v *validator) validateProperties(obj *goja.Object, schema goja.Value, pointer string) *vError {
	props := get(schema, "properties")
	patterns, _ := get(schema, "patternProperties").(*goja.Object)
	additional := get(schema, "additionalProperties")
	for _, key := range modules.ForInKeys(obj) {
		keyPointer := pointer + "/" + escapePointer(key)
		found := false
		if defined(props) {
			if sub := get(props, key); defined(sub) {
				found = true
				if e := v.validateAll(obj.Get(key), sub, []string{key}, []string{"properties", key}, keyPointer); e != nil {
					return e
				}
			}
		}
		if patterns != nil {
			for _, pk := range modules.ForInKeys(patterns) {
				if v.api.test(v.api.regexp(pk, ""), v.vm().ToValue(key)) {
					found = true
					if e := v.validateAll(obj.Get(key), patterns.Get(pk), []string{key}, []string{"patternProperties", pk}, keyPointer); e != nil {
						return e
					}
				}
			}
		}
		switch {
		case found:
			if v.trackUnknown {
				v.known.add(keyPointer)
				v.unknown.del(keyPointer)
			}
		case defined(additional):
			if v.trackUnknown {
				v.known.add(keyPointer)
				v.unknown.del(keyPointer)
			}
			if typeOf(additional) == "boolean" {
				if !additional.ToBoolean() {
					e := v.newError(codeAdditionalProperties, []param{{"key", v.vm().ToValue(key)}}, "", "/additionalProperties", nil, false, obj, schema).prefixWith(str(key), nil)
					if e = v.handle(e); e != nil {
						return e
					}
				}
			} else if e := v.validateAll(obj.Get(key), additional, []string{key}, []string{"additionalProperties"}, keyPointer); e != nil {
				return e
			}
		case v.trackUnknown && !v.known.has[keyPointer]:
			v.unknown.add(keyPointer)
		}
	}
	return nil
}

func (v *validator) validateDependencies(obj *goja.Object, schema goja.Value, pointer string) *vError {
	deps, ok := get(schema, "dependencies").(*goja.Object)
	if !ok {
		return nil
	}
	vm := v.vm()
	for _, key := range modules.ForInKeys(deps) {
		if !defined(obj.Get(key)) {
			continue
		}
		dep := deps.Get(key)
		switch {
		case modules.IsString(dep):
			if !defined(obj.Get(dep.String())) {
				e := v.newError(codeDependencyKey, []param{{"key", vm.ToValue(key)}, {"missing", dep}}, "", "", nil, false, obj, schema).prefixWith(nil, str(key)).prefixWith(nil, str("dependencies"))
				if e = v.handle(e); e != nil {
					return e
				}
			}
		case typeOf(dep) == "array":
			do := dep.(*goja.Object)
			for i := 0; i < arrayLen(do); i++ {
				req := do.Get(itoa(i))
				if !defined(obj.Get(modules.ToString(req))) {
					e := v.newError(codeDependencyKey, []param{{"key", vm.ToValue(key)}, {"missing", req}}, "", "/"+itoa(i), nil, false, obj, schema).prefixWith(nil, str(key)).prefixWith(nil, str("dependencies"))
					if e = v.handle(e); e != nil {
						return e
					}
				}
			}
		default:
			if e := v.validateAll(obj, dep, nil, []string{"dependencies", key}, pointer); e != nil {
				return e
			}
		}
	}
	return nil
}
