package cryptojs

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
	"math"

	"github.com/dop251/goja"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // crypto-js offers RIPEMD-160; scripts still use it
)

// hashAlgo is one of CryptoJS.algo's hashers.
type hashAlgo struct {
	name string
	// created: crypto-js returns this hash through WordArray.create.
	created bool
	// make returns a fresh hash for a hasher's cfg (SHA3 reads
	// outputLength from it).
	make func(cfg *goja.Object) hash.Hash
}

func fixed(f func() hash.Hash) func(*goja.Object) hash.Hash {
	return func(*goja.Object) hash.Hash { return f() }
}

var hashAlgos = []*hashAlgo{
	{"MD5", false, fixed(md5.New)},
	{"SHA1", false, fixed(sha1.New)},
	{"SHA256", false, fixed(sha256.New)},
	{"SHA224", false, fixed(sha256.New224)},
	{"SHA512", true, fixed(sha512.New)},
	{"SHA384", true, fixed(sha512.New384)},
	{"SHA3", false, func(cfg *goja.Object) hash.Hash {
		bits := 512
		if cfg != nil {
			if v := cfg.Get("outputLength"); v != nil && !goja.IsUndefined(v) {
				switch n := v.ToInteger(); n {
				case 224, 256, 384, 512:
					bits = int(n)
				}
			}
		}
		return newKeccak(bits)
	}},
	{"RIPEMD160", true, fixed(ripemd160.New)},
}

// installHashes builds the hash helpers (CryptoJS.MD5, HmacMD5…), their
// progressive forms (CryptoJS.algo.*) and the key derivations.
func (l *lib) installHashes(c, algo *goja.Object) {
	vm := l.vm
	for _, a := range hashAlgos {
		a := a
		ao := vm.NewObject()
		l.tag(ao, a)
		_ = ao.Set("create", func(call goja.FunctionCall) goja.Value {
			cfg, _ := call.Argument(0).(*goja.Object)
			return l.newHasher(newHashState(a, cfg, nil))
		})
		_ = algo.Set(a.name, ao)
		_ = c.Set(a.name, func(call goja.FunctionCall) goja.Value {
			cfg, _ := call.Argument(1).(*goja.Object)
			return l.hashResult(a, newHashState(a, cfg, nil).finalize(l, call.Argument(0)))
		})
		_ = c.Set("Hmac"+a.name, func(msg, key goja.Value) goja.Value {
			return l.hashResult(a, newHashState(a, nil, l.hmacKey(key)).finalize(l, msg))
		})
		l.hashes[a.name] = ao
	}
	hm := vm.NewObject()
	_ = hm.Set("create", func(algoObj, key goja.Value) goja.Value {
		a := l.hashAlgoOf(algoObj, nil)
		return l.newHasher(newHashState(a, nil, l.hmacKey(key)))
	})
	_ = algo.Set("HMAC", hm)
	_ = c.Set("PBKDF2", func(password, salt, cfg goja.Value) goja.Value {
		return l.pbkdf2(l.data(password), l.data(salt), l.kdfConfig(cfg, "SHA1"))
	})
	_ = c.Set("EvpKDF", func(password, salt, cfg goja.Value) goja.Value {
		o := l.kdfConfig(cfg, "MD5")
		key := evpKDF(l.data(password), l.data(salt), int(math.Ceil(o.keySize*4)), o.iterations, o.hash)
		return l.newCreated(key, o.keySize*4)
	})
}

// hashAlgoOf finds which hasher an algo object stands for.
func (l *lib) hashAlgoOf(v goja.Value, def *hashAlgo) *hashAlgo {
	if a, ok := l.tagOf(v).(*hashAlgo); ok {
		return a
	}
	if def == nil {
		l.throw("TypeError", "hasher is not a CryptoJS hasher")
	}
	return def
}

func (l *lib) hashResult(a *hashAlgo, sum []byte) goja.Value {
	if a.created {
		return l.newCreated(sum, float64(len(sum)))
	}
	return l.newWordArray(sum)
}

