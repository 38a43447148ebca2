package tag

import (
	"strings"
	"sync"

	"chronicle/internal/model/hashkey"
)

// Model is a trained tagger and lemmatiser. It is read-only once built or
// loaded, and safe for concurrent use by many goroutines.
type Model struct {
	upos, xpos []string // per class
	lex        lexicon
	wt         *weights // both passes: first-pass classes c, second-pass c+pass2Class
	twoPass    bool
	bias       [256]int32 // weights of the bias feature, the start of every score
	lem        lemmatizer
	pool       sync.Pool // *scratch
}

// pass2Class is added to a class to name the second pass's weights for it
// in the shared weight table, so one lookup of a feature both passes use
// fills both halves of the score array.
const pass2Class = 128

// Classes returns the number of joint XPOS|UPOS labels the model predicts.
func (m *Model) Classes() int { return len(m.upos) }

// newModel assembles a model from its parts; classes are "XPOS|UPOS".
func newModel(classes []string, lex lexicon, wt *weights, twoPass bool, lem lemmatizer) *Model {
	m := &Model{lex: lex, wt: wt, twoPass: twoPass, lem: lem}
	for _, c := range classes {
		x, u, _ := strings.Cut(c, "|")
		m.xpos = append(m.xpos, x)
		m.upos = append(m.upos, u)
	}
	m.wt.add(&m.bias, hashkey.Key(hashkey.Mix(fBias, 0)))
	// Packed rows as long as the role sums of the word cache, so that both
	// add up in one laneAcc.
	m.wt.makeDense(laneWords(m.scoreLen()))
	m.pool.New = func() any { return new(scratch) }
	return m
}

// Tag tags one sentence of words (gold or tokenizer tokens) and writes the
// universal tag, the Penn Treebank tag and the lemma of words[i] into
// upos[i], xpos[i] and lemmas[i]. Any of the three output slices may be nil
// when not wanted; otherwise each must be at least len(words) long.
func (m *Model) Tag(words []string, upos, xpos, lemmas []string) {
	if len(words) == 0 {
		return
	}
	s := m.pool.Get().(*scratch)
	m.predict(s, words)
	for i, c := range s.class {
		if upos != nil {
			upos[i] = m.upos[c]
		}
		if xpos != nil {
			xpos[i] = m.xpos[c]
		}
		if lemmas != nil {
			lemmas[i] = m.lemma(s, words, i, c)
		}
	}
	m.pool.Put(s)
}

// predict fills s.class: greedily from left to right, and when the model
// has two passes, then again from left to right with the first pass's
// classes of the following words as features. The second pass reuses the
// scores of the features the passes share, saved per word by the first.
func (m *Model) predict(s *scratch, words []string) {
	m.prepare(s, words)
	n := len(m.upos)
	if m.twoPass {
		s.saved = s.saved[:0]
	}
	sc := &s.scores
	acc := &s.acc
	acc.init(m.wt.dw)
	c1, c2 := uint8(noClass), uint8(noClass)
	for i := range words {
		c := s.info[i+pad].dict
		if c == noClass {
			// The bias and the word's own features, and what each
			// neighbour alone gives, summed once per word by the
			// cache; then the pairs of words. The packed rows among
			// them are unpacked once, before the argmax.
			p := i + pad
			m.addSelf(s, sc, s.ent[p])
			m.addRoles(s, sc, p)
			s.feats = pairFeatures(s.feats[:0], s.info, i)
			m.wt.addAll(sc, acc, s.feats)
			if m.twoPass {
				acc.flush(sc)
				s.saved = append(s.saved, sc[pass2Class:pass2Class+n]...)
			}
			s.feats = tagFeatures(s.feats[:0], s.info, i, c1, c2, 0)
			keys := s.feats
			if !m.twoPass {
				if row := m.prevRow(s, c1, c2, keys); row != nil {
					acc.add(row, sc)
					keys = keys[prevFeatures:]
				}
			}
			m.wt.addAll(sc, acc, keys)
			c = acc.flushArgmax(sc, n)
		}
		s.class[i] = c
		c2, c1 = c1, c
	}
	if !m.twoPass {
		return
	}
	s.first = append(s.first[:0], s.class...)
	c1, c2 = noClass, noClass
	j := 0
	for i := range words {
		c := s.info[i+pad].dict
		if c == noClass {
			copy(sc[pass2Class:pass2Class+n], s.saved[j*n:(j+1)*n])
			j++
			s.feats = tagFeatures(s.feats[:0], s.info, i, c1, c2, pass2Templates)
			s.feats = secondFeatures(s.feats, s.info, s.first, i, c1)
			m.wt.addAllNow(sc, acc, s.feats)
			c = argmax(sc[pass2Class : pass2Class+n])
		}
		s.class[i] = c
		c2, c1 = c1, c
	}
}

// argmax returns the index of the highest score, the lowest on ties.
func argmax(sc []int32) uint8 {
	best, c := int32(-1<<31), 0
	for j, v := range sc {
		if v > best {
			best, c = v, j
		}
	}
	return uint8(c)
}
