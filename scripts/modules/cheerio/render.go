package cheerio

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// renderOptions are dom-serializer's.
type renderOptions struct {
	xmlMode, decodeEntities bool
}

var unencoded = set("style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript")

// encodeXML is entities 1.1's encodeXML: the five XML specials as named
// entities and everything outside ASCII as a hex character reference.
func encodeXML(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case r > 0x7f:
			b.WriteString("&#x" + strings.ToUpper(strconv.FormatInt(int64(r), 16)) + ";")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// render serializes nodes as dom-serializer 0.1 does.
func (w *world) render(b *strings.Builder, nodes []*html.Node, o renderOptions) {
	for _, n := range nodes {
		switch n.Type {
		case html.DocumentNode:
			w.render(b, w.children(n), o)
		case html.ElementNode:
			w.renderTag(b, n, o)
		case html.DoctypeNode:
			b.WriteString("<" + n.Data + ">")
		case html.CommentNode:
			b.WriteString("<!--" + n.Data + "-->")
		default:
			data := n.Data
			if o.decodeEntities && !(n.Parent != nil && n.Parent.Type == html.ElementNode && unencoded[w.name(n.Parent)]) {
				data = encodeXML(data)
			}
			b.WriteString(data)
		}
	}
}

func (w *world) renderTag(b *strings.Builder, n *html.Node, o renderOptions) {
	name := w.name(n)
	if name == "svg" {
		o = renderOptions{decodeEntities: o.decodeEntities, xmlMode: true}
	}
	b.WriteString("<" + name)
	for _, a := range n.Attr {
		b.WriteString(" " + a.Key)
		if a.Val != "" || o.xmlMode {
			v := a.Val
			if o.decodeEntities {
				v = encodeXML(v)
			}
			b.WriteString(`="` + v + `"`)
		}
	}
	if o.xmlMode && n.FirstChild == nil {
		b.WriteString("/>")
		return
	}
	b.WriteString(">")
	w.render(b, w.children(n), o)
	if !voidElements[name] || o.xmlMode {
		b.WriteString("</" + name + ">")
	}
}

func (w *world) renderString(nodes []*html.Node, o renderOptions) string {
	var b strings.Builder
	w.render(&b, nodes, o)
	return b.String()
}

// text is cheerio's text of nodes: their text nodes' data, comments left out.
func text(nodes []*html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode, html.DocumentNode:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return b.String()
}