// hmacKey is an HMAC key: a string or a WordArray, as crypto-js takes.
func (l *lib) hmacKey(v goja.Value) []byte {
	if _, isStr := v.(goja.String); isStr {
		return l.utf8Bytes(v)
	}
	if o, ok := isWordArray(v); ok {
		return wordArrayBytes(o)
	}
	l.throw("TypeError", "key.clamp is not a function")
	return nil
}

// newHasher is the object algo.X.create() and algo.HMAC.create() return.
func (l *lib) newHasher(st *hashState) goja.Value {
	o := l.vm.NewObject()
	l.tag(o, st)
	_ = o.Set("update", func(call goja.FunctionCall) goja.Value {
		st.write(l, call.Argument(0))
		return call.This
	})
	_ = o.Set("finalize", func(call goja.FunctionCall) goja.Value {
		return l.hashResult(st.a, st.finalize(l, call.Argument(0)))
	})
	_ = o.Set("reset", func() { st.reset() })
	_ = o.Set("blockSize", st.h.BlockSize()/4)
	return o
}

const maxKDFWork = 1 << 26

type kdfConfig struct {
	keySize    float64 // in 32-bit words
	iterations int
	hash       func() hash.Hash
}

func (l *lib) kdfConfig(v goja.Value, defHash string) kdfConfig {
	out := kdfConfig{keySize: 4, iterations: 1}
	var def *hashAlgo
	for _, a := range hashAlgos {
		if a.name == defHash {
			def = a
		}
	}
	a := def
	if cfg, ok := v.(*goja.Object); ok {
		if ks := cfg.Get("keySize"); ks != nil && !goja.IsUndefined(ks) {
			out.keySize = math.Max(0, math.Min(ks.ToFloat(), 1<<20))
		}
		if it := cfg.Get("iterations"); it != nil && !goja.IsUndefined(it) {
			out.iterations = int(math.Min(it.ToFloat(), 1<<24))
		}
		if h := cfg.Get("hasher"); h != nil && !goja.IsUndefined(h) {
			a = l.hashAlgoOf(h, def)
		}
	}
	if out.iterations < 1 {
		out.iterations = 1
	}
	// A Go loop cannot be stopped by the script timeout, so work that
	// would take crypto-js minutes fails at once instead.
	if out.keySize*float64(out.iterations) > maxKDFWork {
		l.throw("RangeError", "key derivation: keySize × iterations is too large")
	}
	out.hash = func() hash.Hash { return a.make(nil) }
	return out
}

// pbkdf2 is PBKDF2-HMAC as crypto-js computes it: whole blocks, then cut
// to keySize words.
func (l *lib) pbkdf2(password, salt []byte, cfg kdfConfig) goja.Value {
	n := int(math.Ceil(cfg.keySize * 4))
	prf := hmac.New(cfg.hash, password)
	var out []byte
	for block := uint32(1); len(out) < n; block++ {
		prf.Reset()
		prf.Write(salt)
		prf.Write([]byte{byte(block >> 24), byte(block >> 16), byte(block >> 8), byte(block)})
		u := prf.Sum(nil)
		t := append([]byte(nil), u...)
		for i := 1; i < cfg.iterations; i++ {
			prf.Reset()
			prf.Write(u)
			u = prf.Sum(u[:0])
			for j := range t {
				t[j] ^= u[j]
			}
		}
		out = append(out, t...)
	}
	return l.newCreated(out, cfg.keySize*4)
}

// evpKDF is OpenSSL's EVP_BytesToKey: D_i = H^count(D_{i-1} || password ||
// salt), concatenated until n bytes are there.
func evpKDF(password, salt []byte, n, iterations int, mk func() hash.Hash) []byte {
	h := mk()
	var out, block []byte
	for len(out) < n {
		h.Reset()
		h.Write(block)
		h.Write(password)
		h.Write(salt)
		block = h.Sum(nil)
		for i := 1; i < iterations; i++ {
			h.Reset()
			h.Write(block)
			block = h.Sum(nil)
		}
		out = append(out, block...)
	}
	return out
}
