package parse

import (
	"math/rand/v2"
	"path/filepath"
	"testing"

	"chronicle/internal/conllu"
)

// readTiny reads a hand-written treebank from testdata as trainer
// sentences.
func readTiny(t *testing.T, name string) ([]sentence, []string) {
	t.Helper()
	raw, err := conllu.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	labels, ids := collectLabels(raw)
	sents, err := toSentences(t.Context(), raw, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	return sents, labels
}

// projective reports whether the gold tree of s has no crossing arcs.
func projective(s *sentence) bool {
	n := len(s.words)
	for a := 1; a <= n; a++ {
		for b := 1; b <= n; b++ {
			ha, hb := int(s.heads[a]), int(s.heads[b])
			la, ra := min(a, ha), max(a, ha)
			lb, rb := min(b, hb), max(b, hb)
			if la < lb && lb < ra && ra < rb {
				return false
			}
		}
	}
	return true
}

// followOracle runs the oracle from the current state of st to the end,
// taking the first legal move of least cost, and returns the number of
// words with a wrong head or label.
func followOracle(st *state, s *sentence, nc int) int {
	cost := make([]int32, nc)
	for !st.terminal() {
		classCosts(st, s.heads, s.labels, cost)
		best := -1
		for c := range cost {
			if st.legal(c) && (best < 0 || cost[c] < cost[best]) {
				best = c
			}
		}
		st.apply(best)
	}
	return loss(st, s)
}

func loss(st *state, s *sentence) int {
	wrong := 0
	for i := 1; i <= len(s.words); i++ {
		if st.head[i] != s.heads[i] || st.label[i] != s.labels[i] {
			wrong++
		}
	}
	return wrong
}

// On projective trees the oracle is exact: from the start it rebuilds the
// gold tree, and after any move the loss it reaches grows by exactly that
// move's cost (arc-decomposability).
func TestOracleExactOnProjectiveTrees(t *testing.T) {
	sents, labels := readTiny(t, "tiny_train.conllu")
	nc := 1 + 2*len(labels)
	rng := rand.New(rand.NewPCG(1, 2))
	cost := make([]int32, nc)
	checked := 0
	for si := range sents {
		s := &sents[si]
		if !projective(s) {
			continue
		}
		var st state
		st.reset(len(s.words))
		if got := followOracle(&st, s, nc); got != 0 {
			t.Fatalf("sentence %d: oracle from the start loses %d words", si, got)
		}
		for trial := 0; trial < 30; trial++ {
			st.reset(len(s.words))
			// Walk randomly for a while, then compare the cost of one move
			// with the loss the oracle reaches before and after it.
			steps := rng.IntN(2 * len(s.words))
			for k := 0; k < steps && !st.terminal(); k++ {
				st.apply(randomLegal(&st, nc, rng))
			}
			if st.terminal() {
				continue
			}
			before := cloneState(&st)
			base := followOracle(before, s, nc)
			classCosts(&st, s.heads, s.labels, cost)
			c := randomLegal(&st, nc, rng)
			after := cloneState(&st)
			after.apply(c)
			if got := followOracle(after, s, nc); got != base+int(cost[c]) {
				t.Errorf("sentence %d: move %d costs %d, but loss went %d → %d", si, c, cost[c], base, got)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no configuration checked")
	}
}

func randomLegal(st *state, nc int, rng *rand.Rand) int {
	for {
		if c := rng.IntN(nc); st.legal(c) {
			return c
		}
	}
}

func cloneState(s *state) *state {
	c := &state{n: s.n, b: s.b}
	c.stack = append([]int32(nil), s.stack...)
	c.head = append([]int32(nil), s.head...)
	c.label = append([]uint8(nil), s.label...)
	c.l1 = append([]int32(nil), s.l1...)
	c.l2 = append([]int32(nil), s.l2...)
	c.r1 = append([]int32(nil), s.r1...)
	c.r2 = append([]int32(nil), s.r2...)
	c.nl = append([]uint8(nil), s.nl...)
	c.nr = append([]uint8(nil), s.nr...)
	c.lset = append([]uint64(nil), s.lset...)
	c.rset = append([]uint64(nil), s.rset...)
	return c
}

// The scorer sizes its stack buffer by numTemplates; the base set is the
// shipped (format 2) model's.
func TestExtractCountsTemplates(t *testing.T) {
	var a sentAtoms
	words := []string{"a", "b", "c"}
	a.prepare(words, words, words, nil)
	var st state
	st.reset(3)
	if got := len(extract(nil, &st, &a, true)); got != numShapeTemplates {
		t.Errorf("extract with shape features gives %d features; numShapeTemplates is %d", got, numShapeTemplates)
	}
	a.clus = map[uint32]uint16{}
	a.prepare(words, words, words, nil)
	if got := len(extract(nil, &st, &a, true)); got != numClusterTemplates {
		t.Errorf("extract with shape features and clusters gives %d features; numClusterTemplates is %d", got, numClusterTemplates)
	}
	a.amb = map[uint32]uint16{}
	a.prepare(words, words, words, nil)
	if got := len(extract(nil, &st, &a, true)); got != numTemplates {
		t.Errorf("extract with shape features, clusters and tag classes gives %d features; numTemplates is %d", got, numTemplates)
	}
	// Every template number is set once: a number used twice would leave
	// another's key zero, and keys of distinct templates differ.
	seen := map[uint64]int{}
	for i, k := range extract(nil, &st, &a, true) {
		if k == 0 {
			t.Errorf("template %d has no key", i)
		}
		if j, ok := seen[k]; ok {
			t.Errorf("templates %d and %d have the same key", j, i)
		}
		seen[k] = i
	}
	a.clus, a.amb = nil, nil
	if got := len(extract(nil, &st, &a, false)); got != numBaseTemplates {
		t.Errorf("extract gives %d features; numBaseTemplates is %d", got, numBaseTemplates)
	}
}
