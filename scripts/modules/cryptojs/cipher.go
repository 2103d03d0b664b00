package cryptojs

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"crypto/rc4"
	"fmt"
	"math"

	"github.com/dop251/goja"
)

// cipherAlgo is one of CryptoJS.algo's ciphers. Sizes are in 32-bit
// words, as crypto-js gives them.
type cipherAlgo struct {
	name                       string
	keySize, ivSize, blockSize int
	block                      func(key []byte) (cipher.Block, error)
	// stream ciphers (RC4) take neither mode nor padding.
	stream bool
}

var cipherAlgos = []*cipherAlgo{
	{name: "AES", keySize: 8, ivSize: 4, blockSize: 4, block: aes.NewCipher},
	{name: "DES", keySize: 2, ivSize: 2, blockSize: 2, block: func(k []byte) (cipher.Block, error) {
		return des.NewCipher(fitKey(k, 8))
	}},
	// crypto-js 3 reads a 16-byte TripleDES key as K1, K2 and an all-zero K3.
	{name: "TripleDES", keySize: 6, ivSize: 2, blockSize: 2, block: func(k []byte) (cipher.Block, error) {
		return des.NewTripleDESCipher(fitKey(k, 24))
	}},
	{name: "RC4", keySize: 8, ivSize: 0, blockSize: 1, stream: true},
	{name: "RC4Drop", keySize: 8, ivSize: 0, blockSize: 1, stream: true},
}

// fitKey cuts or zero-fills a key to n bytes, as crypto-js reads missing
// key words as zero.
func fitKey(k []byte, n int) []byte {
	out := make([]byte, n)
	copy(out, k)
	return out
}

// cipherConfig is what encrypt and decrypt read from their cfg argument.
type cipherConfig struct {
	obj     *goja.Object
	mode    string
	padding *padding
	iv      goja.Value
	format  goja.Value
	modeV   goja.Value
	padV    goja.Value
}

func (l *lib) cipherConfig(v goja.Value) cipherConfig {
	c := cipherConfig{mode: "CBC", padding: paddings[0], iv: goja.Undefined(), format: l.openSSL,
		modeV: l.modes["CBC"], padV: l.pads["Pkcs7"]}
	o, ok := v.(*goja.Object)
	if !ok {
		return c
	}
	c.obj = o
	if m := o.Get("mode"); m != nil && !goja.IsUndefined(m) {
		name, ok := l.tagOf(m).(string)
		if !ok {
			l.throw("TypeError", "cfg.mode is not a CryptoJS mode")
		}
		c.mode, c.modeV = name, m
	}
	if p := o.Get("padding"); p != nil && !goja.IsUndefined(p) {
		c.padding, c.padV = l.paddingOf(p), p
	}
	if iv := o.Get("iv"); iv != nil {
		c.iv = iv
	}
	if f := o.Get("format"); f != nil && !goja.IsUndefined(f) {
		c.format = f
	}
	return c
}

// ivBytes reads an IV's words regardless of sigBytes, as crypto-js does;
// nil when there is none.
func (l *lib) ivBytes(v goja.Value) []byte {
	if o, ok := isWordArray(v); ok {
		return rawWords(o)
	}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) || !v.ToBoolean() {
		return nil
	}
	// crypto-js fails on a string IV, writing into it.
	l.throw("TypeError", "Cannot assign to read only property '0' of string")
	return nil
}

// crypt runs a cipher over data: padding, then mode, for block ciphers.
func (l *lib) crypt(a *cipherAlgo, encrypt bool, key, iv, data []byte, sig int, cfg cipherConfig) (buf []byte, outSig int) {
	if a.stream {
		c, _ := rc4.NewCipher(fitRC4(key))
		if a.name == "RC4Drop" {
			skip := make([]byte, l.rc4Drop(cfg.obj))
			c.XORKeyStream(skip, skip)
		}
		out := make([]byte, len(data))
		c.XORKeyStream(out, data)
		return out, sig
	}
	b, err := a.block(key)
	if err != nil {
		l.throw("Error", fmt.Sprintf("%s: invalid key of %d bytes", a.name, len(key)))
	}
	bs := a.blockSize * 4
	// Every padding but NoPadding clamps the input first.
	if encrypt && cfg.padding.name != "NoPadding" {
		data = cfg.padding.pad(append([]byte(nil), data[:sig]...), bs)
		sig = len(data)
	}
	out := l.runMode(cfg.mode, b, encrypt, iv, data)
	if !encrypt {
		sig = cfg.padding.unpad(out, sig)
	}
	return out, sig
}

// fitRC4 reads a key as crypto-js's RC4 does: at most 256 bytes, and an
// empty key as zeros.
func fitRC4(key []byte) []byte {
	if len(key) > 256 {
		return key[:256]
	}
	if len(key) == 0 {
		return []byte{0}
	}
	return key
}

func (l *lib) rc4Drop(cfg *goja.Object) int {
	drop := 192
	if cfg != nil {
		if d := cfg.Get("drop"); d != nil && !goja.IsUndefined(d) {
			drop = int(math.Max(0, math.Min(d.ToFloat(), 1<<20)))
		}
	}
	return drop * 4
}

// derive is OpenSSL's passphrase key derivation as crypto-js's
// kdf.OpenSSL.execute: EVP_BytesToKey with MD5, one round, and an 8-byte
// random salt when none is given.
func (l *lib) derive(a *cipherAlgo, password, salt []byte) (key, iv *goja.Object, saltWA *goja.Object) {
	return l.deriveSizes(password, salt, a.keySize, a.ivSize)
}

