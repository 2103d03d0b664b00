package cryptojs

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// crypto-js 3's SHA3 is Keccak as submitted (padding byte 0x01), not the
// FIPS 202 SHA-3 that Go's crypto/sha3 implements, so it is built here
// over the Keccak-f[1600] permutation.

var keccakRoundConstants = [24]uint64{
	0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
	0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
	0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
	0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
	0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
	0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
}

// keccakRotations are the ρ offsets of lane x+5y.
var keccakRotations = [25]int{
	0, 1, 62, 28, 27,
	36, 44, 6, 55, 20,
	3, 10, 43, 25, 39,
	41, 45, 15, 21, 8,
	18, 2, 61, 56, 14,
}

func keccakF1600(a *[25]uint64) {
	var c, d [5]uint64
	var b [25]uint64
	for round := 0; round < 24; round++ {
		for x := 0; x < 5; x++ {
			c[x] = a[x] ^ a[x+5] ^ a[x+10] ^ a[x+15] ^ a[x+20]
		}
		for x := 0; x < 5; x++ {
			d[x] = c[(x+4)%5] ^ bits.RotateLeft64(c[(x+1)%5], 1)
		}
		for i := range a {
			a[i] ^= d[i%5]
		}
		for x := 0; x < 5; x++ {
			for y := 0; y < 5; y++ {
				b[y+5*((2*x+3*y)%5)] = bits.RotateLeft64(a[x+5*y], keccakRotations[x+5*y])
			}
		}
		for y := 0; y < 5; y++ {
			for x := 0; x < 5; x++ {
				a[x+5*y] = b[x+5*y] ^ (^b[(x+1)%5+5*y] & b[(x+2)%5+5*y])
			}
		}
		a[0] ^= keccakRoundConstants[round]
	}
}

// keccak is a Keccak sponge with a capacity of twice its output.
type keccak struct {
	state [25]uint64
	buf   []byte
	rate  int
	size  int
}

func newKeccak(outputBits int) hash.Hash {
	k := &keccak{size: outputBits / 8, rate: (1600 - 2*outputBits) / 8}
	k.buf = make([]byte, 0, k.rate)
	return k
}

func (k *keccak) absorb(block []byte) {
	for i := 0; i < k.rate/8; i++ {
		k.state[i] ^= binary.LittleEndian.Uint64(block[i*8:])
	}
	keccakF1600(&k.state)
}

func (k *keccak) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		take := min(k.rate-len(k.buf), len(p))
		k.buf = append(k.buf, p[:take]...)
		p = p[take:]
		if len(k.buf) == k.rate {
			k.absorb(k.buf)
			k.buf = k.buf[:0]
		}
	}
	return n, nil
}

func (k *keccak) Sum(in []byte) []byte {
	d := *k
	block := make([]byte, k.rate)
	copy(block, k.buf)
	block[len(k.buf)] ^= 0x01
	block[k.rate-1] ^= 0x80
	d.absorb(block)
	out := make([]byte, 0, k.rate)
	for i := 0; i < k.rate/8; i++ {
		out = binary.LittleEndian.AppendUint64(out, d.state[i])
	}
	return append(in, out[:k.size]...)
}

func (k *keccak) Reset() {
	k.state = [25]uint64{}
	k.buf = k.buf[:0]
}

func (k *keccak) Size() int      { return k.size }
func (k *keccak) BlockSize() int { return k.rate }
