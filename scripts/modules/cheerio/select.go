package cheerio

import (
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// compile parses a CSS selector, throwing css-select's kind of error.
func (w *world) compile(sel string) cascadia.SelectorGroup {
	g, err := cascadia.ParseGroup(sel)
	if err != nil {
		panic(w.vm.NewGoError(err))
	}
	return g
}

// find returns the elements under the given ones that match sel, in
// document order per context, each once.
func (w *world) find(ctx []*html.Node, sel string) []*html.Node {
	g := w.compile(sel)
	var out []*html.Node
	seen := map[*html.Node]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if !seen[c] && g.Match(c) {
				seen[c] = true
				out = append(out, c)
			}
			walk(c)
		}
	}
	for _, n := range ctx {
		walk(n)
	}
	return out
}

// matches reports whether an element matches sel.
func (w *world) matcher(sel string) func(*html.Node) bool {
	g := w.compile(sel)
	return func(n *html.Node) bool { return isTag(n) && g.Match(n) }
}

func unique(nodes []*html.Node) []*html.Node {
	seen := map[*html.Node]bool{}
	out := nodes[:0:0]
	for _, n := range nodes {
		if n != nil && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
