package cheerio

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
	"golang.org/x/net/html"
)

func (w *world) setText(n *html.Node, s string) {
	for n.FirstChild != nil {
		n.RemoveChild(n.FirstChild)
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
}

func (w *world) setHTML(n *html.Node, markup string, opts parseOptions) {
	for n.FirstChild != nil {
		n.RemoveChild(n.FirstChild)
	}
	doc := w.parse(markup, opts)
	for _, c := range w.children(doc) {
		n.AppendChild(detach(c))
	}
}

// adopt detaches n for insertion under target, refusing to put a node
// inside itself: that would make a cycle no walk over the tree ends on.
func (w *world) adopt(target, n *html.Node) *html.Node {
	for p := target; p != nil; p = p.Parent {
		if p == n {
			panic(w.vm.NewTypeError("cheerio: cannot insert a node into itself or its own descendant"))
		}
	}
	return detach(n)
}

// domArray turns what a manipulation method was given (markup, a node, a
// selection, an array) into nodes, cloning when the same content goes to
// several places.
func (w *world) domArray(v goja.Value, opts parseOptions, clone bool) []*html.Node {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if modules.IsString(v) {
		return w.children(w.parse(v.String(), opts))
	}
	nodes := w.nodesOf(v)
	if clone {
		for i, n := range nodes {
			nodes[i] = w.clone(n)
		}
	}
	return nodes
}

func (w *world) clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, Data: n.Data, Attr: append([]html.Attribute(nil), n.Attr...)}
	if name, ok := w.names[n]; ok {
		w.names[c] = name
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(w.clone(k))
	}
	return c
}

func (w *world) manipulation(def func(string, func(*call) goja.Value)) {
	vm := w.vm
	def("html", func(c *call) goja.Value {
		if len(c.args.Arguments) == 0 || !isDefined(c.arg(0)) {
			n := c.first()
			if n == nil || n.Type != html.ElementNode && n.Type != html.DocumentNode {
				return goja.Null()
			}
			return vm.ToValue(w.renderString(w.children(n), renderOpts(c.opts())))
		}
		for _, n := range c.nodes {
			if n.Type == html.ElementNode || n.Type == html.DocumentNode {
				if modules.IsString(c.arg(0)) {
					w.setHTML(n, c.arg(0).String(), parseOpts(c.opts()))
				} else {
					for n.FirstChild != nil {
						n.RemoveChild(n.FirstChild)
					}
					for _, k := range w.domArray(c.arg(0), parseOpts(c.opts()), false) {
						n.AppendChild(w.adopt(n, k))
					}
				}
			}
		}
		return c.this
	})
	def("text", func(c *call) goja.Value {
		if len(c.args.Arguments) == 0 || !isDefined(c.arg(0)) {
			return vm.ToValue(text(c.nodes))
		}
		fn := c.callback(0)
		for i, n := range c.nodes {
			if n.Type != html.ElementNode && n.Type != html.DocumentNode {
				continue
			}
			s := c.arg(0)
			if fn != nil {
				el := w.object(n)
				s = c.invoke(fn, el, vm.ToValue(i), vm.ToValue(text([]*html.Node{n})))
			}
			w.setText(n, s.String())
		}
		return c.this
	})
	def("toString", func(c *call) goja.Value {
		return vm.ToValue(w.renderString(c.nodes, renderOpts(c.opts())))
	})
	insert := func(where func(target, n *html.Node)) func(*call) goja.Value {
		return func(c *call) goja.Value {
			for i, t := range c.nodes {
				for _, a := range c.args.Arguments {
					for _, n := range w.domArray(a, parseOpts(c.opts()), i < len(c.nodes)-1) {
						parent := t
						if t.Parent != nil {
							parent = t.Parent // after and before insert beside t
						}
						w.adopt(t, n)
						w.adopt(parent, n)
						where(t, n)
					}
				}
			}
			return c.this
		}
	}
	def("append", insert(func(t, n *html.Node) { t.AppendChild(n) }))
	def("prepend", insert(func(t, n *html.Node) { t.InsertBefore(n, t.FirstChild) }))
	def("after", insert(func(t, n *html.Node) {
		if t.Parent != nil {
			t.Parent.InsertBefore(n, t.NextSibling)
		}
	}))
	def("before", insert(func(t, n *html.Node) {
		if t.Parent != nil {
			t.Parent.InsertBefore(n, t)
		}
	}))
	def("appendTo", func(c *call) goja.Value {
		for _, t := range w.targets(c) {
			for _, n := range c.nodes {
				t.AppendChild(w.adopt(t, n))
			}
		}
		return c.this
	})
	def("prependTo", func(c *call) goja.Value {
		for _, t := range w.targets(c) {
			for i := len(c.nodes) - 1; i >= 0; i-- {
				t.InsertBefore(w.adopt(t, c.nodes[i]), t.FirstChild)
			}
		}
		return c.this
	})
	def("remove", func(c *call) goja.Value {
		nodes := c.nodes
		if s := c.arg(0); modules.IsString(s) {
			nodes = c.filterBy(s, true)
		}
		for _, n := range nodes {
			detach(n)
		}
		return c.this
	})
	def("empty", func(c *call) goja.Value {
		for _, n := range c.nodes {
			for n.FirstChild != nil {
				n.RemoveChild(n.FirstChild)
			}
		}
		return c.this
	})
	def("replaceWith", func(c *call) goja.Value {
		for _, t := range c.nodes {
			if t.Parent == nil {
				continue
			}
			for _, n := range w.domArray(c.arg(0), parseOpts(c.opts()), false) {
				if n == t {
					continue
				}
				t.Parent.InsertBefore(w.adopt(t.Parent, n), t)
			}
			detach(t)
		}
		return c.this
	})
	def("clone", func(c *call) goja.Value {
		out := make([]*html.Node, len(c.nodes))
		for i, n := range c.nodes {
			out[i] = w.clone(n)
		}
		return c.make(out)
	})
}

