package lodash

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

// defineString defines the string functions.
func (l *lib) defineString() {
	strFn := func(names string, f func(s string, c goja.FunctionCall) string) {
		l.def(names, func(c goja.FunctionCall) goja.Value { return l.str(f(l.toStr(c.Argument(0)), c)) })
	}
	compound := func(names string, join func(i int, word string) string) {
		strFn(names, func(s string, _ goja.FunctionCall) string {
			s = deburr(s)
			if !l.v3 {
				s = strings.NewReplacer("'", "", "\u2019", "").Replace(s)
			}
			var b strings.Builder
			for i, w := range splitWords(s, l.v3) {
				b.WriteString(join(i, w))
			}
			return b.String()
		})
	}
	sep := func(i int, s string) string {
		if i == 0 {
			return ""
		}
		return s
	}
	compound("camelCase", func(i int, w string) string {
		w = l.lower(w)
		if i > 0 {
			w = l.upperFirst(w)
		}
		return w
	})
	compound("kebabCase", func(i int, w string) string { return sep(i, "-") + l.lower(w) })
	compound("snakeCase", func(i int, w string) string { return sep(i, "_") + l.lower(w) })
	compound("startCase", func(i int, w string) string { return sep(i, " ") + l.upperFirst(w) })
	if !l.v3 {
		compound("lowerCase", func(i int, w string) string { return sep(i, " ") + l.lower(w) })
		compound("upperCase", func(i int, w string) string { return sep(i, " ") + l.upper(w) })
		strFn("upperFirst", func(s string, _ goja.FunctionCall) string { return l.upperFirst(s) })
		strFn("lowerFirst", func(s string, _ goja.FunctionCall) string {
			r, n := utf8.DecodeRuneInString(s)
			if n == 0 {
				return s
			}
			return l.lower(string(r)) + s[n:]
		})
		strFn("toUpper", func(s string, _ goja.FunctionCall) string { return l.upper(s) })
		strFn("toLower", func(s string, _ goja.FunctionCall) string { return l.lower(s) })
	}
	strFn("capitalize", func(s string, _ goja.FunctionCall) string {
		if l.v3 {
			return l.upperFirst(s)
		}
		return l.upperFirst(l.lower(s))
	})
	strFn("deburr", func(s string, _ goja.FunctionCall) string { return deburr(s) })
	chars := func(c goja.FunctionCall) goja.Value {
		if l.guarded(c, 2) {
			return goja.Undefined()
		}
		return c.Argument(1)
	}
	strFn("trim", func(s string, c goja.FunctionCall) string { return l.trim(s, chars(c), true, true) })
	strFn(l.alias("trimLeft", "trimStart"), func(s string, c goja.FunctionCall) string {
		return l.trim(s, chars(c), true, false)
	})
	strFn(l.alias("trimRight", "trimEnd"), func(s string, c goja.FunctionCall) string {
		return l.trim(s, chars(c), false, true)
	})
	strFn("pad", func(s string, c goja.FunctionCall) string {
		n := intArg(c, 1, 0) - utf8.RuneCountInString(s)
		if n <= 0 {
			return s
		}
		return l.padding(n/2, c.Argument(2)) + s + l.padding(n-n/2, c.Argument(2))
	})
	strFn(l.alias("padLeft", "padStart"), func(s string, c goja.FunctionCall) string {
		return l.padding(intArg(c, 1, 0)-utf8.RuneCountInString(s), c.Argument(2)) + s
	})
	strFn(l.alias("padRight", "padEnd"), func(s string, c goja.FunctionCall) string {
		return s + l.padding(intArg(c, 1, 0)-utf8.RuneCountInString(s), c.Argument(2))
	})
	strFn("repeat", func(s string, c goja.FunctionCall) string {
		if l.v3 {
			return repeat3(s, c.Argument(1).ToFloat())
		}
		n := intArg(c, 1, 1)
		if l.isIterateeCall(c, 2) {
			n = 1
		}
		if n < 1 || s == "" {
			return ""
		}
		if n > 1<<53-1 {
			return ""
		}
		if n > maxString/len(s) {
			panic(l.rangeError("Invalid string length"))
		}
		return strings.Repeat(s, n)
	})
	l.def("startsWith", func(c goja.FunctionCall) goja.Value {
		s, t := units(l.toStr(c.Argument(0))), l.targetString(c.Argument(1))
		pos := clamp(intArg(c, 2, 0), len(s))
		return l.vm.ToValue(strings.HasPrefix(fromUnits(s[pos:]), t))
	})
	l.def("endsWith", func(c goja.FunctionCall) goja.Value {
		s, t := units(l.toStr(c.Argument(0))), l.targetString(c.Argument(1))
		end := clamp(intArg(c, 2, len(s)), len(s))
		return l.vm.ToValue(strings.HasSuffix(fromUnits(s[:end]), t))
	})
	escapes := []string{"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;"}
	if l.v3 {
		escapes = append(escapes, "`", "&#96;")
	}
	unescapes := make([]string, len(escapes))
	for i := 0; i < len(escapes); i += 2 {
		unescapes[i], unescapes[i+1] = escapes[i+1], escapes[i]
	}
	escaper, unescaper := strings.NewReplacer(escapes...), strings.NewReplacer(unescapes...)
	strFn("escape", func(s string, _ goja.FunctionCall) string { return escaper.Replace(s) })
	strFn("unescape", func(s string, _ goja.FunctionCall) string { return unescaper.Replace(s) })
	strFn("escapeRegExp", func(s string, _ goja.FunctionCall) string {
		if l.v3 {
			return escapeRegExp3(s)
		}
		var b strings.Builder
		for _, r := range s {
			if strings.ContainsRune(`\^$.*+?()[]{}|`, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		return b.String()
	})
	l.def("words", func(c goja.FunctionCall) goja.Value {
		s := l.toStr(c.Argument(0))
		if !goja.IsUndefined(c.Argument(1)) && !l.guarded(c, 2) {
			m := l.jsCall(l.str(s), "match", c.Argument(1))
			if isNil(m) {
				return l.vm.NewArray()
			}
			return m
		}
		return l.strs(splitWords(s, l.v3))
	})
	l.def4("split", func(c goja.FunctionCall) goja.Value {
		limit := c.Argument(2)
		if goja.IsUndefined(limit) {
			limit = l.vm.ToValue(1<<32 - 1)
		}
		s, sep := l.toStr(c.Argument(0)), c.Argument(1)
		if s != "" && (goja.IsString(sep) || !isNil(sep) && className(sep) != "RegExp") && l.toStr(sep) == "" && hasUnicode(s) {
			syms := symbols(s)
			return l.strs(syms[:min(len(syms), int(uint32(limit.ToInteger())))]) // limit >>> 0
		}
		return l.jsCall(l.str(l.toStr(c.Argument(0))), "split", c.Argument(1), limit)
	})
	l.def4("replace", func(c goja.FunctionCall) goja.Value {
		s := l.str(l.toStr(c.Argument(0)))
		if len(c.Arguments) < 3 {
			return s
		}
		return l.jsCall(s, "replace", c.Argument(1), c.Argument(2))
	})
	l.def("parseInt", func(c goja.FunctionCall) goja.Value {
		s := strings.TrimLeftFunc(l.toStr(c.Argument(0)), isJSSpace)
		radix := c.Argument(1)
		// As an iteratee (a third argument), the index is no radix.
		if isNil(radix) || !radix.ToBoolean() || !goja.IsUndefined(c.Argument(2)) {
			radix = l.vm.ToValue(0)
		}
		parse, _ := goja.AssertFunction(l.vm.Get("parseInt"))
		return l.invoke(parse, goja.Undefined(), l.str(s), radix)
	})
	l.def(l.alias("trunc", "truncate"), func(c goja.FunctionCall) goja.Value {
		return l.str(l.truncate(l.toStr(c.Argument(0)), c.Argument(1)))
	})
	l.defineTemplate()
}

// targetString is a searched-for string as lodash converts it: undefined
// and null become "undefined" and "null", unlike a string argument.
func (l *lib) targetString(v goja.Value) string {
	if isNil(v) {
		return v.String()
	}
	return l.toStr(v)
}

func (l *lib) jsCall(this goja.Value, method string, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(this.ToObject(l.vm).Get(method))
	if !ok {
		panic(l.vm.NewTypeError(method + " is not a function"))
	}
	return l.invoke(fn, this, args...)
}

func (l *lib) upper(s string) string { return l.jsCall(l.str(s), "toUpperCase").String() }
func (l *lib) lower(s string) string { return l.jsCall(l.str(s), "toLowerCase").String() }

func (l *lib) upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return l.upper(string(r)) + s[n:]
}

// maxString bounds the strings pad and repeat build.
const maxString = 1 << 28

// isJSSpace is JavaScript's \s.
func isJSSpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0xfeff || unicode.Is(unicode.Zs, r)
}

