package tag

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/model/hashkey"
)

// noClass stands for the tag of a position before the sentence start.
const noClass = 255

// lexicon is what feature extraction knows about whole words from the
// training data: the fast-path tag of frequent unambiguous words, and the
// ambiguity class (the set of tags a word was seen with) of frequent words.
// Both are keyed by the normalised form; the lower-cased form is the
// fallback, so a sentence-initial "The" finds "the".
type lexicon struct {
	dict   map[string]uint8  // word → class, for near-unambiguous frequent words
	amb    map[string]uint16 // word → ambiguity class id (1-based)
	clus   map[uint64]uint16 // fnv(lower-cased word) → cluster id (1-based)
	coarse map[uint64]uint16 // the same for a coarser clustering

	// What describe reads, built from the maps above by index so that a
	// word costs one lookup per table instead of two to four.
	words  map[string]uint32 // word → dict class+1 (low byte, 0: none) | ambiguity id<<8
	wclass map[uint64]uint32 // word hash → cluster | coarse cluster<<16
}

// index builds the lookup tables describe reads. It must be called once
// the dictionary, ambiguity classes and clusters are final.
func (lx *lexicon) index() {
	lx.words = make(map[string]uint32, len(lx.amb)+len(lx.dict))
	for w, c := range lx.dict {
		lx.words[w] |= uint32(c) + 1
	}
	for w, a := range lx.amb {
		lx.words[w] |= uint32(a) << 8
	}
	lx.wclass = make(map[uint64]uint32, len(lx.clus))
	for h, c := range lx.clus {
		lx.wclass[h] |= uint32(c)
	}
	for h, c := range lx.coarse {
		lx.wclass[h] |= uint32(c) << 16
	}
}

// wordInfo holds the hashes of one position's word parts, computed once
// per sentence so that each feature is a single mix.
type wordInfo struct {
	word  uint64
	suf   [5]uint64 // last 1..5 runes of the lower-cased word
	pre   [3]uint64 // first 1..3 runes
	shape uint64
	flags uint64
	amb   uint64 // 0 when the word has no ambiguity class
	clus  uint64 // hash of the word's cluster (of cluster 0 when it has none)
	cclus uint64 // hash of the word's coarse cluster
	hyph  uint64 // hash of the part after the last hyphen, 0 when none
	hclus uint64 // hash of that part's cluster, 0 when none
	scase uint64 // hash of how capitalised the whole sentence is
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
	first  []uint8    // first-pass class per word (two-pass models)
	saved  []int32    // second-pass scores of the shared features, per scored word
	feats  []uint32
	scores [256]int32
	acc    laneAcc // the packed rows added to scores (lanes.go)
	key    []byte  // lemma lookup key
	// The scores and rows of prevRow's sums, apart from those of the
	// word being scored.
	pscores [256]int32
	pacc    laneAcc

	cache wordCache // inference only: see Model.prepare
	ent   []int32   // per padded position, its word's entry in cache
}

var (
	startInfo = sentinelInfo("<s>")
	endInfo   = sentinelInfo("</s>")
)

func sentinelInfo(s string) wordInfo {
	h := hashkey.String(s)
	wi := wordInfo{word: h, shape: h, flags: h, amb: h, clus: h, cclus: h, scase: h, dict: noClass}
	for k := range wi.suf {
		wi.suf[k] = h
	}
	for k := range wi.pre {
		wi.pre[k] = h
	}
	return wi
}

// prepare fills s for a sentence of words. (Model.prepare does the same
// through its word cache.)
func (lx *lexicon) prepare(s *scratch, words []string) {
	n := len(words)
	s.reset(words)
	sc := sentenceCase(words)
	for i := range n {
		s.info[i+pad].scase = sc
	}
	for i := range n {
		sp := s.spans[i]
		lx.describe(&s.info[i+pad], s.buf[sp[0]:sp[1]], s.buf[sp[2]:sp[3]], i == 0)
	}
}

// reset sizes s for a sentence of words: their normalised and lower-cased
// bytes, the sentinels around them, room for their classes.
func (s *scratch) reset(words []string) {
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
	if cap(s.class) < n {
		s.class = make([]uint8, n)
	}
	s.class = s.class[:n]
}

