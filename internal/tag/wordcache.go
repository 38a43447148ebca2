package tag

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"chronicle/internal/model/hashkey"
)

// maxCachedWords bounds the words a worker's cache remembers; it forgets
// all but its most common words (see forget) when a sentence would take
// it past the bound. A word is its
// wordInfo (144 bytes) and a few offsets; of the first maxSummedWords met
// twice, also one int32 score per class for its own features (468 bytes
// for the shipped model's 117 classes) and, for each of the four places
// it can have among a word's neighbours, its scores packed three to a
// uint64 (312 bytes a place, see lanes.go): about 5.5 MB in all. News repeats its words within an article and
// across articles, so most tokens find their word here, and most of those
// its sums.
const (
	maxCachedWords = 8192
	maxSummedWords = 2048
)

// wordCache remembers what describe computes for a word and, once the
// word is met a second time, the summed weights of the bias and of the
// word's own features (selfFeatures) and per role the summed weights of
// the features it gives its neighbours (roleFeatures). A word met again
// then costs one map lookup and a few additions of score vectors instead
// of a description and thirty-six table lookups; a word met once costs
// what it did without the cache, not more. The key is the normalised form
// and one byte for the two other things the word's own features depend
// on: whether it starts its sentence and the sentence-case bucket. Entries
// 0 and 1 are the sentinels before and after a sentence.
type wordCache struct {
	index  map[string]int32 // key → entry
	info   []wordInfo       // per entry
	seen   []bool           // per entry: met more than once
	self   []int32          // per entry: offset of its summed scores in scores, or -1
	scores []int32
	// Per entry and role, the offset of the role's summed scores in
	// roleScores, or -1 when not summed or a sum does not fit in an int16;
	// the sums are packed three to a word (see lanes.go).
	roles      [][numRoles]int32
	roleScores []uint64
	summed     int // entries with sums
	// Per entry, the lemma last found for it and its class + 1 (0: none).
	// Lemmas depend on the normalised form and the class only.
	lemma    []string
	lemClass []uint8
	key      []byte
	// The lengths of a row of scores and of a row of roleScores.
	selfLen, roleLen int
	// Per pair of previous classes (c1<<8 | c2), the offset in prevRows
	// of the packed sum of the first prevFeatures tag features on them,
	// -1 until summed, -2 when a sum does not fit in an int16 (prevRow).
	prevAt   []int32
	prevRows []uint64
}

// Entries of the sentinels in every cache.
const (
	startEntry = 0
	endEntry   = 1
)

// prepare is lexicon.prepare for inference: it fills s for a sentence of
// words from the word cache, and sets s.ent to the cache entry of each
// padded position.
func (m *Model) prepare(s *scratch, words []string) {
	n := len(words)
	s.reset(words)
	c := &s.cache
	switch {
	case c.index == nil:
		c.index = make(map[string]int32, min(maxCachedWords, 1024))
		c.selfLen, c.roleLen = m.scoreLen(), m.wt.dw
		m.sum(s, m.addEntry(s, startInfo))
		m.sum(s, m.addEntry(s, endInfo))
	case len(c.info)+n > maxCachedWords:
		c.forget()
	}
	if cap(s.ent) < n+2*pad {
		s.ent = make([]int32, n+2*pad)
	}
	s.ent = s.ent[:n+2*pad]
	s.ent[0], s.ent[1] = startEntry, startEntry
	s.ent[n+pad], s.ent[n+pad+1] = endEntry, endEntry
	bucket := sentenceCaseBucket(words)
	scase := hashkey.Mix(36, bucket)
	for i := range n {
		sp := s.spans[i]
		norm := s.buf[sp[0]:sp[1]]
		ctx := byte(bucket << 1)
		if i == 0 {
			ctx |= 1
		}
		c.key = append(append(c.key[:0], norm...), ctx)
		e, ok := c.index[string(c.key)]
		if !ok {
			var wi wordInfo
			m.lex.describe(&wi, norm, s.buf[sp[2]:sp[3]], i == 0)
			wi.scase = scase
			e = m.addEntry(s, wi)
			c.index[string(c.key)] = e
		} else if !c.seen[e] {
			c.seen[e] = true
			if c.summed < maxSummedWords {
				m.sum(s, e)
			}
		}
		s.info[i+pad] = c.info[e]
		s.ent[i+pad] = e
	}
}

