package text

import (
	"context"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// Segment tokenizes s and splits it into sentences. Spans are byte offsets
// into s; sentences cover the tokens in order, each token in exactly one
// sentence; every token has Head -1. The result passes Document.Validate
// for valid UTF-8 input. Invalid UTF-8 does not panic: each invalid byte
// becomes a token of its own.
func Segment(s string) (tokens []doc.Token, sentences []doc.Sentence) {
	tokens = Tokenize(s, make([]doc.Token, 0, len(s)/5+1))
	sentences = Split(s, tokens, make([]doc.Sentence, 0, len(tokens)/20+1))
	tokens = splitFinalPeriods(s, tokens, sentences)
	return tokens, sentences
}

// NewStage returns the pipeline stage "text", which fills Document.Tokens
// and Document.Sentences from Document.Text. It keeps no state, so one
// stage serves every worker.
func NewStage() pipeline.Stage {
	return pipeline.StageFunc{
		StageName: "text",
		Needs:     []doc.Layer{doc.LayerText},
		Adds:      []doc.Layer{doc.LayerTokens, doc.LayerSentences},
		Func: func(ctx context.Context, d *doc.Document) error {
			d.Tokens, d.Sentences = Segment(d.Text)
			return nil
		},
	}
}

// Words returns the sentences of s as their words' text, as Segment
// splits them. Trainers that learn from unlabelled text (the tagger's word
// clusters) take it so that they see the words the pipeline will give them.
func Words(s string) [][]string {
	toks, sents := Segment(s)
	out := make([][]string, 0, len(sents))
	for _, se := range sents {
		words := make([]string, 0, se.TokenEnd-se.TokenStart)
		for _, t := range toks[se.TokenStart:se.TokenEnd] {
			words = append(words, s[t.Start:t.End])
		}
		if len(words) > 0 {
			out = append(out, words)
		}
	}
	return out
}