// describe computes the hashes of one word given its normalised and
// lower-cased bytes.
func (lx *lexicon) describe(wi *wordInfo, norm, low []byte, first bool) {
	wi.word = hashkey.Bytes(low)
	wc := lx.wclass[wi.word]
	wi.clus = hashkey.Mix(31, uint64(wc&0xffff))
	wi.cclus = hashkey.Mix(37, uint64(wc>>16))
	wi.hyph, wi.hclus = 0, 0
	if j := bytes.LastIndexByte(low, '-'); j > 0 && j < len(low)-1 {
		t := hashkey.Bytes(low[j+1:])
		wi.hyph = hashkey.Mix(32, t)
		if c := lx.wclass[t] & 0xffff; c != 0 {
			wi.hclus = hashkey.Mix(33, uint64(c))
		}
	}
	// Suffixes: walk back over runes, hashing growing tails.
	end := len(low)
	start := end
	for k := range wi.suf {
		if start > 0 {
			_, size := utf8.DecodeLastRune(low[:start])
			start -= size
		}
		wi.suf[k] = hashkey.Mix(uint64(k+1), hashkey.Bytes(low[start:end]))
	}
	stop := 0
	for k := range wi.pre {
		if stop < len(low) {
			_, size := utf8.DecodeRune(low[stop:])
			stop += size
		}
		wi.pre[k] = hashkey.Mix(uint64(k+11), hashkey.Bytes(low[:stop]))
	}
	wi.shape, wi.flags = shapeOf(norm, first)
	// The normalised form first; the lower-cased one (a different word
	// only when norm has capitals) gives the ambiguity class, and the
	// fast-path class at the sentence start.
	wi.dict, wi.amb = noClass, 0
	e := lx.words[string(norm)]
	if e&0xff != 0 {
		wi.dict = uint8(e&0xff) - 1
	}
	if e>>8 != 0 {
		wi.amb = hashkey.Mix(99, uint64(e>>8))
	}
	if (wi.dict == noClass && first || wi.amb == 0) && !bytes.Equal(norm, low) {
		e := lx.words[string(low)]
		if e&0xff != 0 && wi.dict == noClass && first {
			wi.dict = uint8(e&0xff) - 1
		}
		if e>>8 != 0 && wi.amb == 0 {
			wi.amb = hashkey.Mix(98, uint64(e>>8))
		}
	}
}

// sentenceCase tells how many of the sentence's words that begin with a
// letter begin with a capital: headlines and titles ("Service Charge
// Policy") capitalise common nouns, so a capital there says less about a
// proper noun than in running text. The buckets: under a third, under
// two thirds, more, and every letter upper case.
func sentenceCase(words []string) uint64 {
	return hashkey.Mix(36, sentenceCaseBucket(words))
}

// sentenceCaseBucket is the bucket whose hash sentenceCase returns: 0 when
// no word begins with a letter, then 1 to 4 as described there.
func sentenceCaseBucket(words []string) uint64 {
	letters, caps, allUpper := 0, 0, true
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			caps++
		}
		for _, c := range w {
			if unicode.IsLower(c) {
				allUpper = false
				break
			}
		}
	}
	b := uint64(0)
	switch {
	case letters == 0:
		b = 0
	case allUpper && letters > 1:
		b = 4
	case 3*caps < letters:
		b = 1
	case 3*caps < 2*letters:
		b = 2
	default:
		b = 3
	}
	return b
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
	h := uint64(hashkey.Offset)
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
		h *= hashkey.Prime
	}
	if allUpper && len(w) > 1 {
		flags |= flagAllUpper
	}
	if first {
		flags |= flagFirst
	}
	return hashkey.Mix(21, h), hashkey.Mix(22, flags)
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
	fSuf5
	fClus
	fClusM1
	fClusP1
	fClusP2
	fClusM2
	fPrevClus
	fClusClusP1
	fClusM1Clus
	fPrevClusP1
	fHyph
	fHClus
	fSentCaseFlags
	fSentCaseAmb
	fSentCaseWord
	fCClus
	fCClusM1
	fCClusP1
	fCClusM1P1
)

// Templates of the second pass's features on the first pass's tags.
const (
	fR0 = iota + 200
	fR1
	fR2
	fR1R2
	fPrevR1
	fWordR1
	fR0R1
	fPrevR0
	fSuf3R1
	fM1R0
	fR0ClusP1
)

// pass2Templates is added to the template number of every feature on the
// tags already predicted, so the two passes' weights for them never share
// a key: the second pass sees its own left context, not the first's.
const pass2Templates = 1 << 10

