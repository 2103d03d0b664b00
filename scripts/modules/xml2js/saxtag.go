package xml2js

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

func (p *sax) stepTag(c string) {
	switch p.state {
	case sOpenTag:
		if nameBody(c) {
			p.tagName += c
			return
		}
		p.tagName = p.name(p.tagName)
		p.attrs = nil
		switch {
		case c == ">":
			p.openTag(false)
		case c == "/":
			p.state = sOpenTagSlash
		default:
			if !isSpace(c) {
				p.fail("Invalid character in tag name")
			}
			p.state = sAttrib
		}
	case sOpenTagSlash:
		if c == ">" {
			p.openTag(true)
		} else {
			p.fail("Forward-slash in opening tag not followed by >")
			p.state = sAttrib
		}
	case sAttrib:
		switch {
		case isSpace(c):
		case c == ">":
			p.openTag(false)
		case c == "/":
			p.state = sOpenTagSlash
		case nameStart(c):
			p.attribName, p.attribV, p.state = c, "", sAttribName
		default:
			p.fail("Invalid attribute name")
		}
	case sAttribName:
		switch {
		case c == "=":
			p.state = sAttribValue
		case c == ">":
			p.fail("Attribute without value")
		case isSpace(c):
			p.state = sAttribNameSawWhite
		case nameBody(c):
			p.attribName += c
		default:
			p.fail("Invalid attribute name")
		}
	case sAttribNameSawWhite:
		switch {
		case c == "=":
			p.state = sAttribValue
		case isSpace(c):
		default:
			p.fail("Attribute without value")
		}
	case sAttribValue:
		switch {
		case isSpace(c):
		case isQuote(c):
			p.q, p.state = c, sAttribValueQuoted
		default:
			p.fail("Unquoted attribute value")
			p.state, p.attribV = sAttribValueUnquoted, c
		}
	case sAttribValueQuoted:
		if c != p.q {
			if c == "&" {
				p.state = sAttribValueEntityQ
			} else {
				p.attribV += c
			}
			return
		}
		p.attrib()
		p.q, p.state = "", sAttribValueClosed
	case sAttribValueClosed:
		switch {
		case isSpace(c):
			p.state = sAttrib
		case c == ">":
			p.openTag(false)
		case c == "/":
			p.state = sOpenTagSlash
		case nameStart(c):
			p.fail("No whitespace between attributes")
		default:
			p.fail("Invalid attribute name")
		}
	case sAttribValueUnquoted:
		if c != ">" && !isSpace(c) {
			if c == "&" {
				p.state = sAttribValueEntityU
			} else {
				p.attribV += c
			}
			return
		}
		p.attrib()
		if c == ">" {
			p.openTag(false)
		} else {
			p.state = sAttrib
		}
	case sCloseTag:
		switch {
		case p.tagName == "":
			if isSpace(c) {
				return
			}
			if !nameStart(c) {
				p.fail("Invalid tagname in closing tag.")
				return
			}
			p.tagName = c
		case c == ">":
			p.closeTag()
		case nameBody(c):
			p.tagName += c
		default:
			if !isSpace(c) {
				p.fail("Invalid tagname in closing tag")
			}
			p.state = sCloseTagSawWhite
		}
	case sCloseTagSawWhite:
		if isSpace(c) {
			return
		}
		if c == ">" {
			p.closeTag()
		} else {
			p.fail("Invalid characters in closing tag")
		}
	case sTextEntity, sAttribValueEntityQ, sAttribValueEntityU:
		p.entityChar(c)
	}
}

func (p *sax) attrib() {
	name := p.name(p.attribName)
	for _, a := range p.attrs {
		if a.name == name {
			p.attribName, p.attribV = "", ""
			return
		}
	}
	p.attrs = append(p.attrs, attr{name, p.attribV})
	p.attribName, p.attribV = "", ""
}

func (p *sax) openTag(selfClosing bool) {
	p.closeText()
	p.sawRoot = true
	p.tags = append(p.tags, p.tagName)
	if p.h.openTag(p.tagName, p.attrs) {
		p.stopped = true
		return
	}
	p.attrs = nil
	p.state = sText
	if selfClosing {
		p.closeTag()
		return
	}
	p.tagName, p.attribName, p.attribV = "", "", ""
}

func (p *sax) closeTag() {
	if p.tagName == "" {
		p.fail("Weird empty close tag.")
		return
	}
	name := p.name(p.tagName)
	t := len(p.tags) - 1
	for ; t >= 0; t-- {
		if p.tags[t] != name {
			p.fail("Unexpected close tag")
			return
		}
		break
	}
	if t < 0 {
		p.fail("Unmatched closing tag: " + p.tagName)
		return
	}
	p.closeText()
	p.tags = p.tags[:t]
	if t == 0 {
		p.closedRoot = true
	}
	p.tagName, p.attribName, p.attribV = "", "", ""
	p.state = sText
	if p.h.closeTag(name) {
		p.stopped = true
	}
}

func (p *sax) entityChar(c string) {
	ret := sText
	switch p.state {
	case sAttribValueEntityQ:
		ret = sAttribValueQuoted
	case sAttribValueEntityU:
		ret = sAttribValueUnquoted
	}
	add := func(s string) {
		if ret == sText {
			p.textNode += s
		} else {
			p.attribV += s
		}
	}
	switch {
	case c == ";":
		add(p.parseEntity())
		p.entity, p.state = "", ret
	case p.entity == "" && (c == "#" || nameStart(c)) || p.entity != "" && (c == "#" || nameBody(c)):
		p.entity += c
	default:
		p.fail("Invalid character in entity name")
		add("&" + p.entity + c)
		p.entity, p.state = "", ret
	}
}

var xmlEntities = map[string]string{"amp": "&", "gt": ">", "lt": "<", "quot": `"`, "apos": "'"}

func (p *sax) parseEntity() string {
	e := p.entity
	if v, ok := xmlEntities[e]; ok {
		return v
	}
	lc := strings.ToLower(e)
	if v, ok := xmlEntities[lc]; ok {
		return v
	}
	var num int64 = -1
	numStr := ""
	rest := lc
	if strings.HasPrefix(lc, "#x") {
		rest = lc[2:]
		num = parseIntPrefix(rest, 16)
		if num >= 0 {
			numStr = strconv.FormatInt(num, 16)
		}
	} else if strings.HasPrefix(lc, "#") {
		rest = lc[1:]
		num = parseIntPrefix(rest, 10)
		if num >= 0 {
			numStr = strconv.FormatInt(num, 10)
		}
	}
	rest = strings.TrimLeft(rest, "0")
	if num < 0 || numStr != rest || num > utf8.MaxRune {
		p.fail("Invalid character entity")
		return "&" + p.entity + ";"
	}
	return string(rune(num))
}

// parseIntPrefix is parseInt: the leading digits of s in base; -1 for NaN.
func parseIntPrefix(s string, base int) int64 {
	end := 0
	for end < len(s) {
		if _, err := strconv.ParseInt(s[end:end+1], base, 64); err != nil {
			break
		}
		end++
	}
	if end == 0 {
		return -1
	}
	n, err := strconv.ParseInt(s[:end], base, 64)
	if err != nil {
		return utf8.MaxRune + 1
	}
	return n
}
