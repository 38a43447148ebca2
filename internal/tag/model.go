package tag

import (
	"strings"
	"sync"
)

// Model is a trained tagger and lemmatiser. It is read-only once built or
// loaded, and safe for concurrent use by many goroutines.
type Model struct {
	upos, xpos []string // per class
	lex        lexicon
	wt         *weights
	lem        lemmatizer
	pool       sync.Pool // *scratch
}

// Classes returns the number of joint XPOS|UPOS labels the model predicts.
func (m *Model) Classes() int { return len(m.upos) }

// newModel assembles a model from its parts; classes are "XPOS|UPOS".
func newModel(classes []string, lex lexicon, wt *weights, lem lemmatizer) *Model {
	m := &Model{lex: lex, wt: wt, lem: lem}
	for _, c := range classes {
		x, u, _ := strings.Cut(c, "|")
		m.xpos = append(m.xpos, x)
		m.upos = append(m.upos, u)
	}
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
			sp := s.spans[i]
			lemmas[i] = m.lem.lemma(s, words[i], s.buf[sp[0]:sp[1]], s.buf[sp[2]:sp[3]], m.xpos[c])
		}
	}
	m.pool.Put(s)
}

// predict fills s.class greedily from left to right.
func (m *Model) predict(s *scratch, words []string) {
	m.lex.prepare(s, words)
	n := len(m.upos)
	c1, c2 := uint8(noClass), uint8(noClass)
	for i := range words {
		c := s.info[i+pad].dict
		if c == noClass {
			s.feats = features(s.feats[:0], s.info, i, c1, c2)
			sc := &s.scores
			clear(sc[:n])
			for _, k := range s.feats {
				m.wt.add(sc, k)
			}
			best := int32(-1 << 31)
			for j, v := range sc[:n] {
				if v > best {
					best, c = v, uint8(j)
				}
			}
		}
		s.class[i] = c
		c2, c1 = c1, c
	}
}
