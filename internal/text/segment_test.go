package text

import (
	"context"
	"slices"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

func TestStage(t *testing.T) {
	st := NewStage()
	if st.Name() != "text" {
		t.Errorf("Name() = %q; want text", st.Name())
	}
	if !slices.Contains(st.Provides(), doc.LayerTokens) || !slices.Contains(st.Provides(), doc.LayerSentences) {
		t.Errorf("Provides() = %v; want tokens and sentences", st.Provides())
	}
	p, err := pipeline.New(st)
	if err != nil {
		t.Fatalf("pipeline.New: %v", err)
	}
	d := &doc.Document{Text: "Spain's top diplomat spoke. He left."}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 || len(d.Tokens) != 9 {
		t.Errorf("got %d sentences, %d tokens; want 2, 9", len(d.Sentences), len(d.Tokens))
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
}
