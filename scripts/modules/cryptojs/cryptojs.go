// Package cryptojs is require('crypto-js') and the legacy CryptoJS global:
// crypto-js 3.3.0's API, the version postman-sandbox 4.7.1 bundles, over
// Go's crypto packages. Values behave as crypto-js's in scripts: a hash is
// a WordArray {words, sigBytes} whose toString() is hex and whose
// toString(CryptoJS.enc.Base64) is Base64; encrypt returns CipherParams
// whose toString() is OpenSSL's "Salted__" Base64.
//
// crypto-js's quirks are kept where scripts can see them: a number given
// to a hasher gives crypto-js's constant NaN-length digest, Pkcs7 unpadding
// is unchecked (a wrong key leaves a negative sigBytes), a 16-byte
// TripleDES key has an all-zero third key, ciphers read whole words past
// sigBytes, and WordArray.create-made values (Base64.parse, PBKDF2…) carry
// the own init and $super that JSON.stringify shows.
//
// What it leaves out of crypto-js 3.3.0: Rabbit, RabbitLegacy,
// mode.CTRGladman, x64 words, the progressive cipher objects
// (algo.AES.createEncryptor), and enc.Base64url, which only crypto-js 4
// has. Known differences: WordArrays that crypto-js leaves with extra
// words past sigBytes (SHA224, SHA384, SHA3-224) carry only the words of
// their value, and SHA512's words are signed; hashing a WordArray whose
// last word has bytes past sigBytes ignores them (crypto-js or-s its
// padding into them); the NaN-length digest is not reproduced for
// RIPEMD160, nor for SHA3 after other data; AES keys must be 16, 24 or 32
// bytes.
package cryptojs

import (
	"github.com/dop251/goja"

	"github.com/pmrun/pmrun/scripts/modules"
)

func init() {
	modules.Register("crypto-js", load)
}

// lib is one runtime's CryptoJS.
type lib struct {
	vm      *goja.Runtime
	hidden  *goja.Symbol // holds the Go value behind an algo, mode or hasher
	waProto *goja.Object // CryptoJS.lib.WordArray
	cpProto *goja.Object // CryptoJS.lib.CipherParams
	hex     *goja.Object // CryptoJS.enc.Hex
	openSSL *goja.Object // CryptoJS.format.OpenSSL
	hashes  map[string]*goja.Object
	ciphers map[string]*goja.Object
	modes   map[string]*goja.Object
	pads    map[string]*goja.Object
}

func load(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", New(vm))
}

// New builds the CryptoJS object for vm.
func New(vm *goja.Runtime) *goja.Object {
	l := &lib{
		vm:      vm,
		hidden:  goja.NewSymbol("cryptojs"),
		waProto: vm.NewObject(),
		cpProto: vm.NewObject(),
		hashes:  map[string]*goja.Object{},
		ciphers: map[string]*goja.Object{},
		modes:   map[string]*goja.Object{},
		pads:    map[string]*goja.Object{},
	}
	c := vm.NewObject()
	libObj, enc, algo, pad, format := vm.NewObject(), vm.NewObject(), vm.NewObject(), vm.NewObject(), vm.NewObject()
	l.installWordArray()
	base := vm.NewObject()
	_ = base.Set("create", func(goja.FunctionCall) goja.Value { return vm.NewObject() })
	_ = l.waProto.Set("$super", base)
	l.installCipherParams()
	_ = libObj.Set("WordArray", l.waProto)
	_ = libObj.Set("CipherParams", l.cpProto)
	_ = c.Set("lib", libObj)
	l.installEncoders(enc)
	_ = c.Set("enc", enc)
	l.installPaddings(pad)
	for _, p := range paddings {
		l.pads[p.name] = pad.Get(p.name).(*goja.Object)
	}
	_ = c.Set("pad", pad)
	l.installFormats(format)
	_ = c.Set("format", format)
	l.installHashes(c, algo)
	l.installCiphers(c, algo)
	_ = c.Set("algo", algo)
	return c
}

// tag attaches a Go value to an object, out of the script's sight.
func (l *lib) tag(o *goja.Object, v any) {
	_ = o.DefineDataPropertySymbol(l.hidden, l.vm.ToValue(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// tagOf is the Go value tagged on v, or nil.
func (l *lib) tagOf(v goja.Value) any {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	t := o.GetSymbol(l.hidden)
	if t == nil || goja.IsUndefined(t) {
		return nil
	}
	return t.Export()
}

func (l *lib) newCipherParams() *goja.Object {
	o := l.vm.NewObject()
	_ = o.SetPrototype(l.cpProto)
	return o
}

func (l *lib) installCipherParams() {
	vm := l.vm
	_ = l.cpProto.Set("toString", func(c goja.FunctionCall) goja.Value {
		f := c.Argument(0)
		if goja.IsUndefined(f) || goja.IsNull(f) {
			f = c.This.ToObject(vm).Get("formatter")
		}
		if f == nil || goja.IsUndefined(f) {
			f = l.openSSL
		}
		return l.call(f, "stringify", c.This)
	})
	_ = l.cpProto.Set("create", func(props goja.Value) goja.Value {
		cp := l.newCipherParams()
		if o, ok := props.(*goja.Object); ok {
			for _, k := range o.Keys() {
				_ = cp.Set(k, o.Get(k))
			}
		}
		return cp
	})
}

var salted = []byte("Salted__")

// installFormats builds CryptoJS.format: OpenSSL ("Salted__" + salt +
// ciphertext in Base64) and Hex (the ciphertext alone).
func (l *lib) installFormats(format *goja.Object) {
	vm := l.vm
	l.openSSL = vm.NewObject()
	_ = l.openSSL.Set("stringify", func(v goja.Value) goja.Value {
		cp := v.ToObject(vm)
		var b []byte
		if salt, ok := isWordArray(cp.Get("salt")); ok {
			b = append(append(b, salted...), wordArrayBytes(salt)...)
		}
		if ct, ok := isWordArray(cp.Get("ciphertext")); ok {
			b = append(b, wordArrayBytes(ct)...)
		}
		return encoders["Base64"].stringify(l, b)
	})
	_ = l.openSSL.Set("parse", func(s goja.Value) goja.Value {
		b := wordArrayBytes(l.parseBase64(s))
		cp := l.newCipherParams()
		if len(b) >= 8 && string(b[:8]) == string(salted) {
			salt := make([]byte, 8)
			copy(salt, b[8:])
			ct := b[min(16, len(b)):]
			_ = cp.Set("ciphertext", l.newCreated(ct, float64(len(ct))))
			_ = cp.Set("salt", l.newCreated(salt, 8))
			return cp
		}
		_ = cp.Set("ciphertext", l.newCreated(b, float64(len(b))))
		_ = cp.Set("salt", goja.Undefined())
		return cp
	})
	_ = format.Set("OpenSSL", l.openSSL)
	hexFormat := vm.NewObject()
	_ = hexFormat.Set("stringify", func(v goja.Value) goja.Value {
		cp := v.ToObject(vm)
		ct, ok := isWordArray(cp.Get("ciphertext"))
		if !ok {
			l.throw("TypeError", "Cannot read properties of undefined (reading 'toString')")
		}
		return vm.ToValue(hexString(wordArrayBytes(ct)))
	})
	_ = hexFormat.Set("parse", func(s goja.Value) goja.Value {
		cp := l.newCipherParams()
		_ = cp.Set("ciphertext", l.parseHex(s))
		return cp
	})
	_ = format.Set("Hex", hexFormat)
}