func (l *lib) trim(s string, chars goja.Value, left, right bool) string {
	cut := isJSSpace
	if !goja.IsUndefined(chars) {
		set := l.toStr(chars)
		cut = func(r rune) bool { return strings.ContainsRune(set, r) }
	}
	if left {
		s = strings.TrimLeftFunc(s, cut)
	}
	if right {
		s = strings.TrimRightFunc(s, cut)
	}
	return s
}

// padding is n characters of chars repeated (spaces by default).
func (l *lib) padding(n int, chars goja.Value) string {
	fill := " "
	if !goja.IsUndefined(chars) {
		fill = l.toStr(chars)
	}
	if n <= 0 || fill == "" || n >= 1<<53-1 {
		return ""
	}
	if n > maxString {
		panic(l.rangeError("Invalid string length"))
	}
	rs := []rune(strings.Repeat(fill, n/utf8.RuneCountInString(fill)+1))
	return string(rs[:n])
}

// truncate is _.truncate(s, {length, omission, separator}) (lodash 3's
// trunc also takes the length alone).
func (l *lib) truncate(s string, opts goja.Value) string {
	length, omission := 30, "..."
	var sepa goja.Value = goja.Undefined()
	if o, ok := asObject(opts); ok {
		if v := o.Get("length"); v != nil && !goja.IsUndefined(v) {
			length = toInteger(v)
		}
		if v := o.Get("omission"); v != nil && !goja.IsUndefined(v) {
			omission = l.toStr(v)
		}
		sepa = modules.OrUndefined(o.Get("separator"))
	} else if l.v3 && !isNil(opts) {
		length = toInteger(opts)
	}
	rs := []rune(s)
	if len(rs) <= length {
		return s
	}
	end := length - utf8.RuneCountInString(omission)
	if end < 1 {
		return omission
	}
	out := string(rs[:end])
	if goja.IsString(sepa) {
		if i := strings.LastIndex(out, sepa.String()); i > 0 {
			out = out[:i]
		}
	} else if className(sepa) == "RegExp" {
		// The last match of the separator within the cut ends it.
		re := l.vm.ToValue(sepa)
		global, _ := l.vm.New(l.vm.Get("RegExp"), re, l.str("g"))
		last := -1
		for {
			m := l.jsCall(global, "exec", l.str(out))
			if isNil(m) {
				break
			}
			idx := int(m.ToObject(l.vm).Get("index").ToInteger())
			if idx == last || idx >= len([]rune(out)) {
				break
			}
			last = idx
			if m.ToObject(l.vm).Get("0").String() == "" {
				_ = global.Set("lastIndex", idx+1)
			}
		}
		if last > 0 {
			out = string([]rune(out)[:last])
		}
	}
	return out + omission
}

