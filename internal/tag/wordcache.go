package tag

import (
	"math"
	"strings"

	"chronicle/internal/model/hashkey"
)

// maxCachedWords bounds the words a worker's cache remembers; it forgets
// them all when a sentence would take it past the bound. A word is its
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
	if c.index == nil || len(c.info)+n > maxCachedWords {
		c.index = make(map[string]int32, min(maxCachedWords, 1024))
		c.info, c.self, c.scores = c.info[:0], c.self[:0], c.scores[:0]
		c.roles, c.roleScores = c.roles[:0], c.roleScores[:0]
		c.seen, c.summed = c.seen[:0], 0
		clear(c.lemma)
		c.lemma, c.lemClass = c.lemma[:0], c.lemClass[:0]
		m.sum(s, m.addEntry(s, startInfo))
		m.sum(s, m.addEntry(s, endInfo))
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

// addEntry adds the word wi to the cache, without sums.
func (m *Model) addEntry(s *scratch, wi wordInfo) int32 {
	c := &s.cache
	c.info = append(c.info, wi)
	c.seen = append(c.seen, false)
	c.self = append(c.self, -1)
	c.roles = append(c.roles, [numRoles]int32{-1, -1, -1, -1})
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
		fits := true
		for _, v := range sc[:vn] {
			if v < math.MinInt16 || v > math.MaxInt16 {
				fits = false
				break
			}
		}
		if fits {
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
