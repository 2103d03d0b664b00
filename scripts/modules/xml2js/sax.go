package xml2js

import (
	"strconv"
	"strings"
	"unicode/utf16"
)

// saxHandler receives what the tokenizer reads. A handler returns stop
// to end the parse (xml2js stops listening once the root closes).
type saxHandler interface {
	openTag(name string, attrs []attr) (stop bool)
	closeTag(name string) (stop bool)
	text(s string)
	cdata(s string)
}

type attr struct{ name, value string }

// saxError is a well-formedness error with sax's position suffix.
type saxError struct {
	msg          string
	line, column int
	char         string
}

func (e *saxError) Error() string {
	return e.msg + "\nLine: " + strconv.Itoa(e.line) + "\nColumn: " + strconv.Itoa(e.column) + "\nChar: " + e.char
}

type saxState int

const (
	sBegin saxState = iota
	sText
	sTextEntity
	sOpenWaka
	sSGMLDecl
	sSGMLDeclQuoted
	sDoctype
	sDoctypeQuoted
	sDoctypeDTD
	sDoctypeDTDQuoted
	sComment
	sCommentEnding
	sCommentEnded
	sCDATA
	sCDATAEnding
	sCDATAEnding2
	sProcInst
	sProcInstBody
	sProcInstEnding
	sOpenTag
	sOpenTagSlash
	sAttrib
	sAttribName
	sAttribNameSawWhite
	sAttribValue
	sAttribValueQuoted
	sAttribValueClosed
	sAttribValueUnquoted
	sAttribValueEntityQ
	sAttribValueEntityU
	sCloseTag
	sCloseTagSawWhite
)

// sax is the strict-mode state machine of the sax module (the version
// bundled with xml2js 0.4.23 in postman-sandbox), reduced to what xml2js
// listens to and stopping at the first error, which is all xml2js reports.
type sax struct {
	h                   saxHandler
	upper               bool // non-strict mode: sax upper-cases names
	state               saxState
	line, column        int
	c                   string
	sawRoot, closedRoot bool
	tags                []string
	tagName             string
	attrs               []attr
	attribName, attribV string
	q                   string
	textNode            string
	entity              string
	sgmlDecl, cdataBuf  string
	doctype             string
	sawDoctype, inDTD   bool
	stopped             bool
	err                 *saxError
}

func isSpace(c string) bool { return c == " " || c == "\n" || c == "\r" || c == "\t" }
func isQuote(c string) bool { return c == `"` || c == "'" }

func nameStartRune(r rune) bool {
	return r == ':' || r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' ||
		r >= 0xC0 && r <= 0xD6 || r >= 0xD8 && r <= 0xF6 || r >= 0xF8 && r <= 0x2FF ||
		r >= 0x370 && r <= 0x37D || r >= 0x37F && r <= 0x1FFF || r >= 0x200C && r <= 0x200D ||
		r >= 0x2070 && r <= 0x218F || r >= 0x2C00 && r <= 0x2FEF || r >= 0x3001 && r <= 0xD7FF ||
		r >= 0xF900 && r <= 0xFDCF || r >= 0xFDF0 && r <= 0xFFFD || r >= 0x10000
}

func nameBodyRune(r rune) bool {
	return nameStartRune(r) || r == 0xB7 || r >= 0x300 && r <= 0x36F || r >= 0x203F && r <= 0x2040 ||
		r == '.' || r >= '0' && r <= '9' || r == '-'
}

func firstRune(c string) rune {
	for _, r := range c {
		return r
	}
	return 0
}

func nameStart(c string) bool { return c != "" && nameStartRune(firstRune(c)) }
func nameBody(c string) bool  { return c != "" && nameBodyRune(firstRune(c)) }

func (p *sax) fail(msg string) {
	if p.err == nil {
		p.err = &saxError{msg: msg, line: p.line, column: p.column, char: p.c}
	}
}

func (p *sax) closeText() {
	if p.textNode != "" && !p.stopped {
		p.h.text(p.textNode)
	}
	p.textNode = ""
}

// parse runs the machine over s and returns the first error, if any.
func (p *sax) parse(s string) *saxError {
	for i, r := range s {
		if p.err != nil || p.stopped {
			return p.err
		}
		c := string(r)
		p.c = c
		if r == '\n' {
			p.line++
			p.column = 0
		} else {
			p.column += len(utf16.Encode([]rune{r}))
		}
		if i == 0 && r == '\uFEFF' && p.state == sBegin {
			continue
		}
		p.step(c)
	}
	if p.err != nil || p.stopped {
		return p.err
	}
	p.c = ""
	if p.sawRoot && !p.closedRoot {
		p.fail("Unclosed root tag")
	}
	if p.state != sBegin && p.state != sText {
		p.fail("Unexpected end")
	}
	return p.err
}

