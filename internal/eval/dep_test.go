package eval

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"chronicle/internal/conllu"
	"chronicle/internal/parse"
)

// depTinyModel trains a parser on the scorer's own tiny gold file, so that
// the test depends on no shipped model.
func depTinyModel(t *testing.T) *parse.Model {
	t.Helper()
	m, err := parse.Train(context.Background(), []string{"testdata/dep_tiny.conllu"}, "", parse.TrainOptions{Epochs: 8, Seed: 1, MinWeight: -1})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// upperTagger is a stand-in tagger that marks every word as a noun.
type upperTagger struct{}

func (upperTagger) Tag(words []string, upos, xpos, lemmas []string) {
	for i := range words {
		upos[i], xpos[i] = "NOUN", "NN"
	}
}

func TestDepReportAndPredictions(t *testing.T) {
	m := depTinyModel(t)
	pred := filepath.Join(t.TempDir(), "pred.conllu")
	var out bytes.Buffer
	res, err := DepTagged(context.Background(), m, nil, "testdata/dep_tiny.conllu", &out, pred)
	if err != nil {
		t.Fatal(err)
	}
	if res["n"] != 17 {
		t.Errorf("n = %v; want 17 syntactic words", res["n"])
	}
	if res["uas"] < 0.9 || res["las"] < res["las_full"] || res["uas"] < res["las"] {
		t.Errorf("implausible scores on the training data: %v", res)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	last := lines[len(lines)-1]
	if !regexp.MustCompile(`^task=dep label_acc=\d\.\d{4} las=\d\.\d{4} las_full=\d\.\d{4} n=17 uas=\d\.\d{4}$`).MatchString(last) {
		t.Errorf("last line = %q", last)
	}
	if !strings.Contains(out.String(), "pos=gold") {
		t.Errorf("report does not say the POS source:\n%s", out.String())
	}
	// The predictions file is the gold file with four columns replaced: it
	// reads back with the same words, and scoring it against itself is
	// perfect.
	got, err := conllu.ReadFile(pred)
	if err != nil {
		t.Fatal(err)
	}
	gold, _ := conllu.ReadFile("testdata/dep_tiny.conllu")
	if len(got) != len(gold) || len(got[1].Tokens) != len(gold[1].Tokens) {
		t.Fatalf("predictions file has %d sentences; want %d with the multiword token kept", len(got), len(gold))
	}
	self, err := DepTagged(context.Background(), m, nil, pred, &bytes.Buffer{}, "")
	if err != nil {
		t.Fatal(err)
	}
	if self["uas"] != 1 || self["las_full"] != 1 {
		t.Errorf("the predictions scored against themselves: %v; want 1", self)
	}
}

func TestDepTaggedSaysPredicted(t *testing.T) {
	m := depTinyModel(t)
	var out bytes.Buffer
	if _, err := DepTagged(context.Background(), m, upperTagger{}, "testdata/dep_tiny.conllu", &out, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "pos=predicted") {
		t.Errorf("report does not say pos=predicted:\n%s", out.String())
	}
}

func TestDepMissingFile(t *testing.T) {
	m := depTinyModel(t)
	if _, err := Dep(context.Background(), m, filepath.Join(t.TempDir(), "none.conllu"), &bytes.Buffer{}, ""); err == nil || !strings.HasPrefix(err.Error(), "eval: dep:") {
		t.Errorf("err = %v; want an eval: dep: error", err)
	}
}

// Dep scores on the shipped tagger's tags, or says that it fell back to
// the gold ones.
func TestDepNamesItsTags(t *testing.T) {
	var out bytes.Buffer
	if _, err := Dep(context.Background(), depTinyModel(t), "testdata/dep_tiny.conllu", &out, ""); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`pos=(predicted|gold)`).MatchString(out.String()) {
		t.Errorf("report does not name its POS tags:\n%s", out.String())
	}
}
