package parse

import (
	"bytes"
	"context"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"chronicle/internal/model/codec"
)

// trainTiny trains on the hand-written treebank with a fixed seed.
func trainTiny(t *testing.T, seed uint64) *Model {
	t.Helper()
	m, err := Train(context.Background(), []string{filepath.Join("testdata", "tiny_train.conllu")},
		filepath.Join("testdata", "tiny_dev.conllu"), TrainOptions{Epochs: 5, Seed: seed, MinWeight: -1})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func saved(t testing.TB, m *Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestTrainIsReproducible(t *testing.T) {
	a, b := saved(t, trainTiny(t, 7)), saved(t, trainTiny(t, 7))
	if !bytes.Equal(a, b) {
		t.Fatalf("two runs with seed 7 gave different bytes (%d and %d)", len(a), len(b))
	}
}

func TestLoadSaveRoundTrip(t *testing.T) {
	m := trainTiny(t, 1)
	data := saved(t, m)
	l, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if again := saved(t, l); !bytes.Equal(data, again) {
		t.Errorf("Save(Load(Save(m))) differs from Save(m)")
	}
	sents, _ := readTiny(t, "tiny_train.conllu")
	for _, s := range sents {
		h1, d1 := parseSentence(m, s.words, s.upos, s.xpos)
		h2, d2 := parseSentence(l, s.words, s.upos, s.xpos)
		// Quantisation may in principle flip a near tie; on this data it
		// does not.
		if !slices.Equal(h1, h2) || !slices.Equal(d1, d2) {
			t.Errorf("%v: loaded model parses %v %v, trained one %v %v", s.words, h2, d2, h1, d1)
		}
	}
}

func TestTinyTreebankIsLearnt(t *testing.T) {
	m := trainTiny(t, 1)
	sents, _ := readTiny(t, "tiny_train.conllu")
	sc, err := m.score(context.Background(), sents)
	if err != nil {
		t.Fatal(err)
	}
	if sc.UAS() < 0.9 {
		t.Errorf("training UAS on the tiny treebank = %.3f; want ≥ 0.9", sc.UAS())
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	data := saved(t, trainTiny(t, 1))
	for _, bad := range [][]byte{nil, []byte("not a model"), data[:len(data)/2]} {
		if _, err := Load(bytes.NewReader(bad)); err == nil {
			t.Errorf("Load(%d bytes of garbage) succeeded", len(bad))
		}
	}
}

func parseSentence(m *Model, words, upos, xpos []string) ([]int, []string) {
	heads, deps := make([]int, len(words)), make([]string, len(words))
	m.Parse(words, upos, xpos, heads, deps)
	return heads, deps
}

// FuzzLoadBody reads mutations of a saved model's body (the checksum of
// the compressed file would reject nearly all of them before the body is
// read): Load must never panic nor hang, and a model it accepts must
// parse into a tree.
func FuzzLoadBody(f *testing.F) {
	body, err := codec.Decompress(saved(f, sharedTiny(f)))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(body)
	f.Add(body[:len(body)/3])
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := loadBody(b)
		if err != nil {
			return
		}
		heads, deps := parseSentence(m, []string{"The", "talks", "failed", "."},
			[]string{"DET", "NOUN", "VERB", "PUNCT"}, []string{"DT", "NNS", "VBD", "."})
		checkTree(t, heads, deps)
	})
}

// TestLoadBodyMutations is FuzzLoadBody's check over a fixed set of random
// mutations (one to three bytes of the body changed), so that every test
// run covers the table reader's checks.
func TestLoadBodyMutations(t *testing.T) {
	body, err := codec.Decompress(saved(t, sharedTiny(t)))
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	rejected := 0
	for range 300 {
		b := bytes.Clone(body)
		for range 1 + r.IntN(3) {
			b[r.IntN(len(b))] = byte(r.IntN(256))
		}
		m, err := loadBody(b)
		if err != nil {
			rejected++
			continue
		}
		heads, deps := parseSentence(m, []string{"The", "talks", "failed", "."},
			[]string{"DET", "NOUN", "VERB", "PUNCT"}, []string{"DT", "NNS", "VBD", "."})
		checkTree(t, heads, deps)
	}
	// Most bytes are weights, whose changes load; the checks must still
	// catch a good share.
	if rejected < 30 {
		t.Errorf("only %d of 300 mutated bodies rejected", rejected)
	}
	t.Logf("%d of 300 mutated bodies rejected", rejected)
}
