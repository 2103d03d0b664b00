package cheerio

import (
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/net/html"
)

// world is one runtime's cheerio state: the JS object for each node, so
// that a node keeps its identity, and the way back.
type world struct {
	vm    *goja.Runtime
	names map[*html.Node]string // element names in their written case (xmlMode)
	js    map[*html.Node]*goja.Object
	nodes map[*goja.Object]*html.Node
	proto *goja.Object // the prototype of selections
}

func newWorld(vm *goja.Runtime) *world {
	return &world{vm: vm, names: map[*html.Node]string{}, js: map[*html.Node]*goja.Object{}, nodes: map[*goja.Object]*html.Node{}}
}

func (w *world) newElement(name string, attrs []html.Attribute) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: strings.ToLower(name), Attr: attrs}
	if n.Data != name {
		w.names[n] = name
	}
	return n
}

// name is an element's name as cheerio reports it.
func (w *world) name(n *html.Node) string {
	if s, ok := w.names[n]; ok {
		return s
	}
	return n.Data
}

func isTag(n *html.Node) bool { return n != nil && n.Type == html.ElementNode }

// nodeType is domhandler's type of a node.
func (w *world) nodeType(n *html.Node) string {
	switch n.Type {
	case html.ElementNode:
		switch n.Data {
		case "script", "style":
			return n.Data
		}
		return "tag"
	case html.TextNode:
		return "text"
	case html.CommentNode:
		return "comment"
	case html.DoctypeNode:
		return "directive"
	case html.DocumentNode:
		return "root"
	}
	return "text"
}

// object is the JS view of a node.
func (w *world) object(n *html.Node) goja.Value {
	if n == nil {
		return goja.Null()
	}
	if o, ok := w.js[n]; ok {
		return o
	}
	o := w.vm.NewDynamicObject(&nodeView{w: w, n: n, extra: map[string]goja.Value{}})
	w.js[n] = o
	w.nodes[o] = n
	return o
}

// node finds the node behind a JS value, if it is one.
func (w *world) node(v goja.Value) *html.Node {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	return w.nodes[o]
}

func (w *world) children(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, c)
	}
	return out
}

// parentOf is a node's parent as cheerio sees it: top-level nodes have
// none (they hang off the root through .root instead).
func parentOf(n *html.Node) *html.Node {
	if n.Parent == nil || n.Parent.Type == html.DocumentNode && n.Type != html.DocumentNode && isLoadedRoot(n.Parent) {
		return nil
	}
	return n.Parent
}

// isLoadedRoot: every document node here is a cheerio root.
func isLoadedRoot(*html.Node) bool { return true }

// nodeView is a node as domhandler presents it to scripts.
type nodeView struct {
	w     *world
	n     *html.Node
	extra map[string]goja.Value
}

func (v *nodeView) keys() []string {
	var keys []string
	switch v.n.Type {
	case html.ElementNode, html.DocumentNode:
		keys = []string{"type", "name", "attribs", "children", "next", "prev", "parent"}
	default:
		keys = []string{"data", "type", "next", "prev", "parent"}
	}
	if v.n.Parent != nil && v.n.Parent.Type == html.DocumentNode {
		keys = append(keys, "root")
	}
	return keys
}

func (v *nodeView) Get(key string) goja.Value {
	w, n := v.w, v.n
	if x, ok := v.extra[key]; ok {
		return x
	}
	switch key {
	case "type":
		return w.vm.ToValue(w.nodeType(n))
	case "name", "tagName", "nodeName":
		switch n.Type {
		case html.ElementNode:
			return w.vm.ToValue(w.name(n))
		case html.DocumentNode:
			return w.vm.ToValue("root")
		case html.DoctypeNode:
			return w.vm.ToValue(strings.ToLower(strings.Fields(n.Data + " x")[0]))
		}
		return goja.Undefined()
	case "attribs":
		if n.Type == html.ElementNode || n.Type == html.DocumentNode {
			return w.vm.NewDynamicObject(&attribsView{w: w, n: n})
		}
	case "children", "childNodes":
		if n.Type == html.ElementNode || n.Type == html.DocumentNode {
			var items []any
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				items = append(items, w.object(c))
			}
			return w.vm.NewArray(items...)
		}
	case "parent", "parentNode":
		return w.object(parentOf(n))
	case "root":
		if n.Parent != nil && n.Parent.Type == html.DocumentNode {
			return w.object(n.Parent)
		}
		return goja.Null()
	case "next", "nextSibling":
		return w.object(n.NextSibling)
	case "prev", "previousSibling":
		return w.object(n.PrevSibling)
	case "firstChild":
		return w.object(n.FirstChild)
	case "lastChild":
		return w.object(n.LastChild)
	case "data", "nodeValue":
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return w.vm.ToValue(n.Data)
		}
	case "nodeType":
		switch n.Type {
		case html.ElementNode:
			return w.vm.ToValue(1)
		case html.TextNode:
			return w.vm.ToValue(3)
		case html.CommentNode:
			return w.vm.ToValue(8)
		}
		return w.vm.ToValue(1)
	}
	return goja.Undefined()
}

func (v *nodeView) Set(key string, val goja.Value) bool {
	switch key {
	case "data":
		if v.n.Type != html.ElementNode && v.n.Type != html.DocumentNode {
			v.n.Data = val.String()
			return true
		}
	case "name", "tagName":
		if v.n.Type == html.ElementNode {
			name := val.String()
			v.n.Data = strings.ToLower(name)
			if v.n.Data != name {
				v.w.names[v.n] = name
			} else {
				delete(v.w.names, v.n)
			}
			return true
		}
	case "attribs":
		if o, ok := val.(*goja.Object); ok && v.n.Type == html.ElementNode {
			v.n.Attr = nil
			for _, k := range o.Keys() {
				v.n.Attr = append(v.n.Attr, html.Attribute{Key: k, Val: o.Get(k).String()})
			}
			return true
		}
	}
	v.extra[key] = val
	return true
}

func (v *nodeView) Has(key string) bool {
	if _, ok := v.extra[key]; ok {
		return true
	}
	return !goja.IsUndefined(v.Get(key))
}

func (v *nodeView) Delete(key string) bool {
	delete(v.extra, key)
	return true
}

func (v *nodeView) Keys() []string {
	keys := v.keys()
	for k := range v.extra {
		keys = append(keys, k)
	}
	return keys
}

// attribsView is an element's attribs object, live over its attributes.
type attribsView struct {
	w *world
	n *html.Node
}

func getAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func removeAttr(n *html.Node, key string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr = append(n.Attr[:i:i], n.Attr[i+1:]...)
			return
		}
	}
}

func (a *attribsView) Get(key string) goja.Value {
	if v, ok := getAttr(a.n, key); ok {
		return a.w.vm.ToValue(v)
	}
	return nil
}

func (a *attribsView) Set(key string, val goja.Value) bool {
	setAttr(a.n, key, val.String())
	return true
}

func (a *attribsView) Has(key string) bool { _, ok := getAttr(a.n, key); return ok }

func (a *attribsView) Delete(key string) bool { removeAttr(a.n, key); return true }

func (a *attribsView) Keys() []string {
	out := make([]string, len(a.n.Attr))
	for i, at := range a.n.Attr {
		out[i] = at.Key
	}
	return out
}
