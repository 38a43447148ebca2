package tag

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/model/hashkey"
)

func TestSentenceCase(t *testing.T) {
	for _, c := range []struct {
		sentence string
		bucket   uint64
	}{
		{"the cat sat on the mat .", 1},
		{"Maria visited Paris on Monday .", 2},
		{"Service Charge Policy", 3},
		{"NO REFUNDS AFTER 30 DAYS", 4},
		{"12 , 13 .", 0},
	} {
		if got := sentenceCase(strings.Fields(c.sentence)); got != hashkey.Mix(36, c.bucket) {
			t.Errorf("sentenceCase(%q) is not bucket %d", c.sentence, c.bucket)
		}
	}
}

func TestHyphenFeatures(t *testing.T) {
	lx := lexicon{clus: map[uint64]uint16{hashkey.String("based"): 7}}
	lx.index()
	var wi wordInfo
	lx.describe(&wi, []byte("Web-based"), []byte("web-based"), false)
	if wi.hyph != hashkey.Mix(32, hashkey.String("based")) || wi.hclus != hashkey.Mix(33, 7) {
		t.Errorf("web-based: hyphen part or its cluster not found")
	}
	lx.describe(&wi, []byte("-"), []byte("-"), false)
	if wi.hyph != 0 || wi.hclus != 0 {
		t.Errorf("a lone hyphen has a hyphen part")
	}
}

// TestTwoPass trains the optional two-pass tagger on the tiny treebank:
// it must be deterministic, survive Save and Load, and tag the training
// sentence it has seen.
func TestTwoPass(t *testing.T) {
	train := func() *Model {
		m, err := Train(context.Background(), []string{tinyTrain}, tinyTrain, TrainOptions{Epochs: 5, Seed: 2, TwoPass: true})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m := train()
	if !m.twoPass {
		t.Fatal("TwoPass gave a one-pass model")
	}
	data := saved(t, m)
	if again := saved(t, train()); !bytes.Equal(data, again) {
		t.Fatal("two trainings with the same seed gave different bytes")
	}
	m2, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Maria", "visited", "Paris", "on", "Monday", "."}
	x1, x2 := make([]string, len(words)), make([]string, len(words))
	m.Tag(words, nil, x1, nil)
	m2.Tag(words, nil, x2, nil)
	if !slices.Equal(x1, x2) {
		t.Errorf("before save %q, after load %q", x1, x2)
	}
	if want := []string{"NNP", "VBD", "NNP", "IN", "NNP", "."}; !slices.Equal(x1, want) {
		t.Errorf("Tag(%q) = %q; want %q", words, x1, want)
	}
}
