package parse

import (
	"context"
	"fmt"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// stage parses every sentence of a document.
type stage struct{ m *Model }

// NewStage returns the pipeline stage "parse", which fills Token.Head (a
// document-level token index, -1 for the root of each sentence) and
// Token.Dep for the tokens of every sentence, reading each token's text and
// its POS and Tag. Tokens outside every sentence are left unparsed
// (Head -1, Dep empty).
func NewStage(m *Model) pipeline.Stage { return stage{m} }

func (stage) Name() string { return "parse" }

func (stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerTokens, doc.LayerSentences, doc.LayerPOS}
}

func (stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerDeps} }

func (s stage) Process(ctx context.Context, d *doc.Document) error {
	var words, upos, xpos, deps []string
	var heads []int
	for i, sent := range d.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("parse: %w", err)
			}
		}
		lo, hi := int(sent.TokenStart), int(sent.TokenEnd)
		if lo < 0 || hi > len(d.Tokens) || lo >= hi {
			continue
		}
		toks := d.Tokens[lo:hi]
		words, upos, xpos = words[:0], upos[:0], xpos[:0]
		for _, t := range toks {
			w := ""
			if t.Start >= 0 && t.Start <= t.End && int(t.End) <= len(d.Text) {
				w = d.Slice(t.Span)
			}
			words = append(words, w)
			upos = append(upos, t.POS)
			xpos = append(xpos, t.Tag)
		}
		n := len(toks)
		heads = append(heads[:0], make([]int, n)...)
		deps = append(deps[:0], make([]string, n)...)
		s.m.Parse(words, upos, xpos, heads, deps)
		for j := range toks {
			if heads[j] == 0 {
				toks[j].Head = -1
			} else {
				toks[j].Head = int32(lo + heads[j] - 1)
			}
			toks[j].Dep = deps[j]
		}
	}
	return nil
}
