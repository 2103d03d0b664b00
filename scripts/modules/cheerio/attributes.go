package cheerio

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/net/html"

	"github.com/pmrun/pmrun/scripts/modules"
)

var booleanAttr = regexp.MustCompile(`(?i)^(?:autofocus|autoplay|async|checked|controls|defer|disabled|hidden|loop|multiple|open|readonly|required|scoped|selected)$`)

// attrValue is cheerio's getAttr for one name.
func (w *world) attrValue(n *html.Node, name string) goja.Value {
	if !isTag(n) {
		return goja.Undefined()
	}
	if v, ok := getAttr(n, name); ok {
		if booleanAttr.MatchString(name) {
			return w.vm.ToValue(name)
		}
		return w.vm.ToValue(v)
	}
	if w.name(n) == "option" && name == "value" {
		return w.vm.ToValue(text(w.children(n)))
	}
	if w.name(n) == "input" && name == "value" {
		if t, _ := getAttr(n, "type"); t == "radio" || t == "checkbox" {
			return w.vm.ToValue("on")
		}
	}
	return goja.Undefined()
}

// setAttrValue is cheerio's setAttr: null removes.
func setAttrValue(n *html.Node, name string, v goja.Value) {
	if goja.IsNull(v) {
		removeAttr(n, name)
		return
	}
	setAttr(n, name, v.String())
}

var spaces = regexp.MustCompile(`\s+`)

func classes(n *html.Node) []string {
	c, _ := getAttr(n, "class")
	return strings.Fields(c)
}

func hasClass(n *html.Node, name string) bool {
	c, ok := getAttr(n, "class")
	if !ok || name == "" {
		return false
	}
	isSpace := func(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' }
	for idx := strings.Index(c, name); idx >= 0; {
		end := idx + len(name)
		if (idx == 0 || isSpace(c[idx-1])) && (end == len(c) || isSpace(c[end])) {
			return true
		}
		next := strings.Index(c[idx+1:], name)
		if next < 0 {
			break
		}
		idx += 1 + next
	}
	return false
}

func (w *world) attributes(def func(string, func(*call) goja.Value)) {
	vm := w.vm
	def("attr", func(c *call) goja.Value {
		name, val := c.arg(0), c.arg(1)
		if o, ok := name.(*goja.Object); ok {
			for _, n := range c.nodes {
				if isTag(n) {
					for _, k := range o.Keys() {
						setAttrValue(n, k, o.Get(k))
					}
				}
			}
			return c.this
		}
		if len(c.args.Arguments) > 1 {
			fn := c.callback(1)
			for i, n := range c.nodes {
				if !isTag(n) {
					continue
				}
				v := val
				if fn != nil {
					el := w.object(n)
					v = c.invoke(fn, el, vm.ToValue(i), w.attrValue(n, name.String()))
				}
				setAttrValue(n, name.String(), v)
			}
			return c.this
		}
		n := c.first()
		if !isTag(n) {
			return goja.Undefined()
		}
		if !isDefined(name) || goja.IsNull(name) || name.String() == "" {
			return w.object(n).(*goja.Object).Get("attribs")
		}
		return w.attrValue(n, name.String())
	})
	def("removeAttr", func(c *call) goja.Value {
		for _, n := range c.nodes {
			if isTag(n) {
				removeAttr(n, c.arg(0).String())
			}
		}
		return c.this
	})
	def("hasClass", func(c *call) goja.Value {
		for _, n := range c.nodes {
			if isTag(n) && hasClass(n, c.arg(0).String()) {
				return vm.ToValue(true)
			}
		}
		return vm.ToValue(false)
	})
	def("addClass", func(c *call) goja.Value {
		add := strings.Fields(c.arg(0).String())
		for _, n := range c.nodes {
			if !isTag(n) {
				continue
			}
			cur, ok := getAttr(n, "class")
			if !ok {
				setAttr(n, "class", strings.Join(add, " "))
				continue
			}
			setClass := " " + cur + " "
			for _, a := range add {
				if !strings.Contains(setClass, " "+a+" ") {
					setClass += a + " "
				}
			}
			setAttr(n, "class", strings.TrimSpace(setClass))
		}
		return c.this
	})
	def("removeClass", func(c *call) goja.Value {
		all := len(c.args.Arguments) == 0 || !isDefined(c.arg(0))
		remove := map[string]bool{}
		if !all {
			for _, r := range strings.Fields(c.arg(0).String()) {
				remove[r] = true
			}
		}
		for _, n := range c.nodes {
			if !isTag(n) {
				continue
			}
			if all {
				setAttr(n, "class", "")
				continue
			}
			var keep []string
			for _, cl := range classes(n) {
				if !remove[cl] {
					keep = append(keep, cl)
				}
			}
			setAttr(n, "class", strings.Join(keep, " "))
		}
		return c.this
	})
	def("toggleClass", func(c *call) goja.Value {
		names := strings.Fields(c.arg(0).String())
		for _, n := range c.nodes {
			if !isTag(n) {
				continue
			}
			cur := classes(n)
			for _, name := range names {
				idx := -1
				for i, x := range cur {
					if x == name {
						idx = i
					}
				}
				if idx >= 0 {
					cur = append(cur[:idx], cur[idx+1:]...)
				} else {
					cur = append(cur, name)
				}
			}
			setAttr(n, "class", strings.Join(cur, " "))
		}
		return c.this
	})
	def("val", func(c *call) goja.Value { return w.val(c) })
	def("data", func(c *call) goja.Value {
		n := c.first()
		if !isTag(n) {
			return goja.Undefined()
		}
		out := vm.NewObject()
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "data-") {
				_ = out.Set(camelCase(a.Key[5:]), dataValue(vm, a.Val))
			}
		}
		if k := c.arg(0); modules.IsString(k) {
			return out.Get(camelCase(k.String()))
		}
		return out
	})
}