// maxKeptWords is how many summed words forget keeps, besides the
// sentinels: at most half of maxSummedWords, so that words met often
// later are summed too.
const maxKeptWords = maxSummedWords / 2

// forget empties the cache but for the sentinels and the first
// maxKeptWords words with sums: those met first and again are mostly the
// words of every article ("the", "said", "."), which would otherwise be
// described and summed again, some thirty table lookups each, after every
// few dozen articles. The entries kept move to the front, in order, and
// their sums too, in the order they were summed (not the entries'), each
// to an offset at or below its old one.
func (c *wordCache) forget() {
	kept := make([]int32, len(c.info)) // per old entry, its new one + 1; 0 when dropped
	var moves []rowMove
	n, words := int32(0), 0
	for e := range c.info {
		summed := c.self[e] >= 0 || c.roles[e] != noRoles
		if e > endEntry && (!summed || words == maxKeptWords) {
			continue
		}
		if e > endEntry {
			words++
		}
		c.info[n], c.seen[n], c.lemma[n], c.lemClass[n] = c.info[e], c.seen[e], c.lemma[e], c.lemClass[e]
		c.self[n], c.roles[n] = c.self[e], c.roles[e]
		if off := c.self[n]; off >= 0 {
			moves = append(moves, rowMove{off: off, entry: n, role: -1})
		}
		for r, off := range c.roles[n] {
			if off >= 0 {
				moves = append(moves, rowMove{off: off, entry: n, role: int8(r)})
			}
		}
		kept[e] = n + 1
		n++
	}
	slices.SortFunc(moves, func(a, b rowMove) int { return cmp.Compare(a.off, b.off) })
	nScores, nRoles := 0, 0
	for _, mv := range moves {
		off := int(mv.off)
		if mv.role < 0 {
			c.self[mv.entry] = int32(nScores)
			nScores += copy(c.scores[nScores:], c.scores[off:off+c.selfLen])
		} else {
			c.roles[mv.entry][mv.role] = int32(nRoles)
			nRoles += copy(c.roleScores[nRoles:], c.roleScores[off:off+c.roleLen])
		}
	}
	for k, e := range c.index {
		if kept[e] == 0 {
			delete(c.index, k)
		} else {
			c.index[k] = kept[e] - 1
		}
	}
	clear(c.lemma[n:]) // the dropped lemmas are not kept alive
	c.info, c.seen, c.self, c.roles = c.info[:n], c.seen[:n], c.self[:n], c.roles[:n]
	c.lemma, c.lemClass = c.lemma[:n], c.lemClass[:n]
	c.scores, c.roleScores = c.scores[:nScores], c.roleScores[:nRoles]
	c.summed = int(n)
}

// rowMove is a row of summed scores that forget moves: entry's own scores
// (role -1) or those it gives as role, now at off.
type rowMove struct {
	off   int32
	entry int32
	role  int8
}

// noRoles is the roles of an entry with no sums.
var noRoles = [numRoles]int32{-1, -1, -1, -1}

// addEntry adds the word wi to the cache, without sums.
func (m *Model) addEntry(s *scratch, wi wordInfo) int32 {
	c := &s.cache
	c.info = append(c.info, wi)
	c.seen = append(c.seen, false)
	c.self = append(c.self, -1)
	c.roles = append(c.roles, noRoles)
	c.lemma, c.lemClass = append(c.lemma, ""), append(c.lemClass, 0)
	return int32(len(c.info) - 1)
}

// sum sums the scores of entry e: those of the bias and its own features
// unless the fast path takes it (or it is a sentinel), and those it gives
// its neighbours.
func (m *Model) sum(s *scratch, e int32) {
	c := &s.cache
	c.summed++
	wi := &c.info[e]
	vn := m.scoreLen()
	sc := &s.scores
	acc := &s.acc
	acc.init(m.wt.dw)
	if wi.dict == noClass {
		copy(sc[:vn], m.bias[:vn])
		s.feats = selfFeatures(s.feats[:0], wi)
		m.wt.addAllNow(sc, acc, s.feats)
		c.self[e] = int32(len(c.scores))
		c.scores = append(c.scores, sc[:vn]...)
	}
	for r := range numRoles {
		clear(sc[:vn])
		s.feats = roleFeatures(s.feats[:0], wi, r)
		m.wt.addAllNow(sc, acc, s.feats)
		if fitsInt16(sc[:vn]) {
			c.roles[e][r] = int32(len(c.roleScores))
			c.roleScores = packLanes(c.roleScores, sc[:], vn)
		}
	}
}

