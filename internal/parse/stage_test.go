package parse

import (
	"context"
	"slices"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

func TestStageHeadsAreDocumentIndices(t *testing.T) {
	m := sharedTiny(t)
	words := []string{"The", "minister", "resigned", ".", "Rain", "fell", "on", "the", "city", "."}
	upos := []string{"DET", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"}
	xpos := []string{"DT", "NN", "VBD", ".", "NN", "VBD", "IN", "DT", "NN", "."}
	d := docOf("The minister resigned. Rain fell on the city.", words, upos, xpos)
	if len(d.Sentences) != 2 {
		t.Fatalf("%d sentences; want 2", len(d.Sentences))
	}
	st := NewStage(m)
	if st.Name() != "parse" || !slices.Contains(st.Provides(), doc.LayerDeps) || !slices.Contains(st.Requires(), doc.LayerPOS) {
		t.Errorf("stage declares %s %v → %v", st.Name(), st.Requires(), st.Provides())
	}
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	for i, tk := range d.Tokens {
		lo, hi := int32(0), int32(4)
		if i >= 4 {
			lo, hi = 4, 10
		}
		if tk.Head != -1 && (tk.Head < lo || tk.Head >= hi) {
			t.Errorf("token %d (%s): head %d outside its sentence [%d,%d)", i, words[i], tk.Head, lo, hi)
		}
		if tk.Dep == "" {
			t.Errorf("token %d (%s) has no relation", i, words[i])
		}
	}
	if d.Tokens[2].Head != -1 || d.Tokens[5].Head != -1 {
		t.Errorf("roots: %+v %+v; want resigned and fell with head -1", d.Tokens[2], d.Tokens[5])
	}
}

func TestStageInPipelineNeedsPOS(t *testing.T) {
	tokens := pipeline.StageFunc{StageName: "text", Adds: []doc.Layer{doc.LayerTokens, doc.LayerSentences}}
	if _, err := pipeline.New(tokens, NewStage(sharedTiny(t))); err == nil {
		t.Error("a pipeline without a tagger before the parser was accepted")
	}
}

func TestStageHonoursCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := docOf("a b", []string{"a", "b"}, []string{"X", "X"}, []string{"X", "X"})
	if err := NewStage(sharedTiny(t)).Process(ctx, d); err == nil {
		t.Error("Process on a cancelled context returned nil")
	}
}