func (l *lib) deriveSizes(password, salt []byte, keySize, ivSize int) (key, iv *goja.Object, saltWA *goja.Object) {
	if salt == nil {
		salt = make([]byte, 8)
		_, _ = rand.Read(salt)
	}
	all := evpKDF(password, salt, (keySize+ivSize)*4, 1, md5.New)
	key = l.newCreated(all, float64(keySize*4))
	iv = l.newCreated(all[keySize*4:], float64(ivSize*4))
	return key, iv, l.newWordArray(salt)
}

func (l *lib) encrypt(a *cipherAlgo, msg, key, cfgV goja.Value) goja.Value {
	cfg := l.cipherConfig(cfgV)
	var keyWA, ivV goja.Value = key, cfg.iv
	var salt *goja.Object
	if _, isWA := isWordArray(key); !isWA {
		if _, isStr := key.(goja.String); !isStr {
			l.throw("TypeError", "Cannot read properties of "+key.String()+" (reading 'words')")
		}
		k, iv, s := l.derive(a, l.utf8Bytes(key), nil)
		keyWA, ivV, salt = k, iv, s
	}
	keyObj := keyWA.(*goja.Object)
	in, inSig := l.cipherInput(msg)
	buf, sig := l.crypt(a, true, wordArrayBytes(keyObj), l.ivBytes(ivV), in, inSig, cfg)
	cp := l.newCipherParams()
	_ = cp.Set("ciphertext", l.newWordArrayN(buf, float64(sig)))
	_ = cp.Set("key", keyWA)
	_ = cp.Set("iv", ivV)
	_ = cp.Set("algorithm", l.ciphers[a.name])
	if !a.stream || cfg.obj != nil && cfg.obj.Get("mode") != nil {
		_ = cp.Set("mode", cfg.modeV)
		_ = cp.Set("padding", cfg.padV)
	} else {
		_ = cp.Set("mode", goja.Undefined())
		_ = cp.Set("padding", goja.Undefined())
	}
	_ = cp.Set("blockSize", a.blockSize)
	_ = cp.Set("formatter", cfg.format)
	if salt != nil {
		_ = cp.Set("salt", salt)
	}
	return cp
}

func (l *lib) decrypt(a *cipherAlgo, ct, key, cfgV goja.Value) goja.Value {
	cfg := l.cipherConfig(cfgV)
	if _, isStr := ct.(goja.String); isStr {
		ct = l.call(cfg.format, "parse", ct)
	}
	cp, ok := ct.(*goja.Object)
	if !ok {
		l.throw("TypeError", "Cannot read properties of "+ct.String()+" (reading 'ciphertext')")
	}
	ctWA, ok := isWordArray(cp.Get("ciphertext"))
	if !ok {
		l.throw("TypeError", "Cannot read properties of undefined (reading 'words')")
	}
	keyObj, isWA := isWordArray(key)
	ivV := cfg.iv
	if !isWA {
		if _, isStr := key.(goja.String); !isStr {
			l.throw("TypeError", "Cannot read properties of "+key.String()+" (reading 'words')")
		}
		var salt []byte
		if s, ok := isWordArray(cp.Get("salt")); ok {
			salt = wordArrayBytes(s)
		}
		k, iv, _ := l.derive(a, l.utf8Bytes(key), salt)
		keyObj, ivV = k, iv
	}
	in, inSig := l.cipherInput(ctWA)
	buf, sig := l.crypt(a, false, wordArrayBytes(keyObj), l.ivBytes(ivV), in, inSig, cfg)
	return l.newWordArrayN(buf, float64(sig))
}

// installCiphers builds CryptoJS.AES and friends, CryptoJS.algo's cipher
// objects, CryptoJS.mode and CryptoJS.kdf.
func (l *lib) installCiphers(c, algo *goja.Object) {
	vm := l.vm
	for _, a := range cipherAlgos {
		a := a
		ao := vm.NewObject()
		l.tag(ao, a)
		_ = ao.Set("keySize", a.keySize)
		_ = ao.Set("ivSize", a.ivSize)
		_ = ao.Set("blockSize", a.blockSize)
		_ = algo.Set(a.name, ao)
		l.ciphers[a.name] = ao
		helper := vm.NewObject()
		_ = helper.Set("encrypt", func(msg, key, cfg goja.Value) goja.Value { return l.encrypt(a, msg, key, cfg) })
		_ = helper.Set("decrypt", func(ct, key, cfg goja.Value) goja.Value { return l.decrypt(a, ct, key, cfg) })
		_ = c.Set(a.name, helper)
	}
	mode := vm.NewObject()
	for _, name := range modeNames {
		o := vm.NewObject()
		l.tag(o, name)
		_ = mode.Set(name, o)
		l.modes[name] = o
	}
	_ = c.Set("mode", mode)
	kdf := vm.NewObject()
	openssl := vm.NewObject()
	_ = openssl.Set("execute", func(password goja.Value, keySize, ivSize int, salt goja.Value) goja.Value {
		var s []byte
		if wa, ok := isWordArray(salt); ok {
			s = wordArrayBytes(wa)
		}
		k, iv, sw := l.deriveSizes(l.data(password), s, max(0, min(keySize, 1<<16)), max(0, min(ivSize, 1<<16)))
		cp := l.newCipherParams()
		_ = cp.Set("key", k)
		_ = cp.Set("iv", iv)
		_ = cp.Set("salt", sw)
		return cp
	})
	_ = kdf.Set("OpenSSL", openssl)
	_ = c.Set("kdf", kdf)
}
