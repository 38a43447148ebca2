package coref

import (
	"bytes"
	"os"
	"testing"

	"chronicle/internal/eval"
	"chronicle/internal/pipeline"
	"chronicle/internal/testutil"
)

// TestGUMDev scores the quote pipeline with and without the stage on GUM
// dev's coreference: the stage must link more pronouns and not lower the
// CoNLL F1.
func TestGUMDev(t *testing.T) {
	split := "dev"
	if s := os.Getenv("COREF_SPLIT"); s != "" {
		split = s // a development aid: tune on train
	}
	dir := testutil.SharedData(t, "coref", "gum", split)
	base, err := eval.QuotePipeline(true)
	if err != nil {
		t.Fatal(err)
	}
	with, err := pipeline.New(append(base.Stages(), NewStage())...)
	if err != nil {
		t.Fatal(err)
	}
	var before, after bytes.Buffer
	mb, err := eval.Coref(t.Context(), base, dir, &before, "")
	if err != nil {
		t.Fatal(err)
	}
	ma, err := eval.Coref(t.Context(), with, dir, &after, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("without the stage:\n%s\nwith it:\n%s", before.String(), after.String())
	if ma["pronoun_recall"] <= mb["pronoun_recall"] || ma["conll_f1"] < mb["conll_f1"] {
		t.Errorf("pronoun recall %.4f → %.4f, CoNLL F1 %.4f → %.4f", mb["pronoun_recall"], ma["pronoun_recall"], mb["conll_f1"], ma["conll_f1"])
	}
}
