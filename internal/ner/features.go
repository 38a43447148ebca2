package ner

import "chronicle/internal/model/hashkey"

// tokInfo is what the features need of one token, computed once per
// article: hashes of its forms and parts, and its capitalisation.
type tokInfo struct {
	hLow, hRaw       uint64
	hShape, hShort   uint64
	pre, suf         [4]uint64 // hashes of the 1..4-byte prefixes and suffixes of low; 0 when too short
	capClass         uint8
	sentInit         bool // first word token of its sentence
	hyphen, period   bool
	digit, lenBucket uint8
	cluster          uint16 // 0 when the word has none
	low              int32  // index of the lowercased form in the runner (see runner.lows)
	surname          bool   // capitalised with a common surname ending
	nb               nbKeys // set with cluster
}

// nbKeys are the parts of the context features that depend on one word:
// the keys, or the first steps of the hashes, of the features of the
// tokens around it. They are computed once per word (runner.lookup)
// rather than at every token that has it as neighbour.
type nbKeys struct {
	// Keys of the features of the token after (M1), two after (M2),
	// before (P1) and two before (P2) the word.
	lowM1, lowP1, lowM2, lowP2, shortM1, shortP1, clusM1, clusP1 uint32
	// Hashes of the template and this word, to be continued with the
	// token after it (fBiM1, fShortTri, fLowM1Short, fClusBi) or, as the
	// token itself, with the one after (fBiP1, fShortLowP1).
	biM1, shortTri, lowM1Short, clusBi, biP1, shortLowP1 uint64
}

func makeNbKeys(low, short, clus uint64) nbKeys {
	return nbKeys{
		lowM1: f1(fLowM1, low), lowP1: f1(fLowP1, low), lowM2: f1(fLowM2, low), lowP2: f1(fLowP2, low),
		shortM1: f1(fShortM1, short), shortP1: f1(fShortP1, short),
		clusM1: f1(fClusM1, clus), clusP1: f1(fClusP1, clus),
		biM1:       hashkey.Mix(fBiM1, low),
		shortTri:   hashkey.Mix(fShortTri, short),
		lowM1Short: hashkey.Mix(fLowM1Short, low),
		clusBi:     hashkey.Mix(fClusBi, clus),
		biP1:       hashkey.Mix(fBiP1, low),
		shortLowP1: hashkey.Mix(fShortLowP1, short),
	}
}

// setNbKeys fills t.nb; t's hashes and cluster must be set.
func setNbKeys(t *tokInfo) { t.nb = makeNbKeys(t.hLow, t.hShort, uint64(t.cluster)) }

// boundaryClus is the cluster of the words before the start and after the end.
const boundaryClus = 0xffff

// nbStart and nbEnd stand for the words before the start and after the end.
var (
	nbStart = makeNbKeys(hStart, hStart, boundaryClus)
	nbEnd   = makeNbKeys(hEnd, hEnd, boundaryClus)
)

// Feature templates. The numbers are part of the model: append, never
// renumber.
const (
	fBias = iota + 1
	fLow
	fRaw
	fLowM1
	fLowP1
	fLowM2
	fLowP2
	fBiM1
	fBiP1
	fPre
	fSuf
	fShape
	fShort
	fShortM1
	fShortP1
	fShortTri
	fCap
	fCapTri
	fLen
	fGaz
	fGazM1
	fGazP1
	fHist
	fDocLower
	fDocMidCap
	fDocAfterFirst
	fLowM1Short
	fShortLowP1
	fSentCaps
	fSurname
	fGazTri
	fHistM1
	fHistP1
	fPunctCtx
	fDocAfterTitle
	fDocBeforeOrg
	fMaj
	fMajM1
	fMajP1
	fClus
	fClusCap
	fClusM1
	fClusP1
	fClusBi
)

// surnameEndings are common endings of surnames in news from many
// languages; a word ending so and capitalised is likely a person.
var surnameEndings = []string{
	"ov", "ova", "ev", "eva", "in", "ski", "sky", "ska", "wicz", "enko", "chuk",
	"escu", "idis", "opoulos", "oglu", "son", "sson", "sen", "stein", "berg",
	"mann", "ez", "es", "ini", "elli", "etti", "ucci", "ic", "vic", "ovic", "evic",
	"shvili", "dze", "yan", "ian", "aki", "oto", "ura", "ama", "awa",
}

func hasSurnameEnding(low []byte) bool {
	for _, e := range surnameEndings {
		if len(low) > len(e)+2 && string(low[len(low)-len(e):]) == e {
			return true
		}
	}
	return false
}

