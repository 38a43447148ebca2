package tag

import (
	"context"
	"sync"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// stage is the pipeline step that tags every sentence of a document.
type stage struct {
	m    *Model
	bufs sync.Pool // *stageBuffers
}

type stageBuffers struct {
	words, upos, xpos, lemmas []string
}

// NewStage returns the "tag" stage: it requires tokens and sentences and
// fills Token.POS, Token.Tag and Token.Lemma of every token that lies in a
// sentence (providing doc.LayerPOS). It is safe for concurrent use.
func NewStage(m *Model) pipeline.Stage {
	s := &stage{m: m}
	s.bufs.New = func() any { return new(stageBuffers) }
	return s
}

func (s *stage) Name() string { return "tag" }

func (s *stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerTokens, doc.LayerSentences} }

func (s *stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerPOS} }

// Process tags d sentence by sentence. It checks ctx once per document:
// tagging a document takes well under a millisecond.
func (s *stage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b := s.bufs.Get().(*stageBuffers)
	defer s.bufs.Put(b)
	for _, sent := range d.Sentences {
		lo, hi := int(sent.TokenStart), int(sent.TokenEnd)
		if lo < 0 || hi > len(d.Tokens) || lo >= hi {
			continue
		}
		toks := d.Tokens[lo:hi]
		n := len(toks)
		b.words = grow(b.words, n)
		b.upos, b.xpos, b.lemmas = grow(b.upos, n), grow(b.xpos, n), grow(b.lemmas, n)
		for i, t := range toks {
			b.words[i] = d.Text[t.Start:t.End]
		}
		s.m.Tag(b.words, b.upos, b.xpos, b.lemmas)
		for i := range toks {
			toks[i].POS, toks[i].Tag, toks[i].Lemma = b.upos[i], b.xpos[i], b.lemmas[i]
		}
	}
	clear(b.words) // do not keep the document's text alive in the pool
	clear(b.lemmas)
	return nil
}

// grow returns s resliced to length n, reallocating only when too small.
func grow(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}
