package quote_test

import (
	"testing"

	"chronicle/internal/quote"
)

// TestInvertedSubjectMisparse sets by hand a parse the parser gives for
// some inverted cues: the speaker after "said" read as its clausal
// complement. The quotation before the cue must still be attributed.
func TestInvertedSubjectMisparse(t *testing.T) {
	d := analyze(t, surfacePipeline(t), "“It is unlikely given the storm,” said Mona Berg, a Liberal from Bergen.")
	// “ It is unlikely given the storm , ” said Mona Berg , a Liberal from Bergen .
	tags := []struct {
		pos  string
		head int32
		dep  string
	}{
		{"PUNCT", 3, "punct"}, {"PRON", 3, "expl"}, {"AUX", 3, "cop"}, {"ADJ", -1, "root"},
		{"VERB", 3, "xcomp"}, {"DET", 6, "det"}, {"NOUN", 9, "ccomp"}, {"PUNCT", 6, "punct"},
		{"PUNCT", 6, "punct"}, {"VERB", 3, "advcl"}, {"PROPN", 11, "compound"}, {"PROPN", 9, "ccomp"},
		{"PUNCT", 14, "punct"}, {"DET", 14, "det"}, {"PROPN", 11, "appos"}, {"ADP", 16, "case"},
		{"PROPN", 14, "nmod"}, {"PUNCT", 3, "punct"},
	}
	if len(d.Tokens) != len(tags) {
		t.Fatalf("%d tokens, want %d", len(d.Tokens), len(tags))
	}
	for i, g := range tags {
		d.Tokens[i].POS, d.Tokens[i].Head, d.Tokens[i].Dep = g.pos, g.head, g.dep
	}
	qs := quote.Find(quote.NewStage(), d)
	for _, q := range qs {
		if d.Slice(q.Span) == "It is unlikely given the storm," && q.Cue != nil && d.Slice(*q.Cue) == "said" {
			return
		}
	}
	d.Quotes = qs
	t.Errorf("quotation not attributed to its cue: %s", dump(d))
}