// repeat3 is lodash 3's repeat, doubling the string while halving n, so
// that a fractional count can add one more copy (repeat('ab', 2.9) is
// three copies).
func repeat3(s string, n float64) string {
	if s == "" || !(n >= 1) || math.IsInf(n, 1) {
		return ""
	}
	var b strings.Builder
	for n >= 1 || n > 0 && math.Mod(n, 2) != 0 {
		if math.Mod(n, 2) != 0 {
			b.WriteString(s)
		}
		n = math.Floor(n / 2)
		if b.Len()+len(s) > 1<<28 {
			break
		}
		s += s
	}
	return b.String()
}

// escapeRegExp3 is lodash 3's escapeRegExp: a leading hex-like letter or
// digit becomes a \x escape, line terminators \n-style escapes, and an
// empty string "(?:)".
func escapeRegExp3(s string) string {
	if s == "" {
		return "(?:)"
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case i == 0 && strings.ContainsRune("0123456789ABCDEFabcdefnrtuvx", r):
			b.WriteString(`\x` + strconv.FormatInt(int64(r), 16))
		case i == 0 && strings.ContainsRune(":!,", r), strings.ContainsRune(`\^$.*+?()[]{}|/`, r):
			b.WriteString(`\` + string(r))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == 0x2028, r == 0x2029:
			b.WriteString(`\u` + strconv.FormatInt(int64(r), 16))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
