package cheerio

import (
	"strconv"

	"github.com/dop251/goja"
	"golang.org/x/net/html"

	"github.com/pmrun/pmrun/scripts/modules"
)

func itoa(i int) string { return strconv.Itoa(i) }

// call is one method call on a selection.
type call struct {
	w     *world
	this  *goja.Object
	nodes []*html.Node
	args  goja.FunctionCall
}

func (w *world) method(fn func(c *call) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(fc goja.FunctionCall) goja.Value {
		this, ok := fc.This.(*goja.Object)
		if !ok {
			panic(w.vm.NewTypeError("cheerio method called on a non-object"))
		}
		return fn(&call{w: w, this: this, nodes: w.sel(this), args: fc})
	}
}

func (c *call) arg(i int) goja.Value { return c.args.Argument(i) }

func (c *call) opts() *goja.Object {
	if o, ok := c.this.Get("options").(*goja.Object); ok {
		return o
	}
	return c.w.options(nil)
}

func (c *call) root() *goja.Object {
	r, _ := c.this.Get("_root").(*goja.Object)
	return r
}

// make is cheerio's _make: a new selection that remembers this one.
func (c *call) make(nodes []*html.Node) goja.Value {
	return c.w.selection(nodes, c.opts(), c.root(), c.this)
}

func (c *call) first() *html.Node {
	if len(c.nodes) == 0 {
		return nil
	}
	return c.nodes[0]
}

func (c *call) callback(i int) goja.Callable {
	fn, _ := goja.AssertFunction(c.arg(i))
	return fn
}

func (c *call) invoke(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	if fn == nil {
		panic(c.w.vm.NewTypeError("callback is not a function"))
	}
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

func isDefined(v goja.Value) bool { return v != nil && !goja.IsUndefined(v) }

// filterBy is cheerio's makeFilterMethod: a selector, a function, a
// selection or a node picks elements.
func (c *call) filterBy(match goja.Value, keep bool) []*html.Node {
	var test func(i int, n *html.Node) bool
	switch {
	case modules.IsString(match):
		m := c.w.matcher(match.String())
		test = func(_ int, n *html.Node) bool { return m(n) }
	case c.callback(0) != nil && match == c.arg(0):
		fn := c.callback(0)
		test = func(i int, n *html.Node) bool {
			el := c.w.object(n)
			return c.invoke(fn, el, c.w.vm.ToValue(i), el).ToBoolean()
		}
	default:
		set := map[*html.Node]bool{}
		for _, n := range c.w.nodesOf(match) {
			set[n] = true
		}
		test = func(_ int, n *html.Node) bool { return set[n] }
	}
	var out []*html.Node
	for i, n := range c.nodes {
		if test(i, n) == keep {
			out = append(out, n)
		}
	}
	return out
}

func (w *world) selectionProto() *goja.Object {
	p := w.vm.NewObject()
	def := func(name string, fn func(c *call) goja.Value) { _ = p.Set(name, w.method(fn)) }
	_ = p.Set("cheerio", "[cheerio object]")
	_ = p.Set("splice", w.vm.Get("Array").(*goja.Object).Get("prototype").(*goja.Object).Get("splice"))
	w.traversal(def)
	w.attributes(def)
	w.manipulation(def)
	return p
}
