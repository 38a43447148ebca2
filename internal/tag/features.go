package tag

import (
	"unicode"
	"unicode/utf8"
)

// noClass stands for the tag of a position before the sentence start.
const noClass = 255

// lexicon is what feature extraction knows about whole words from the
// training data: the fast-path tag of frequent unambiguous words, and the
// ambiguity class (the set of tags a word was seen with) of frequent words.
// Both are keyed by the normalised form; the lower-cased form is the
// fallback, so a sentence-initial "The" finds "the".
type lexicon struct {
	dict map[string]uint8  // word → class, for near-unambiguous frequent words
	amb  map[string]uint16 // word → ambiguity class id (1-based)
}

// wordInfo holds the hashes of one position's word parts, computed once
// per sentence so that each feature is a single mix.
type wordInfo struct {
	word  uint64
	suf   [4]uint64 // last 1..4 runes of the lower-cased word
	pre   [3]uint64 // first 1..3 runes
	shape uint64
	flags uint64
	amb   uint64 // 0 when the word has no ambiguity class
	dict  uint8  // fast-path class, noClass if none
}

// pad is the number of sentinel positions on each side of a sentence.
const pad = 2

// scratch is the per-call working memory of the tagger, reused through a
// sync.Pool so that tagging allocates nothing per token.
type scratch struct {
	buf    []byte     // normalised and lower-cased words
	spans  [][4]int32 // per word: normalised [0:2], lower-cased [2:4] in buf
	info   []wordInfo // per padded position
	class  []uint8    // predicted class per word
	feats  []uint32
	scores [256]int32
	key    []byte // lemma lookup key
}

var (
	startInfo = sentinelInfo("<s>")
	endInfo   = sentinelInfo("</s>")
)

func sentinelInfo(s string) wordInfo {
	h := fnvString(s)
	wi := wordInfo{word: h, shape: h, flags: h, amb: h, dict: noClass}
	for k := range wi.suf {
		wi.suf[k] = h
	}
	for k := range wi.pre {
		wi.pre[k] = h
	}
	return wi
}

// prepare fills s for a sentence of words.
func (lx *lexicon) prepare(s *scratch, words []string) {
	n := len(words)
	s.buf = s.buf[:0]
	s.spans = s.spans[:0]
	for _, w := range words {
		a := int32(len(s.buf))
		s.buf = appendNormalized(s.buf, w)
		b := int32(len(s.buf))
		s.buf = appendLower(s.buf, s.buf[a:b])
		s.spans = append(s.spans, [4]int32{a, b, b, int32(len(s.buf))})
	}
	if cap(s.info) < n+2*pad {
		s.info = make([]wordInfo, n+2*pad)
	}
	s.info = s.info[:n+2*pad]
	s.info[0], s.info[1] = startInfo, startInfo
	s.info[n+pad], s.info[n+pad+1] = endInfo, endInfo
	for i := range n {
		sp := s.spans[i]
		lx.describe(&s.info[i+pad], s.buf[sp[0]:sp[1]], s.buf[sp[2]:sp[3]], i == 0)
	}
	if cap(s.class) < n {
		s.class = make([]uint8, n)
	}
	s.class = s.class[:n]
}

// describe computes the hashes of one word given its normalised and
// lower-cased bytes.
func (lx *lexicon) describe(wi *wordInfo, norm, low []byte, first bool) {
	wi.word = fnvBytes(low)
	// Suffixes: walk back over runes, hashing growing tails.
	end := len(low)
	start := end
	for k := range wi.suf {
		if start > 0 {
			_, size := utf8.DecodeLastRune(low[:start])
			start -= size
		}
		wi.suf[k] = mix(uint64(k+1), fnvBytes(low[start:end]))
	}
	stop := 0
	for k := range wi.pre {
		if stop < len(low) {
			_, size := utf8.DecodeRune(low[stop:])
			stop += size
		}
		wi.pre[k] = mix(uint64(k+11), fnvBytes(low[:stop]))
	}
	wi.shape, wi.flags = shapeOf(norm, first)
	wi.dict = noClass
	if c, ok := lx.dict[string(norm)]; ok {
		wi.dict = c
	} else if c, ok := lx.dict[string(low)]; ok && first {
		wi.dict = c
	}
	wi.amb = 0
	if a, ok := lx.amb[string(norm)]; ok {
		wi.amb = mix(99, uint64(a))
	} else if a, ok := lx.amb[string(low)]; ok {
		wi.amb = mix(98, uint64(a))
	}
}

// Flag bits of a word.
const (
	flagHyphen = 1 << iota
	flagDigit
	flagUpper
	flagAllUpper
	flagFirst
	flagLower
	flagPunct
)

