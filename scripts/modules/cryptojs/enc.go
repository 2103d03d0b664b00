package cryptojs

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// An encoder turns a WordArray into a string and back: crypto-js's
// CryptoJS.enc.*. Parsing is as lenient as crypto-js's: characters that do
// not belong count as zero bits rather than failing.
type encoder struct {
	stringify func(l *lib, b []byte) goja.Value
	parse     func(l *lib, s goja.Value) *goja.Object
}

var encoderNames = []string{"Hex", "Latin1", "Utf8", "Utf16", "Utf16BE", "Utf16LE", "Base64"}

var encoders = map[string]encoder{
	"Hex": {
		stringify: func(l *lib, b []byte) goja.Value { return l.vm.ToValue(hexString(b)) },
		parse:     (*lib).parseHex,
	},
	"Latin1": {
		stringify: func(l *lib, b []byte) goja.Value { return l.vm.ToValue(latin1(b)) },
		parse: func(l *lib, s goja.Value) *goja.Object {
			units := utf16Units(s)
			b := make([]byte, len(units))
			for i, u := range units {
				b[i] = byte(u)
			}
			return l.newWordArray(b)
		},
	},
	"Utf8": {
		stringify: func(l *lib, b []byte) goja.Value {
			if !utf8.Valid(b) {
				l.throw("Error", "Malformed UTF-8 data")
			}
			return l.vm.ToValue(string(b))
		},
		parse: func(l *lib, s goja.Value) *goja.Object { return l.newWordArray(l.utf8Bytes(s)) },
	},
	"Utf16":   {stringify: utf16Stringify(false), parse: utf16Parse(false)},
	"Utf16BE": {stringify: utf16Stringify(false), parse: utf16Parse(false)},
	"Utf16LE": {stringify: utf16Stringify(true), parse: utf16Parse(true)},
	"Base64": {
		stringify: func(l *lib, b []byte) goja.Value { return l.vm.ToValue(base64.StdEncoding.EncodeToString(b)) },
		parse:     (*lib).parseBase64,
	},
}

func latin1(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

func utf16Stringify(little bool) func(*lib, []byte) goja.Value {
	return func(l *lib, b []byte) goja.Value {
		units := make([]uint16, 0, (len(b)+1)/2)
		for i := 0; i < len(b); i += 2 {
			hi, lo := b[i], byte(0)
			if i+1 < len(b) {
				lo = b[i+1]
			}
			if little {
				hi, lo = lo, hi
			}
			units = append(units, uint16(hi)<<8|uint16(lo))
		}
		return l.jsString(units)
	}
}

func utf16Parse(little bool) func(*lib, goja.Value) *goja.Object {
	return func(l *lib, s goja.Value) *goja.Object {
		units := utf16Units(s)
		b := make([]byte, 0, 2*len(units))
		for _, u := range units {
			if little {
				b = append(b, byte(u), byte(u>>8))
			} else {
				b = append(b, byte(u>>8), byte(u))
			}
		}
		return l.newCreated(b, float64(len(b)))
	}
}

// parseHex reads pairs of hex digits as crypto-js does, each pair through
// parseInt(pair, 16): a pair that is not hex counts as zero, an odd
// length leaves a fractional sigBytes.
func (l *lib) parseHex(v goja.Value) *goja.Object {
	s := utf16Units(v)
	words := make([]int32, (len(s)+7)/8)
	for i := 0; i < len(s); i += 2 {
		end := min(i+2, len(s))
		n := parseIntHex(s[i:end])
		words[i>>3] |= int32(uint32(int32(n)) << (24 - uint(i%8)*4))
	}
	b := make([]byte, 0, len(words)*4)
	for _, w := range words {
		b = append(b, byte(w>>24), byte(w>>16), byte(w>>8), byte(w))
	}
	return l.newWordArrayN(b, float64(len(s))/2)
}

// parseIntHex is parseInt(s, 16) over at most two characters, with NaN as 0.
func parseIntHex(s []uint16) int64 {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\v' || s[0] == '\f') {
		s = s[1:]
	}
	sign := int64(1)
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	var n int64
	digits := 0
	for _, c := range s {
		d := hexValue(c)
		if d < 0 {
			break
		}
		n = n*16 + int64(d)
		digits++
	}
	if digits == 0 {
		return 0
	}
	return sign * n
}

func hexValue(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// parseBase64 decodes as crypto-js does: input ends at the first "=",
// each character stands for six bits, and one outside the alphabet for
// six zero bits.
func (l *lib) parseBase64(v goja.Value) *goja.Object {
	s := utf16Units(v)
	for i, c := range s {
		if c == '=' {
			s = s[:i]
			break
		}
	}
	val := func(c uint16) uint32 {
		if c < 128 {
			if i := strings.IndexByte(base64Alphabet, byte(c)); i >= 0 {
				return uint32(i)
			}
		}
		return 0
	}
	var out []byte
	for i := 1; i < len(s); i++ {
		m := uint(i % 4)
		if m == 0 {
			continue
		}
		out = append(out, byte(val(s[i-1])<<(m*2)|val(s[i])>>(6-m*2)))
	}
	return l.newCreated(out, float64(len(out)))
}

// installEncoders builds CryptoJS.enc.
func (l *lib) installEncoders(enc *goja.Object) {
	for _, name := range encoderNames {
		e := encoders[name]
		o := l.vm.NewObject()
		_ = o.Set("stringify", func(c goja.FunctionCall) goja.Value {
			wa, ok := isWordArray(c.Argument(0))
			if !ok {
				l.throw("TypeError", "Cannot read properties of "+c.Argument(0).String()+" (reading 'words')")
			}
			return e.stringify(l, wordArrayBytes(wa))
		})
		_ = o.Set("parse", func(c goja.FunctionCall) goja.Value { return e.parse(l, c.Argument(0)) })
		_ = enc.Set(name, o)
		if name == "Hex" {
			l.hex = o
		}
	}
}
