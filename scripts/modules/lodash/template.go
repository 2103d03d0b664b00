package lodash

import (
	"encoding/json"
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// Default delimiters of _.templateSettings; ${…} interpolates too while the
// interpolate setting is the default one.
const (
	escapeSrc      = `<%-([\s\S]+?)%>`
	evaluateSrc    = `<%([\s\S]+?)%>`
	interpolateSrc = `<%=([\s\S]+?)%>`
	esTemplateSrc  = `\$\{([^\\}]*(?:\\.[^\\}]*)*)\}`
	noMatchSrc     = `($^)`
)

func (l *lib) defineTemplate() {
	settings := l.vm.NewObject()
	_ = settings.Set("escape", l.regexp(escapeSrc, "g"))
	_ = settings.Set("evaluate", l.regexp(evaluateSrc, "g"))
	_ = settings.Set("interpolate", l.regexp(interpolateSrc, "g"))
	_ = settings.Set("variable", "")
	imports := l.vm.NewObject()
	_ = imports.Set("_", l.fn)
	_ = settings.Set("imports", imports)
	_ = l.fn.Set("templateSettings", settings)
	l.def("template", func(c goja.FunctionCall) goja.Value {
		return l.template(l.toStr(c.Argument(0)), c.Argument(1))
	})
}

func (l *lib) regexp(src, flags string) *goja.Object {
	re, err := l.vm.New(l.vm.Get("RegExp"), l.str(src), l.str(flags))
	if err != nil {
		panic(err)
	}
	return re
}

// setting reads a template option, falling back to _.templateSettings.
func (l *lib) setting(opts goja.Value, name string) goja.Value {
	if o, ok := asObject(opts); ok {
		if v := o.Get(name); v != nil && !goja.IsUndefined(v) {
			return v
		}
	}
	settings := l.fn.Get("templateSettings").ToObject(l.vm)
	return modules.OrUndefined(settings.Get(name))
}

// template compiles text into a function of data, as _.template does: the
// delimiters become one RegExp whose matches are turned into JavaScript
// that builds the output; data is read with `with` unless a variable name
// is set.
func (l *lib) template(text string, opts goja.Value) goja.Value {
	source := func(name, def string) string {
		v := l.setting(opts, name)
		if className(v) != "RegExp" {
			return def
		}
		return v.ToObject(l.vm).Get("source").String()
	}
	interpolate := source("interpolate", noMatchSrc)
	parts := []string{source("escape", noMatchSrc), interpolate}
	if interpolate == interpolateSrc {
		parts = append(parts, esTemplateSrc)
	} else {
		parts = append(parts, noMatchSrc)
	}
	parts = append(parts, source("evaluate", noMatchSrc))
	re := l.regexp(strings.Join(parts, "|")+"|$", "g")

	var body strings.Builder
	body.WriteString("__p += ")
	units := utf16Index([]rune(text)) // exec's indexes count UTF-16 units
	last := 0
	for {
		m, ok := asObject(l.jsCall(re, "exec", l.str(text)))
		if !ok {
			break
		}
		idx := int(m.Get("index").ToInteger())
		whole := m.Get("0").String()
		body.WriteString(jsQuote(units.slice(last, idx)))
		group := func(i int) (string, bool) {
			v := m.Get(itoa(i))
			if v == nil || goja.IsUndefined(v) {
				return "", false
			}
			return v.String(), true
		}
		if e, ok := group(1); ok {
			body.WriteString(" +\n((__t = (" + e + ")) == null ? '' : __e(__t)) +\n")
		} else if e, ok := group(2); ok {
			body.WriteString(" +\n((__t = (" + e + ")) == null ? '' : __t) +\n")
		} else if e, ok := group(3); ok {
			body.WriteString(" +\n((__t = (" + e + ")) == null ? '' : __t) +\n")
		} else if e, ok := group(4); ok {
			body.WriteString(";\n" + e + "\n__p += ")
		} else {
			body.WriteString(";\n")
		}
		last = idx + units.length(whole)
		if whole == "" {
			break
		}
	}
	variable := l.setting(opts, "variable")
	code := body.String()
	if isNil(variable) || variable.String() == "" {
		code = "with (obj) {\n" + code + "}\n"
		variable = l.str("obj")
	}
	src := "function(" + variable.String() + ") {\n" + variable.String() + " || (" + variable.String() + " = {});\n" +
		"var __t, __p = '', __j = Array.prototype.join;\nfunction print() { __p += __j.call(arguments, '') }\n" +
		code + "return __p\n}"

	importNames, importVals := []string{"__e"}, []goja.Value{l.fn.Get("escape")}
	if imp, ok := asObject(l.setting(opts, "imports")); ok {
		for _, k := range imp.Keys() {
			importNames = append(importNames, k)
			importVals = append(importVals, modules.OrUndefined(imp.Get(k)))
		}
	}
	factory, err := l.vm.RunString("(function(" + strings.Join(importNames, ", ") + ") { return " + src + " })")
	if err != nil {
		panic(err)
	}
	build, _ := goja.AssertFunction(factory)
	fn := l.invoke(build, goja.Undefined(), importVals...).(*goja.Object)
	_ = fn.Set("source", src)
	return fn
}

func jsQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// utf16Index maps JavaScript string positions (UTF-16 units) onto runes.
type utf16Index []rune

func (u utf16Index) slice(from, to int) string {
	var b strings.Builder
	pos := 0
	for _, r := range u {
		w := 1
		if r > 0xffff {
			w = 2
		}
		if pos >= from && pos < to {
			b.WriteRune(r)
		}
		pos += w
	}
	return b.String()
}

func (u utf16Index) length(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xffff {
			n++
		}
	}
	return n
}
