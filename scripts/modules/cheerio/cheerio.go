// Package cheerio is require('cheerio') and the legacy cheerio global:
// cheerio 0.22.0 as postman-sandbox 4.7.1 bundles it. cheerio.load(html)
// gives $ with CSS selection (cascadia) and cheerio's traversal,
// attribute, text/html and manipulation methods over a DOM built with
// htmlparser2's rules (no implied html/head/body; void elements; start
// tags that close p, li, option, td… ) and serialized as dom-serializer
// does (non-ASCII as &#x…; references when decodeEntities is on).
package cheerio

import (
	"regexp"

	"github.com/dop251/goja"
	"golang.org/x/net/html"

	"github.com/pmrun/pmrun/scripts/modules"
)

func init() { modules.Register("cheerio", load) }

func load(vm *goja.Runtime, module *goja.Object) {
	w := newWorld(vm)
	w.proto = w.selectionProto()
	defaultOpts := w.options(nil)
	// The module itself is cheerio's Cheerio function with the statics.
	cheerio := w.jsFunction(func(c goja.FunctionCall) goja.Value {
		return w.construct(c.Argument(0), c.Argument(1), c.Argument(2), w.options(c.Argument(3)))
	})
	_ = cheerio.Set("prototype", w.proto)
	_ = cheerio.Set("load", func(c goja.FunctionCall) goja.Value { return w.loadDoc(c.Argument(0), c.Argument(1)) })
	w.statics(cheerio, nil, defaultOpts)
	_ = cheerio.Set("version", "0.22.0")
	_ = module.Set("exports", cheerio)
}

// jsFunction wraps a Go function in a JS function usable with new.
func (w *world) jsFunction(fn func(goja.FunctionCall) goja.Value) *goja.Object {
	wrap, err := w.vm.RunString(`(function (impl) { return function cheerio() { return impl.apply(this, arguments); }; })`)
	if err != nil {
		panic(err)
	}
	call, _ := goja.AssertFunction(wrap)
	v, err := call(goja.Undefined(), w.vm.ToValue(fn))
	if err != nil {
		panic(err)
	}
	return v.(*goja.Object)
}

// options merges user options over cheerio's defaults.
func (w *world) options(user goja.Value) *goja.Object {
	o := w.vm.NewObject()
	if u, ok := user.(*goja.Object); ok {
		for _, k := range u.Keys() {
			_ = o.Set(k, u.Get(k))
		}
	}
	for _, kv := range []struct {
		k string
		v bool
	}{{"withDomLvl1", true}, {"normalizeWhitespace", false}, {"xmlMode", false}, {"decodeEntities", true}} {
		if v := o.Get(kv.k); v == nil || goja.IsUndefined(v) {
			_ = o.Set(kv.k, kv.v)
		}
	}
	return o
}

func flag(o *goja.Object, k string) bool {
	v := o.Get(k)
	return v != nil && v.ToBoolean()
}

func parseOpts(o *goja.Object) parseOptions {
	return parseOptions{xmlMode: flag(o, "xmlMode"), decodeEntities: flag(o, "decodeEntities")}
}

func renderOpts(o *goja.Object) renderOptions {
	return renderOptions{xmlMode: flag(o, "xmlMode"), decodeEntities: flag(o, "decodeEntities")}
}

// loadDoc is cheerio.load: parse, and return $ bound to the new root.
func (w *world) loadDoc(content, userOpts goja.Value) goja.Value {
	opts := w.options(userOpts)
	var root *html.Node
	if n := w.node(content); n != nil {
		root = &html.Node{Type: html.DocumentNode}
		root.AppendChild(detach(n))
	} else {
		src := ""
		if content != nil && !goja.IsUndefined(content) && !goja.IsNull(content) {
			src = content.String()
		}
		root = w.parse(src, parseOpts(opts))
	}
	rootSel := w.selection([]*html.Node{root}, opts, nil, nil)
	dollar := w.jsFunction(func(c goja.FunctionCall) goja.Value {
		o := opts
		if u, ok := c.Argument(3).(*goja.Object); ok {
			o = w.options(u)
			for _, k := range opts.Keys() {
				if v := u.Get(k); v == nil || goja.IsUndefined(v) {
					_ = o.Set(k, opts.Get(k))
				}
			}
		}
		r := c.Argument(2)
		if r == nil || goja.IsUndefined(r) || goja.IsNull(r) {
			r = rootSel
		}
		return w.construct(c.Argument(0), c.Argument(1), r, o)
	})
	_ = dollar.Set("prototype", w.proto)
	_ = dollar.Set("_root", rootSel)
	_ = dollar.Set("_options", opts)
	w.statics(dollar, root, opts)
	return dollar
}