// addSelf sets sc to the scores of the bias and the own features of the
// word of cache entry e.
func (m *Model) addSelf(s *scratch, sc *[256]int32, e int32) {
	c := &s.cache
	vn := m.scoreLen()
	if off := int(c.self[e]); off >= 0 {
		copy(sc[:vn], c.scores[off:off+vn])
		return
	}
	copy(sc[:vn], m.bias[:vn])
	s.feats = selfFeatures(s.feats[:0], &c.info[e])
	m.wt.addAll(sc, &s.acc, s.feats)
}

// addRoles adds to the scores of the word at position p of the padded
// sentence what the words around it give, in their four roles: the
// packed sums of the cache to s.acc, which the caller flushes to sc.
func (m *Model) addRoles(s *scratch, sc *[256]int32, p int) {
	c := &s.cache
	nw := m.wt.dw
	for r, q := range [numRoles]int{roleM1: p - 1, roleM2: p - 2, roleP1: p + 1, roleP2: p + 2} {
		e := s.ent[q]
		off := int(c.roles[e][r])
		if off < 0 {
			s.feats = roleFeatures(s.feats[:0], &c.info[e], r)
			m.wt.addAll(sc, &s.acc, s.feats)
			continue
		}
		s.acc.add(c.roleScores[off:off+nw:off+nw], sc)
	}
}

// lemma returns the lemma of word i of the sentence in s, of class c.
func (m *Model) lemma(s *scratch, words []string, i int, c uint8) string {
	cc := &s.cache
	e := s.ent[i+pad]
	if cc.lemClass[e] == c+1 {
		return cc.lemma[e]
	}
	sp := s.spans[i]
	lem := m.lem.lemma(s, words[i], s.buf[sp[0]:sp[1]], s.buf[sp[2]:sp[3]], m.xpos[c])
	// A copy, for lem may be the caller's word: the cache must not keep
	// the caller's text alive.
	cc.lemma[e], cc.lemClass[e] = strings.Clone(lem), c+1
	return lem
}

// scoreLen is the length of the part of a score array the model fills:
// its classes, or with two passes, up to the second pass's last class.
func (m *Model) scoreLen() int {
	if m.twoPass {
		return pass2Class + len(m.upos)
	}
	return len(m.upos)
}

// prevRow returns the packed summed weights of the features on the
// previous classes alone, the first prevFeatures of keys (tagFeatures on
// c1 and c2), or nil when they do not fit in packed lanes. The sum is
// worked out at the pair's first use and kept: a few hundred pairs of
// tags make up nearly every token of news, and one packed row then
// stands for three table lookups, cache misses mostly, and their rows.
// Integer sums in any order are the same, so the scores are too
// (TestWordCacheSameClasses).
func (m *Model) prevRow(s *scratch, c1, c2 uint8, keys []uint32) []uint64 {
	c := &s.cache
	if c.prevAt == nil {
		c.prevAt = make([]int32, 1<<16)
		for i := range c.prevAt {
			c.prevAt[i] = -1
		}
	}
	k := int(c1)<<8 | int(c2)
	off := c.prevAt[k]
	if off == -1 {
		off = -2
		vn := m.scoreLen()
		sc := &s.pscores
		clear(sc[:vn])
		s.pacc.init(m.wt.dw)
		m.wt.addAllNow(sc, &s.pacc, keys[:prevFeatures])
		if fitsInt16(sc[:vn]) {
			off = int32(len(c.prevRows))
			c.prevRows = packLanes(c.prevRows, sc[:], vn)
		}
		c.prevAt[k] = off
	}
	if off < 0 {
		return nil
	}
	nw := m.wt.dw
	return c.prevRows[off : int(off)+nw : int(off)+nw]
}

// fitsInt16 reports whether every score fits the int16 lanes packLanes
// packs: a sum that does not is scored from the table each time instead.
func fitsInt16(scores []int32) bool {
	for _, v := range scores {
		if v < math.MinInt16 || v > math.MaxInt16 {
			return false
		}
	}
	return true
}
