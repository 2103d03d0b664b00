package cheerio

import (
	"io"
	"strings"

	"golang.org/x/net/html"
)

// parseOptions are the htmlparser2 options cheerio passes on.
type parseOptions struct {
	xmlMode        bool
	decodeEntities bool
}

// htmlparser2's tree-building rules (3.x, not the HTML5 algorithm): no
// implied html/head/body, void elements, and start tags that close an
// open element.
var (
	formTags         = set("input", "option", "optgroup", "select", "button", "datalist", "textarea")
	openImpliesClose = map[string]map[string]bool{
		"tr": set("tr", "th", "td"), "th": set("th"), "td": set("thead", "th", "td"),
		"body": set("head", "link", "script"), "li": set("li"), "p": set("p"),
		"h1": set("p"), "h2": set("p"), "h3": set("p"), "h4": set("p"), "h5": set("p"), "h6": set("p"),
		"select": formTags, "input": formTags, "output": formTags, "button": formTags,
		"datalist": formTags, "textarea": formTags, "option": set("option"), "optgroup": set("optgroup"),
	}
	voidElements = set("area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img",
		"input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr")
	// rawAsText are elements the HTML5 tokenizer reads as raw text but
	// htmlparser2 parses like any other.
	rawAsText = set("textarea", "title", "iframe", "noembed", "noframes", "noscript", "plaintext", "xmp")
)

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// treeBuilder makes a DOM from tokens as htmlparser2 with domhandler does.
type treeBuilder struct {
	w     *world
	opts  parseOptions
	root  *html.Node
	stack []*html.Node
}

func (b *treeBuilder) current() *html.Node {
	if len(b.stack) == 0 {
		return b.root
	}
	return b.stack[len(b.stack)-1]
}

func (b *treeBuilder) appendNode(n *html.Node) {
	b.current().AppendChild(n)
}

func (b *treeBuilder) text(s string) {
	if s == "" {
		return
	}
	if last := b.current().LastChild; last != nil && last.Type == html.TextNode {
		last.Data += s
		return
	}
	b.appendNode(&html.Node{Type: html.TextNode, Data: s})
}

func (b *treeBuilder) closeTag(name string) {
	for i := len(b.stack) - 1; i >= 0; i-- {
		if b.w.name(b.stack[i]) == name {
			b.stack = b.stack[:i]
			return
		}
	}
	if !b.opts.xmlMode && (name == "p" || name == "br") {
		b.openTag(name, nil, true)
	}
}

func (b *treeBuilder) openTag(name string, attrs []html.Attribute, selfClosing bool) *html.Node {
	if !b.opts.xmlMode {
		if closes, ok := openImpliesClose[name]; ok {
			for len(b.stack) > 0 && closes[b.w.name(b.stack[len(b.stack)-1])] {
				b.stack = b.stack[:len(b.stack)-1]
			}
		}
	}
	n := b.w.newElement(name, attrs)
	b.appendNode(n)
	void := !b.opts.xmlMode && voidElements[name]
	if !void && !(selfClosing && b.opts.xmlMode) {
		b.stack = append(b.stack, n)
	}
	return n
}

// parse reads markup into the children of a new document node.
func (w *world) parse(src string, opts parseOptions) *html.Node {
	root := &html.Node{Type: html.DocumentNode}
	b := &treeBuilder{w: w, opts: opts, root: root}
	z := html.NewTokenizer(strings.NewReader(src))
	z.SetMaxBuf(0)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				b.text(string(z.Raw()))
			}
			return root
		case html.TextToken:
			if opts.decodeEntities {
				b.text(string(z.Text()))
			} else {
				b.text(string(z.Raw()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, attrs := w.readTag(z, opts)
			b.openTag(name, attrs, tt == html.SelfClosingTagToken)
			if rawAsText[strings.ToLower(name)] {
				z.NextIsNotRawText()
			}
		case html.EndTagToken:
			name, _ := w.readTag(z, opts)
			b.closeTag(name)
		case html.CommentToken:
			data := string(z.Text())
			if raw := string(z.Raw()); strings.HasPrefix(raw, "<?") || strings.HasPrefix(raw, "<!") && !strings.HasPrefix(raw, "<!--") {
				b.appendNode(&html.Node{Type: html.DoctypeNode, Data: strings.TrimSuffix(strings.TrimPrefix(raw, "<"), ">")})
				continue
			}
			b.appendNode(&html.Node{Type: html.CommentNode, Data: data})
		case html.DoctypeToken:
			raw := string(z.Raw())
			b.appendNode(&html.Node{Type: html.DoctypeNode, Data: strings.TrimSuffix(strings.TrimPrefix(raw, "<"), ">")})
		}
	}
}

// readTag reads a tag's name and attributes, keeping their case in
// xmlMode (the tokenizer lower-cases both).
func (w *world) readTag(z *html.Tokenizer, opts parseOptions) (string, []html.Attribute) {
	raw := string(z.Raw())
	nameB, hasAttr := z.TagName()
	name := string(nameB)
	if opts.xmlMode {
		name = rawTagName(raw, len(name))
	}
	var attrs []html.Attribute
	seen := map[string]bool{}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		key := string(k)
		if seen[key] {
			continue
		}
		seen[key] = true
		val := string(v)
		attrs = append(attrs, html.Attribute{Key: key, Val: val})
	}
	if opts.xmlMode {
		restoreAttrCase(raw, 1+len(name), attrs)
	}
	return name, attrs
}

func rawTagName(raw string, n int) string {
	s := strings.TrimLeft(raw, "</")
	if len(s) >= n {
		return s[:n]
	}
	return s
}

// restoreAttrCase gives attributes the case they were written in.
func restoreAttrCase(raw string, from int, attrs []html.Attribute) {
	lower := strings.ToLower(raw)
	if from > len(raw) {
		return
	}
	for i := range attrs {
		k := attrs[i].Key
		j := strings.Index(lower[from:], k)
		if j < 0 {
			continue
		}
		attrs[i].Key = raw[from+j : from+j+len(k)]
		from += j + len(k)
	}
}
