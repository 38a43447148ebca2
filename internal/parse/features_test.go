package parse

import (
	"bytes"
	"context"
	"maps"
	"path/filepath"
	"slices"
	"testing"
)

// Shapes separate the cases the tagger most often confuses (a capitalised
// common noun against a name, a number against a word) and ignore length.
func TestWordShape(t *testing.T) {
	same := [][2]string{{"Paris", "London"}, {"cat", "houses"}, {"1999", "42"}, {"NATO", "UN"}, {"well-known", "so-called"}, {",", "."}}
	for _, p := range same {
		if wordShape(p[0]) != wordShape(p[1]) {
			t.Errorf("wordShape(%q) != wordShape(%q)", p[0], p[1])
		}
	}
	diff := [][2]string{{"Paris", "paris"}, {"NATO", "Nato"}, {"1999", "1999s"}, {"well-known", "wellknown"}, {",", "a"}, {"3-2", "32"}}
	for _, p := range diff {
		if wordShape(p[0]) == wordShape(p[1]) {
			t.Errorf("wordShape(%q) == wordShape(%q)", p[0], p[1])
		}
	}
}

// Suffix atoms tie words with a common ending and nothing else.
func TestSuffixAtoms(t *testing.T) {
	var a sentAtoms
	words := []string{"Walking", "talking", "walked", "go"}
	a.prepare(words, words, words, nil)
	if a.x[1] != a.x[2] {
		t.Error("walking and talking should share the suffix atom")
	}
	if a.x[1] == a.x[3] || a.x[4] == a.x[1] {
		t.Error("different endings share a suffix atom")
	}
	if a.x[4] == a.x[0] || a.x[4] == a.x[5] {
		t.Error("a word's suffix atom equals a sentinel")
	}
}

// A model with shape features says so in its file, so that Load gives it
// back the features it was trained with: the reloaded model parses the
// same, and its bytes are stable.
func TestShapeModelRoundTrip(t *testing.T) {
	m, err := Train(context.Background(), []string{filepath.Join("testdata", "tiny_train.conllu")}, "",
		TrainOptions{Epochs: 5, Seed: 1, MinWeight: -1, ShapeFeatures: true})
	if err != nil {
		t.Fatal(err)
	}
	data := saved(t, m)
	if plain := saved(t, trainTiny(t, 1)); bytes.Equal(data, plain) {
		t.Fatal("shape features changed nothing in the model")
	}
	l, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if !l.shape {
		t.Fatal("the loaded model lost its shape features")
	}
	if again := saved(t, l); !bytes.Equal(data, again) {
		t.Error("Save(Load(Save(m))) differs from Save(m)")
	}
	sents, _ := readTiny(t, "tiny_train.conllu")
	for _, s := range sents {
		h1, d1 := parseSentence(m, s.words, s.upos, s.xpos)
		h2, d2 := parseSentence(l, s.words, s.upos, s.xpos)
		if !slices.Equal(h1, h2) || !slices.Equal(d1, d2) {
			t.Errorf("%v: loaded model parses %v %v, trained one %v %v", s.words, h2, d2, h1, d1)
		}
	}
}

// A model with clusters keeps them through Save and Load, parses the same
// after, and its clusters are the same on every training run.
func TestClusterModelRoundTrip(t *testing.T) {
	train := func() *Model {
		m, err := Train(context.Background(), []string{filepath.Join("testdata", "tiny_train.conllu")}, "",
			TrainOptions{Epochs: 5, Seed: 1, MinWeight: -1, Clusters: 4})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m := train()
	if len(m.clus) == 0 || !m.shape {
		t.Fatalf("a model trained with clusters has %d clusters, shape features %v", len(m.clus), m.shape)
	}
	data := saved(t, m)
	if again := saved(t, train()); !bytes.Equal(data, again) {
		t.Error("two trainings with clusters give different bytes")
	}
	l, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(l.clus, m.clus) {
		t.Fatal("the loaded model's clusters differ")
	}
	if again := saved(t, l); !bytes.Equal(data, again) {
		t.Error("Save(Load(Save(m))) differs from Save(m)")
	}
	sents, _ := readTiny(t, "tiny_train.conllu")
	for _, s := range sents {
		h1, d1 := parseSentence(m, s.words, s.upos, s.xpos)
		h2, d2 := parseSentence(l, s.words, s.upos, s.xpos)
		if !slices.Equal(h1, h2) || !slices.Equal(d1, d2) {
			t.Errorf("%v: loaded model parses %v %v, trained one %v %v", s.words, h2, d2, h1, d1)
		}
	}
}
