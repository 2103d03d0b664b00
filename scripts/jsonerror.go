package scripts

import (
	"encoding/json"
	"strconv"
	"strings"
)

// jsonSyntaxMessage explains why text is not JSON the way liquid-json
// (postman-collection's parser, and the legacy JSON global) does: its
// fallback parser's message, "at line:column", the offending line and a
// caret under the column; "" if text is JSON. It walks the text as that parser does, in JSON
// mode, and is only called once a strict parse has failed.
func jsonSyntaxMessage(text string) string {
	msg, _, _ := jsonSyntaxError(text)
	return msg
}

// jsonSyntaxError is jsonSyntaxMessage with the 1-based row and column
// liquid-json puts on its error.
func jsonSyntaxError(text string) (msg string, row, column int) {
	p := &jsonWalker{in: []rune(text)}
	msg = p.run()
	return msg, p.row, p.column
}

type jsonWalker struct {
	in                  []rune
	pos, line, lineFrom int
	row, column         int // where it failed
}

type jsonFail struct{ msg string }

func (p *jsonWalker) run() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(jsonFail)
			if !ok {
				panic(r)
			}
			msg = f.msg
		}
	}()
	p.skipSpace()
	v := p.generic()
	if v || p.pos < len(p.in) {
		p.skipSpace()
		if p.pos < len(p.in) {
			p.fail("")
		}
		return ""
	}
	if p.pos > 0 {
		p.fail("No data, only a whitespace")
	}
	p.fail("No data, empty input")
	return ""
}

func (p *jsonWalker) fail(msg string) {
	column := p.pos - p.lineFrom
	if msg == "" {
		if p.pos < len(p.in) {
			q, _ := json.Marshal(string(p.in[p.pos]))
			tok := strings.TrimSuffix(strings.TrimPrefix(string(q), `"`), `"`)
			tok = strings.ReplaceAll(tok, "'", `\'`)
			tok = strings.ReplaceAll(tok, `\"`, `"`)
			msg = "Unexpected token '" + tok + "'"
		} else {
			msg = "Unexpected end of input"
		}
	}
	p.row, p.column = p.line+1, column+1
	panic(jsonFail{formatJSONError(p.in, msg, p.pos, p.line, column)})
}

func formatJSONError(in []rune, msg string, pos, line, column int) string {
	tmp := max(pos-column-1, pos-70)
	var src, under strings.Builder
	n := 0
	for {
		tmp++
		if tmp == len(in) || (tmp < len(in) && (in[tmp] == '\n' || in[tmp] == '\r')) {
			if pos >= tmp {
				under.WriteByte('^')
			}
			break
		}
		if tmp > len(in) {
			break
		}
		src.WriteRune(in[tmp])
		n++
		switch {
		case pos == tmp:
			under.WriteByte('^')
		case pos > tmp && in[tmp] == '\t':
			under.WriteByte('\t')
		case pos > tmp:
			under.WriteByte(' ')
		}
		if n > 78 {
			break
		}
	}
	return msg + " at " + strconv.Itoa(line+1) + ":" + strconv.Itoa(column+1) + "\n" + src.String() + "\n" + under.String()
}

func (p *jsonWalker) next() rune {
	if p.pos >= len(p.in) {
		p.pos++
		return 0
	}
	r := p.in[p.pos]
	p.pos++
	return r
}

func (p *jsonWalker) peek(off int) rune {
	if p.pos+off < len(p.in) && p.pos+off >= 0 {
		return p.in[p.pos+off]
	}
	return 0
}

func (p *jsonWalker) newline(r rune) {
	if r == '\r' && p.peek(0) == '\n' {
		p.pos++
	}
	p.lineFrom = p.pos
	p.line++
}

