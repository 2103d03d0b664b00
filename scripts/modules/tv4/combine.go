package tv4

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func (v *validator) validateCombinations(data, schema goja.Value, pointer string) *vError {
	if e := v.validateAllOf(data, schema, pointer); e != nil {
		return e
	}
	if e := v.validateAnyOf(data, schema, pointer); e != nil {
		return e
	}
	if e := v.validateOneOf(data, schema, pointer); e != nil {
		return e
	}
	return v.validateNot(data, schema, pointer)
}

func subSchemas(x goja.Value) []goja.Value {
	o, ok := x.(*goja.Object)
	if !ok {
		return nil
	}
	out := make([]goja.Value, arrayLen(o))
	for i := range out {
		out[i] = o.Get(itoa(i))
	}
	return out
}

func (v *validator) validateAllOf(data, schema goja.Value, pointer string) *vError {
	for i, sub := range subSchemas(get(schema, "allOf")) {
		if e := v.validateAll(data, sub, nil, []string{"allOf", itoa(i)}, pointer); e != nil {
			return e
		}
	}
	return nil
}

// saveTracking swaps in fresh known/unknown sets for a branch and returns
// the outer ones.
func (v *validator) saveTracking() (*pathSet, *pathSet) {
	return v.known, v.unknown
}

// mergeBranch carries a passing branch's property knowledge to the outer sets.
func (v *validator) mergeBranch(oldKnown, oldUnknown *pathSet) {
	for _, k := range v.known.keys {
		oldKnown.add(k)
		oldUnknown.del(k)
	}
	for _, k := range v.unknown.keys {
		if !oldKnown.has[k] {
			oldUnknown.add(k)
		}
	}
}

func (v *validator) validateAnyOf(data, schema goja.Value, pointer string) *vError {
	anyOf := get(schema, "anyOf")
	if !defined(anyOf) {
		return nil
	}
	var errs []*vError
	start := len(v.errors)
	oldKnown, oldUnknown := v.saveTracking()
	errorAtEnd := true
	for i, sub := range subSchemas(anyOf) {
		if v.trackUnknown {
			v.known, v.unknown = newPathSet(), newPathSet()
		}
		count := len(v.errors)
		e := v.validateAll(data, sub, nil, []string{"anyOf", itoa(i)}, pointer)
		if e == nil && count == len(v.errors) {
			v.errors = v.errors[:start]
			if v.trackUnknown {
				v.mergeBranch(oldKnown, oldUnknown)
				errorAtEnd = false
				continue
			}
			return nil
		}
		if e != nil {
			errs = append(errs, e.prefixWith(nil, str(itoa(i))).prefixWith(nil, str("anyOf")))
		}
	}
	if v.trackUnknown {
		v.known, v.unknown = oldKnown, oldUnknown
	}
	if errorAtEnd {
		errs = append(errs, v.errors[start:]...)
		v.errors = v.errors[:start]
		return v.newError(codeAnyOfMissing, nil, "", "/anyOf", nonNil(errs), true, data, schema)
	}
	return nil
}

func nonNil(e []*vError) []*vError {
	if e == nil {
		return []*vError{}
	}
	return e
}

func (v *validator) validateOneOf(data, schema goja.Value, pointer string) *vError {
	oneOf := get(schema, "oneOf")
	if !defined(oneOf) {
		return nil
	}
	valid := -1
	var errs []*vError
	start := len(v.errors)
	oldKnown, oldUnknown := v.saveTracking()
	for i, sub := range subSchemas(oneOf) {
		if v.trackUnknown {
			v.known, v.unknown = newPathSet(), newPathSet()
		}
		count := len(v.errors)
		e := v.validateAll(data, sub, nil, []string{"oneOf", itoa(i)}, pointer)
		if e == nil && count == len(v.errors) {
			if valid < 0 {
				valid = i
			} else {
				v.errors = v.errors[:start]
				vm := v.vm()
				return v.newError(codeOneOfMultiple, []param{{"index1", vm.ToValue(valid)}, {"index2", vm.ToValue(i)}}, "", "/oneOf", nil, false, data, schema)
			}
			if v.trackUnknown {
				v.mergeBranch(oldKnown, oldUnknown)
			}
		} else if e != nil {
			errs = append(errs, e)
		}
	}
	if v.trackUnknown {
		v.known, v.unknown = oldKnown, oldUnknown
	}
	if valid < 0 {
		errs = append(errs, v.errors[start:]...)
		v.errors = v.errors[:start]
		return v.newError(codeOneOfMissing, nil, "", "/oneOf", nonNil(errs), true, data, schema)
	}
	v.errors = v.errors[:start]
	return nil
}

