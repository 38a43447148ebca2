package tag

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
)

var tinyTrain = filepath.Join("testdata", "tiny.conllu")

// trainTiny trains on the hand-written tiny treebank.
func trainTiny(t testing.TB, seed uint64) *Model {
	t.Helper()
	m, err := Train(context.Background(), []string{tinyTrain}, tinyTrain, TrainOptions{Epochs: 5, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// saved returns the bytes Save writes for m.
func saved(t testing.TB, m *Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestTrainIsDeterministic(t *testing.T) {
	a, b := saved(t, trainTiny(t, 7)), saved(t, trainTiny(t, 7))
	if !bytes.Equal(a, b) {
		t.Fatalf("two trainings with the same seed gave different bytes (%d vs %d)", len(a), len(b))
	}
}

func TestTrainLearnsTinySet(t *testing.T) {
	m := trainTiny(t, 1)
	words := []string{"The", "cat", "sat", "on", "the", "mat", "."}
	xpos := make([]string, len(words))
	m.Tag(words, nil, xpos, nil)
	want := []string{"DT", "NN", "VBD", "IN", "DT", "NN", "."}
	if !slices.Equal(xpos, want) {
		t.Errorf("Tag(%q) = %q; want %q", words, xpos, want)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := trainTiny(t, 3)
	data := saved(t, m)
	m2, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if again := saved(t, m2); !bytes.Equal(data, again) {
		t.Error("Save(Load(Save(m))) differs from Save(m)")
	}
	for _, words := range [][]string{
		{"Dogs", "sat", "on", "Paris", "."},
		{"She", "’s", "reading", "“", "books", "”", "quickly"},
		{"Unseenword", "flurbed", "the", "glorps", "."},
	} {
		n := len(words)
		u1, x1, l1 := make([]string, n), make([]string, n), make([]string, n)
		u2, x2, l2 := make([]string, n), make([]string, n), make([]string, n)
		m.Tag(words, u1, x1, l1)
		m2.Tag(words, u2, x2, l2)
		if !slices.Equal(u1, u2) || !slices.Equal(x1, x2) || !slices.Equal(l1, l2) {
			t.Errorf("%q: before save %q %q %q, after load %q %q %q", words, u1, x1, l1, u2, x2, l2)
		}
	}
}

func TestLoadRejectsOtherInput(t *testing.T) {
	for _, in := range []string{"", "not gzip at all", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"} {
		if _, err := Load(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Load(%q) succeeded; want an error", in)
		} else if !errors.Is(err, ErrFormat) && len(in) > 0 && in[0] == 0x1f {
			t.Logf("Load(%q): %v", in, err)
		}
	}
}

// FuzzLoad checks that Load never panics on corrupt models, and that what
// it accepts can tag.
func FuzzLoad(f *testing.F) {
	f.Add(saved(f, trainTiny(f, 1)))
	f.Add([]byte("\x1f\x8b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.Tag([]string{"a", "b"}, make([]string, 2), make([]string, 2), make([]string, 2))
	})
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ have, want string }{
		{"’s", "'s"},
		{"“", "“"},
		{"’", "’"},
		{"don’t", "don't"},
		{"plain", "plain"},
		{"naïve", "naïve"},
	} {
		if got := normalizeString(c.have); got != c.want {
			t.Errorf("normalizeString(%q) = %q; want %q", c.have, got, c.want)
		}
	}
}

func TestLearnLemmas(t *testing.T) {
	l := learnLemmas([]lemmaSample{
		{"cats", "NNS", "cat"}, {"dogs", "NNS", "dog"}, {"boats", "NNS", "boat"},
		{"cities", "NNS", "city"}, {"parties", "NNS", "party"},
		{"went", "VBD", "go"}, {"walked", "VBD", "walk"}, {"talked", "VBD", "talk"},
		{"Paris", "NNP", "Paris"}, {"London", "NNP", "London"},
		// Capitalised adjectives keep their case (American), unless the
		// word was seen in lower case (nervous).
		{"American", "JJ", "American"}, {"European", "JJ", "European"}, {"nervous", "JJ", "nervous"},
	})
	for _, c := range []struct{ form, xpos, want string }{
		{"hats", "NNS", "hat"},
		{"ladies", "NNS", "lady"},
		{"went", "VBD", "go"},
		{"jumped", "VBD", "jump"},
		{"Geneva", "NNP", "Geneva"},
		{"American", "JJ", "American"},
		{"African", "JJ", "African"},
		{"Nervous", "JJ", "nervous"},
	} {
		var s scratch
		low := lowerString(c.form)
		if got := l.lemma(&s, c.form, []byte(c.form), []byte(low), c.xpos); got != c.want {
			t.Errorf("lemma(%q, %s) = %q; want %q", c.form, c.xpos, got, c.want)
		}
	}
}

// TestTrainMinCount checks that rare features are left out: a higher
// MinCount gives a smaller table that still tags the training words.
func TestTrainMinCount(t *testing.T) {
	keys := func(mc int) int {
		m, err := Train(context.Background(), []string{tinyTrain}, tinyTrain, TrainOptions{Epochs: 5, Seed: 1, MinCount: mc})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range m.wt.slots {
			if s.key != 0 {
				n++
			}
		}
		return n
	}
	all, pruned := keys(1), keys(3)
	if pruned == 0 || pruned >= all {
		t.Errorf("MinCount 3 kept %d features, MinCount 1 %d; want fewer but some", pruned, all)
	}
}

// TestShippedModelResaves: the embedded model saves back to its own bytes,
// so a retrain that reproduces the model reproduces the file (and a change
// of the file format shows here first).
func TestShippedModelResaves(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved(t, m), shipped) {
		t.Error("Save(Default()) differs from the embedded model file")
	}
}
