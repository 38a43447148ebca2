package ner

import (
	"fmt"
	"sync"
)

// Model is a trained NER model. It is read-only after Load or Train and
// safe for concurrent use.
type Model struct {
	tab      table
	trans    [numLabels + 1][numLabels]float32
	features int // number of feature keys with weights
	gaz      *gazetteer
	clus     map[uint64]uint16 // word clusters (see clusters.go); shared by both passes
	first    *Model            // the first pass of a two-pass model; nil for one pass
	pool     sync.Pool         // *runner

	// What Save writes: sorted keys and their quantised rows.
	scale float32
	qkeys []uint32
	qrows []int16
}

func (m *Model) addScores(keys []uint32, out *[numLabels]float32) { m.tab.add(keys, out) }
func (m *Model) transitions() *[numLabels + 1][numLabels]float32  { return &m.trans }

// Features returns the number of feature keys that carry weights, over
// both passes of a two-pass model.
func (m *Model) Features() int {
	if m.first != nil {
		return m.features + m.first.Features()
	}
	return m.features
}

func (m *Model) getRunner() *runner {
	if r, ok := m.pool.Get().(*runner); ok {
		return r
	}
	r := newRunner(m.gaz, m.clus)
	r.owner = m
	return r
}

// Chunks tags one article, given as sentences of words, and returns the
// entities of each sentence as token ranges. Sentences are tagged in order
// so that what was found earlier in the article informs what comes later.
func (m *Model) Chunks(sents [][]string) [][]Chunk {
	labels := make([][]uint8, len(sents))
	buf := make([]uint8, 0, 64)
	for i, s := range sents {
		if cap(buf)-len(buf) < len(s) {
			buf = make([]uint8, 0, max(256, len(s)))
		}
		labels[i] = buf[len(buf) : len(buf)+len(s)]
		buf = buf[:len(buf)+len(s)]
	}
	r := m.getRunner()
	r.prepare(sents)
	if m.first != nil {
		r.decode(m.first, sents, labels, nil, nil)
		r.maj = r.majorityCodes(labels, r.maj)
		r.decode(m, sents, labels, r.maj, nil)
	} else {
		r.decode(m, sents, labels, nil, nil)
	}
	m.pool.Put(r)
	// The sentences share backing arrays rather than one allocation each.
	out := make([][]Chunk, len(sents))
	var all []Chunk
	for i := range sents {
		n := len(all)
		all = appendChunksBILOU(all, labels[i])
		if len(all) > n {
			out[i] = all[n:len(all):len(all)]
		}
	}
	return out
}

// Tag tags one article and returns IOB2 tags (B-PER, I-PER, ..., O) for
// every word of every sentence.
func (m *Model) Tag(sents [][]string) [][]string {
	chunks := m.Chunks(sents)
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = iob2FromChunks(len(s), chunks[i])
	}
	return out
}

func (m *Model) String() string {
	return fmt.Sprintf("ner.Model{features: %d}", m.features)
}
