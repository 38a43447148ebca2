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
//
// The shingle hashes are gathered first and the signature is then filled
// hash function by hash function (minHashes), not shingle by shingle: the
// minima stay in registers instead of being loaded and stored for every
// shingle. That took BenchmarkSign (3.3 KB, 552 shingles) from 1.85 M to
// 1.60 M instructions (cachegrind); TestSignMatchesPlain checks the
// values.
func Sign(text string) (Signature, bool) {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var buf [1024]uint64 // a 5 KB article's words, without allocating
	ws := appendWords(buf[:0], text)
	if len(ws) == 0 {
		return sig, false
	}
	minHashes(&sig, shingles(ws))
	return sig, true
}

// shingles overwrites the word hashes ws with the hashes of their
// shingles, in order, and returns them: one per run of Shingle words, or
// one of all the words when there are fewer (a text shorter than one
// shingle is one shingle). A shingle's hash combines its words in order.
// Shingle j is written over word j once words j to j+Shingle-1 are read.
func shingles(ws []uint64) []uint64 {
	k := min(len(ws), Shingle)
	n := len(ws) - k + 1
	for j := range n {
		h := uint64(0x9e3779b97f4a7c15)
		for _, w := range ws[j : j+k] {
			h = mix(h ^ w)
		}
		ws[j] = h
	}
	return ws[:n]
}

// minHashes lowers sig where the shingle hashes hs win. Each hash function
// is mix(h ^ seed_i): a strong 64-bit mixer over distinct seeds behaves as
// an independent random permutation for this purpose.
//
// This loop is most of Sign's time (128 mixes per shingle), so it is
// written for the compiler: one hash function per pass over the
// shingles, its minimum in a register, min rather than a branch (the
// comparison is a coin toss for the first shingles), and mix spelled out
// with its multipliers in variables, which the compiler keeps in
// registers instead of loading the constants again at every shingle. Two
// or four hash functions per pass run out of registers and spill.
func minHashes(sig *Signature, hs []uint64) {
	c1, c2 := mixMul[0], mixMul[1]
	for i := range sig {
		s, m := seeds[i], sig[i]
		for _, h := range hs {
			z := h ^ s
			z = (z ^ z>>30) * c1
			z = (z ^ z>>27) * c2
			m = min(m, uint32((z^z>>31)>>32)) // the top half of mix(h ^ s)
		}
		sig[i] = m
	}
}

// mixMul are mix's multipliers, as variables for minHashes.
var mixMul = [2]uint64{0xbf58476d1ce4e5b9, 0x94d049bb133111eb}

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

// appendWords appends to dst the FNV-1a hash of each lowered word of
// text.
func appendWords(dst []uint64, text string) []uint64 {
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
				dst = append(dst, h)
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
		dst = append(dst, h)
	}
	return dst
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
