package cheerio

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
	"golang.org/x/net/html"
)

func tagChildren(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isTag(c) {
			out = append(out, c)
		}
	}
	return out
}

func (w *world) traversal(def func(string, func(*call) goja.Value)) {
	vm := w.vm
	filtered := func(c *call, nodes []*html.Node, selArg int) goja.Value {
		if s := c.arg(selArg); modules.IsString(s) {
			m := w.matcher(s.String())
			var out []*html.Node
			for _, n := range nodes {
				if m(n) {
					out = append(out, n)
				}
			}
			nodes = out
		}
		return c.make(nodes)
	}
	def("find", func(c *call) goja.Value {
		a := c.arg(0)
		if !isDefined(a) || goja.IsNull(a) {
			return c.make(nil)
		}
		if !modules.IsString(a) {
			var out []*html.Node
			for _, h := range w.nodesOf(a) {
				for _, n := range c.nodes {
					if contains(n, h) {
						out = append(out, h)
						break
					}
				}
			}
			return c.make(out)
		}
		return c.make(w.find(c.nodes, a.String()))
	})
	def("children", func(c *call) goja.Value {
		var out []*html.Node
		for _, n := range c.nodes {
			out = append(out, tagChildren(n)...)
		}
		return filtered(c, out, 0)
	})
	def("contents", func(c *call) goja.Value {
		var out []*html.Node
		for _, n := range c.nodes {
			out = append(out, w.children(n)...)
		}
		return c.make(out)
	})
	def("parent", func(c *call) goja.Value {
		var out []*html.Node
		for _, n := range c.nodes {
			if p := parentOf(n); p != nil {
				out = append(out, p)
			}
		}
		return filtered(c, unique(out), 0)
	})
	def("parents", func(c *call) goja.Value {
		var out []*html.Node
		for _, n := range c.nodes {
			for p := parentOf(n); p != nil; p = parentOf(p) {
				out = append(out, p)
			}
		}
		return filtered(c, unique(out), 0)
	})
	def("closest", func(c *call) goja.Value {
		var out []*html.Node
		s := c.arg(0)
		if !modules.IsString(s) {
			return c.make(nil)
		}
		m := w.matcher(s.String())
		for _, n := range c.nodes {
			for x := n; x != nil; x = parentOf(x) {
				if m(x) {
					out = append(out, x)
					break
				}
			}
		}
		return c.make(unique(out))
	})
	siblings := func(next bool, all bool) func(*call) goja.Value {
		return func(c *call) goja.Value {
			var out []*html.Node
			for _, n := range c.nodes {
				for s := step(n, next); s != nil; s = step(s, next) {
					if isTag(s) {
						out = append(out, s)
						if !all {
							break
						}
					}
				}
			}
			return filtered(c, unique(out), 0)
		}
	}
	def("next", siblings(true, false))
	def("nextAll", siblings(true, true))
	def("prev", siblings(false, false))
	def("prevAll", siblings(false, true))
	def("siblings", func(c *call) goja.Value {
		var out []*html.Node
		for _, n := range c.nodes {
			if n.Parent == nil {
				continue
			}
			for _, s := range tagChildren(n.Parent) {
				if s != n {
					out = append(out, s)
				}
			}
		}
		return filtered(c, unique(out), 0)
	})
	def("each", func(c *call) goja.Value {
		fn := c.callback(0)
		for i, n := range c.nodes {
			el := w.object(n)
			if v := c.invoke(fn, el, vm.ToValue(i), el); v != nil && v.StrictEquals(vm.ToValue(false)) {
				break
			}
		}
		return c.this
	})
	def("map", func(c *call) goja.Value {
		fn := c.callback(0)
		var items []goja.Value
		for i, n := range c.nodes {
			el := w.object(n)
			v := c.invoke(fn, el, vm.ToValue(i), el)
			if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
				continue
			}
			if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
				for _, k := range o.Keys() {
					items = append(items, o.Get(k))
				}
				continue
			}
			items = append(items, v)
		}
		o := c.make(nil).(*goja.Object)
		for i, v := range items {
			_ = o.Set(itoa(i), v)
		}
		_ = o.Set("length", len(items))
		return o
	})
	def("filter", func(c *call) goja.Value { return c.make(c.filterBy(c.arg(0), true)) })
	def("not", func(c *call) goja.Value { return c.make(c.filterBy(c.arg(0), false)) })
	def("has", func(c *call) goja.Value {
		var out []*html.Node
		a := c.arg(0)
		for _, n := range c.nodes {
			var found bool
			if modules.IsString(a) {
				found = len(w.find([]*html.Node{n}, a.String())) > 0
			} else {
				for _, h := range w.nodesOf(a) {
					if contains(n, h) {
						found = true
					}
				}
			}
			if found {
				out = append(out, n)
			}
		}
		return c.make(out)
	})
	def("is", func(c *call) goja.Value {
		if !c.arg(0).ToBoolean() {
			return vm.ToValue(false)
		}
		return vm.ToValue(len(c.filterBy(c.arg(0), true)) > 0)
	})
	def("first", func(c *call) goja.Value { return c.make(c.nodes[:min(1, len(c.nodes))]) })
	def("last", func(c *call) goja.Value {
		if len(c.nodes) == 0 {
			return c.make(nil)
		}
		return c.make(c.nodes[len(c.nodes)-1:])
	})
	def("eq", func(c *call) goja.Value {
		i := int(c.arg(0).ToInteger())
		if i < 0 {
			i += len(c.nodes)
		}
		if i < 0 || i >= len(c.nodes) {
			return c.make(nil)
		}
		return c.make(c.nodes[i : i+1])
	})
	// get and toArray read the slots as they are: map can put any value there.
	items := func(c *call) []any {
		n := modules.Length(c.this)
		out := make([]any, n)
		for i := range out {
			out[i] = c.this.Get(itoa(i))
		}
		return out
	}
	def("get", func(c *call) goja.Value {
		all := items(c)
		if a := c.arg(0); isDefined(a) && !goja.IsNull(a) {
			i := int(a.ToInteger())
			if i < 0 {
				i += len(all)
			}
			if i < 0 || i >= len(all) {
				return goja.Undefined()
			}
			return vm.ToValue(all[i])
		}
		return vm.NewArray(all...)
	})
	def("toArray", func(c *call) goja.Value { return vm.NewArray(items(c)...) })
	def("index", func(c *call) goja.Value {
		a := c.arg(0)
		var target *html.Node
		var pool []*html.Node
		switch {
		case !isDefined(a):
			if len(c.nodes) == 0 {
				return vm.ToValue(-1)
			}
			target = c.nodes[0]
			if target.Parent != nil {
				pool = tagChildren(target.Parent)
			}
		case modules.IsString(a):
			target = c.first()
			pool = w.sel(w.construct(a, goja.Undefined(), c.root(), c.opts()).(*goja.Object))
		default:
			ns := w.nodesOf(a)
			if len(ns) > 0 {
				target = ns[0]
			}
			pool = c.nodes
		}
		for i, n := range pool {
			if n == target {
				return vm.ToValue(i)
			}
		}
		return vm.ToValue(-1)
	})
	def("slice", func(c *call) goja.Value {
		n := len(c.nodes)
		start, end := 0, n
		if a := c.arg(0); isDefined(a) {
			start = clampIndex(int(a.ToInteger()), n)
		}
		if a := c.arg(1); isDefined(a) {
			end = clampIndex(int(a.ToInteger()), n)
		}
		if start > end {
			start = end
		}
		return c.make(c.nodes[start:end])
	})
	def("end", func(c *call) goja.Value {
		if p, ok := c.this.Get("prevObject").(*goja.Object); ok {
			return p
		}
		return c.make(nil)
	})
	def("add", func(c *call) goja.Value {
		other := w.nodesOf(w.construct(c.arg(0), c.arg(1), c.root(), c.opts()))
		return c.make(documentOrder(unique(append(append([]*html.Node{}, c.nodes...), other...))))
	})
	def("addBack", func(c *call) goja.Value {
		var prev []*html.Node
		if p, ok := c.this.Get("prevObject").(*goja.Object); ok {
			prev = w.sel(p)
		}
		return c.make(documentOrder(unique(append(append([]*html.Node{}, c.nodes...), prev...))))
	})
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

func step(n *html.Node, next bool) *html.Node {
	if next {
		return n.NextSibling
	}
	return n.PrevSibling
}

func contains(container, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == container {
			return true
		}
	}
	return false
}

func (w *world) array(nodes []*html.Node) goja.Value {
	items := make([]any, len(nodes))
	for i, n := range nodes {
		items[i] = w.object(n)
	}
	return w.vm.NewArray(items...)
}

// documentOrder sorts nodes of one tree by position (stable otherwise).
func documentOrder(nodes []*html.Node) []*html.Node {
	pos := map[*html.Node]int{}
	roots := map[*html.Node]bool{}
	for _, n := range nodes {
		r := n
		for r.Parent != nil {
			r = r.Parent
		}
		roots[r] = true
	}
	i := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		pos[n] = i
		i++
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for r := range roots {
		walk(r)
	}
	if len(roots) > 1 {
		return nodes
	}
	out := append([]*html.Node(nil), nodes...)
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && pos[out[b]] < pos[out[b-1]]; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}