func (p *jsonWalker) skipSpace() {
	for p.pos < len(p.in) {
		r := p.next()
		switch r {
		case '\n', '\r':
			p.newline(r)
		case ' ', '\t':
		default:
			p.pos--
			return
		}
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// generic parses a value; false means there was none here.
func (p *jsonWalker) generic() bool {
	if p.pos >= len(p.in) {
		return false
	}
	r := p.next()
	switch {
	case r == '"':
		p.str()
	case r == '{':
		p.object()
	case r == '[':
		p.array()
	case r == '-' || r == '.' || isDigit(r):
		p.number()
	case r == 'n':
		p.keyword("null")
	case r == 't':
		p.keyword("true")
	case r == 'f':
		p.keyword("false")
	default:
		p.pos--
		return false
	}
	return true
}

// key parses an object key; it reports the key, whether there was one and
// whether it was a string.
func (p *jsonWalker) key() (string, bool, bool) {
	if p.pos >= len(p.in) {
		return "", false, false
	}
	r := p.next()
	switch {
	case r == '"':
		return p.str(), true, true
	case r == '{':
		p.object()
		return "[object Object]", true, false
	case r == '[':
		p.array()
		return "", true, false
	case r == '.' || isDigit(r):
		start := p.pos - 1
		p.number()
		return string(p.in[start:p.pos]), true, false
	}
	p.pos--
	return "", false, false
}

func (p *jsonWalker) keyword(word string) {
	at := p.pos
	for i := 1; i < len(word); i++ {
		if p.pos >= len(p.in) || rune(word[i]) != p.in[p.pos] {
			p.pos = at - 1
			p.fail("")
		}
		p.pos++
	}
}

func (p *jsonWalker) object() {
	nonEmpty := false
	for p.pos < len(p.in) {
		p.skipSpace()
		key, hasKey, isString := p.key()
		p.skipSpace()
		r := p.next()
		switch {
		case r == '}' && !hasKey:
			if nonEmpty {
				p.pos--
				p.fail("Trailing comma in object")
			}
			return
		case r == ':' && hasKey:
			p.skipSpace()
			if !p.generic() {
				p.fail("No value found for key " + key)
			}
			if !isString {
				p.fail("Wrong key type: " + key)
			}
			nonEmpty = true
			p.skipSpace()
			switch p.next() {
			case ',':
				continue
			case '}':
				return
			}
			p.fail("")
		default:
			p.pos--
			p.fail("")
		}
	}
	p.fail("")
}

func (p *jsonWalker) array() {
	n := 0
	for p.pos < len(p.in) {
		p.skipSpace()
		item := p.generic()
		p.skipSpace()
		r := p.next()
		if item {
			n++
		}
		switch r {
		case ',':
			if !item {
				p.fail("Elisions are not supported")
			}
		case ']':
			if !item && n > 0 {
				p.pos--
				p.fail("Trailing comma in array")
			}
			return
		default:
			p.pos--
			p.fail("")
		}
	}
}

func (p *jsonWalker) number() {
	p.pos--
	start := p.pos
	r := p.next()
	if r == '-' {
		r = p.next()
	}
	if r >= '1' && r <= '9' {
		for p.pos < len(p.in) && isDigit(p.in[p.pos]) {
			p.pos++
		}
		r = p.next()
	}
	if r == '0' {
		r = p.next()
	}
	if r == '.' {
		for p.pos < len(p.in) && isDigit(p.in[p.pos]) {
			p.pos++
		}
		r = p.next()
	}
	if r == 'e' || r == 'E' {
		r = p.next()
		if r == '-' || r == '+' {
			p.pos++
		}
		for p.pos < len(p.in) && isDigit(p.in[p.pos]) {
			p.pos++
		}
		p.next()
	}
	p.pos--
	end := min(p.pos, len(p.in))
	lit := string(p.in[start:end])
	if _, err := strconv.ParseFloat(strings.TrimPrefix(lit, "-"), 64); err != nil && !strings.HasPrefix(lit, ".") {
		p.pos--
		p.fail(`Bad numeric literal - "` + string(p.in[start:min(p.pos+1, len(p.in))]) + `"`)
	}
	if !jsonNumber(lit) {
		p.pos--
		p.fail(`Non-json numeric literal - "` + string(p.in[start:min(p.pos+1, len(p.in))]) + `"`)
	}
}

// jsonNumber matches /^-?(0|[1-9][0-9]*)(\.[0-9]+)?(e[+-]?[0-9]+)?$/i.
func jsonNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	// digits is the end of the run of digits at i.
	digits := func(i int) int {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i
	}
	i := 0
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = digits(i)
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return false
		}
		i = j
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return false
		}
		i = j
	}
	return i == len(s)
}

func (p *jsonWalker) str() string {
	var b strings.Builder
	for p.pos < len(p.in) {
		r := p.next()
		switch {
		case r == '"':
			return b.String()
		case r == '\\':
			if p.pos >= len(p.in) {
				p.fail("")
			}
			r = p.next()
			switch r {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				b.WriteRune(r)
			case 'u':
				for i := 0; i < 4; i++ {
					if p.pos >= len(p.in) {
						p.fail("")
					}
					if !strings.ContainsRune("0123456789abcdefABCDEF", p.in[p.pos]) {
						p.fail("Bad escape sequence")
					}
					p.pos++
				}
			default:
				p.pos--
				p.fail("")
			}
		case r == '\n' || r == '\r':
			p.fail("")
		default:
			if r < 32 {
				p.pos--
				p.fail("Unexpected control character")
			}
			b.WriteRune(r)
		}
	}
	p.fail("")
	return ""
}