// staticFeatures appends the keys of the features of position i (0-based
// word index) that do not depend on predicted tags. Both passes share
// them, so one table lookup serves both. The bias comes first, then the
// features of the word alone, then those of its neighbours: Model.predict
// takes the first two groups summed from its word cache.
func staticFeatures(dst []uint32, info []wordInfo, i int) []uint32 {
	dst = append(dst, hashkey.Key(hashkey.Mix(fBias, 0)))
	dst = selfFeatures(dst, &info[i+pad])
	return contextFeatures(dst, info, i)
}

// selfFeatures appends the keys of the features that depend only on the
// word itself: its form, whether it starts the sentence and how
// capitalised its sentence is (all three key the word cache).
func selfFeatures(dst []uint32, w *wordInfo) []uint32 {
	dst = append(dst,
		hashkey.Key(hashkey.Mix(fWord, w.word)),
		hashkey.Key(hashkey.Mix(fSuf, w.suf[0])),
		hashkey.Key(hashkey.Mix(fSuf, w.suf[1])),
		hashkey.Key(hashkey.Mix(fSuf, w.suf[2])),
		hashkey.Key(hashkey.Mix(fSuf, w.suf[3])),
		hashkey.Key(hashkey.Mix(fPre, w.pre[0])),
		hashkey.Key(hashkey.Mix(fPre, w.pre[1])),
		hashkey.Key(hashkey.Mix(fPre, w.pre[2])),
		hashkey.Key(hashkey.Mix(fShape, w.shape)),
		hashkey.Key(hashkey.Mix(fFlags, w.flags)),
		hashkey.Key(hashkey.Mix(fAmb, w.amb)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fFlagsWord, w.flags), w.word)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fShapeSuf3, w.shape), w.suf[2])),
		hashkey.Key(hashkey.Mix(fSuf5, w.suf[4])),
		hashkey.Key(hashkey.Mix(fClus, w.clus)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fSentCaseFlags, w.scase), w.flags)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fSentCaseAmb, w.scase), w.amb)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fSentCaseWord, w.scase), w.word)),
		hashkey.Key(hashkey.Mix(fCClus, w.cclus)),
	)
	if w.hyph != 0 {
		dst = append(dst, hashkey.Key(hashkey.Mix(fHyph, w.hyph)))
		if w.hclus != 0 {
			dst = append(dst, hashkey.Key(hashkey.Mix(fHClus, w.hclus)))
		}
	}
	return dst
}

// contextFeatures appends the keys of the tag-independent features of
// position i that involve the words around it: those each neighbour gives
// alone (roleFeatures), then the pairs.
func contextFeatures(dst []uint32, info []wordInfo, i int) []uint32 {
	p := i + pad
	dst = roleFeatures(dst, &info[p-1], roleM1)
	dst = roleFeatures(dst, &info[p-2], roleM2)
	dst = roleFeatures(dst, &info[p+1], roleP1)
	dst = roleFeatures(dst, &info[p+2], roleP2)
	return pairFeatures(dst, info, i)
}

// The places of a word relative to the word whose features it is in.
const (
	roleM1 = iota // the word before
	roleM2        // two before
	roleP1        // the word after
	roleP2        // two after
	numRoles
)

// roleFeatures appends the keys of the features that the word w alone
// gives the word it stands in role to. They depend on w's form only, so
// the word cache sums them once per word and role.
func roleFeatures(dst []uint32, w *wordInfo, role int) []uint32 {
	switch role {
	case roleM1:
		return append(dst,
			hashkey.Key(hashkey.Mix(fWordM1, w.word)),
			hashkey.Key(hashkey.Mix(fSuf3M1, w.suf[2])),
			hashkey.Key(hashkey.Mix(fShapeM1, w.shape)),
			hashkey.Key(hashkey.Mix(fClusM1, w.clus)),
			hashkey.Key(hashkey.Mix(fCClusM1, w.cclus)),
		)
	case roleM2:
		return append(dst,
			hashkey.Key(hashkey.Mix(fWordM2, w.word)),
			hashkey.Key(hashkey.Mix(fClusM2, w.clus)),
		)
	case roleP1:
		return append(dst,
			hashkey.Key(hashkey.Mix(fWordP1, w.word)),
			hashkey.Key(hashkey.Mix(fSuf3P1, w.suf[2])),
			hashkey.Key(hashkey.Mix(fShapeP1, w.shape)),
			hashkey.Key(hashkey.Mix(fAmbP1, w.amb)),
			hashkey.Key(hashkey.Mix(fClusP1, w.clus)),
			hashkey.Key(hashkey.Mix(fCClusP1, w.cclus)),
		)
	default:
		return append(dst,
			hashkey.Key(hashkey.Mix(fWordP2, w.word)),
			hashkey.Key(hashkey.Mix(fAmbP2, w.amb)),
			hashkey.Key(hashkey.Mix(fClusP2, w.clus)),
		)
	}
}

