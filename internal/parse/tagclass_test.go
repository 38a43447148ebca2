package parse

import (
	"bytes"
	"context"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"chronicle/internal/conllu"
	"chronicle/internal/model/hashkey"
)

// words builds one treebank sentence of form/XPOS pairs (heads unused).
func taggedSentence(pairs ...string) conllu.Sentence {
	var s conllu.Sentence
	for i := 0; i+1 < len(pairs); i += 2 {
		s.Words = append(s.Words, conllu.Word{Form: pairs[i], XPOS: pairs[i+1]})
	}
	return s
}

// A word gets a tag class when it is frequent enough and two of its tags
// are common enough; words with one tag, rare words and rare tags do not
// count, and words with the same tags share a class.
func TestDeriveTagClasses(t *testing.T) {
	var sents []conllu.Sentence
	for range 30 {
		sents = append(sents, taggedSentence("that", "IN", "that", "WDT", "That", "DT", "cut", "VBD", "cut", "NN", "the", "DT", "rare", "JJ"))
	}
	sents = append(sents, taggedSentence("the", "NN", "rare", "RB", "once", "RB", "once", "IN"), taggedSentence("Cut", "VBN"))
	amb, n := deriveTagClasses(sents)
	key := func(w string) uint32 { return clusterKey(hashkey.Bytes(appendWordForm(nil, w))) }
	if n != 2 || len(amb) != 2 {
		t.Fatalf("%d classes over %d words (%v); want 2 over 2 (that, cut)", n, len(amb), amb)
	}
	that, cut := amb[key("that")], amb[key("cut")]
	// Classes go by their sorted tag lists: "DT IN WDT" before "NN VBD".
	if that != 1 || cut != 2 {
		t.Errorf("that has class %d, cut %d; want 1 and 2", that, cut)
	}
	for _, w := range []string{"the", "rare", "once"} {
		if c, ok := amb[key(w)]; ok {
			t.Errorf("%q has class %d; want none", w, c)
		}
	}
}

// A model with tag classes keeps them through Save and Load, parses the
// same after, and two trainings give the same bytes.
func TestTagClassModelRoundTrip(t *testing.T) {
	train := func() *Model {
		m, err := Train(context.Background(), []string{filepath.Join("testdata", "tiny_train.conllu")}, "",
			TrainOptions{Epochs: 5, Seed: 1, MinWeight: -1, Clusters: 4, TagClasses: true})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m := train()
	if m.amb == nil || len(m.clus) == 0 {
		t.Fatalf("a model trained with tag classes has tag classes %v, %d clusters", m.amb, len(m.clus))
	}
	data := saved(t, m)
	if again := saved(t, train()); !bytes.Equal(data, again) {
		t.Error("two trainings with tag classes give different bytes")
	}
	l, err := Load(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if l.amb == nil || !maps.Equal(l.amb, m.amb) || !maps.Equal(l.clus, m.clus) {
		t.Fatal("the loaded model's tag classes or clusters differ")
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
	if _, err := Train(context.Background(), []string{filepath.Join("testdata", "tiny_train.conllu")}, "",
		TrainOptions{Epochs: 1, TagClasses: true}); err == nil {
		t.Error("tag classes without clusters trained; want an error")
	}
}
