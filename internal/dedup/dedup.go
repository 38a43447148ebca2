// Package dedup finds near-duplicate articles: the same wire story printed
// by many outlets, with a new headline, a trimmed ending or a few words
// changed. It turns an article's text into a MinHash signature of its
// word 5-shingles, whose agreement estimates the Jaccard similarity of the
// two shingle sets, and into LSH band keys, so that a store can find the
// candidates for a new article with a few index look-ups instead of
// comparing it with every article it holds.
//
// Thresholds (see Threshold, Bands, Rows): 128 hashes in 32 bands of 4.
// Two articles become candidates when one band agrees, which happens with
// probability 1-(1-J^4)^32: 0.87 at Jaccard 0.5, 0.99 at 0.6, 0.9999 at 0.8.
// A candidate is accepted when its estimated Jaccard is at least Threshold
// (0.6). A wire story with a changed headline and a few edited words is
// around 0.8-0.95; one trimmed by a quarter is about 0.75; two different
// stories on the same topic share few 5-word sequences (< 0.1).
//
// Everything here is a pure function of the text: signatures computed on
// different days or machines agree, so they can be stored.
package dedup

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

const (
	// NumHashes is the length of a signature.
	NumHashes = Bands * Rows
	// Bands is the number of LSH bands; Rows the hashes in each.
	Bands = 32
	Rows  = 4
	// Shingle is the number of words in one shingle.
	Shingle = 5
	// Threshold is the estimated Jaccard similarity from which two
	// articles are the same story.
	Threshold = 0.6
)

// Signature is the MinHash signature of a text: for each of NumHashes
// hash functions, the least hash of any shingle.
type Signature [NumHashes]uint32

// ErrBadSignature is returned by FromBytes for data of the wrong length.
var ErrBadSignature = errors.New("dedup: bad signature encoding")

// Sign returns the signature of text and false when the text has no word
// (such a text is nobody's duplicate). Case and punctuation are ignored:
// words are runs of letters and digits, lowered.
func Sign(text string) (Signature, bool) {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var window [Shingle]uint64 // hashes of the last words, a ring
	n := 0
	add := func() {
		// The shingle's hash combines its words in order.
		h := uint64(0x9e3779b97f4a7c15)
		k := min(n, Shingle)
		for j := range k {
			h = mix(h ^ window[(n-k+j)%Shingle])
		}
		addShingle(&sig, h)
	}
	forWords(text, func(w uint64) {
		window[n%Shingle] = w
		n++
		if n >= Shingle {
			add()
		}
	})
	if n == 0 {
		return sig, false
	}
	if n < Shingle {
		add() // a text shorter than one shingle is one shingle
	}
	return sig, true
}

// addShingle lowers sig where the shingle hash h wins. Each hash function
// is mix(h ^ seed_i): a strong 64-bit mixer over distinct seeds behaves as
// an independent random permutation for this purpose.
//
// This loop is most of Sign's time (128 mixes per shingle), so it is
// written for the compiler: four hashes per step (independent chains the
// CPU overlaps), min rather than a branch (the comparison is a coin toss
// for the first shingles), slices of the exact length so that no index is
// checked. The values are those of the plain loop (TestSignMatchesPlain).
func addShingle(sig *Signature, h uint64) {
	s, sd := sig[:], seeds[:]
	for len(s) >= 4 && len(sd) >= 4 {
		s[0] = min(s[0], hash32(h^sd[0]))
		s[1] = min(s[1], hash32(h^sd[1]))
		s[2] = min(s[2], hash32(h^sd[2]))
		s[3] = min(s[3], hash32(h^sd[3]))
		s, sd = s[4:], sd[4:]
	}
	for i := range s { // none while NumHashes is a multiple of 4
		s[i] = min(s[i], hash32(h^sd[i]))
	}
}

// hash32 is the top half of mix(z), one MinHash value.
func hash32(z uint64) uint32 { return uint32(mix(z) >> 32) }

// seeds are fixed, so that signatures are stable across runs.
var seeds = func() (s [NumHashes]uint64) {
	x := uint64(0x243f6a8885a308d3) // digits of pi
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

// mix is splitmix64's finaliser.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// forWords calls f with the FNV-1a hash of each lowered word of text.
func forWords(text string, f func(uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		word := r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if !word {
			if in {
				f(h)
				h, in = offset, false
			}
			continue
		}
		in = true
		r = unicode.ToLower(r)
		for r > 0 {
			h = (h ^ uint64(r&0xff)) * prime
			r >>= 8
		}
	}
	if in {
		f(h)
	}
}

// Similarity estimates the Jaccard similarity of the shingle sets behind
// two signatures: the share of hash functions on which they agree.
func (s *Signature) Similarity(o *Signature) float64 {
	same := 0
	for i := range s {
		if s[i] == o[i] {
			same++
		}
	}
	return float64(same) / NumHashes
}

// BandKeys returns one key per LSH band: the band number in the top 6
// bits and a hash of the band's Rows values below, as a non-negative
// int64 (SQLite's integer). Two signatures that agree on a whole band
// share that band's key.
func (s *Signature) BandKeys() [Bands]int64 {
	var keys [Bands]int64
	for b := range keys {
		h := uint64(b)
		for _, v := range s[b*Rows : (b+1)*Rows] {
			h = mix(h ^ uint64(v) ^ bits.RotateLeft64(h, 29))
		}
		keys[b] = int64(uint64(b)<<56 | h>>8)
	}
	return keys
}

// Bytes encodes s as 4*NumHashes bytes, little-endian.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*NumHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// FromBytes decodes what Bytes encoded.
func FromBytes(b []byte) (Signature, error) {
	var s Signature
	if len(b) != 4*NumHashes {
		return s, ErrBadSignature
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, nil
}
