package parse

import (
	"math/rand/v2"
	"slices"
	"testing"

	"chronicle/internal/model/hashkey"
)

// testSentences returns the sentences of the test data and of the
// benchmark, with their gold tags.
func testSentences(t *testing.T) []sentence {
	t.Helper()
	var all []sentence
	for _, f := range []string{"testdata/tiny_train.conllu", "testdata/tiny_dev.conllu"} {
		s, err := readWords(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, s...)
	}
	for _, b := range benchSentences {
		all = append(all, sentence{words: b[0], upos: b[1], xpos: b[2]})
	}
	return all
}

// TestBufferTemplatesReadTheBufferAlone checks, at every move of random
// legal move sequences, that LEFT and RIGHT leave the keys of the buffer
// templates as they were, which Model.run relies on to sum their rows once
// for each front of the buffer. The atoms have every feature set's.
func TestBufferTemplatesReadTheBufferAlone(t *testing.T) {
	var a sentAtoms
	a.clus, a.amb = map[uint32]uint16{}, map[uint32]uint16{}
	var buf []byte
	rng := rand.New(rand.NewPCG(3, 4))
	var st state
	checked := 0
	for _, s := range testSentences(t) {
		for i := range s.words {
			// Distinct clusters and tag classes for the words.
			w := hashkey.String(s.words[i])
			a.clus[clusterKey(w)] = uint16(1 + i%7)
			a.amb[clusterKey(w)] = uint16(1 + i%5)
		}
		buf = a.prepare(s.words, s.upos, s.xpos, buf)
		st.reset(len(s.words))
		var before, after featKeys
		for !st.terminal() {
			n := extractInto(&before, &st, &a, true)
			if n != numTemplates {
				t.Fatalf("%d templates, want all %d", n, numTemplates)
			}
			c := rng.IntN(1 + 2*8)
			for !st.legal(c) {
				c = rng.IntN(1 + 2*8)
			}
			st.apply(c)
			if classMove(c) == moveShift || st.terminal() {
				continue
			}
			extractInto(&after, &st, &a, true)
			for _, tm := range templateSplits[n].buffer {
				if before[tm] != after[tm] {
					t.Fatalf("template %d changed with move %d", tm, c)
				}
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no LEFT or RIGHT move checked")
	}
}

// TestRunMatchesPlainScoring checks Model.run, which sums the buffer
// templates once for each front of the buffer, against scoring every
// template at every move.
func TestRunMatchesPlainScoring(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	all := make([]uint8, numTemplates)
	for i := range all {
		all[i] = uint8(i)
	}
	var sc scratch
	sc.atoms.clus, sc.atoms.amb = m.clus, m.amb
	for _, s := range testSentences(t) {
		n := len(s.words)
		heads, deps := make([]int, n), make([]string, n)
		m.Parse(s.words, s.upos, s.xpos, heads, deps)

		sc.buf = sc.atoms.prepare(s.words, s.upos, s.xpos, sc.buf)
		st := &sc.st
		st.reset(n)
		for !st.terminal() {
			nt := extractInto(&sc.keys, st, &sc.atoms, m.shape)
			var scores [256]int32
			var acc denseAcc
			m.wt.score(&sc.keys, all[:nt], &scores, &acc, &sc.sbuf)
			m.wt.flushDense(&acc, &scores)
			st.apply(bestLegal(st, scores[:m.classes()]))
		}
		wantHeads, wantDeps := make([]int, n), make([]string, n)
		for i := range n {
			wantHeads[i], wantDeps[i] = int(st.head[i+1]), m.labels[st.label[i+1]]
		}
		if !slices.Equal(heads, wantHeads) || !slices.Equal(deps, wantDeps) {
			t.Errorf("%q: run parses %v %v, plain scoring %v %v", s.words, heads, deps, wantHeads, wantDeps)
		}
	}
}