// describe fills ti with what the features need of word, except cluster
// and sentInit.
func describe(ti *tokInfo, word string) {
	var buf [64]byte
	norm := normalize(word)
	low := appendLowerNorm(buf[:0], word)
	ti.hLow = hashkey.Bytes(low)
	ti.hRaw = hashkey.String(digitNorm(word))
	long, short, cc := shapes(norm)
	ti.hShape, ti.hShort, ti.capClass = hashkey.String(long), hashkey.String(short), cc
	for k := 1; k <= 4; k++ {
		ti.pre[k-1], ti.suf[k-1] = 0, 0
		if len(low) > k {
			ti.pre[k-1] = hashkey.Bytes(low[:k])
			ti.suf[k-1] = hashkey.Bytes(low[len(low)-k:])
		}
	}
	ti.surname = cc != capLower && cc != capNone && hasSurnameEnding(low)
	ti.hyphen, ti.period, ti.digit = false, false, 0
	digits := 0
	for i := 0; i < len(norm); i++ {
		switch c := norm[i]; {
		case c == '-':
			ti.hyphen = true
		case c == '.':
			ti.period = true
		case '0' <= c && c <= '9':
			digits++
		}
	}
	switch {
	case digits == 0:
	case digits == len(norm):
		ti.digit = 2
	default:
		ti.digit = 1
	}
	n := len(norm)
	switch {
	case n <= 2:
		ti.lenBucket = uint8(n)
	case n <= 4:
		ti.lenBucket = 3
	case n <= 7:
		ti.lenBucket = 4
	default:
		ti.lenBucket = 5
	}
}

// sentCtx is what features need of the sentence and the article around
// a token.
type sentCtx struct {
	info    []tokInfo
	marks   []gazMark
	caps    bool // the sentence is a headline in capitals
	hist    []uint8
	maj     []uint8 // nil in the first pass
	docBits []uint8 // the docSeen bits of each token's lowercased form
}

// Bits of docCtx.words values.
const (
	docSeenLower      = 1 << iota // the word occurs in lower case in the article
	docSeenMidCap                 // it occurs capitalised inside a sentence in normal case
	docSeenAfterFirst             // it occurs right after a first name
	docSeenCap                    // it occurs capitalised anywhere
	docSeenAfterTitle             // it occurs right after a title ("Mr", "President")
	docSeenBeforeOrg              // it occurs right before an organisation word ("Corp", "Party")
)

// histFeature codes what the model said earlier in the article about the
// same word: 0 never seen capitalised before; 1 seen, always O; 2+t mostly
// type t.
func histCode(c *[numTypes + 1]uint16) uint8 {
	best, bestN := -1, uint16(0)
	for t := 0; t < numTypes; t++ {
		if c[t] > bestN {
			best, bestN = t, c[t]
		}
	}
	if best < 0 {
		if c[numTypes] > 0 {
			return 1
		}
		return 0
	}
	return uint8(2 + best)
}

func f1(t int, a uint64) uint32    { return hashkey.Key(hashkey.Mix(uint64(t), a)) }
func f2(t int, a, b uint64) uint32 { return hashkey.Key(hashkey.Mix(hashkey.Mix(uint64(t), a), b)) }
func f3(t int, a, b, c uint64) uint32 {
	return hashkey.Key(hashkey.Mix(hashkey.Mix(hashkey.Mix(uint64(t), a), b), c))
}

// boundary hashes stand for the words before the start and after the end.
var (
	hStart = hashkey.String("<s>")
	hEnd   = hashkey.String("</s>")
)

// features appends the feature keys of token i of the sentence to dst:
// those of the word alone, then those of its context.
func features(dst []uint32, s *sentCtx, i int) []uint32 {
	dst = wordFeatures(dst, &s.info[i])
	dst = wordSentFeatures(dst, &s.info[i], s.caps)
	return contextFeatures(dst, s, i)
}

// wordSentFeatures appends the keys of the features that depend on the
// word form, whether it opens its sentence and whether the sentence is in
// capitals: what can be remembered per word in four variants.
func wordSentFeatures(dst []uint32, t *tokInfo, headline bool) []uint32 {
	caps, init := uint64(0), uint64(0)
	if headline {
		caps = 1
	}
	if t.sentInit {
		init = 1
	}
	return append(dst,
		f2(fShort, t.hShort, caps),
		f3(fCap, uint64(t.capClass), init, caps),
		f1(fSentCaps, caps<<8|uint64(t.capClass)<<4|init),
	)
}

// wordFeatures appends the keys of the features that depend on the word
// form alone (not on its neighbours, sentence or article), so that their
// summed weights can be remembered per word (see runner.prepare).
func wordFeatures(dst []uint32, t *tokInfo) []uint32 {
	clus := uint64(t.cluster)
	dst = append(dst,
		f1(fBias, 0),
		f1(fLow, t.hLow),
		f1(fRaw, t.hRaw),
		f1(fShape, t.hShape),
		f3(fLen, uint64(t.lenBucket), uint64(t.digit), uint64(t.capClass)),
		f1(fClus, clus),
		f2(fClusCap, clus, uint64(t.capClass)),
	)
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			dst = append(dst, f2(fPre, uint64(k), t.pre[k]), f2(fSuf, uint64(k), t.suf[k]))
		}
	}
	if t.surname {
		dst = append(dst, f1(fSurname, uint64(t.capClass)))
	}
	return dst
}

