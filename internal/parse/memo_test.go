package parse

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMemoScoresMatchPlainScoring checks the scores of every move of
// Model.scoreMove, with its buffer sums and memo, against scoring every
// template at every move, over the test sentences twice with the shipped
// model (the second time many moves find all their groups' sums in the
// memo), then with it and a tiny model of the base feature set (without
// the group that reads the shapes) taking turns with the same scratch,
// whose memo must follow the model.
func TestMemoScoresMatchPlainScoring(t *testing.T) {
	shipped, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tiny := trainTiny(t, 3)
	var sc scratch
	sents := testSentences(t)
	moves, hits := 0, 0
	for pass := range 3 {
		for i, s := range sents {
			m := shipped
			if pass == 2 && i%3 == 2 {
				m = tiny
			}
			mv, h := checkMoveScores(t, m, &sc, s)
			moves += mv
			if pass == 1 {
				hits += h
			}
		}
	}
	if hits == 0 {
		t.Fatal("no move found all its groups in the memo")
	}
	t.Logf("%d moves, %d with every group in the memo on the second pass", moves, hits)
}

// checkMoveScores parses s with m through sc, checking the scores of every
// move against plain scoring, and returns the moves and how many of them
// found all their groups in the memo.
func checkMoveScores(t *testing.T, m *Model, sc *scratch, s sentence) (moves, hits int) {
	t.Helper()
	all := make([]uint8, numTemplates)
	for i := range all {
		all[i] = uint8(i)
	}
	nc := m.classes()
	sc.atoms.clus, sc.atoms.amb = m.clus, m.amb
	sc.buf = sc.atoms.prepare(s.words, s.upos, s.xpos, sc.buf)
	st := &sc.st
	st.reset(len(s.words))
	sc.bufAt = none
	for !st.terminal() {
		var before []memoKey
		if sc.memo.wt == m.wt {
			before = slices.Clone(sc.memo.keys)
		}
		m.scoreMove(sc)
		if before != nil && slices.Equal(before, sc.memo.keys) {
			hits++
		}
		var want [256]int32
		var acc denseAcc
		m.wt.score(&sc.keys, all[:sc.nsplit], &want, &acc, &sc.sbuf)
		m.wt.flushDense(&acc, &want)
		if !slices.Equal(sc.scores[:nc], want[:nc]) {
			t.Fatalf("%q, move %d: scores differ from plain scoring", s.words, moves)
		}
		moves++
		st.apply(bestLegal(st, want[:nc]))
	}
	return moves, hits
}

// TestMemoAddMatchesScore gives memo.add key tuples drawn at random from
// the keys the test sentences take, so many that the memo's entries are
// found and replaced all the time, and checks every sum against scoring
// the groups' templates plainly.
func TestMemoAddMatchesScore(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sp := templateSplits[numClusterTemplates]
	if len(sp.groups) != len(memoGroups) {
		t.Fatalf("%d groups in the shipped feature set, want %d", len(sp.groups), len(memoGroups))
	}
	var grouped []uint8
	for _, g := range sp.groups {
		grouped = append(grouped, g.t[:g.n]...)
	}
	// The keys each grouped template takes over random legal moves.
	pool := map[uint8][]uint64{}
	var sc scratch
	sc.atoms.clus, sc.atoms.amb = m.clus, m.amb
	rng := rand.New(rand.NewPCG(5, 6))
	for _, s := range testSentences(t) {
		sc.buf = sc.atoms.prepare(s.words, s.upos, s.xpos, sc.buf)
		st := &sc.st
		st.reset(len(s.words))
		for !st.terminal() {
			extractInto(&sc.keys, st, &sc.atoms, m.shape)
			for _, tm := range grouped {
				pool[tm] = append(pool[tm], sc.keys[tm])
			}
			c := rng.IntN(m.classes())
			for !st.legal(c) {
				c = rng.IntN(m.classes())
			}
			st.apply(c)
		}
	}
	nc := m.classes()
	var mm memo
	var f featKeys
	for i := range 20000 {
		for _, tm := range grouped {
			f[tm] = pool[tm][rng.IntN(len(pool[tm]))]
		}
		var got, want [256]int32
		var acc, plain denseAcc
		mm.add(m.wt, &f, sp.groups, &acc, &got)
		m.wt.flushDense(&acc, &got)
		m.wt.score(&f, grouped, &want, &plain, &sc.sbuf)
		m.wt.flushDense(&plain, &want)
		if !slices.Equal(got[:nc], want[:nc]) {
			t.Fatalf("tuple %d: memo sums differ from plain scoring", i)
		}
	}
}
