package scripts

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// ajvErrors walks schema over data as Ajv 6 does with allErrors, keyword
// groups in Ajv's order (number, string, array, object, then the generic
// ones), and returns Ajv's error texts ("data.a should be number").
func ajvErrors(vm *goja.Runtime, schema, data goja.Value) []string {
	w := &ajvWalker{vm: vm, root: schema}
	w.validate(schema, data, "data")
	return w.out
}

type ajvWalker struct {
	vm   *goja.Runtime
	root goja.Value
	out  []string
}

var identRe = regexp.MustCompile(`(?i)^[a-z$_][a-z$_0-9]*$`)

func ajvProp(path, key string) string {
	if identRe.MatchString(key) {
		return path + "." + key
	}
	return path + "['" + strings.ReplaceAll(key, "'", `\'`) + "']"
}

// ajvPath renders an instance location as Ajv's dataPath.
func ajvPath(loc []string) string {
	p := ""
	for _, k := range loc {
		if _, err := strconv.Atoi(k); err == nil {
			p += "[" + k + "]"
		} else {
			p = ajvProp(p, k)
		}
	}
	return p
}

func (w *ajvWalker) add(path, msg string) { w.out = append(w.out, path+" "+msg) }

func jsonType(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		if o.ClassName() == "Array" {
			return "array"
		}
		return "object"
	}
	switch x := v.Export().(type) {
	case bool:
		return "boolean"
	case string:
		return "string"
	case int64:
		return "integer"
	case float64:
		if x == math.Trunc(x) && !math.IsInf(x, 0) {
			return "integer"
		}
		return "number"
	}
	return "undefined"
}

func typeMatches(want, got string) bool {
	return want == got || (want == "number" && got == "integer")
}

func (w *ajvWalker) resolve(ref string) goja.Value {
	if !strings.HasPrefix(ref, "#") {
		return nil
	}
	cur := w.root
	for _, part := range strings.Split(strings.TrimPrefix(strings.TrimPrefix(ref, "#"), "/"), "/") {
		if part == "" {
			continue
		}
		part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
		o, ok := cur.(*goja.Object)
		if !ok {
			return nil
		}
		cur = o.Get(part)
	}
	return cur
}

// valid reports whether data satisfies schema, without recording errors.
func (w *ajvWalker) valid(schema, data goja.Value) bool {
	sub := &ajvWalker{vm: w.vm, root: w.root}
	sub.validate(schema, data, "data")
	return len(sub.out) == 0
}

func (w *ajvWalker) validate(schema, data goja.Value, path string) {
	if b, ok := schema.Export().(bool); ok {
		if !b {
			w.add(path, "boolean schema is false")
		}
		return
	}
	s, ok := schema.(*goja.Object)
	if !ok {
		return
	}
	get := func(k string) goja.Value {
		v := s.Get(k)
		if v == nil || goja.IsUndefined(v) {
			return nil
		}
		return v
	}
	if ref := get("$ref"); ref != nil {
		// Ajv 6 ignores a $ref's sibling keywords.
		if target := w.resolve(ref.String()); target != nil {
			w.validate(target, data, path)
		}
		return
	}
	got := jsonType(data)
	if t := get("type"); t != nil {
		var types []string
		if o, ok := t.(*goja.Object); ok && o.ClassName() == "Array" {
			for _, k := range o.Keys() {
				types = append(types, o.Get(k).String())
			}
		} else {
			types = []string{t.String()}
		}
		match := false
		for _, tt := range types {
			match = match || typeMatches(tt, got)
		}
		if !match {
			w.add(path, "should be "+strings.Join(types, ","))
		}
	}
	switch got {
	case "integer", "number":
		w.numberRules(get, data.ToFloat(), path)
	case "string":
		w.stringRules(get, data.String(), path)
	case "array":
		w.arrayRules(get, data.(*goja.Object), path)
	case "object":
		w.objectRules(get, data.(*goja.Object), path)
	}
	w.genericRules(get, data, path)
}

func (w *ajvWalker) numberRules(get func(string) goja.Value, n float64, path string) {
	if m := get("maximum"); m != nil && !(n <= m.ToFloat()) {
		w.add(path, "should be <= "+m.String())
	}
	if m := get("exclusiveMaximum"); m != nil && isNumber(m) && !(n < m.ToFloat()) {
		w.add(path, "should be < "+m.String())
	}
	if m := get("minimum"); m != nil && !(n >= m.ToFloat()) {
		w.add(path, "should be >= "+m.String())
	}
	if m := get("exclusiveMinimum"); m != nil && isNumber(m) && !(n > m.ToFloat()) {
		w.add(path, "should be > "+m.String())
	}
	if m := get("multipleOf"); m != nil {
		q := n / m.ToFloat()
		if math.Abs(q-math.Round(q)) > 1e-9 {
			w.add(path, "should be multiple of "+m.String())
		}
	}
}

