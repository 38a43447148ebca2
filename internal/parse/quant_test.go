package parse

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/conllu"
	"chronicle/internal/testutil"
)

// TestQuantisationCost measures what int16 quantisation costs in dev LAS:
// it trains one epoch on EWT train and parses EWT dev with the averaged
// float weights and with the quantised table. It runs only when
// CHRONICLE_PARSE_QUANT is set (it takes a minute).
func TestQuantisationCost(t *testing.T) {
	if os.Getenv("CHRONICLE_PARSE_QUANT") == "" {
		t.Skip("set CHRONICLE_PARSE_QUANT=1 to measure the quantisation cost")
	}
	data := testutil.SharedData(t, "ud", "en_ewt")
	raw, err := conllu.ReadFile(filepath.Join(data, "train.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	labels, ids := collectLabels(raw)
	train, _ := toSentences(context.Background(), raw, ids, nil)
	draw, _ := conllu.ReadFile(filepath.Join(data, "dev.conllu"))
	dev, _ := toSentences(context.Background(), draw, ids, nil)
	tr := &trainer{p: newPerceptron(), nc: 1 + 2*len(labels)}
	rng := rand.New(rand.NewPCG(1, 1))
	for i := range train {
		tr.sentence(&train[i], 0, rng)
	}
	keys, rows := tr.p.averaged(0)
	wt, err := quantise(keys, rows)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := newModel(labels, wt, false)
	q, _ := m.score(context.Background(), dev)

	fm := make(map[uint64][]fentry, len(keys))
	for i, k := range keys {
		fm[k] = rows[i]
	}
	var f Score
	var sc scratch
	scores := make([]float32, m.classes())
	for _, s := range dev {
		sc.buf = sc.atoms.prepare(s.words, s.upos, s.xpos, sc.buf)
		st := &sc.st
		st.reset(len(s.words))
		for !st.terminal() {
			sc.feats = extract(sc.feats[:0], st, &sc.atoms, m.shape)
			clear(scores)
			for _, k := range sc.feats {
				for _, e := range fm[k] {
					scores[e.c] += float32(e.w)
				}
			}
			st.apply(bestLegal(st, scores))
		}
		for j := range s.words {
			f.Words++
			if st.head[j+1] == s.heads[j+1] {
				f.Head++
				if universal(labels[st.label[j+1]]) == universal(s.deprels[j]) {
					f.Labelled++
				}
			}
		}
	}
	t.Logf("float: uas %.4f las %.4f; int16: uas %.4f las %.4f; %d features, %d kept",
		f.UAS(), f.LAS(), q.UAS(), q.LAS(), len(keys), wt.n)
	if f.LAS()-q.LAS() > 0.001 {
		t.Errorf("quantisation costs %.2f LAS points", 100*(f.LAS()-q.LAS()))
	}
}
