package cryptojs

import (
	"crypto/rand"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// A WordArray is a plain object {words, sigBytes} whose prototype carries
// the methods, as crypto-js's: scripts read words and sigBytes, stringify
// it with JSON and extend it. words are big-endian 32-bit signed integers;
// bytes past sigBytes are there but not part of the value.

// newWordArray makes a WordArray holding b as its value.
func (l *lib) newWordArray(b []byte) *goja.Object {
	return l.newWordArrayN(b, float64(len(b)))
}

// newWordArrayN makes a WordArray over all of b whose value is its first
// sigBytes bytes (crypto-js leaves padding in the words after unpadding).
func (l *lib) newWordArrayN(b []byte, sigBytes float64) *goja.Object {
	o := l.vm.NewObject()
	_ = o.SetPrototype(l.waProto)
	l.setWords(o, b, sigBytes)
	return o
}

// newCreated is a WordArray as crypto-js's WordArray.create makes it
// (Base64.parse, PBKDF2, derived keys… do): with own init and $super
// properties ahead of words and sigBytes, which JSON.stringify and
// Object.keys show.
func (l *lib) newCreated(b []byte, sigBytes float64) *goja.Object {
	o := l.vm.NewObject()
	_ = o.SetPrototype(l.waProto)
	_ = o.Set("init", l.waProto.Get("init"))
	_ = o.Set("$super", l.waProto)
	l.setWords(o, b, sigBytes)
	return o
}

func (l *lib) setWords(o *goja.Object, b []byte, sigBytes float64) {
	words := make([]any, (len(b)+3)/4)
	for i := range words {
		var w uint32
		for j := 0; j < 4; j++ {
			w <<= 8
			if k := i*4 + j; k < len(b) {
				w |= uint32(b[k])
			}
		}
		words[i] = int64(int32(w))
	}
	_ = o.Set("words", l.vm.NewArray(words...))
	_ = o.Set("sigBytes", sigBytes)
}

// isWordArray tells a WordArray (or anything shaped like one) from a string.
func isWordArray(v goja.Value) (*goja.Object, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	w := o.Get("words")
	return o, w != nil && !goja.IsUndefined(w) && !goja.IsNull(w)
}

// rawWords reads words as bytes, ignoring sigBytes, as crypto-js reads keys
// and IVs.
func rawWords(o *goja.Object) []byte {
	arr, _ := o.Get("words").(*goja.Object)
	if arr == nil {
		return nil
	}
	n := int(prop(arr, "length").ToInteger())
	if n < 0 || n > 1<<26 {
		n = 0
	}
	elems, isArray := arr.Export().([]any)
	if !isArray { // an array-like object
		elems = make([]any, n)
		for i := range elems {
			elems[i] = prop(arr, strconv.Itoa(i)).Export()
		}
	}
	out := make([]byte, 0, n*4)
	for _, e := range elems {
		w := toUint32(e)
		out = append(out, byte(w>>24), byte(w>>16), byte(w>>8), byte(w))
	}
	if len(out) > n*4 {
		out = out[:n*4]
	}
	return out
}

// prop is o[name], undefined when o has no such property.
func prop(o *goja.Object, name string) goja.Value {
	if v := o.Get(name); v != nil {
		return v
	}
	return goja.Undefined()
}

// wordArrayArg is a WordArray argument, or a TypeError as crypto-js would
// fail reading its words.
func (l *lib) wordArrayArg(v goja.Value) *goja.Object {
	o, ok := isWordArray(v)
	if !ok {
		l.throw("TypeError", "Cannot read properties of "+v.String()+" (reading 'words')")
	}
	return o
}

// wordArrayBytes is the value of a WordArray: its first sigBytes bytes,
// zeros where words run short.
func wordArrayBytes(o *goja.Object) []byte {
	b := rawWords(o)
	n := min(sigBytesOf(o), len(b)+maxOvershoot)
	for len(b) < n {
		b = append(b, 0)
	}
	return b[:n]
}

// maxOvershoot bounds the zeros read past a WordArray's words when its
// sigBytes claims more: crypto-js would read them all, one by one.
const maxOvershoot = 1 << 10

func sigBytesOf(o *goja.Object) int {
	f := prop(o, "sigBytes").ToFloat()
	if math.IsNaN(f) || f <= 0 {
		return 0
	}
	if f > 1<<28 {
		f = 1 << 28
	}
	return int(math.Ceil(f))
}

// toUint32 is JavaScript's ToUint32 over an exported array element.
func toUint32(e any) uint32 {
	switch x := e.(type) {
	case int64:
		return uint32(x)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return 0
		}
		return uint32(int64(math.Mod(math.Trunc(x), 4294967296)))
	case bool:
		if x {
			return 1
		}
	case string:
		return 0
	}
	return 0
}