func (w *ajvWalker) stringRules(get func(string) goja.Value, s string, path string) {
	n := len([]rune(s))
	if m := get("maxLength"); m != nil && int64(n) > m.ToInteger() {
		w.add(path, "should NOT be longer than "+m.String()+" characters")
	}
	if m := get("minLength"); m != nil && int64(n) < m.ToInteger() {
		w.add(path, "should NOT be shorter than "+m.String()+" characters")
	}
	if p := get("pattern"); p != nil {
		if re, err := regexp.Compile(p.String()); err == nil && !re.MatchString(s) {
			w.add(path, `should match pattern "`+p.String()+`"`)
		}
	}
	if f := get("format"); f != nil {
		if check, ok := ajvFormats[f.String()]; ok && !check(s) {
			w.add(path, `should match format "`+f.String()+`"`)
		}
	}
}

// ajvFormats are Ajv 6's "fast" format checks.
var ajvFormats = map[string]func(string) bool{
	"date":      regexp.MustCompile(`^\d\d\d\d-[0-1]\d-[0-3]\d$`).MatchString,
	"time":      regexp.MustCompile(`(?i)^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$`).MatchString,
	"date-time": regexp.MustCompile(`(?i)^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$`).MatchString,
	"uri":       regexp.MustCompile(`(?i)^(?:[a-z][a-z0-9+\-.]*:)(?:/?/)?[^\s]*$`).MatchString,
	"email":     regexp.MustCompile("(?i)^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$").MatchString,
	"ipv4":      regexp.MustCompile(`^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$`).MatchString,
	"uuid":      regexp.MustCompile(`(?i)^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$`).MatchString,
	"hostname": func(s string) bool {
		return len(strings.TrimSuffix(s, ".")) <= 253 && hostnameRe.MatchString(s)
	},
	"regex": func(s string) bool { _, err := regexp.Compile(s); return err == nil },
}

var hostnameRe = regexp.MustCompile(`(?i)^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$`)

func (w *ajvWalker) arrayRules(get func(string) goja.Value, arr *goja.Object, path string) {
	keys := arr.Keys()
	n := len(keys)
	if m := get("maxItems"); m != nil && int64(n) > m.ToInteger() {
		w.add(path, "should NOT have more than "+m.String()+" items")
	}
	if m := get("minItems"); m != nil && int64(n) < m.ToInteger() {
		w.add(path, "should NOT have fewer than "+m.String()+" items")
	}
	if items := get("items"); items != nil {
		if list, ok := items.(*goja.Object); ok && list.ClassName() == "Array" {
			tuple := list.Keys()
			add := get("additionalItems")
			// Ajv checks a false additionalItems before the items.
			if add != nil && n > len(tuple) {
				if b, ok := add.Export().(bool); ok && !b {
					w.add(path, "should NOT have more than "+strconv.Itoa(len(tuple))+" items")
				}
			}
			for i := 0; i < n && i < len(tuple); i++ {
				w.validate(list.Get(tuple[i]), arr.Get(keys[i]), path+"["+keys[i]+"]")
			}
			if add != nil && n > len(tuple) {
				if _, isBool := add.Export().(bool); !isBool {
					for i := len(tuple); i < n; i++ {
						w.validate(add, arr.Get(keys[i]), path+"["+keys[i]+"]")
					}
				}
			}
		} else {
			for _, k := range keys {
				w.validate(items, arr.Get(k), path+"["+k+"]")
			}
		}
	}
	if c := get("contains"); c != nil {
		found := false
		for _, k := range keys {
			found = found || w.valid(c, arr.Get(k))
		}
		if !found {
			w.add(path, "should contain a valid item")
		}
	}
	if u := get("uniqueItems"); u != nil && u.ToBoolean() {
		seen := map[string]int{}
		for i := n - 1; i >= 0; i-- {
			key := canonical(arr.Get(keys[i]))
			if j, dup := seen[key]; dup {
				w.add(path, fmt.Sprintf("should NOT have duplicate items (items ## %d and %d are identical)", i, j))
				break
			}
			seen[key] = i
		}
	}
}

