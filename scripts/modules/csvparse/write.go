package csvparse

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

func substr(r []rune, i, n int) string {
	if i >= len(r) || n <= 0 {
		return ""
	}
	return string(r[i:min(len(r), i+n)])
}

func charAt(r []rune, i int) string {
	if i < 0 || i >= len(r) {
		return ""
	}
	return string(r[i])
}

func hasPrefixAt(r []rune, i int, s []rune) bool {
	return substr(r, i, len(s)) == string(s)
}

func jsQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func jsRowDelims(rd [][]rune) string {
	if rd == nil {
		return "null"
	}
	parts := make([]string, len(rd))
	for i, r := range rd {
		parts[i] = jsQuote(string(r))
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func trimRight(s string) string {
	return strings.TrimRight(s, " \t\n\v\f\r\u00a0\ufeff")
}

// write is csv-parse 1.2.4's __write over the buffered text and chars.
func (p *parser) write(in []rune, end bool) goja.Value {
	o := p.o
	chars := append(append([]rune{}, p.buf...), in...)
	l := len(chars)
	i := 0
	if p.lines == 0 && l > 0 && chars[0] == 0xFEFF {
		i++
	}
	pushField := func() {
		f := ""
		if p.field != nil {
			f = *p.field
		}
		p.line = append(p.line, p.autoParse(f))
	}
	for i < l {
		if !end && p.mustWait(chars, i, l) {
			break
		}
		char := p.nextChar
		if char == "" {
			char = charAt(chars, i)
		}
		p.nextChar = ""
		if l > i+1 {
			p.nextChar = charAt(chars, i+1)
		}
		if o.raw {
			p.rawBuf += char
		}
		if o.rowDelimiter == nil {
			next := i
			rd := ""
			if !p.quoting && (char == "\n" || char == "\r") {
				rd = char
				next++
			} else if p.quoting && char == string(o.quote) && (p.nextChar == "\n" || p.nextChar == "\r") {
				rd = p.nextChar
				next += 2
			}
			if rd != "" {
				if rd == "\r" && charAt(chars, next) == "\n" {
					rd += "\n"
				}
				o.rowDelimiter = [][]rune{[]rune(rd)}
				p.rdLen = len([]rune(rd))
			}
		}
		if !p.commenting && char == string(o.escape) {
			escapeIsQuote := string(o.escape) == string(o.quote)
			isEscape := p.nextChar == string(o.escape)
			isQuote := p.nextChar == string(o.quote)
			if !(escapeIsQuote && p.field == nil && !p.quoting) && (isEscape || isQuote) {
				i++
				char = p.nextChar
				p.nextChar = charAt(chars, i+1)
				p.appendField(char)
				if o.raw {
					p.rawBuf += char
				}
				i++
				continue
			}
		}
		if !p.commenting && len(o.quote) > 0 && char == string(o.quote) {
			if p.quoting {
				nextRD := false
				for _, rd := range o.rowDelimiter {
					if hasPrefixAt(chars, i+1, rd) {
						nextRD = true
					}
				}
				nextDelim := hasPrefixAt(chars, i+1, o.delimiter)
				nextComment := p.nextChar == string(o.comment)
				if p.nextChar != "" && !nextRD && !nextDelim && !nextComment {
					if !o.relax {
						return p.fail("Invalid closing quote at line " + strconv.Itoa(p.lines+1) + "; found " +
							jsQuote(p.nextChar) + " instead of delimiter " + jsQuote(string(o.delimiter)))
					}
					p.quoting = false
					if p.field != nil && *p.field != "" {
						s := string(o.quote) + *p.field
						p.field = &s
					}
				} else {
					p.quoting = false
					p.closingQuote = len(o.quote)
					i++
					if end && i == l {
						pushField()
						p.field = nil
					}
					continue
				}
			} else if p.field == nil || *p.field == "" {
				p.quoting = true
				i++
				continue
			} else if !o.relax {
				return p.fail("Invalid opening quote at line " + strconv.Itoa(p.lines+1))
			}
		}
		isRowDelimiter := false
		rdLen := 0
		for _, rd := range o.rowDelimiter {
			if hasPrefixAt(chars, i, rd) {
				if !isRowDelimiter {
					rdLen = len(rd)
				}
				isRowDelimiter = true
			}
		}
		if isRowDelimiter || end && i == l-1 {
			p.lines++
		}
		wasCommenting := false
		if !p.commenting && !p.quoting && len(o.comment) > 0 && hasPrefixAt(chars, i, o.comment) {
			p.commenting = true
		} else if p.commenting && isRowDelimiter {
			wasCommenting = true
			p.commenting = false
		}
		isDelimiter := hasPrefixAt(chars, i, o.delimiter)
		switch {
		case !p.commenting && !p.quoting && (isDelimiter || isRowDelimiter):
			if isRowDelimiter && len(p.line) == 0 && p.field == nil && (wasCommenting || o.skipEmptyLines) {
				i += rdLen
				p.nextChar = charAt(chars, i)
				continue
			}
			if o.rtrim && p.closingQuote == 0 && p.field != nil {
				s := trimRight(*p.field)
				p.field = &s
			}
			pushField()
			p.closingQuote = 0
			p.field = nil
			if isDelimiter {
				i += len(o.delimiter)
				p.nextChar = charAt(chars, i)
				if end && p.nextChar == "" {
					isRowDelimiter = true
					p.line = append(p.line, p.vm.ToValue(""))
				}
			}
			if isRowDelimiter {
				if err := p.pushLine(p.line); err != nil {
					return err
				}
				p.line = nil
				i += rdLen
				p.nextChar = charAt(chars, i)
				continue
			}
		case !p.commenting && !p.quoting && (char == " " || char == "\t"):
			if p.field == nil {
				s := ""
				p.field = &s
			}
			if !(o.ltrim && *p.field == "") {
				p.appendField(char)
			}
			i++
		case !p.commenting:
			p.appendField(char)
			i++
		default:
			i++
		}
		if !p.commenting && p.field != nil && len([]rune(*p.field)) > o.maxLimit {
			return p.fail("Field exceeds max_limit_on_data_read setting (" + strconv.Itoa(o.maxLimit) + ") " + jsQuote(string(o.delimiter)))
		}
		if !p.commenting && len(p.line) > o.maxLimit {
			return p.fail("Row delimiter not found in the file " + jsRowDelims(o.rowDelimiter))
		}
	}
	if end {
		if p.field != nil {
			if o.rtrim && p.closingQuote == 0 {
				s := trimRight(*p.field)
				p.field = &s
			}
			pushField()
			p.field = nil
		}
		if l == 0 {
			p.lines++
		}
	}
	p.buf = append([]rune{}, chars[min(i, l):]...)
	return nil
}

func (p *parser) appendField(s string) {
	if p.field == nil {
		f := ""
		p.field = &f
	}
	f := *p.field + s
	p.field = &f
}

// mustWait reports whether the first pass should stop and leave the rest
// for the final one, as csv-parse does near the end of a chunk.
func (p *parser) mustWait(chars []rune, i, l int) bool {
	o := p.o
	rest := string(chars[i:])
	n := l - i
	if o.rowDelimiter == nil && i+3 > l {
		return true
	}
	if !p.commenting && n < len(o.comment) && substr(o.comment, 0, n) == rest {
		return true
	}
	if o.rowDelimiter != nil && n < p.rdLen {
		for _, rd := range o.rowDelimiter {
			if substr(rd, 0, n) == rest {
				return true
			}
		}
	}
	if o.rowDelimiter != nil && p.quoting && n < len(o.quote)+p.rdLen {
		for _, rd := range o.rowDelimiter {
			if substr(append(append([]rune{}, o.quote...), rd...), 0, n) == rest {
				return true
			}
		}
	}
	if n <= len(o.delimiter) && substr(o.delimiter, 0, n) == rest {
		return true
	}
	return n <= len(o.escape) && substr(o.escape, 0, n) == rest
}