func (p *sax) name(n string) string {
	if p.upper {
		return strings.ToUpper(n)
	}
	return n
}

func (p *sax) step(c string) {
	switch p.state {
	case sBegin:
		if c == "<" {
			p.state = sOpenWaka
		} else if !isSpace(c) {
			p.fail("Non-whitespace before first tag.")
			p.textNode = c
			p.state = sText
		}
	case sText:
		if c == "<" {
			p.state = sOpenWaka
			return
		}
		if !isSpace(c) && (!p.sawRoot || p.closedRoot) {
			p.fail("Text data outside of root node.")
		}
		if c == "&" {
			p.state = sTextEntity
		} else {
			p.textNode += c
		}
	case sOpenWaka:
		switch {
		case c == "!":
			p.state, p.sgmlDecl = sSGMLDecl, ""
		case isSpace(c):
		case nameStart(c):
			p.state, p.tagName = sOpenTag, c
		case c == "/":
			p.state, p.tagName = sCloseTag, ""
		case c == "?":
			p.state = sProcInst
		default:
			p.fail("Unencoded <")
			p.textNode += "<" + c
			p.state = sText
		}
	case sSGMLDecl:
		p.sgmlDecl1(c)
	case sSGMLDeclQuoted:
		if c == p.q {
			p.state, p.q = sSGMLDecl, ""
		}
		p.sgmlDecl += c
	case sDoctype:
		if c == ">" {
			p.state, p.sawDoctype, p.inDTD = sText, true, false
		} else if c == "[" {
			p.state, p.inDTD = sDoctypeDTD, true
		} else if isQuote(c) {
			p.state, p.q = sDoctypeQuoted, c
		}
	case sDoctypeQuoted:
		if c == p.q {
			p.q, p.state = "", sDoctype
		}
	case sDoctypeDTD:
		if c == "]" {
			p.state = sDoctype
		} else if c == "<" {
			p.state = sOpenWaka
		} else if isQuote(c) {
			p.state, p.q = sDoctypeDTDQuoted, c
		}
	case sDoctypeDTDQuoted:
		if c == p.q {
			p.state, p.q = sDoctypeDTD, ""
		}
	case sComment:
		if c == "-" {
			p.state = sCommentEnding
		}
	case sCommentEnding:
		if c == "-" {
			p.state = sCommentEnded
			p.closeText()
		} else {
			p.state = sComment
		}
	case sCommentEnded:
		if c != ">" {
			p.fail("Malformed comment")
			p.state = sComment
		} else if p.inDTD {
			p.state = sDoctypeDTD
		} else {
			p.state = sText
		}
	case sCDATA:
		if c == "]" {
			p.state = sCDATAEnding
		} else {
			p.cdataBuf += c
		}
	case sCDATAEnding:
		if c == "]" {
			p.state = sCDATAEnding2
		} else {
			p.cdataBuf += "]" + c
			p.state = sCDATA
		}
	case sCDATAEnding2:
		switch c {
		case ">":
			p.closeText()
			if p.cdataBuf != "" && !p.stopped {
				p.h.cdata(p.cdataBuf)
			}
			p.cdataBuf = ""
			p.state = sText
		case "]":
			p.cdataBuf += "]"
		default:
			p.cdataBuf += "]]" + c
			p.state = sCDATA
		}
	case sProcInst:
		if c == "?" {
			p.state = sProcInstEnding
		} else if isSpace(c) {
			p.state = sProcInstBody
		}
	case sProcInstBody:
		if c == "?" {
			p.state = sProcInstEnding
		}
	case sProcInstEnding:
		if c == ">" {
			p.closeText()
			p.state = sText
		} else {
			p.state = sProcInstBody
		}
	default:
		p.stepTag(c)
	}
}

func (p *sax) sgmlDecl1(c string) {
	decl := p.sgmlDecl + c
	switch {
	case decl == "--":
		p.state, p.sgmlDecl = sComment, ""
	case p.inDTD && p.sgmlDecl != "":
		p.state, p.sgmlDecl = sDoctypeDTD, ""
	case strings.ToUpper(decl) == "[CDATA[":
		p.closeText()
		p.state, p.sgmlDecl, p.cdataBuf = sCDATA, "", ""
	case strings.ToUpper(decl) == "DOCTYPE":
		p.state = sDoctype
		if p.sawDoctype || p.sawRoot {
			p.fail("Inappropriately located doctype declaration")
		}
		p.sgmlDecl = ""
	case c == ">":
		p.closeText()
		p.sgmlDecl, p.state = "", sText
	case isQuote(c):
		p.state, p.q = sSGMLDeclQuoted, c
		p.sgmlDecl += c
	default:
		p.sgmlDecl += c
	}
}