// canonical renders a value so that equal JSON values render the same.
func canonical(v goja.Value) string {
	switch jsonType(v) {
	case "object":
		o := v.(*goja.Object)
		keys := o.Keys()
		sortStrings(keys)
		var b strings.Builder
		b.WriteString("{")
		for _, k := range keys {
			b.WriteString(strconv.Quote(k) + ":" + canonical(o.Get(k)) + ",")
		}
		return b.String() + "}"
	case "array":
		o := v.(*goja.Object)
		var b strings.Builder
		b.WriteString("[")
		for _, k := range o.Keys() {
			b.WriteString(canonical(o.Get(k)) + ",")
		}
		return b.String() + "]"
	case "string":
		return strconv.Quote(v.String())
	}
	return jsonType(v) + ":" + v.String()
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (w *ajvWalker) objectRules(get func(string) goja.Value, obj *goja.Object, path string) {
	keys := obj.Keys()
	has := map[string]bool{}
	for _, k := range keys {
		has[k] = true
	}
	if m := get("maxProperties"); m != nil && int64(len(keys)) > m.ToInteger() {
		w.add(path, "should NOT have more than "+m.String()+" properties")
	}
	if m := get("minProperties"); m != nil && int64(len(keys)) < m.ToInteger() {
		w.add(path, "should NOT have fewer than "+m.String()+" properties")
	}
	if req, ok := get("required").(*goja.Object); ok {
		for _, k := range req.Keys() {
			name := req.Get(k).String()
			if !has[name] {
				w.add(path, "should have required property '"+name+"'")
			}
		}
	}
	if deps, ok := get("dependencies").(*goja.Object); ok {
		for _, k := range deps.Keys() {
			if !has[k] {
				continue
			}
			dep := deps.Get(k)
			if list, ok := dep.(*goja.Object); ok && list.ClassName() == "Array" {
				for _, i := range list.Keys() {
					if name := list.Get(i).String(); !has[name] {
						w.add(path, "should have property "+name+" when property "+k+" is present")
					}
				}
				continue
			}
			w.validate(dep, obj, path)
		}
	}
	if pn := get("propertyNames"); pn != nil {
		for _, k := range keys {
			if !w.valid(pn, w.vmString(k)) {
				w.validate(pn, w.vmString(k), path)
				w.add(path, "property name '"+k+"' is invalid")
			}
		}
	}
	props, _ := get("properties").(*goja.Object)
	patterns, _ := get("patternProperties").(*goja.Object)
	if props != nil {
		for _, k := range props.Keys() {
			if has[k] {
				w.validate(props.Get(k), obj.Get(k), ajvProp(path, k))
			}
		}
	}
	matched := map[string]bool{}
	if patterns != nil {
		for _, p := range patterns.Keys() {
			re, err := regexp.Compile(p)
			if err != nil {
				continue
			}
			for _, k := range keys {
				if re.MatchString(k) {
					matched[k] = true
					w.validate(patterns.Get(p), obj.Get(k), ajvProp(path, k))
				}
			}
		}
	}
	if add := get("additionalProperties"); add != nil {
		for _, k := range keys {
			if (props != nil && hasOwn(props, k)) || matched[k] {
				continue
			}
			if b, ok := add.Export().(bool); ok {
				if !b {
					w.add(path, "should NOT have additional properties")
				}
				continue
			}
			w.validate(add, obj.Get(k), ajvProp(path, k))
		}
	}
}

func (w *ajvWalker) vmString(s string) goja.Value { return w.vm.ToValue(s) }

func (w *ajvWalker) genericRules(get func(string) goja.Value, data goja.Value, path string) {
	if c := get("const"); c != nil && canonical(c) != canonical(data) {
		w.add(path, "should be equal to constant")
	}
	if e, ok := get("enum").(*goja.Object); ok {
		found := false
		for _, k := range e.Keys() {
			found = found || canonical(e.Get(k)) == canonical(data)
		}
		if !found {
			w.add(path, "should be equal to one of the allowed values")
		}
	}
	if n := get("not"); n != nil && w.valid(n, data) {
		w.add(path, "should NOT be valid")
	}
	if list, ok := get("anyOf").(*goja.Object); ok {
		var inner []string
		ok := false
		for _, k := range list.Keys() {
			sub := &ajvWalker{vm: w.vm, root: w.root}
			sub.validate(list.Get(k), data, path)
			if len(sub.out) == 0 {
				ok = true
				break
			}
			inner = append(inner, sub.out...)
		}
		if !ok {
			w.out = append(w.out, inner...)
			w.add(path, "should match some schema in anyOf")
		}
	}
	if list, ok := get("oneOf").(*goja.Object); ok {
		var inner []string
		passed := 0
		for _, k := range list.Keys() {
			sub := &ajvWalker{vm: w.vm, root: w.root}
			sub.validate(list.Get(k), data, path)
			if len(sub.out) == 0 {
				passed++
			}
			inner = append(inner, sub.out...)
		}
		if passed != 1 {
			if passed == 0 {
				w.out = append(w.out, inner...)
			}
			w.add(path, "should match exactly one schema in oneOf")
		}
	}
	if list, ok := get("allOf").(*goja.Object); ok {
		for _, k := range list.Keys() {
			w.validate(list.Get(k), data, path)
		}
	}
	if cond := get("if"); cond != nil {
		branch, name := get("then"), "then"
		if !w.valid(cond, data) {
			branch, name = get("else"), "else"
		}
		if branch != nil {
			sub := &ajvWalker{vm: w.vm, root: w.root}
			sub.validate(branch, data, path)
			if len(sub.out) > 0 {
				w.out = append(w.out, sub.out...)
				w.add(path, `should match "`+name+`" schema`)
			}
		}
	}
}
