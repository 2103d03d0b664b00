package cryptojs

import (
	"crypto/cipher"
	"crypto/rand"

	"github.com/dop251/goja"
)

// Block cipher modes as crypto-js runs them: every mode works on whole
// blocks (a short last block is processed zero-filled and the output cut
// back), CFB feeds back whole blocks, and CTR counts in the last 32-bit
// word only, wrapping without carry.

var modeNames = []string{"CBC", "CFB", "CTR", "OFB", "ECB"}

// runMode encrypts or decrypts data in mode with b; iv nil means the
// script gave none, which only ECB can do without.
func (l *lib) runMode(mode string, b cipher.Block, encrypt bool, iv, data []byte) []byte {
	bs := b.BlockSize()
	n := (len(data) + bs - 1) / bs * bs
	in := make([]byte, n)
	copy(in, data)
	if n == 0 {
		return in
	}
	out := make([]byte, n)
	if mode != "ECB" && iv == nil {
		l.throw("TypeError", "Cannot read properties of undefined (reading '0')")
	}
	prev := make([]byte, bs)
	copy(prev, iv)
	ks := make([]byte, bs)
	for off := 0; off < n; off += bs {
		src, dst := in[off:off+bs], out[off:off+bs]
		switch mode {
		case "ECB":
			if encrypt {
				b.Encrypt(dst, src)
			} else {
				b.Decrypt(dst, src)
			}
		case "CBC":
			if encrypt {
				xorInto(dst, src, prev)
				b.Encrypt(dst, dst)
				copy(prev, dst)
			} else {
				b.Decrypt(dst, src)
				xorInto(dst, dst, prev)
				copy(prev, src)
			}
		case "CFB":
			b.Encrypt(ks, prev)
			xorInto(dst, src, ks)
			if encrypt {
				copy(prev, dst)
			} else {
				copy(prev, src)
			}
		case "OFB":
			b.Encrypt(prev, prev)
			xorInto(dst, src, prev)
		case "CTR":
			b.Encrypt(ks, prev)
			xorInto(dst, src, ks)
			c := prev[bs-4:]
			v := uint32(c[0])<<24 | uint32(c[1])<<16 | uint32(c[2])<<8 | uint32(c[3])
			v++
			c[0], c[1], c[2], c[3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
		}
	}
	return out
}

func xorInto(dst, a, b []byte) {
	for i := range dst {
		dst[i] = a[i] ^ b[i]
	}
}

// padding is one of CryptoJS.pad.*: pad grows the value to whole blocks;
// unpad gives the new sigBytes of buf, whose value is its first sig bytes.
type padding struct {
	name  string
	pad   func(b []byte, blockBytes int) []byte
	unpad func(buf []byte, sig int) int
}

var paddings = []*padding{
	{"Pkcs7", func(b []byte, bs int) []byte {
		n := bs - len(b)%bs
		for i := 0; i < n; i++ {
			b = append(b, byte(n))
		}
		return b
	}, lastByteUnpad},
	{"AnsiX923", func(b []byte, bs int) []byte {
		n := bs - len(b)%bs
		b = append(b, make([]byte, n-1)...)
		return append(b, byte(n))
	}, lastByteUnpad},
	{"Iso10126", func(b []byte, bs int) []byte {
		n := bs - len(b)%bs
		r := make([]byte, n-1)
		_, _ = rand.Read(r)
		return append(append(b, r...), byte(n))
	}, lastByteUnpad},
	{"Iso97971", func(b []byte, bs int) []byte {
		return zeroPad(append(b, 0x80), bs)
	}, func(buf []byte, sig int) int { return zeroUnpad(buf, sig) - 1 }},
	{"ZeroPadding", zeroPad, zeroUnpad},
	{"NoPadding", func(b []byte, _ int) []byte { return b }, func(_ []byte, sig int) int { return sig }},
}

// lastByteUnpad drops as many bytes as the last byte of the word holding
// the last byte says, unchecked, as crypto-js does: a wrong key can leave
// a negative sigBytes.
func lastByteUnpad(buf []byte, sig int) int {
	if sig <= 0 {
		return sig
	}
	i := (sig-1)/4*4 + 3
	if i >= len(buf) {
		return sig
	}
	return sig - int(buf[i])
}

func zeroPad(b []byte, bs int) []byte {
	if r := len(b) % bs; r != 0 {
		b = append(b, make([]byte, bs-r)...)
	}
	return b
}

func zeroUnpad(buf []byte, sig int) int {
	i := min(sig, len(buf)) - 1
	for i >= 0 && buf[i] == 0 {
		i--
	}
	return i + 1
}

// installPaddings builds CryptoJS.pad, whose pad and unpad a script may
// call itself on a WordArray.
func (l *lib) installPaddings(pad *goja.Object) {
	for _, p := range paddings {
		p := p
		o := l.vm.NewObject()
		l.tag(o, p)
		_ = o.Set("pad", func(v goja.Value, blockSize float64) {
			wa := l.wordArrayArg(v)
			if !(blockSize >= 0.25 && blockSize <= 1<<14) {
				l.throw("RangeError", "pad: blockSize must be a number of 32-bit words")
			}
			bs := int(blockSize * 4)
			b := p.pad(wordArrayBytes(wa), bs)
			l.setWords(wa, b, float64(len(b)))
		})
		_ = o.Set("unpad", func(v goja.Value) {
			wa := l.wordArrayArg(v)
			buf := rawWords(wa)
			sig := p.unpad(buf, sigBytesOf(wa))
			_ = wa.Set("sigBytes", sig)
		})
		_ = pad.Set(p.name, o)
	}
}

// paddingOf is the padding a cipher config names: one of CryptoJS.pad, or
// a script's own object with pad and unpad functions.
func (l *lib) paddingOf(v goja.Value) *padding {
	if p, ok := l.tagOf(v).(*padding); ok {
		return p
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return paddings[0]
	}
	return &padding{
		name: "custom",
		pad: func(b []byte, bs int) []byte {
			wa := l.newWordArray(b)
			l.call(o, "pad", wa, l.vm.ToValue(bs/4))
			return wordArrayBytes(wa)
		},
		unpad: func(buf []byte, sig int) int {
			wa := l.newWordArrayN(buf, float64(sig))
			l.call(o, "unpad", wa)
			return int(prop(wa, "sigBytes").ToInteger())
		},
	}
}
