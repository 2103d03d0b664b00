package xml2js

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// xmlNode is an element being built, as xmlbuilder 11 holds it.
type xmlNode struct {
	name     string
	attrs    []attr
	children []xmlChild
	parent   *xmlNode
}

// xmlChild is an element, a text or raw markup.
type xmlChild struct {
	elem *xmlNode
	text string
	raw  bool
}

func (n *xmlNode) ele(name string) *xmlNode {
	c := &xmlNode{name: name, parent: n}
	n.children = append(n.children, xmlChild{elem: c})
	return c
}

func (n *xmlNode) txt(s string) { n.children = append(n.children, xmlChild{text: textEscape(s)}) }

func (n *xmlNode) rawText(s string) { n.children = append(n.children, xmlChild{text: s, raw: true}) }

func (n *xmlNode) att(name, value string) {
	for i, a := range n.attrs {
		if a.name == name {
			n.attrs[i].value = attEscape(value)
			return
		}
	}
	n.attrs = append(n.attrs, attr{name, attEscape(value)})
}

var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#xD;")
	attEscaper  = strings.NewReplacer("&", "&amp;", "<", "&lt;", `"`, "&quot;", "\t", "&#x9;", "\n", "&#xA;", "\r", "&#xD;")
)

func textEscape(s string) string { return textEscaper.Replace(s) }
func attEscape(s string) string  { return attEscaper.Replace(s) }

type renderOpts struct {
	pretty          bool
	indent, newline string
}

func (r renderOpts) indentAt(level int, suppressed bool) string {
	if !r.pretty || suppressed {
		return ""
	}
	return strings.Repeat(r.indent, level)
}

func (r renderOpts) endline(suppressed bool) string {
	if !r.pretty || suppressed {
		return ""
	}
	return r.newline
}

// write renders an element as xmlbuilder's string writer does.
func (n *xmlNode) write(sb *strings.Builder, r renderOpts, level int, suppressed bool) {
	sb.WriteString(r.indentAt(level, suppressed) + "<" + n.name)
	for _, a := range n.attrs {
		sb.WriteString(" " + a.name + `="` + a.value + `"`)
	}
	empty := true
	for _, c := range n.children {
		if c.elem != nil || c.text != "" {
			empty = false
		}
	}
	switch {
	case empty:
		sb.WriteString("/>" + r.endline(suppressed))
	case r.pretty && len(n.children) == 1 && n.children[0].elem == nil:
		sb.WriteString(">" + n.children[0].text + "</" + n.name + ">" + r.endline(suppressed))
	default:
		sb.WriteString(">" + r.endline(suppressed))
		for _, c := range n.children {
			if c.elem != nil {
				c.elem.write(sb, r, level+1, suppressed)
			} else {
				sb.WriteString(r.indentAt(level+1, suppressed) + c.text + r.endline(suppressed))
			}
		}
		sb.WriteString(r.indentAt(level, suppressed) + "</" + n.name + ">" + r.endline(suppressed))
	}
}

func builderClass(vm *goja.Runtime, defaults *goja.Object) *goja.Object {
	proto := vm.NewObject()
	ctor := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		b := vm.NewObject()
		_ = b.SetPrototype(proto)
		_ = b.Set("options", mergeOptions(vm, defaults, c.Argument(0)))
		return b
	})
	_ = proto.Set("buildObject", func(c goja.FunctionCall) goja.Value {
		this, ok := c.This.(*goja.Object)
		if !ok {
			panic(vm.NewTypeError("buildObject called without a Builder"))
		}
		return vm.ToValue(buildObject(vm, this.Get("options").(*goja.Object), c.Argument(0)))
	})
	return jsClass(vm, ctor, proto, false)
}

type xmlBuilder struct {
	vm               *goja.Runtime
	attrkey, charkey string
	cdata            bool
}

func requiresCDATA(v goja.Value) bool {
	s, ok := v.Export().(string)
	return ok && strings.ContainsAny(s, "&<>")
}

func wrapCDATA(s string) string {
	return "<![CDATA[" + strings.Replace(s, "]]>", "]]]]><![CDATA[>", 1) + "]]>"
}

func isObject(v goja.Value) (*goja.Object, bool) {
	if v == nil || goja.IsNull(v) {
		return nil, v != nil // typeof null is "object"
	}
	o, ok := v.(*goja.Object)
	if ok && isFunction(o) {
		return nil, false
	}
	return o, ok
}