// contextFeatures appends the keys of the features of token i that depend
// on its neighbours, its sentence or its article.
func contextFeatures(dst []uint32, s *sentCtx, i int) []uint32 {
	info := s.info
	t := &info[i]
	lowAt := func(k int) uint64 {
		switch {
		case k < 0:
			return hStart
		case k >= len(info):
			return hEnd
		}
		return info[k].hLow
	}
	shortAt := func(k int) uint64 {
		switch {
		case k < 0:
			return hStart
		case k >= len(info):
			return hEnd
		}
		return info[k].hShort
	}
	capAt := func(k int) uint64 {
		if k < 0 || k >= len(info) {
			return 9
		}
		return uint64(info[k].capClass)
	}
	caps := uint64(0)
	if s.caps {
		caps = 1
	}
	init := uint64(0)
	if t.sentInit {
		init = 1
	}
	m1, m2, p1, p2 := &nbStart, &nbStart, &nbEnd, &nbEnd
	if i > 0 {
		m1 = &info[i-1].nb
	}
	if i > 1 {
		m2 = &info[i-2].nb
	}
	if i+1 < len(info) {
		p1 = &info[i+1].nb
	}
	if i+2 < len(info) {
		p2 = &info[i+2].nb
	}
	lowP1 := lowAt(i + 1)
	dst = append(dst,
		m1.lowM1,
		p1.lowP1,
		m2.lowM2,
		p2.lowP2,
		hashkey.Key(hashkey.Mix(m1.biM1, t.hLow)),
		hashkey.Key(hashkey.Mix(t.nb.biP1, lowP1)),
		m1.shortM1,
		p1.shortP1,
		hashkey.Key(hashkey.Mix(hashkey.Mix(m1.shortTri, t.hShort), shortAt(i+1))),
		f3(fCapTri, capAt(i-1), capAt(i)|caps<<4, capAt(i+1)),
		hashkey.Key(hashkey.Mix(m1.lowM1Short, t.hShort)),
		hashkey.Key(hashkey.Mix(t.nb.shortLowP1, lowP1)),
	)
	// Word clusters.
	dst = append(dst, m1.clusM1, p1.clusP1, hashkey.Key(hashkey.Mix(m1.clusBi, uint64(t.cluster))))
	// Punctuation and brackets around: a name in parentheses after a name
	// is often a country or a club ("Ajax (Netherlands)").
	if i > 0 && i+1 < len(info) && info[i-1].capClass == capNone && info[i+1].capClass == capNone {
		dst = append(dst, f2(fPunctCtx, info[i-1].hLow, info[i+1].hLow))
	}
	// Gazetteers.
	m := &s.marks[i]
	var gazCode uint64
	// Most tokens are in no list: one comparison of the marks as a whole
	// spares them the loops.
	if m.pos != noGaz {
		for c := 0; c < numGaz; c++ {
			if p := m.pos[c]; p != 0 {
				dst = append(dst, f2(fGaz, uint64(c), uint64(p)), f3(fGaz, uint64(c), uint64(p), uint64(t.capClass)))
				gazCode = gazCode*31 + uint64(c+1)
			}
		}
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k < 0 || k >= len(info) || s.marks[k].pos == noGaz {
			continue
		}
		tmpl := fGazM1
		if k > i {
			tmpl = fGazP1
		}
		for c := 0; c < numGaz; c++ {
			if p := s.marks[k].pos[c]; p != 0 {
				dst = append(dst, f2(tmpl, uint64(c), uint64(p)))
			}
		}
	}
	dst = append(dst, f2(fGazTri, gazCode, uint64(t.capClass)))
	// Article context.
	bits := s.docBits[i]
	capc := uint64(t.capClass)
	if bits&docSeenLower != 0 {
		dst = append(dst, f2(fDocLower, capc, init|caps<<1))
	}
	if bits&docSeenMidCap != 0 && (t.sentInit || s.caps) {
		dst = append(dst, f2(fDocMidCap, capc, init|caps<<1))
	}
	if bits&docSeenAfterFirst != 0 {
		dst = append(dst, f1(fDocAfterFirst, capc))
	}
	if bits&docSeenAfterTitle != 0 {
		dst = append(dst, f1(fDocAfterTitle, capc))
	}
	if bits&docSeenBeforeOrg != 0 {
		dst = append(dst, f1(fDocBeforeOrg, capc))
	}
	if s.maj != nil {
		dst = append(dst, f2(fMaj, uint64(s.maj[i]), capc|caps<<4))
		if i > 0 {
			dst = append(dst, f1(fMajM1, uint64(s.maj[i-1])))
		}
		if i+1 < len(info) {
			dst = append(dst, f1(fMajP1, uint64(s.maj[i+1])))
		}
	}
	dst = append(dst, f2(fHist, uint64(s.hist[i]), capc))
	if i > 0 {
		dst = append(dst, f1(fHistM1, uint64(s.hist[i-1])))
	}
	if i+1 < len(info) {
		dst = append(dst, f1(fHistP1, uint64(s.hist[i+1])))
	}
	return dst
}
