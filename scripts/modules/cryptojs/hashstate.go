package cryptojs

import (
	"encoding"
	"encoding/binary"
	"hash"

	"github.com/dop251/goja"
)

// hashState is a running crypto-js hasher or HMAC.
//
// crypto-js appends anything that is not a string as if it were a
// WordArray; a number, boolean or plain object has no sigBytes, so the
// byte count turns NaN and the hasher finalizes a block holding what was
// buffered, 0x80 or-ed into its fourth byte and a zero length: every
// CryptoJS.MD5(1234) is the same digest. broken records that, and
// nanDigest reproduces it (not for RIPEMD160, whose Go state cannot be
// read; SHA3 gives zeros as crypto-js does).
type hashState struct {
	a      *hashAlgo
	cfg    *goja.Object
	h      hash.Hash
	key    []byte // HMAC key block; nil for a plain hash
	broken bool
}

func newHashState(a *hashAlgo, cfg *goja.Object, hmacKey []byte) *hashState {
	s := &hashState{a: a, cfg: cfg}
	if hmacKey != nil {
		bs := a.make(cfg).BlockSize()
		if len(hmacKey) > bs {
			h := a.make(cfg)
			h.Write(hmacKey)
			hmacKey = h.Sum(nil)
		}
		s.key = make([]byte, bs)
		copy(s.key, hmacKey)
	}
	s.reset()
	return s
}

func (s *hashState) reset() {
	s.h = s.a.make(s.cfg)
	s.broken = false
	if s.key != nil {
		s.h.Write(xorBytes(s.key, 0x36))
	}
}

func xorBytes(b []byte, x byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = c ^ x
	}
	return out
}

// write appends a message part as crypto-js's update does.
func (s *hashState) write(l *lib, v goja.Value) {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		l.throw("TypeError", "Cannot read properties of "+v.String()+" (reading 'words')")
	}
	if s.broken {
		return // crypto-js's state is past repair; its digest stays the NaN one
	}
	if _, isStr := v.(goja.String); isStr {
		s.h.Write(l.utf8Bytes(v))
		return
	}
	if o, ok := isWordArray(v); ok {
		if sig := o.Get("sigBytes"); sig != nil && !goja.IsUndefined(sig) {
			s.h.Write(wordArrayBytes(o))
			return
		}
	}
	s.broken = true
}

// finalize is crypto-js's finalize(message): a falsy message adds nothing.
func (s *hashState) finalize(l *lib, v goja.Value) []byte {
	if v != nil && v.ToBoolean() {
		s.write(l, v)
	}
	d := s.h.Sum(nil)
	if s.broken {
		d = s.nanDigest(d)
	}
	if s.key == nil {
		return d
	}
	outer := s.a.make(s.cfg)
	outer.Write(xorBytes(s.key, 0x5c))
	outer.Write(d)
	return outer.Sum(nil)
}

// nanDigest finishes s.h the way crypto-js does once its byte count is
// NaN, by compressing the crafted last block through Go's marshalled
// hash state.
func (s *hashState) nanDigest(normal []byte) []byte {
	if _, isKeccak := s.h.(*keccak); isKeccak {
		return make([]byte, len(normal))
	}
	m, ok := s.h.(encoding.BinaryMarshaler)
	if !ok {
		return normal
	}
	st, err := m.MarshalBinary()
	bs := s.h.BlockSize()
	stateLen := len(st) - 4 - bs - 8
	if err != nil || stateLen <= 0 {
		return normal
	}
	n := binary.BigEndian.Uint64(st[len(st)-8:])
	tail := int(n % uint64(bs))
	block := make([]byte, bs)
	copy(block, st[4+stateLen:4+stateLen+tail])
	block[3] |= 0x80
	clear(block[bs-8:])
	binary.BigEndian.PutUint64(st[len(st)-8:], n-uint64(tail))
	fresh := s.a.make(s.cfg)
	u, ok := fresh.(encoding.BinaryUnmarshaler)
	if !ok || u.UnmarshalBinary(st) != nil {
		return normal
	}
	fresh.Write(block)
	st2, err := fresh.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return normal
	}
	state := st2[4 : 4+stateLen]
	if s.a.name == "MD5" { // MD5's words are little-endian
		out := make([]byte, 0, 16)
		for i := 0; i < 16; i += 4 {
			out = append(out, state[i+3], state[i+2], state[i+1], state[i])
		}
		return out
	}
	return append([]byte(nil), state[:len(normal)]...)
}