func (w *world) targets(c *call) []*html.Node {
	a := c.arg(0)
	if modules.IsString(a) {
		return w.sel(w.construct(a, goja.Undefined(), c.root(), c.opts()).(*goja.Object))
	}
	return w.nodesOf(a)
}

// statics puts cheerio's static functions on cheerio or a loaded $.
func (w *world) statics(target *goja.Object, root *html.Node, opts *goja.Object) {
	vm := w.vm
	nodesArg := func(v goja.Value) ([]*html.Node, bool) {
		if modules.IsString(v) {
			if root == nil {
				return nil, false
			}
			return w.find([]*html.Node{root}, v.String()), true
		}
		if n := w.nodesOf(v); len(n) > 0 || v.ToBoolean() {
			return n, true
		}
		return nil, false
	}
	_ = target.Set("html", func(c goja.FunctionCall) goja.Value {
		o := renderOpts(opts)
		if u, ok := c.Argument(1).(*goja.Object); ok {
			o = renderOpts(w.merge(u, opts))
		}
		if nodes, ok := nodesArg(c.Argument(0)); ok {
			return vm.ToValue(w.renderString(nodes, o))
		}
		if root == nil {
			return vm.ToValue("")
		}
		return vm.ToValue(w.renderString([]*html.Node{root}, o))
	})
	_ = target.Set("xml", func(c goja.FunctionCall) goja.Value {
		o := renderOpts(opts)
		o.xmlMode = true
		if nodes, ok := nodesArg(c.Argument(0)); ok {
			return vm.ToValue(w.renderString(nodes, o))
		}
		if root == nil {
			return vm.ToValue("")
		}
		return vm.ToValue(w.renderString([]*html.Node{root}, o))
	})
	_ = target.Set("text", func(c goja.FunctionCall) goja.Value {
		if nodes, ok := nodesArg(c.Argument(0)); ok && !modules.IsString(c.Argument(0)) {
			return vm.ToValue(text(nodes))
		}
		if root == nil {
			return vm.ToValue("")
		}
		return vm.ToValue(text([]*html.Node{root}))
	})
	_ = target.Set("root", func(goja.FunctionCall) goja.Value {
		if root == nil {
			return w.selection(nil, opts, nil, nil)
		}
		return w.selection([]*html.Node{root}, opts, nil, nil)
	})
	_ = target.Set("contains", func(c goja.FunctionCall) goja.Value {
		a, b := w.node(c.Argument(0)), w.node(c.Argument(1))
		if a == nil || b == nil || a == b {
			return vm.ToValue(false)
		}
		for p := parentOf(b); p != nil; p = parentOf(p) {
			if p == a {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	})
	_ = target.Set("parseHTML", func(c goja.FunctionCall) goja.Value {
		if !modules.IsString(c.Argument(0)) || c.Argument(0).String() == "" {
			return goja.Null()
		}
		doc := w.parse(c.Argument(0).String(), parseOpts(opts))
		keep := c.Argument(1).ToBoolean() || c.Argument(2).ToBoolean()
		var out []*html.Node
		for _, n := range w.children(doc) {
			if !keep && isTag(n) && w.name(n) == "script" {
				continue
			}
			out = append(out, n)
		}
		return w.array(out)
	})
	_ = target.Set("merge", func(c goja.FunctionCall) goja.Value {
		a, ok := c.Argument(0).(*goja.Object)
		b, ok2 := c.Argument(1).(*goja.Object)
		if !ok || !ok2 {
			return goja.Undefined()
		}
		n := modules.Length(a)
		m := modules.Length(b)
		for i := 0; i < m; i++ {
			_ = a.Set(itoa(n+i), b.Get(itoa(i)))
		}
		_ = a.Set("length", n+m)
		return a
	})
	if target.Get("load") == nil {
		_ = target.Set("load", func(c goja.FunctionCall) goja.Value { return w.loadDoc(c.Argument(0), c.Argument(1)) })
	}
}

func (w *world) merge(user, base *goja.Object) *goja.Object {
	o := w.vm.NewObject()
	for _, k := range base.Keys() {
		_ = o.Set(k, base.Get(k))
	}
	for _, k := range user.Keys() {
		_ = o.Set(k, user.Get(k))
	}
	return o
}
