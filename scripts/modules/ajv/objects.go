package ajv

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func (w *walker) missingProperty(key string) string {
	if w.allErrors || w.a.jsonPointers {
		if w.a.jsonPointers && !w.allErrors {
			return key
		}
		return key
	}
	// With allErrors off, Ajv reports the property as an accessor (".z").
	return w.propPath("", key)
}

func (w *walker) objectRules(s *goja.Object, sc scope, obj *goja.Object, path string) {
	start := len(w.errs)
	keys := obj.Keys()
	if m := get(s, "maxProperties"); m != nil && float64(len(keys)) > m.ToFloat() {
		w.add(w.errorAt("maxProperties", path, sc.schemaPath+"/maxProperties", []param{{"limit", num(m)}}, "should NOT have more than "+m.String()+" properties", m, s, obj))
		if w.failed(start) {
			return
		}
	}
	if m := get(s, "minProperties"); m != nil && float64(len(keys)) < m.ToFloat() {
		w.add(w.errorAt("minProperties", path, sc.schemaPath+"/minProperties", []param{{"limit", num(m)}}, "should NOT have fewer than "+m.String()+" properties", m, s, obj))
		if w.failed(start) {
			return
		}
	}
	props, _ := get(s, "properties").(*goja.Object)
	required := get(s, "required")
	requiredSet := map[string]bool{}
	if required != nil && isArray(required) {
		var plain []string
		for _, r := range items(required) {
			key := r.String()
			requiredSet[key] = true
			// Properties with a schema are checked for presence with it.
			if props != nil && len(props.Keys()) > 0 && w.nonEmpty(props.Get(key)) {
				continue
			}
			plain = append(plain, key)
		}
		for _, key := range plain {
			if !defined(obj.Get(key)) {
				mp := w.missingProperty(key)
				w.add(w.errorAt("required", path, sc.schemaPath+"/required", []param{{"missingProperty", mp}}, "should have required property '"+mp+"'", required, s, obj))
				if w.failed(start) {
					return
				}
			}
		}
	}
	if deps, ok := get(s, "dependencies").(*goja.Object); ok {
		w.dependencies(deps, s, sc, obj, path)
		if w.failed(start) {
			return
		}
	}
	if pn := get(s, "propertyNames"); pn != nil && w.nonEmpty(pn) {
		for _, k := range keys {
			before := len(w.errs)
			if !w.validate(pn, sc.at("/propertyNames"), w.vm.ToValue(k), path) {
				name := k
				for _, e := range w.errs[before:] {
					e.propertyName = &name
				}
				w.add(w.errorAt("propertyNames", path, sc.schemaPath+"/propertyNames", []param{{"propertyName", k}}, "property name '"+k+"' is invalid", pn, s, obj))
				if w.failed(start) {
					return
				}
			}
		}
	}
	w.properties(s, sc, obj, keys, props, requiredSet, path)
}

func (w *walker) dependencies(deps, s *goja.Object, sc scope, obj *goja.Object, path string) {
	start := len(w.errs)
	var schemaDeps []string
	for _, prop := range deps.Keys() {
		dep := deps.Get(prop)
		if !isArray(dep) {
			schemaDeps = append(schemaDeps, prop)
			continue
		}
		list := items(dep)
		if len(list) == 0 || !defined(obj.Get(prop)) {
			continue
		}
		names := make([]string, len(list))
		for i, d := range list {
			names[i] = d.String()
		}
		depsText := strings.Join(names, ", ")
		msg := func(missing string) string {
			if len(names) == 1 {
				return "should have property " + escapeQuotes(names[0]) + " when property " + escapeQuotes(prop) + " is present"
			}
			return "should have properties " + escapeQuotes(depsText) + " when property " + escapeQuotes(prop) + " is present"
		}
		for _, name := range names {
			if defined(obj.Get(name)) {
				continue
			}
			mp := w.missingProperty(name)
			w.add(w.errorAt("dependencies", path, sc.schemaPath+"/dependencies", []param{{"property", prop}, {"missingProperty", mp}, {"depsCount", int64(len(names))}, {"deps", depsText}}, msg(mp), dep, s, obj))
			if !w.allErrors {
				return
			}
		}
	}
	for _, prop := range schemaDeps {
		dep := deps.Get(prop)
		if !w.nonEmpty(dep) || !defined(obj.Get(prop)) {
			continue
		}
		w.validate(dep, sc.at("/dependencies/"+escapeFragment(prop)), obj, path)
		if w.failed(start) {
			return
		}
	}
}

