package ajv

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

const maxDepth = 1000

// validate checks data against schema at dataPath; it returns whether no
// error was added.
func (w *walker) validate(schema goja.Value, sc scope, data goja.Value, dataPath string) bool {
	start := len(w.errs)
	if b, ok := schema.Export().(bool); ok {
		if _, isObj := schema.(*goja.Object); !isObj {
			if !b {
				w.add(w.errorAt("false schema", dataPath, sc.schemaPath+"/false schema", nil, "boolean schema is false", schema, goja.Undefined(), data))
			}
			return len(w.errs) == start
		}
	}
	s, ok := schema.(*goja.Object)
	if !ok {
		return true
	}
	if w.depth > maxDepth {
		panic(w.vm.NewGoError(&rangeError{}))
	}
	w.depth++
	defer func() { w.depth-- }()
	if id := get(s, "$id"); id != nil && modules.IsString(id) {
		sc.base = resolveURI(sc.base, id.String())
		if !strings.HasPrefix(id.String(), "#") {
			sc.root = s
		}
	}
	if ref := get(s, "$ref"); ref != nil {
		// Ajv 6 ignores the keywords beside $ref (extendRefs: "ignore").
		w.ref(ref.String(), sc, data, dataPath)
		return len(w.errs) == start
	}
	typeSchema := get(s, "type")
	var types []string
	if typeSchema != nil {
		if isArray(typeSchema) {
			for _, t := range items(typeSchema) {
				types = append(types, t.String())
			}
		} else {
			types = []string{typeSchema.String()}
		}
	}
	typeErr := func() {
		w.add(w.errorAt("type", dataPath, sc.schemaPath+"/type", []param{{"type", strings.Join(types, ",")}},
			"should be "+strings.Join(types, ","), typeSchema, s, data))
	}
	typeOK := func() bool {
		for _, t := range types {
			if checkType(t, data) {
				return true
			}
		}
		return false
	}
	groups := []string{"number", "string", "array", "object"}
	single := len(types) == 1 && contains(groups, types[0])
	if typeSchema != nil && (len(types) != 1 || !single || !w.groupUsed(s, types[0])) {
		if !typeOK() {
			typeErr()
			if w.failed(start) {
				return false
			}
		}
	}
	for _, g := range groups {
		if !w.groupUsed(s, g) {
			continue
		}
		if checkType(g, data) {
			switch g {
			case "number":
				w.numberRules(s, sc, data, dataPath)
			case "string":
				w.stringRules(s, sc, data, dataPath)
			case "array":
				w.arrayRules(s, sc, data.(*goja.Object), dataPath)
			case "object":
				w.objectRules(s, sc, data.(*goja.Object), dataPath)
			}
		} else if single && types[0] == g {
			typeErr()
		}
		if w.failed(start) {
			return false
		}
	}
	w.genericRules(s, sc, data, dataPath)
	return len(w.errs) == start
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var groupKeywords = map[string][]string{
	"number": {"maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "multipleOf", "format"},
	"string": {"maxLength", "minLength", "pattern", "format"},
	"array":  {"maxItems", "minItems", "items", "contains", "uniqueItems"},
	"object": {"maxProperties", "minProperties", "required", "dependencies", "propertyNames", "properties", "additionalProperties", "patternProperties"},
}

func (w *walker) groupUsed(s *goja.Object, g string) bool {
	for _, k := range groupKeywords[g] {
		if get(s, k) != nil {
			return true
		}
	}
	return false
}

func isNumber(v goja.Value) bool { return dataType(v) == "number" }

func num(v goja.Value) any {
	f := v.ToFloat()
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return int64(f)
	}
	return f
}

func (w *walker) numberRules(s *goja.Object, sc scope, data goja.Value, path string) {
	start := len(w.errs)
	n := data.ToFloat()
	limit := func(kw, exKw, op, exOp string, pass func(a, b float64) bool, exPass func(a, b float64) bool) {
		lim, ex := get(s, kw), get(s, exKw)
		exNum := ex != nil && isNumber(ex)
		if lim == nil && !exNum {
			return
		}
		useEx := exNum && (lim == nil || func() bool {
			if kw == "maximum" {
				return ex.ToFloat() <= lim.ToFloat()
			}
			return ex.ToFloat() >= lim.ToFloat()
		}())
		if useEx {
			if !exPass(n, ex.ToFloat()) {
				w.add(w.errorAt(exKw, path, sc.schemaPath+"/"+exKw, []param{{"comparison", exOp}, {"limit", num(ex)}, {"exclusive", true}},
					"should be "+exOp+" "+ex.String(), ex, s, data))
			}
			return
		}
		if !pass(n, lim.ToFloat()) {
			w.add(w.errorAt(kw, path, sc.schemaPath+"/"+kw, []param{{"comparison", op}, {"limit", num(lim)}, {"exclusive", false}},
				"should be "+op+" "+lim.String(), lim, s, data))
		}
	}
	limit("maximum", "exclusiveMaximum", "<=", "<", func(a, b float64) bool { return a <= b }, func(a, b float64) bool { return a < b })
	if w.failed(start) {
		return
	}
	limit("minimum", "exclusiveMinimum", ">=", ">", func(a, b float64) bool { return a >= b }, func(a, b float64) bool { return a > b })
	if w.failed(start) {
		return
	}
	if m := get(s, "multipleOf"); m != nil {
		q := n / m.ToFloat()
		if q != math.Trunc(q) {
			w.add(w.errorAt("multipleOf", path, sc.schemaPath+"/multipleOf", []param{{"multipleOf", num(m)}}, "should be multiple of "+m.String(), m, s, data))
			if w.failed(start) {
				return
			}
		}
	}
	w.format(s, sc, data, path, "number")
}

// ucs2length counts code points, as Ajv does.
func ucs2length(s string) int { return len([]rune(s)) }

func (w *walker) stringRules(s *goja.Object, sc scope, data goja.Value, path string) {
	start := len(w.errs)
	str := data.String()
	if m := get(s, "maxLength"); m != nil && float64(ucs2length(str)) > m.ToFloat() {
		w.add(w.errorAt("maxLength", path, sc.schemaPath+"/maxLength", []param{{"limit", num(m)}}, "should NOT be longer than "+m.String()+" characters", m, s, data))
		if w.failed(start) {
			return
		}
	}
	if m := get(s, "minLength"); m != nil && float64(ucs2length(str)) < m.ToFloat() {
		w.add(w.errorAt("minLength", path, sc.schemaPath+"/minLength", []param{{"limit", num(m)}}, "should NOT be shorter than "+m.String()+" characters", m, s, data))
		if w.failed(start) {
			return
		}
	}
	if p := get(s, "pattern"); p != nil {
		if !w.a.test(w.a.pattern(p.String()), str) {
			w.add(w.errorAt("pattern", path, sc.schemaPath+"/pattern", []param{{"pattern", p.String()}}, `should match pattern "`+p.String()+`"`, p, s, data))
			if w.failed(start) {
				return
			}
		}
	}
	w.format(s, sc, data, path, "string")
}

func (w *walker) format(s *goja.Object, sc scope, data goja.Value, path, kind string) {
	f := get(s, "format")
	if f == nil || w.a.formatMode == "" {
		return
	}
	check := w.a.formats[f.String()]
	if check == nil || check.kind != kind {
		return
	}
	if !check.test(data) {
		w.add(w.errorAt("format", path, sc.schemaPath+"/format", []param{{"format", f.String()}}, `should match format "`+f.String()+`"`, f, s, data))
	}
}

func (w *walker) arrayRules(s *goja.Object, sc scope, arr *goja.Object, path string) {
	start := len(w.errs)
	list := items(arr)
	n := len(list)
	if m := get(s, "maxItems"); m != nil && float64(n) > m.ToFloat() {
		w.add(w.errorAt("maxItems", path, sc.schemaPath+"/maxItems", []param{{"limit", num(m)}}, "should NOT have more than "+m.String()+" items", m, s, arr))
		if w.failed(start) {
			return
		}
	}
	if m := get(s, "minItems"); m != nil && float64(n) < m.ToFloat() {
		w.add(w.errorAt("minItems", path, sc.schemaPath+"/minItems", []param{{"limit", num(m)}}, "should NOT have fewer than "+m.String()+" items", m, s, arr))
		if w.failed(start) {
			return
		}
	}
	if it := get(s, "items"); it != nil {
		w.itemsRule(s, sc, it, list, arr, path)
		if w.failed(start) {
			return
		}
	}
	if c := get(s, "contains"); c != nil {
		found := len(list) > 0
		if w.nonEmpty(c) {
			found = false
			before := len(w.errs)
			for i, v := range list {
				if w.validate(c, sc.at("/contains"), v, w.indexPath(path, i)) {
					found = true
					break
				}
			}
			if found {
				w.errs = w.errs[:before]
			}
		}
		if !found {
			w.add(w.errorAt("contains", path, sc.schemaPath+"/contains", nil, "should contain a valid item", c, s, arr))
		}
		if w.failed(start) {
			return
		}
	}
	if u := get(s, "uniqueItems"); u != nil && u.ToBoolean() {
		if i, j, dup := w.duplicate(s, list); dup {
			w.add(w.errorAt("uniqueItems", path, sc.schemaPath+"/uniqueItems", []param{{"i", int64(i)}, {"j", int64(j)}},
				"should NOT have duplicate items (items ## "+strconv.Itoa(j)+" and "+strconv.Itoa(i)+" are identical)", u, s, arr))
		}
	}
}

func (sc scope) at(suffix string) scope {
	sc.schemaPath += suffix
	return sc
}

func (w *walker) itemsRule(s *goja.Object, sc scope, it goja.Value, list []goja.Value, arr *goja.Object, path string) {
	start := len(w.errs)
	if !isArray(it) {
		if !w.nonEmpty(it) {
			return
		}
		for i, v := range list {
			w.validate(it, sc.at("/items"), v, w.indexPath(path, i))
			if w.failed(start) {
				return
			}
		}
		return
	}
	tuple := items(it)
	add := get(s, "additionalItems")
	if add != nil && add.StrictEquals(w.vm.ToValue(false)) && len(list) > len(tuple) {
		w.add(w.errorAt("additionalItems", path, sc.schemaPath+"/additionalItems", []param{{"limit", int64(len(tuple))}},
			"should NOT have more than "+strconv.Itoa(len(tuple))+" items", add, s, arr))
		if w.failed(start) {
			return
		}
	}
	for i, sub := range tuple {
		if i < len(list) && w.nonEmpty(sub) {
			w.validate(sub, sc.at("/items/"+strconv.Itoa(i)), list[i], w.indexPath(path, i))
			if w.failed(start) {
				return
			}
		}
	}
	if add != nil && isObject(add) && w.nonEmpty(add) {
		for i := len(tuple); i < len(list); i++ {
			w.validate(add, sc.at("/additionalItems"), list[i], w.indexPath(path, i))
			if w.failed(start) {
				return
			}
		}
	}
}

func isObject(v goja.Value) bool { _, ok := v.(*goja.Object); return ok }

// duplicate finds a repeated item as Ajv's uniqueItems does: by a hash of
// scalar items when items declares scalar types, else pairwise from the end.
func (w *walker) duplicate(s *goja.Object, list []goja.Value) (int, int, bool) {
	var itemTypes []string
	if it := get(s, "items"); it != nil && !isArray(it) {
		if t := get(it, "type"); t != nil {
			if isArray(t) {
				for _, x := range items(t) {
					itemTypes = append(itemTypes, x.String())
				}
			} else {
				itemTypes = []string{t.String()}
			}
		}
	}
	scalar := len(itemTypes) > 0 && !contains(itemTypes, "object") && !contains(itemTypes, "array")
	if scalar {
		seen := map[string]int{}
		for i := len(list) - 1; i >= 0; i-- {
			item := list[i]
			ok := false
			for _, t := range itemTypes {
				ok = ok || checkType(t, item)
			}
			if !ok {
				continue
			}
			key := item.String()
			if len(itemTypes) > 1 && dataType(item) == "string" {
				key = `"` + key
			}
			if j, dup := seen[key]; dup {
				return i, j, true
			}
			seen[key] = i
		}
		return 0, 0, false
	}
	for i := len(list) - 1; i > 0; i-- {
		for j := i - 1; j >= 0; j-- {
			if deepEqual(list[i], list[j]) {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// deepEqual is fast-deep-equal.
func deepEqual(a, b goja.Value) bool {
	if a.StrictEquals(b) {
		return true
	}
	ao, aok := a.(*goja.Object)
	bo, bok := b.(*goja.Object)
	if !aok || !bok {
		af, bf := a.ToFloat(), b.ToFloat()
		return isNumber(a) && isNumber(b) && math.IsNaN(af) && math.IsNaN(bf)
	}
	if isArray(ao) != isArray(bo) {
		return false
	}
	if isArray(ao) {
		x, y := items(ao), items(bo)
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if !deepEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	}
	ak, bk := ao.Keys(), bo.Keys()
	if len(ak) != len(bk) {
		return false
	}
	for _, k := range ak {
		if bo.Get(k) == nil || !deepEqual(ao.Get(k), bo.Get(k)) {
			return false
		}
	}
	return true
}

type rangeError struct{}

func (*rangeError) Error() string { return "Maximum call stack size exceeded" }