func (v *validator) validateNot(data, schema goja.Value, pointer string) *vError {
	not := get(schema, "not")
	if !defined(not) {
		return nil
	}
	old := len(v.errors)
	oldKnown, oldUnknown := v.saveTracking()
	if v.trackUnknown {
		v.known, v.unknown = newPathSet(), newPathSet()
	}
	e := v.validateAll(data, not, nil, nil, pointer)
	notErrors := len(v.errors) - old
	v.errors = v.errors[:old]
	if v.trackUnknown {
		v.known, v.unknown = oldKnown, oldUnknown
	}
	if e == nil && notErrors == 0 {
		return v.newError(codeNotPassed, nil, "", "/not", nil, false, data, schema)
	}
	return nil
}

func (v *validator) validateFormat(data, schema goja.Value) *vError {
	f := get(schema, "format")
	if !modules.IsString(f) {
		return nil
	}
	fn := v.api.formats[f.String()]
	if fn == nil {
		return nil
	}
	res, err := fn(goja.Null(), modules.OrUndefined(data), schema)
	if err != nil {
		panic(err)
	}
	vm := v.vm()
	switch {
	case modules.IsString(res) || isNumber(res):
		return v.newError(codeFormatCustom, []param{{"message", res}}, "", "/format", nil, false, data, schema)
	case res != nil && res.ToBoolean() && isObjectLike(res):
		msg := get(res, "message")
		if msg == nil || !msg.ToBoolean() {
			msg = vm.ToValue("?")
		}
		dp, sp := "", "/format"
		if x := get(res, "dataPath"); x != nil && x.ToBoolean() {
			dp = x.String()
		}
		if x := get(res, "schemaPath"); x != nil && x.ToBoolean() {
			sp = x.String()
		}
		return v.newError(codeFormatCustom, []param{{"message", msg}}, dp, sp, nil, false, data, schema)
	}
	return nil
}

func (v *validator) validateKeywords(data, schema goja.Value, pointer string) *vError {
	vm := v.vm()
	for _, kw := range v.api.keywordOrder {
		val := get(schema, kw)
		if !defined(val) {
			continue
		}
		for _, fn := range v.api.keywords[kw] {
			res, err := fn(goja.Undefined(), modules.OrUndefined(data), val, schema, vm.ToValue(pointer))
			if err != nil {
				panic(err)
			}
			switch {
			case modules.IsString(res) || isNumber(res):
				return v.newError(codeKeywordCustom, []param{{"key", vm.ToValue(kw)}, {"message", res}}, "", "", nil, false, data, schema).prefixWith(nil, str(kw))
			case res != nil && res.ToBoolean() && isObjectLike(res):
				return v.keywordError(kw, res.(*goja.Object), data, schema)
			}
		}
	}
	return nil
}

func (v *validator) keywordError(kw string, res *goja.Object, data, schema goja.Value) *vError {
	vm := v.vm()
	code := codeKeywordCustom
	switch c := res.Get("code"); {
	case modules.IsString(c):
		n, ok := v.api.codeByName(c.String())
		if !ok {
			panic(vm.NewGoError(&plainError{"Undefined error code (use defineError): " + c.String()}))
		}
		code = n
	case isNumber(c):
		code = int(c.ToInteger())
	}
	var params []param
	if m, ok := res.Get("message").(*goja.Object); ok {
		for _, k := range m.Keys() {
			params = append(params, param{k, m.Get(k)})
		}
	} else {
		msg := res.Get("message")
		if msg == nil || !msg.ToBoolean() {
			msg = vm.ToValue("?")
		}
		params = []param{{"key", vm.ToValue(kw)}, {"message", msg}}
	}
	sp := "/" + escapePointer(kw)
	if x := res.Get("schemaPath"); x != nil && x.ToBoolean() {
		sp = x.String()
	}
	dp := ""
	if x := res.Get("dataPath"); x != nil && x.ToBoolean() {
		dp = x.String()
	}
	return v.newError(code, params, dp, sp, nil, false, data, schema)
}

type plainError struct{ msg string }

func (e *plainError) Error() string { return e.msg }

type rangeError struct{}

func (*rangeError) Error() string { return "Maximum call stack size exceeded" }