func detach(n *html.Node) *html.Node {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	return n
}

var quickExpr = regexp.MustCompile(`^(?:[^#<]*(<[\w\W]+>)[^>]*$|#([\w\-]*)$)`)

// isHTML is cheerio's test for markup passed where a selector may be.
func isHTML(s string) bool {
	if len(s) >= 3 && s[0] == '<' && s[len(s)-1] == '>' {
		return true
	}
	m := quickExpr.FindStringSubmatch(s)
	return m != nil && m[1] != ""
}

// construct is the Cheerio constructor: $(selector, context, root).
func (w *world) construct(selector, context, root goja.Value, opts *goja.Object) goja.Value {
	var rootSel *goja.Object
	if root != nil && !goja.IsUndefined(root) && !goja.IsNull(root) && root.ToBoolean() {
		if s, ok := root.Export().(string); ok {
			rootSel = w.selection([]*html.Node{w.parse(s, parseOpts(opts))}, opts, nil, nil)
		} else if ro, ok := root.(*goja.Object); ok && w.isSelection(ro) {
			rootSel = ro
		} else {
			rootSel = w.selection(w.nodesOf(root), opts, nil, nil)
		}
	}
	empty := func() goja.Value { return w.selection(nil, opts, rootSel, nil) }
	if selector == nil || !selector.ToBoolean() {
		return empty()
	}
	if so, ok := selector.(*goja.Object); ok {
		if w.isSelection(so) {
			return so
		}
		return w.selection(w.nodesOf(selector), opts, rootSel, nil)
	}
	sel := selector.String()
	if isHTML(sel) {
		doc := w.parse(sel, parseOpts(opts))
		var top []*html.Node
		for _, c := range w.children(doc) {
			top = append(top, c)
		}
		return w.selection(top, opts, rootSel, nil)
	}
	var ctx []*html.Node
	switch {
	case context == nil || goja.IsUndefined(context) || goja.IsNull(context) || !context.ToBoolean():
		if rootSel == nil {
			return empty()
		}
		ctx = w.sel(rootSel)
	default:
		if cs, ok := context.Export().(string); ok {
			if isHTML(cs) {
				ctx = []*html.Node{w.parse(cs, parseOpts(opts))}
			} else {
				sel = cs + " " + sel
				if rootSel == nil {
					return empty()
				}
				ctx = w.sel(rootSel)
			}
		} else {
			ctx = w.nodesOf(context)
		}
	}
	return w.selection(w.find(ctx, sel), opts, rootSel, nil)
}

func (w *world) isSelection(o *goja.Object) bool {
	for p := o; p != nil; p = p.Prototype() {
		if p == w.proto {
			return true
		}
	}
	return false
}

// nodesOf reads nodes from a node, an array of nodes or a selection.
func (w *world) nodesOf(v goja.Value) []*html.Node {
	if n := w.node(v); n != nil {
		return []*html.Node{n}
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	var out []*html.Node
	for i := 0; i < modules.Length(o); i++ {
		if n := w.node(o.Get(itoa(i))); n != nil {
			out = append(out, n)
		}
	}
	return out
}

// selection makes a cheerio object over nodes.
func (w *world) selection(nodes []*html.Node, opts *goja.Object, root *goja.Object, prev *goja.Object) *goja.Object {
	o := w.vm.NewObject()
	_ = o.SetPrototype(w.proto)
	_ = o.Set("options", opts)
	for i, n := range nodes {
		_ = o.Set(itoa(i), w.object(n))
	}
	_ = o.Set("length", len(nodes))
	if root != nil {
		_ = o.Set("_root", root)
	}
	if prev != nil {
		_ = o.Set("prevObject", prev)
	}
	return o
}

// sel reads a selection's nodes.
func (w *world) sel(o *goja.Object) []*html.Node { return w.nodesOf(o) }
