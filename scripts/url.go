package scripts

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/collection"
	"github.com/pmrun/pmrun/scripts/modules"
)

// urlObject is postman-collection's Url over *u. Its parts are accessors,
// so that assigning pm.request.url.host or .path reaches the request; the
// query list changes the request in place.
func (s *Sandbox) urlObject(u *collection.URL) *goja.Object {
	vm := s.vm
	o := vm.NewObject()
	accessor := func(name string, get func() goja.Value, set func(goja.Value)) {
		must(o.DefineAccessorProperty(name, vm.ToValue(get), vm.ToValue(set), goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
	optional := func(v string) goja.Value {
		if v == "" {
			return goja.Undefined()
		}
		return vm.ToValue(v)
	}
	accessor("protocol", func() goja.Value { return optional(u.Protocol) }, func(v goja.Value) { u.Protocol = valueString(v) })
	accessor("port", func() goja.Value { return optional(u.Port) }, func(v goja.Value) {
		v = modules.OrUndefined(v)
		u.Port = valueString(v)
		u.HasPort = u.Port != ""
	})
	accessor("hash", func() goja.Value { return optional(u.Hash) }, func(v goja.Value) {
		v = modules.OrUndefined(v)
		u.Hash = valueString(v)
		u.HasHash = u.Hash != ""
	})
	accessor("host", func() goja.Value { return s.syncedStrings(&u.Host) }, func(v goja.Value) {
		v = modules.OrUndefined(v)
		u.Host = splitParts(v, ".")
	})
	accessor("path", func() goja.Value { return s.syncedStrings(&u.Path) }, func(v goja.Value) {
		v = modules.OrUndefined(v)
		u.Path = splitParts(v, "/")
	})
	var query *goja.Object
	accessor("query", func() goja.Value {
		if query == nil {
			query = s.queryList(u)
		}
		return query
	}, func(v goja.Value) {
		v = modules.OrUndefined(v)
		u.Query = s.queryArgs(v)
		u.HasQuery = len(u.Query) > 0
	})
	accessor("variables", func() goja.Value { return s.variableList(u.Variables) }, func(goja.Value) {})
	accessor("auth", func() goja.Value {
		if u.Auth == nil {
			return goja.Undefined()
		}
		a := vm.NewObject()
		must(a.Set("user", u.Auth.User))
		if u.Auth.HasPassword {
			must(a.Set("password", u.Auth.Password))
		}
		return a
	}, func(goja.Value) {})
	s.method(o, "toString", func() string { return u.String() })
	s.method(o, "getRaw", func() string { return u.String() })
	s.method(o, "getHost", func() string { return strings.Join(u.Host, ".") })
	s.method(o, "getPath", func() string { return "/" + strings.Join(u.Path, "/") })
	s.method(o, "getQueryString", func() string { q, _ := u.QueryString(); return q })
	s.method(o, "getPathWithQuery", func() string {
		p := "/" + strings.Join(u.Path, "/")
		if q, _ := u.QueryString(); q != "" {
			p += "?" + q
		}
		return p
	})
	s.method(o, "getRemote", func(call goja.FunctionCall) goja.Value {
		host := strings.Join(u.Host, ".")
		port := u.Port
		if port == "" && truthy(optField(call.Argument(0), "forcePort")) {
			port = "80"
			if u.Protocol == "https" {
				port = "443"
			}
		}
		if port != "" {
			host += ":" + port
		}
		return vm.ToValue(host)
	})
	s.method(o, "addQueryParams", func(v goja.Value) { addQuery(u, s.queryArgs(v)) })
	s.method(o, "removeQueryParams", func(v goja.Value) { removeQuery(u, v) })
	s.method(o, "update", func(v goja.Value) { *u = collection.ParseURL(valueString(v)) })
	s.method(o, "toJSON", func() goja.Value {
		// Url#toJSON: the parts in postman-collection's order, no raw.
		j := vm.NewObject()
		if u.Protocol != "" {
			must(j.Set("protocol", u.Protocol))
		}
		if u.Auth != nil {
			a := map[string]any{"user": u.Auth.User}
			if u.Auth.HasPassword {
				a["password"] = u.Auth.Password
			}
			must(j.Set("auth", a))
		}
		if u.Port != "" {
			must(j.Set("port", u.Port))
		}
		must(j.Set("path", vm.NewArray(toAnySlice(u.Path)...)))
		if u.Hash != "" {
			must(j.Set("hash", u.Hash))
		}
		must(j.Set("host", vm.NewArray(toAnySlice(u.Host)...)))
		var qs []any
		for _, q := range u.Query {
			e := vm.NewObject()
			must(e.Set("key", q.Key))
			if q.Value != nil {
				must(e.Set("value", *q.Value))
			} else {
				must(e.Set("value", goja.Null()))
			}
			if q.Disabled {
				must(e.Set("disabled", true))
			}
			qs = append(qs, e)
		}
		if len(qs) > 0 {
			must(j.Set("query", vm.NewArray(qs...)))
		}
		var vars []any
		for _, v := range u.Variables {
			vars = append(vars, map[string]any{"key": v.Key, "value": collection.Stringify(v.Value)})
		}
		must(j.Set("variable", s.toJS(append([]any{}, vars...))))
		return j
	})
	return o
}

func toAnySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// syncedStrings hands a script an array of *parts and copies it back into
// *parts when the script ends, so that url.path.push('x') is sent.
func (s *Sandbox) syncedStrings(parts *[]string) goja.Value {
	arr := s.vm.NewArray(toAnySlice(*parts)...)
	if st := s.cur; st != nil {
		st.syncs = append(st.syncs, func() {
			var out []string
			for _, k := range arr.Keys() {
				out = append(out, modules.ToString(arr.Get(k)))
			}
			*parts = out
		})
	}
	return arr
}

func splitParts(v goja.Value, sep string) []string {
	if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
		var out []string
		for _, k := range o.Keys() {
			out = append(out, modules.ToString(o.Get(k)))
		}
		return out
	}
	str := strings.Trim(valueString(v), sep)
	if str == "" {
		return nil
	}
	return strings.Split(str, sep)
}

// queryList is a PropertyList of QueryParams over u.Query.
func (s *Sandbox) queryList(u *collection.URL) *goja.Object {
	vm := s.vm
	list := vm.NewObject()
	param := func(q collection.QueryParam) goja.Value {
		o := vm.NewObject()
		must(o.Set("key", q.Key))
		if q.Value != nil {
			must(o.Set("value", *q.Value))
		} else {
			must(o.Set("value", goja.Null()))
		}
		if q.Disabled {
			must(o.Set("disabled", true))
		}
		return o
	}
	last := func(key string) int {
		for i := len(u.Query) - 1; i >= 0; i-- {
			if u.Query[i].Key == key {
				return i
			}
		}
		return -1
	}
	all := func() []any {
		out := make([]any, len(u.Query))
		for i, q := range u.Query {
			out[i] = param(q)
		}
		return out
	}
	set := func(name string, fn any) { must(list.Set(name, fn)) }
	set("get", func(k goja.Value) goja.Value {
		k = modules.OrUndefined(k)
		if i := last(modules.ToString(k)); i >= 0 && u.Query[i].Value != nil {
			return vm.ToValue(*u.Query[i].Value)
		} else if i >= 0 {
			return goja.Null()
		}
		return goja.Undefined()
	})
	set("one", func(k goja.Value) goja.Value {
		k = modules.OrUndefined(k)
		if i := last(modules.ToString(k)); i >= 0 {
			return param(u.Query[i])
		}
		return goja.Undefined()
	})
	set("has", func(call goja.FunctionCall) goja.Value {
		key := modules.ToString(call.Argument(0))
		for _, q := range u.Query {
			if q.Key == key && (len(call.Arguments) < 2 || (q.Value != nil && *q.Value == modules.ToString(call.Argument(1)))) {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	})
	set("idx", func(i int) goja.Value {
		if i >= 0 && i < len(u.Query) {
			return param(u.Query[i])
		}
		return goja.Undefined()
	})
	set("count", func() int { return len(u.Query) })
	set("all", func() goja.Value { return vm.NewArray(all()...) })
	set("toJSON", func() goja.Value { return vm.NewArray(all()...) })
	set("add", func(v goja.Value) { addQuery(u, s.queryArgs(v)) })
	set("append", func(v goja.Value) { addQuery(u, s.queryArgs(v)) })
	set("upsert", func(v goja.Value) {
		v = modules.OrUndefined(v)
		for _, q := range s.queryArgs(v) {
			if i := last(q.Key); i >= 0 {
				u.Query[i] = q
				continue
			}
			addQuery(u, []collection.QueryParam{q})
		}
	})
	set("remove", func(v goja.Value) {
		v = modules.OrUndefined(v)
		if fn, ok := goja.AssertFunction(v); ok {
			kept := u.Query[:0]
			for _, q := range u.Query {
				ret, err := fn(goja.Undefined(), param(q))
				if err != nil {
					panic(err)
				}
				if !ret.ToBoolean() {
					kept = append(kept, q)
				}
			}
			u.Query = kept
			return
		}
		removeQuery(u, v)
	})
	set("clear", func() { u.Query = nil })
	set("populate", func(v goja.Value) { addQuery(u, s.queryArgs(v)) })
	set("repopulate", func(v goja.Value) { u.Query = s.queryArgs(v) })
	setListIterators(vm, list, all)
	set("toObject", func(call goja.FunctionCall) goja.Value {
		o := vm.NewObject()
		for _, q := range u.Query {
			if call.Argument(0).ToBoolean() && q.Disabled {
				continue
			}
			var v goja.Value = goja.Null()
			if q.Value != nil {
				v = vm.ToValue(*q.Value)
			}
			if prev := o.Get(q.Key); prev != nil {
				arr, isArr := prev.Export().([]any)
				if !isArr {
					arr = []any{prev}
				}
				must(o.Set(q.Key, vm.NewArray(append(arr, v)...)))
				continue
			}
			must(o.Set(q.Key, v))
		}
		return o
	})
	set("toString", func() string { q, _ := u.QueryString(); return q })
	return list
}

// variableList is a read-only list of path variables.
func (s *Sandbox) variableList(vars []collection.Variable) goja.Value {
	vm := s.vm
	list := vm.NewObject()
	must(list.Set("get", func(k string) goja.Value {
		for i := len(vars) - 1; i >= 0; i-- {
			if vars[i].Key == k {
				return s.toJS(vars[i].Value)
			}
		}
		return goja.Undefined()
	}))
	must(list.Set("has", func(k string) bool {
		for _, v := range vars {
			if v.Key == k {
				return true
			}
		}
		return false
	}))
	must(list.Set("count", func() int { return len(vars) }))
	must(list.Set("toObject", func() goja.Value {
		o := vm.NewObject()
		for _, v := range vars {
			must(o.Set(v.Key, s.toJS(v.Value)))
		}
		return o
	}))
	return list
}