func camelCase(s string) string {
	parts := strings.Split(s, "-")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

var rbrace = regexp.MustCompile(`^(?:\{[\w\W]*\}|\[[\w\W]*\])$`)

// dataValue is how cheerio reads a data- attribute: JSON, numbers,
// booleans and null as values, the rest as strings.
func dataValue(vm *goja.Runtime, s string) goja.Value {
	switch s {
	case "null":
		return goja.Null()
	case "true":
		return vm.ToValue(true)
	case "false":
		return vm.ToValue(false)
	}
	if n := vm.ToValue(s).ToNumber(); vm.ToValue(s).String() != "" && n.String() == s {
		return n
	}
	if rbrace.MatchString(s) {
		j := vm.Get("JSON").(*goja.Object)
		if parse, ok := goja.AssertFunction(j.Get("parse")); ok {
			if v, err := parse(j, vm.ToValue(s)); err == nil {
				return v
			}
		}
	}
	return vm.ToValue(s)
}

// val is cheerio 0.22's val for reading and setting form values.
func (w *world) val(c *call) goja.Value {
	vm := w.vm
	n := c.first()
	if n == nil {
		return goja.Undefined()
	}
	querying := len(c.args.Arguments) == 0
	v := c.arg(0)
	switch w.name(n) {
	case "textarea":
		if querying {
			return vm.ToValue(text(c.nodes))
		}
		for _, x := range c.nodes {
			w.setText(x, v.String())
		}
		return c.this
	case "input":
		if querying {
			return w.attrValue(n, "value")
		}
		for _, x := range c.nodes {
			if isTag(x) {
				setAttrValue(x, "value", v)
			}
		}
		return c.this
	case "select":
		opts := w.selectedOptions(n)
		if !querying {
			return c.this
		}
		if _, multi := getAttr(n, "multiple"); multi {
			items := make([]any, len(opts))
			for i, o := range opts {
				items[i] = w.attrValue(o, "value")
			}
			return vm.NewArray(items...)
		}
		if len(opts) == 0 {
			return goja.Undefined()
		}
		return w.attrValue(opts[0], "value")
	case "option":
		if querying {
			return w.attrValue(n, "value")
		}
		setAttrValue(n, "value", v)
		return c.this
	}
	return goja.Undefined()
}

// selectedOptions are the options css-select's :selected matches.
func (w *world) selectedOptions(sel *html.Node) []*html.Node {
	var opts, out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if isTag(c) {
				if w.name(c) == "option" {
					opts = append(opts, c)
				}
				walk(c)
			}
		}
	}
	walk(sel)
	_, multiple := getAttr(sel, "multiple")
	for _, o := range opts {
		if _, ok := getAttr(o, "selected"); ok {
			out = append(out, o)
		}
	}
	if len(out) == 0 && !multiple {
		for _, o := range opts {
			if o.Parent == sel {
				return []*html.Node{o}
			}
		}
	}
	return out
}