// shapeOf returns the hash of the word's shape (X for upper, x for lower,
// d for digit, other characters as they are; runs longer than four are
// cut, so "Washington" is Xxxxx and "1,000" is d,ddd) and its flag bits.
func shapeOf(w []byte, first bool) (uint64, uint64) {
	h := uint64(fnvOffset)
	var last rune = -1
	run := 0
	flags := uint64(0)
	allUpper := true
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(w[i:])
		}
		i += size
		var c rune
		switch {
		case r >= 'a' && r <= 'z':
			c, allUpper = 'x', false
			flags |= flagLower
		case r >= 'A' && r <= 'Z':
			c = 'X'
			flags |= flagUpper
		case r >= '0' && r <= '9':
			c, allUpper = 'd', false
			flags |= flagDigit
		case r < utf8.RuneSelf:
			c, allUpper = r, false
			if r == '-' {
				flags |= flagHyphen
			} else {
				flags |= flagPunct
			}
		case unicode.IsUpper(r):
			c = 'X'
			flags |= flagUpper
		case unicode.IsLetter(r):
			c, allUpper = 'x', false
			flags |= flagLower
		case unicode.IsDigit(r):
			c, allUpper = 'd', false
			flags |= flagDigit
		default:
			c, allUpper = r, false
			flags |= flagPunct
		}
		if c == last {
			run++
			if run >= 4 {
				continue
			}
		} else {
			last, run = c, 0
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	if allUpper && len(w) > 1 {
		flags |= flagAllUpper
	}
	if first {
		flags |= flagFirst
	}
	return mix(21, h), mix(22, flags)
}

// Feature templates. The numbers are part of the model: changing one
// invalidates trained weights.
const (
	fBias = iota + 100
	fWord
	fSuf
	fPre
	fShape
	fFlags
	fPrev
	fPrev2
	fPrevPrev2
	fPrevWord
	fWordM1
	fWordM2
	fWordP1
	fWordP2
	fSuf3M1
	fSuf3P1
	fShapeM1
	fShapeP1
	fAmb
	fAmbP1
	fAmbP2
	fAmbAmbP1
	fPrevAmb
	fWordWordP1
	fWordM1Word
	fPrevWordP1
	fPrevSuf3
	fAmbM1AmbP1
	fPrevShape
	fWordAmbP1
	fWordSuf3P1
	fWordM2WordM1
	fPrev2Word
	fFlagsWord
	fShapeSuf3
)

// features appends the feature keys of position i (0-based word index)
// given the classes already predicted for the two words before it.
func features(dst []uint32, info []wordInfo, i int, c1, c2 uint8) []uint32 {
	p := i + pad
	w, m1, m2, p1, p2 := &info[p], &info[p-1], &info[p-2], &info[p+1], &info[p+2]
	t1, t2 := uint64(c1)+1000, uint64(c2)+1000
	dst = append(dst,
		key(mix(fBias, 0)),
		key(mix(fWord, w.word)),
		key(mix(fSuf, w.suf[0])),
		key(mix(fSuf, w.suf[1])),
		key(mix(fSuf, w.suf[2])),
		key(mix(fSuf, w.suf[3])),
		key(mix(fPre, w.pre[0])),
		key(mix(fPre, w.pre[1])),
		key(mix(fPre, w.pre[2])),
		key(mix(fShape, w.shape)),
		key(mix(fFlags, w.flags)),
		key(mix(fPrev, t1)),
		key(mix(fPrev2, t2)),
		key(mix(mix(fPrevPrev2, t1), t2)),
		key(mix(mix(fPrevWord, t1), w.word)),
		key(mix(fWordM1, m1.word)),
		key(mix(fWordM2, m2.word)),
		key(mix(fWordP1, p1.word)),
		key(mix(fWordP2, p2.word)),
		key(mix(fSuf3M1, m1.suf[2])),
		key(mix(fSuf3P1, p1.suf[2])),
		key(mix(fShapeM1, m1.shape)),
		key(mix(fShapeP1, p1.shape)),
		key(mix(fAmb, w.amb)),
		key(mix(fAmbP1, p1.amb)),
		key(mix(fAmbP2, p2.amb)),
		key(mix(mix(fAmbAmbP1, w.amb), p1.amb)),
		key(mix(mix(fPrevAmb, t1), w.amb)),
		key(mix(mix(fWordWordP1, w.word), p1.word)),
		key(mix(mix(fWordM1Word, m1.word), w.word)),
		key(mix(mix(fPrevWordP1, t1), p1.word)),
		key(mix(mix(fPrevSuf3, t1), w.suf[2])),
		key(mix(mix(fAmbM1AmbP1, m1.amb), p1.amb)),
		key(mix(mix(fPrevShape, t1), w.shape)),
		key(mix(mix(fWordAmbP1, w.word), p1.amb)),
		key(mix(mix(fWordSuf3P1, w.word), p1.suf[2])),
		key(mix(mix(fWordM2WordM1, m2.word), m1.word)),
		key(mix(mix(fPrev2Word, t2), w.word)),
		key(mix(mix(fFlagsWord, w.flags), w.word)),
		key(mix(mix(fShapeSuf3, w.shape), w.suf[2])),
	)
	return dst
}