func (w *walker) properties(s *goja.Object, sc scope, obj *goja.Object, keys []string, props *goja.Object, required map[string]bool, path string) {
	start := len(w.errs)
	patterns, _ := get(s, "patternProperties").(*goja.Object)
	var propKeys, patternKeys []string
	if props != nil {
		propKeys = props.Keys()
	}
	if patterns != nil {
		patternKeys = patterns.Keys()
	}
	add := get(s, "additionalProperties")
	noAdditional := add != nil && add.StrictEquals(w.vm.ToValue(false))
	additionalSchema := add != nil && isObject(add) && len(add.(*goja.Object).Keys()) > 0
	if noAdditional || additionalSchema {
		for _, k := range keys {
			if contains(propKeys, k) {
				continue
			}
			matched := false
			for _, p := range patternKeys {
				if w.a.test(w.a.pattern(p), k) {
					matched = true
				}
			}
			if matched {
				continue
			}
			if noAdditional {
				w.add(w.errorAt("additionalProperties", path, sc.schemaPath+"/additionalProperties", []param{{"additionalProperty", k}}, "should NOT have additional properties", add, s, obj))
			} else {
				w.validate(add, sc.at("/additionalProperties"), obj.Get(k), w.exprPath(path, k))
			}
			if w.failed(start) {
				return
			}
		}
	}
	for _, k := range propKeys {
		sub := props.Get(k)
		if !w.nonEmpty(sub) {
			continue
		}
		v := obj.Get(k)
		if !defined(v) {
			if required[k] {
				mp := k
				if !w.allErrors && w.a.jsonPointers {
					mp = k
				}
				w.add(w.errorAt("required", path, sc.schemaPath+"/required", []param{{"missingProperty", escapeQuotes(mp)}}, "should have required property '"+escapeQuotes(mp)+"'", get(s, "required"), s, obj))
				if w.failed(start) {
					return
				}
			}
			continue
		}
		w.validate(sub, sc.at("/properties/"+escapeFragment(k)), v, w.propPath(path, k))
		if w.failed(start) {
			return
		}
	}
	for _, p := range patternKeys {
		sub := patterns.Get(p)
		if !w.nonEmpty(sub) {
			continue
		}
		re := w.a.pattern(p)
		for _, k := range keys {
			if w.a.test(re, k) {
				w.validate(sub, sc.at("/patternProperties/"+escapeFragment(p)), obj.Get(k), w.exprPath(path, k))
				if w.failed(start) {
					return
				}
			}
		}
	}
}