// pairFeatures appends the keys of the tag-independent features of
// position i that combine two words.
func pairFeatures(dst []uint32, info []wordInfo, i int) []uint32 {
	p := i + pad
	w, m1, m2, p1 := &info[p], &info[p-1], &info[p-2], &info[p+1]
	return append(dst,
		hashkey.Key(hashkey.Mix(hashkey.Mix(fAmbAmbP1, w.amb), p1.amb)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fWordWordP1, w.word), p1.word)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fWordM1Word, m1.word), w.word)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fAmbM1AmbP1, m1.amb), p1.amb)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fWordAmbP1, w.word), p1.amb)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fWordSuf3P1, w.word), p1.suf[2])),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fWordM2WordM1, m2.word), m1.word)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fClusClusP1, w.clus), p1.clus)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fClusM1Clus, m1.clus), w.clus)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fCClusM1P1, m1.cclus), p1.cclus)),
	)
}

// prevFeatures is the number of tagFeatures' first keys that depend on
// the classes c1 and c2 alone, not on the words (see Model.prevRow).
const prevFeatures = 3

// tagFeatures appends the keys of the features of position i on the
// classes c1 and c2 predicted for the two words before it; base is 0 in
// the first pass and pass2Templates in the second. The first
// prevFeatures keys depend on c1 and c2 only.
func tagFeatures(dst []uint32, info []wordInfo, i int, c1, c2 uint8, base uint64) []uint32 {
	p := i + pad
	w, p1 := &info[p], &info[p+1]
	t1, t2 := uint64(c1)+1000, uint64(c2)+1000
	return append(dst,
		hashkey.Key(hashkey.Mix(base+fPrev, t1)),
		hashkey.Key(hashkey.Mix(base+fPrev2, t2)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrevPrev2, t1), t2)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrevWord, t1), w.word)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrevAmb, t1), w.amb)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrevWordP1, t1), p1.word)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrevSuf3, t1), w.suf[2])),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrevShape, t1), w.shape)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrev2Word, t2), w.word)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrevClus, t1), w.clus)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(base+fPrevClusP1, t1), p1.clus)),
	)
}

// secondFeatures appends the second pass's features on the first pass's
// classes of the whole sentence (first, one per word): its guess for this
// word and for the two after it, which the left-to-right first pass could
// not see.
func secondFeatures(dst []uint32, info []wordInfo, first []uint8, i int, c1 uint8) []uint32 {
	p := i + pad
	w, m1, p1 := &info[p], &info[p-1], &info[p+1]
	at := func(j int) uint64 {
		if j < len(first) {
			return uint64(first[j]) + 2000
		}
		return 1999
	}
	r0, r1, r2 := at(i), at(i+1), at(i+2)
	t1 := uint64(c1) + 1000
	return append(dst,
		hashkey.Key(hashkey.Mix(fR0, r0)),
		hashkey.Key(hashkey.Mix(fR1, r1)),
		hashkey.Key(hashkey.Mix(fR2, r2)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fR1R2, r1), r2)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fPrevR1, t1), r1)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fWordR1, w.word), r1)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fR0R1, r0), r1)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fPrevR0, t1), r0)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fSuf3R1, w.suf[2]), r1)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fM1R0, m1.word), r0)),
		hashkey.Key(hashkey.Mix(hashkey.Mix(fR0ClusP1, r0), p1.clus)),
	)
}

// features appends all first-pass feature keys of position i.
func features(dst []uint32, info []wordInfo, i int, c1, c2 uint8) []uint32 {
	return tagFeatures(staticFeatures(dst, info, i), info, i, c1, c2, 0)
}

// features2 appends all second-pass feature keys of position i.
func features2(dst []uint32, info []wordInfo, first []uint8, i int, c1, c2 uint8) []uint32 {
	dst = tagFeatures(staticFeatures(dst, info, i), info, i, c1, c2, pass2Templates)
	return secondFeatures(dst, info, first, i, c1)
}
