package ner

import (
	"context"
	"fmt"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// NewStage returns the pipeline stage "ner": it reads the tokens and
// sentences layers and sets Document.Entities (byte spans from the first
// token's start to the last token's end, Label PER, ORG, LOC or MISC,
// Actor -1; the actor stage links them later). The whole article is tagged
// at once so that its earlier sentences inform later ones. m is shared
// read-only by every worker.
func NewStage(m *Model) pipeline.Stage {
	return pipeline.StageFunc{
		StageName: "ner",
		Needs:     []doc.Layer{doc.LayerTokens, doc.LayerSentences},
		Adds:      []doc.Layer{doc.LayerEntities},
		Func: func(ctx context.Context, d *doc.Document) error {
			if m == nil {
				return fmt.Errorf("ner: no model")
			}
			d.Entities = Entities(m, d)
			return nil
		},
	}
}

// Entities tags the sentences of d with m and returns the entities, in
// text order, without changing d. Sentences whose token range is out of
// bounds are skipped.
func Entities(m *Model, d *doc.Document) []doc.Entity {
	sents := make([][]string, 0, len(d.Sentences))
	firsts := make([]int, 0, len(d.Sentences))
	words := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		if t.Start >= 0 && t.Start <= t.End && int(t.End) <= len(d.Text) {
			words[i] = d.Text[t.Start:t.End]
		}
	}
	for _, s := range d.Sentences {
		if s.TokenStart < 0 || s.TokenStart >= s.TokenEnd || int(s.TokenEnd) > len(d.Tokens) {
			continue
		}
		sents = append(sents, words[s.TokenStart:s.TokenEnd])
		firsts = append(firsts, int(s.TokenStart))
	}
	var out []doc.Entity
	for i, chunks := range m.Chunks(sents) {
		for _, c := range chunks {
			a, b := d.Tokens[firsts[i]+c.Start], d.Tokens[firsts[i]+c.End-1]
			out = append(out, doc.Entity{Span: doc.Span{Start: a.Start, End: b.End}, Label: c.Type, Actor: -1})
		}
	}
	return out
}