// cipherInput is a cipher's input: a WordArray's whole words up to
// sigBytes, bytes past sigBytes in the last word included, as crypto-js
// copies words whole into its buffer.
func (l *lib) cipherInput(v goja.Value) (buf []byte, sig int) {
	o, ok := isWordArray(v)
	if !ok {
		b := l.data(v)
		return b, len(b)
	}
	raw := rawWords(o)
	n := min(sigBytesOf(o), len(raw)+maxOvershoot)
	buf = make([]byte, (n+3)/4*4)
	copy(buf, raw)
	return buf, n
}

// data is a hasher's or cipher's input: strings are UTF-8 encoded,
// WordArrays give their value.
func (l *lib) data(v goja.Value) []byte {
	if o, ok := isWordArray(v); ok {
		return wordArrayBytes(o)
	}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	return l.utf8Bytes(v)
}

// utf8Bytes encodes a string as Utf8.parse does; a lone surrogate fails
// as encodeURIComponent does in crypto-js.
func (l *lib) utf8Bytes(v goja.Value) []byte {
	units := utf16Units(v)
	for i := 0; i < len(units); i++ {
		u := units[i]
		if utf16.IsSurrogate(rune(u)) {
			if u < 0xdc00 && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff {
				i++
				continue
			}
			l.throw("URIError", "URI malformed")
		}
	}
	return []byte(string(utf16.Decode(units)))
}

