// Package tv4 is require('tv4') and the legacy tv4 global: tv4 1.3.0's
// JSON Schema draft-04 validator as postman-sandbox 4.7.1 bundles it, with
// its error codes, messages, data and schema paths, $ref resolution
// (unknown documents validate anything and are listed as missing) and
// custom formats, keywords, errors and languages.
package tv4

import (
	"sort"
	"strconv"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func init() { modules.Register("tv4", load) }

func load(vm *goja.Runtime, module *goja.Object) {
	sh := &shared{vm: vm, defaults: map[string]string{}, languages: map[string]map[string]string{}}
	sh.codes = vm.NewObject()
	en := map[string]string{}
	for _, c := range errorCodes {
		_ = sh.codes.Set(c.name, c.code)
		sh.codeNames = append(sh.codeNames, c.name)
		sh.defaults[c.name] = c.text
		sh.defaults[strconv.Itoa(c.code)] = c.text
		en[c.name] = c.text
		en[strconv.Itoa(c.code)] = c.text
	}
	a := newAPI(sh)
	a.addLanguage("en-gb", en)
	_ = module.Set("exports", a.obj)
}

// shared is what every api of one runtime shares, as tv4's module-level
// error codes and languages are.
type shared struct {
	vm        *goja.Runtime
	codes     *goja.Object
	codeNames []string
	defaults  map[string]string
	languages map[string]map[string]string
	proto     *goja.Object // ValidationError.prototype
}

// api is one tv4 api object (the module or a freshApi) with its global
// schemas, formats and keywords.
type api struct {
	*shared
	vm           *goja.Runtime
	obj          *goja.Object
	schemas      map[string]goja.Value
	schemaOrder  []string
	missingMap   map[string]bool
	missingOrder []string
	formats      map[string]goja.Callable
	keywords     map[string][]goja.Callable
	keywordOrder []string
	language     string
	reporter     goja.Callable
}

func (a *api) codeByName(name string) (int, bool) {
	v := a.codes.Get(name)
	if !defined(v) {
		return 0, false
	}
	return int(v.ToInteger()), true
}

// report makes an error's message: the custom reporter's, else the
// language's template filled with the params.
func (a *api) report(e *vError, data, schema goja.Value) string {
	if a.reporter != nil {
		res, err := a.reporter(goja.Undefined(), a.errorObject(e), modules.OrUndefined(data), modules.OrUndefined(schema))
		if err != nil {
			panic(err)
		}
		if res != nil && res.ToBoolean() {
			return res.String()
		}
	}
	code := strconv.Itoa(e.code)
	tmpl, ok := a.languages[a.language][code]
	if !ok || tmpl == "" {
		tmpl, ok = a.defaults[code]
	}
	if !ok {
		return "Unknown error code " + code + ": undefined"
	}
	return fill(tmpl, e.params)
}

func (a *api) stringify(x goja.Value) goja.Value {
	j := a.vm.Get("JSON").ToObject(a.vm)
	return modules.Method(a.vm, j, "stringify", modules.OrUndefined(x))
}

func (a *api) regexp(body, flags string) *goja.Object {
	re, err := a.vm.New(a.vm.Get("RegExp"), a.vm.ToValue(body), a.vm.ToValue(flags))
	if err != nil {
		panic(err)
	}
	return re
}

func (a *api) test(re *goja.Object, s goja.Value) bool {
	return modules.Method(a.vm, re, "test", s).ToBoolean()
}

func (a *api) newError(ctor, msg string) *goja.Object {
	e, err := a.vm.New(a.vm.Get(ctor), a.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return e
}

func (a *api) throw(msg string) { panic(a.newError("Error", msg)) }

// errorObject is the JS ValidationError for e.
func (a *api) errorObject(e *vError) *goja.Object {
	vm := a.vm
	o := vm.NewObject()
	_ = o.SetPrototype(a.errorProto())
	_ = o.Set("message", e.message)
	params := vm.NewObject()
	for _, p := range e.params {
		_ = params.Set(p.key, p.val)
	}
	_ = o.Set("params", params)
	_ = o.Set("code", e.code)
	_ = o.Set("dataPath", e.dataPath)
	_ = o.Set("schemaPath", e.schemaPath)
	if e.hasSubs {
		subs := make([]any, len(e.subErrors))
		for i, s := range e.subErrors {
			subs[i] = a.errorObject(s)
		}
		_ = o.Set("subErrors", vm.NewArray(subs...))
	} else {
		_ = o.Set("subErrors", goja.Null())
	}
	_ = o.Set("stack", "ValidationError: "+e.message)
	return o
}

func (a *api) errorProto() *goja.Object {
	if a.proto != nil {
		return a.proto
	}
	errProto := a.vm.Get("Error").(*goja.Object).Get("prototype").(*goja.Object)
	p := a.vm.NewObject()
	_ = p.SetPrototype(errProto)
	_ = p.DefineDataProperty("name", a.vm.ToValue("ValidationError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	a.proto = p
	return p
}

func (a *api) missingArray(list []string) *goja.Object {
	items := make([]any, len(list))
	for i, s := range list {
		items[i] = s
	}
	arr := a.vm.NewArray(items...)
	for _, s := range list {
		_ = arr.Set(s, s)
	}
	return arr
}

func (a *api) addLanguage(code string, messages map[string]string) {
	for _, name := range a.codeNames {
		num := strconv.Itoa(int(a.codes.Get(name).ToInteger()))
		if m, ok := messages[name]; ok && m != "" && messages[num] == "" {
			messages[num] = m
		}
	}
	root := code
	for i, c := range code {
		if c == '-' {
			root = code[:i]
			break
		}
	}
	if _, ok := a.languages[root]; !ok {
		a.languages[code] = messages
		a.languages[root] = messages
		return
	}
	lang := map[string]string{}
	for k, v := range a.languages[root] {
		lang[k] = v
	}
	keys := make([]string, 0, len(messages))
	for k := range messages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := a.languages[root][k]; !ok {
			a.languages[root][k] = messages[k]
		}
		lang[k] = messages[k]
	}
	a.languages[code] = lang
}

func (a *api) setLanguage(code string) (string, bool) {
	if _, ok := a.languages[code]; !ok {
		for i, c := range code {
			if c == '-' {
				code = code[:i]
				break
			}
		}
	}
	if _, ok := a.languages[code]; ok {
		a.language = code
		return code, true
	}
	return "", false
}