func (x *xmlBuilder) render(el *xmlNode, obj goja.Value) *xmlNode {
	o, isObj := isObject(obj)
	switch {
	case !isObj:
		if x.cdata && requiresCDATA(obj) {
			el.rawText(wrapCDATA(obj.String()))
		} else {
			el.txt(modules.ToString(obj))
		}
	case o == nil:
	case isArray(o):
		for _, idx := range o.Keys() {
			child, _ := isObject(o.Get(idx))
			if child == nil {
				continue
			}
			for _, key := range modules.ForInKeys(child) {
				el = x.render(el.ele(key), child.Get(key)).parent
			}
		}
	default:
		for _, key := range o.Keys() {
			child := o.Get(key)
			co, childObj := isObject(child)
			switch {
			case key == x.attrkey:
				if childObj && co != nil {
					for _, a := range modules.ForInKeys(co) {
						el.att(a, modules.ToString(co.Get(a)))
					}
				}
			case key == x.charkey:
				if x.cdata && requiresCDATA(child) {
					el.rawText(wrapCDATA(child.String()))
				} else {
					el.txt(modules.ToString(child))
				}
			case co != nil && isArray(co):
				for _, idx := range co.Keys() {
					entry := co.Get(idx)
					if s, isStr := entry.Export().(string); isStr {
						if x.cdata && requiresCDATA(entry) {
							el.ele(key).rawText(wrapCDATA(s))
						} else {
							el.ele(key).txt(s)
						}
					} else {
						x.render(el.ele(key), entry)
					}
				}
			case childObj:
				x.render(el.ele(key), child)
			default:
				if s, isStr := child.Export().(string); isStr && x.cdata && requiresCDATA(child) {
					el.ele(key).rawText(wrapCDATA(s))
				} else if goja.IsUndefined(child) {
					el.ele(key).txt("")
				} else {
					el.ele(key).txt(child.String())
				}
			}
		}
	}
	return el
}

func buildObject(vm *goja.Runtime, opts *goja.Object, root goja.Value) string {
	x := &xmlBuilder{vm: vm, attrkey: modules.ToString(opts.Get("attrkey")), charkey: modules.ToString(opts.Get("charkey")), cdata: opts.Get("cdata").ToBoolean()}
	ro, ok := root.(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("Cannot convert undefined or null to object"))
	}
	rootName := modules.ToString(opts.Get("rootName"))
	if keys := ro.Keys(); len(keys) == 1 && rootName == "root" {
		rootName = keys[0]
		root = ro.Get(rootName)
	}
	doc := &xmlNode{name: rootName}
	x.render(doc, root)
	r := renderOpts{pretty: true, indent: "  ", newline: "\n"}
	if ropts, ok := opts.Get("renderOpts").(*goja.Object); ok {
		if p := ropts.Get("pretty"); p != nil {
			r.pretty = p.ToBoolean()
		}
		if v := ropts.Get("indent"); v != nil && !goja.IsUndefined(v) {
			r.indent = v.String()
		}
		if v := ropts.Get("newline"); v != nil && !goja.IsUndefined(v) {
			r.newline = v.String()
		}
	}
	var sb strings.Builder
	if !opts.Get("headless").ToBoolean() {
		if dec, ok := opts.Get("xmldec").(*goja.Object); ok {
			sb.WriteString(`<?xml version="` + modules.ToString(orDefault(dec.Get("version"), vm.ToValue("1.0"))) + `"`)
			if e := dec.Get("encoding"); e != nil && !goja.IsUndefined(e) && !goja.IsNull(e) {
				sb.WriteString(` encoding="` + e.String() + `"`)
			}
			if s := dec.Get("standalone"); s != nil && !goja.IsUndefined(s) && !goja.IsNull(s) {
				v := "no"
				if s.ToBoolean() {
					v = "yes"
				}
				if str, isStr := s.Export().(string); isStr {
					v = str
				}
				sb.WriteString(` standalone="` + v + `"`)
			}
			sb.WriteString("?>" + r.endline(false))
		}
	}
	doc.write(&sb, r, 0, false)
	out := sb.String()
	if r.pretty {
		out = strings.TrimSuffix(out, r.newline)
	}
	return out
}

func orDefault(v, d goja.Value) goja.Value {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return d
	}
	return v
}