// throw raises a JavaScript error of the named class.
func (l *lib) throw(class, msg string) {
	e, err := l.vm.New(l.vm.Get(class), l.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(e)
}

// utf16Units is a JavaScript string's code units.
func utf16Units(v goja.Value) []uint16 {
	s := v.ToString()
	if gs, ok := s.(goja.String); ok {
		n := gs.Length()
		out := make([]uint16, n)
		for i := 0; i < n; i++ {
			out[i] = gs.CharAt(i)
		}
		return out
	}
	return utf16.Encode([]rune(v.String()))
}

// jsString makes a JavaScript string from code units, lone surrogates kept.
func (l *lib) jsString(units []uint16) goja.Value {
	if !hasLoneSurrogate(units) {
		return l.vm.ToValue(string(utf16.Decode(units)))
	}
	fromCharCode, _ := goja.AssertFunction(l.vm.Get("String").ToObject(l.vm).Get("fromCharCode"))
	args := make([]goja.Value, len(units))
	for i, u := range units {
		args[i] = l.vm.ToValue(u)
	}
	v, err := fromCharCode(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}

func hasLoneSurrogate(units []uint16) bool {
	for i := 0; i < len(units); i++ {
		if utf16.IsSurrogate(rune(units[i])) {
			if units[i] < 0xdc00 && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff {
				i++
				continue
			}
			return true
		}
	}
	return false
}

// installWordArray builds lib.WordArray, the prototype of every WordArray.
func (l *lib) installWordArray() {
	vm := l.vm
	p := l.waProto
	self := func(c goja.FunctionCall) *goja.Object { return c.This.ToObject(vm) }
	_ = p.Set("toString", func(c goja.FunctionCall) goja.Value {
		enc := c.Argument(0)
		if goja.IsUndefined(enc) || goja.IsNull(enc) {
			return vm.ToValue(hexString(wordArrayBytes(self(c))))
		}
		return l.call(enc, "stringify", c.This)
	})
	_ = p.Set("concat", func(c goja.FunctionCall) goja.Value {
		this := self(c)
		b := append(wordArrayBytes(this), l.data(c.Argument(0))...)
		l.setWords(this, b, float64(len(b)))
		return this
	})
	_ = p.Set("clamp", func(c goja.FunctionCall) goja.Value {
		this := self(c)
		b := wordArrayBytes(this)
		l.setWords(this, b, prop(this, "sigBytes").ToFloat())
		return goja.Undefined()
	})
	_ = p.Set("clone", func(c goja.FunctionCall) goja.Value {
		this := self(c)
		b, sig := rawWords(this), prop(this, "sigBytes").ToFloat()
		if names := this.GetOwnPropertyNames(); len(names) > 0 && names[0] == "init" {
			return l.newCreated(b, sig)
		}
		o := l.newWordArrayN(b, sig)
		_ = o.Set("init", l.waProto.Get("init"))
		_ = o.Set("$super", l.waProto)
		return o
	})
	_ = p.Set("init", func(c goja.FunctionCall) goja.Value { return c.This })
	_ = p.Set("create", func(c goja.FunctionCall) goja.Value { return l.createWordArray(c.Argument(0), c.Argument(1)) })
	_ = p.Set("random", func(n float64) goja.Value {
		if n > 1<<24 {
			l.throw("RangeError", "WordArray.random: too many bytes")
		}
		size := 0
		if n > 0 {
			size = int(math.Ceil(n/4) * 4)
		}
		b := make([]byte, size)
		_, _ = rand.Read(b)
		return l.newWordArrayN(b, n)
	})
}

// createWordArray is WordArray.create(words, sigBytes), also over an
// ArrayBuffer or a typed array as crypto-js's lib-typedarrays allows.
func (l *lib) createWordArray(words, sigBytes goja.Value) goja.Value {
	if o, ok := words.(*goja.Object); ok {
		switch x := o.Export().(type) {
		case goja.ArrayBuffer:
			b := append([]byte(nil), x.Bytes()...)
			return l.newCreated(b, float64(len(b)))
		case []byte:
			b := append([]byte(nil), x...)
			return l.newCreated(b, float64(len(b)))
		}
		if _, isArr := o.Export().([]any); isArr {
			tmp := l.vm.NewObject()
			_ = tmp.Set("words", o)
			_ = tmp.Set("sigBytes", 0)
			b := rawWords(tmp)
			n := float64(len(b))
			if !goja.IsUndefined(sigBytes) {
				n = sigBytes.ToFloat()
			}
			wa := l.newCreated(b, n)
			_ = wa.Set("words", o) // crypto-js keeps the caller's array
			return wa
		}
	}
	wa := l.newCreated(nil, 0)
	if !goja.IsUndefined(sigBytes) {
		_ = wa.Set("sigBytes", sigBytes)
	}
	return wa
}

// call calls obj[method](args...) as JavaScript would.
func (l *lib) call(obj goja.Value, method string, args ...goja.Value) goja.Value {
	o := obj.ToObject(l.vm)
	fn, ok := goja.AssertFunction(o.Get(method))
	if !ok {
		panic(l.vm.NewTypeError("%s is not a function", method))
	}
	v, err := fn(o, args...)
	if err != nil {
		panic(err)
	}
	return v
}

const hexDigits = "0123456789abcdef"

func hexString(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) * 2)
	for _, c := range b {
		sb.WriteByte(hexDigits[c>>4])
		sb.WriteByte(hexDigits[c&15])
	}
	return sb.String()
}
