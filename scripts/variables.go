package scripts

import (
	"encoding/json"
	"math"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts/modules"
)

// installVariables defines pm.environment, pm.globals,
// pm.collectionVariables, pm.iterationData and pm.variables.
func (s *Sandbox) installVariables(pm *goja.Object) {
	scopes := map[string]func() *collection.Scope{
		"environment":         func() *collection.Scope { return s.cur.exec.Vars.Environment },
		"globals":             func() *collection.Scope { return s.cur.exec.Vars.Globals },
		"collectionVariables": func() *collection.Scope { return s.cur.exec.Vars.Collection },
		"iterationData":       func() *collection.Scope { return s.cur.exec.Vars.Data },
	}
	for name, scope := range scopes {
		obj := s.scopeObject(scope)
		if name == "environment" {
			s.getter(obj, "name", func() any {
				if sc := scope(); sc != nil && sc.Name != "" {
					return sc.Name
				}
				return nil
			})
		}
		must(pm.Set(name, obj))
	}
	must(pm.Set("variables", s.variablesObject()))
}

// scopeObject is the JavaScript face of one variable scope.
func (s *Sandbox) scopeObject(scope func() *collection.Scope) *goja.Object {
	vm := s.vm
	obj := vm.NewObject()
	must(obj.Set("get", func(key string) goja.Value {
		if v, ok := scope().Get(key); ok {
			return s.toJS(v)
		}
		return goja.Undefined()
	}))
	must(obj.Set("set", func(key string, value goja.Value) {
		value = modules.OrUndefined(value)
		scope().Set(key, toGo(value))
	}))
	must(obj.Set("unset", func(key string) { scope().Unset(key) }))
	must(obj.Set("has", func(key string) bool { return scope().Has(key) }))
	must(obj.Set("clear", func() { scope().Clear() }))
	toObject := func() goja.Value { return s.scopeToObject(scope()) }
	must(obj.Set("toObject", toObject))
	must(obj.Set("toJSON", func() goja.Value {
		out := vm.NewObject()
		sc := scope()
		id := sc.ID
		if id == "" {
			// Every VariableScope has an id; one made for the run has a
			// random one.
			id = collection.NewUUID()
		}
		must(out.Set("id", id))
		var values []any
		for _, v := range sc.Variables() {
			e := vm.NewObject()
			must(e.Set("type", typeName(v)))
			if _, undef := v.Value.(Undefined); !undef {
				must(e.Set("value", s.toJS(v.Value)))
			}
			must(e.Set("key", v.Key))
			if v.Disabled {
				must(e.Set("disabled", true))
			}
			values = append(values, e)
		}
		must(out.Set("values", vm.NewArray(values...)))
		return out
	}))
	must(obj.Set("replaceIn", func(tmpl goja.Value) goja.Value {
		tmpl = modules.OrUndefined(tmpl)
		if tmpl == nil || goja.IsUndefined(tmpl) || goja.IsNull(tmpl) {
			return tmpl
		}
		r := &collection.Resolver{Scopes: []*collection.Scope{scope()}, Dynamic: collection.DynamicValue}
		return vm.ToValue(r.Resolve(tmpl.String()))
	}))
	return obj
}

// variablesObject is pm.variables: reads through every scope in Postman's
// precedence, writes to the item-local scope.
func (s *Sandbox) variablesObject() *goja.Object {
	vm := s.vm
	obj := vm.NewObject()
	resolver := func() *collection.Resolver { return s.cur.exec.Vars.Resolver(collection.DynamicValue) }
	must(obj.Set("get", func(key string) goja.Value {
		if v, ok := resolver().Lookup(key); ok {
			return s.toJS(v)
		}
		return goja.Undefined()
	}))
	must(obj.Set("set", func(key string, value goja.Value) {
		value = modules.OrUndefined(value)
		s.cur.exec.Vars.Local.Set(key, toGo(value))
	}))
	must(obj.Set("unset", func(key string) { s.cur.exec.Vars.Local.Unset(key) }))
	must(obj.Set("has", func(key string) bool {
		_, ok := resolver().Lookup(key)
		return ok
	}))
	must(obj.Set("toObject", func() goja.Value {
		out := vm.NewObject()
		scopes := resolver().Scopes
		// Lowest precedence first, so that higher scopes overwrite.
		for i := len(scopes) - 1; i >= 0; i-- {
			for _, v := range scopes[i].Variables() {
				if !v.Disabled {
					must(out.Set(v.Key, s.toJS(v.Value)))
				}
			}
		}
		return out
	}))
	must(obj.Set("replaceIn", func(tmpl goja.Value) goja.Value {
		tmpl = modules.OrUndefined(tmpl)
		if tmpl == nil || goja.IsUndefined(tmpl) || goja.IsNull(tmpl) {
			return tmpl
		}
		return vm.ToValue(resolver().Resolve(tmpl.String()))
	}))
	return obj
}

func (s *Sandbox) scopeToObject(sc *collection.Scope) goja.Value {
	out := s.vm.NewObject()
	for _, v := range sc.Variables() {
		if !v.Disabled {
			must(out.Set(v.Key, s.toJS(v.Value)))
		}
	}
	return out
}

func typeName(v collection.Variable) string {
	if v.Type != "" {
		return v.Type
	}
	return "any"
}

// Undefined is the value of a variable set to undefined (or to a
// function, which Postman stores as undefined): get returns undefined and
// substitution writes nothing.
type Undefined struct{}

func (Undefined) String() string { return "" }

// MarshalJSON writes undefined as null, the nearest JSON has.
func (Undefined) MarshalJSON() ([]byte, error) { return []byte("null"), nil }

// toGo exports a JavaScript value as a variable value: JSON-shaped Go
// values, numbers as float64.
func toGo(v goja.Value) any {
	if v == nil || goja.IsUndefined(v) {
		return Undefined{}
	}
	if _, isFn := goja.AssertFunction(v); isFn {
		return Undefined{}
	}
	return normalize(v.Export())
}

func normalize(x any) any {
	switch t := x.(type) {
	case int64:
		return float64(t)
	case int:
		return float64(t)
	case float64:
		if math.IsNaN(t) || math.IsInf(t, 0) {
			return t
		}
		return t
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, v := range t {
			out[k] = normalize(v)
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, v := range t {
			out[i] = normalize(v)
		}
		return out
	}
	return x
}

// toJS turns a variable value into a JavaScript value; objects and arrays
// become plain JavaScript objects, not wrapped Go maps.
func (s *Sandbox) toJS(v any) goja.Value {
	switch t := v.(type) {
	case nil:
		return goja.Null()
	case Undefined:
		return goja.Undefined()
	case map[string]any, []any:
		data, err := json.Marshal(dropFuncs(t))
		if err != nil {
			return goja.Undefined()
		}
		return s.parseJSON(data)
	}
	return s.vm.ToValue(v)
}

// dropFuncs replaces functions nested in an exported value with nil, so
// that it marshals.
func dropFuncs(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = dropFuncs(e)
		}
	case []any:
		for i, e := range t {
			t[i] = dropFuncs(e)
		}
	case func(goja.FunctionCall) goja.Value:
		return nil
	}
	return v
}