func (w *walker) genericRules(s *goja.Object, sc scope, data goja.Value, path string) {
	start := len(w.errs)
	if c := get(s, "const"); c != nil || hasOwn(s, "const") {
		if c == nil {
			c = goja.Undefined()
		}
		if !deepEqual(c, modules.OrUndefined(data)) {
			w.add(w.errorAt("const", path, sc.schemaPath+"/const", []param{{"allowedValue", c}}, "should be equal to constant", c, s, data))
			if w.failed(start) {
				return
			}
		}
	}
	if e := get(s, "enum"); e != nil {
		found := false
		for _, v := range items(e) {
			found = found || deepEqual(v, modules.OrUndefined(data))
		}
		if !found {
			w.add(w.errorAt("enum", path, sc.schemaPath+"/enum", []param{{"allowedValues", e}}, "should be equal to one of the allowed values", e, s, data))
			if w.failed(start) {
				return
			}
		}
	}
	if n := get(s, "not"); n != nil {
		before := len(w.errs)
		valid := true
		if w.nonEmpty(n) {
			w.noErrors++
			valid = w.validate(n, sc.at("/not"), data, path)
			w.noErrors--
		}
		w.errs = w.errs[:before]
		if valid {
			w.add(w.errorAt("not", path, sc.schemaPath+"/not", nil, "should NOT be valid", n, s, data))
			if w.failed(start) {
				return
			}
		}
	}
	if list := get(s, "anyOf"); list != nil {
		before := len(w.errs)
		ok := false
		for i, sub := range items(list) {
			if !w.nonEmpty(sub) || w.validate(sub, sc.at("/anyOf/"+strconv.Itoa(i)), data, path) {
				ok = true
				break
			}
		}
		if ok {
			w.errs = w.errs[:before]
		} else {
			w.add(w.errorAt("anyOf", path, sc.schemaPath+"/anyOf", nil, "should match some schema in anyOf", list, s, data))
			if w.failed(start) {
				return
			}
		}
	}
	if list := get(s, "oneOf"); list != nil {
		before := len(w.errs)
		var passing any = nil
		prev := -1
		valid := false
		for i, sub := range items(list) {
			ok := !w.nonEmpty(sub) || w.validate(sub, sc.at("/oneOf/"+strconv.Itoa(i)), data, path)
			if ok && prev >= 0 {
				valid = false
				passing = []any{int64(prev), int64(i)}
				break
			}
			if ok {
				valid = true
				prev = i
				passing = int64(i)
			}
		}
		if valid {
			w.errs = w.errs[:before]
		} else {
			w.add(w.errorAt("oneOf", path, sc.schemaPath+"/oneOf", []param{{"passingSchemas", passing}}, "should match exactly one schema in oneOf", list, s, data))
			if w.failed(start) {
				return
			}
		}
	}
	if list := get(s, "allOf"); list != nil {
		for i, sub := range items(list) {
			if w.nonEmpty(sub) {
				w.validate(sub, sc.at("/allOf/"+strconv.Itoa(i)), data, path)
				if w.failed(start) {
					return
				}
			}
		}
	}
	if cond := get(s, "if"); cond != nil {
		w.ifRule(s, sc, cond, data, path)
		if w.failed(start) {
			return
		}
	}
	for _, kw := range w.a.keywordOrder {
		val := get(s, kw)
		if val == nil {
			continue
		}
		ok, err := w.a.keywords[kw](goja.Undefined(), val, modules.OrUndefined(data), s, w.vm.ToValue(path))
		if err != nil {
			panic(err)
		}
		if !ok.ToBoolean() {
			w.add(w.errorAt(kw, path, sc.schemaPath+"/"+escapeFragment(kw), []param{{"keyword", kw}}, `should pass "`+kw+`" keyword validation`, val, s, data))
			if w.failed(start) {
				return
			}
		}
	}
}

func (w *walker) ifRule(s *goja.Object, sc scope, cond, data goja.Value, path string) {
	then, els := get(s, "then"), get(s, "else")
	thenOK := then != nil && w.nonEmpty(then)
	elseOK := els != nil && w.nonEmpty(els)
	if !thenOK && !elseOK {
		return
	}
	before := len(w.errs)
	w.noErrors++
	passed := w.validate(cond, sc.at("/if"), data, path)
	w.noErrors--
	w.errs = w.errs[:before]
	clause, sub := "then", then
	if !passed {
		clause, sub = "else", els
	}
	if sub == nil || !w.nonEmpty(sub) {
		return
	}
	if !w.validate(sub, sc.at("/"+clause), data, path) {
		w.add(w.errorAt("if", path, sc.schemaPath+"/if", []param{{"failingKeyword", clause}}, `should match "`+clause+`" schema`, cond, s, data))
	}
}

func hasOwn(o *goja.Object, k string) bool {
	for _, x := range o.Keys() {
		if x == k {
			return true
		}
	}
	return false
}
