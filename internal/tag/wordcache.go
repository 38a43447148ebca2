package tag

import "chronicle/internal/model/hashkey"

// maxCachedWords bounds the words a worker's cache remembers; it forgets
// them all when a sentence would take it past the bound. An entry is its
// wordInfo (144 bytes) and, for a word the fast path does not take, one
// score per class (468 bytes for the shipped model's 117): about 4 MB in
// all. News repeats its words within an article and across articles, so
// most tokens find their word here.
const maxCachedWords = 6144

// wordCache remembers what describe computes for a word and the summed
// weights of the bias and of the word's own features (selfFeatures), so
// that a word met again costs one map lookup and a copy instead of a
// description and twenty table lookups. The key is the normalised form
// and one byte for the two other things those depend on: whether the
// word starts its sentence and the sentence-case bucket.
type wordCache struct {
	index  map[string]int32 // key → entry
	info   []wordInfo       // per entry
	self   []int32          // per entry: offset of its summed scores in scores, -1 on the fast path
	scores []int32
	key    []byte
}

// prepare is lexicon.prepare for inference: it fills s for a sentence of
// words from the word cache, and sets s.self to the offset of each word's
// summed scores in s.cache.scores (-1 for words on the fast path).
func (m *Model) prepare(s *scratch, words []string) {
	n := len(words)
	s.reset(words)
	c := &s.cache
	if c.index == nil || len(c.info)+n > maxCachedWords {
		c.index = make(map[string]int32, min(maxCachedWords, 1024))
		c.info, c.self, c.scores = c.info[:0], c.self[:0], c.scores[:0]
	}
	if cap(s.self) < n {
		s.self = make([]int32, n)
	}
	s.self = s.self[:n]
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
			e = m.addCached(s, norm, s.buf[sp[2]:sp[3]], i == 0, scase)
			c.index[string(c.key)] = e
		}
		s.info[i+pad] = c.info[e]
		s.self[i] = c.self[e]
	}
}

// addCached describes a word new to the cache and, unless the fast path
// takes it, sums the weights of the bias and its own features.
func (m *Model) addCached(s *scratch, norm, low []byte, first bool, scase uint64) int32 {
	c := &s.cache
	e := int32(len(c.info))
	c.info = append(c.info, wordInfo{})
	wi := &c.info[e]
	m.lex.describe(wi, norm, low, first)
	wi.scase = scase
	if wi.dict != noClass {
		c.self = append(c.self, -1)
		return e
	}
	vn := m.scoreLen()
	sc := &s.scores
	copy(sc[:vn], m.bias[:vn])
	s.feats = selfFeatures(s.feats[:0], wi)
	for _, k := range s.feats {
		m.wt.add(sc, k)
	}
	c.self = append(c.self, int32(len(c.scores)))
	c.scores = append(c.scores, sc[:vn]...)
	return e
}

// scoreLen is the length of the part of a score array the model fills:
// its classes, or with two passes, up to the second pass's last class.
func (m *Model) scoreLen() int {
	if m.twoPass {
		return pass2Class + len(m.upos)
	}
	return len(m.upos)
}
