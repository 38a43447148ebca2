package parse

import (
	"fmt"
	"sync"
)

// Model is a trained parser. It is read-only once built or loaded and safe
// for concurrent use by many goroutines.
type Model struct {
	labels []string // label id → UD relation; labels[0] is "root"
	wt     *weights
	shape  bool // the model uses the suffix and shape features (format 3)
	// clus maps clusterKey of a word to its cluster, for the cluster
	// features of a format 4 model (which has the shape features too).
	clus map[uint32]uint16
	// amb maps clusterKey of a word to its tag class, for the tag-class
	// features (feature set featTagClasses, which has the clusters too).
	amb  map[uint32]uint16
	pool sync.Pool // *scratch
}

// scratch is the per-call working memory, pooled so that parsing does not
// allocate in the steady state.
type scratch struct {
	st     state
	atoms  sentAtoms
	feats  []uint64
	keys   featKeys
	scores [256]int32
	sbuf   scoreBuf
	buf    []byte
	acc    denseAcc
	// bufScores and bufAcc are the sums of the rows of the buffer
	// templates when the front of the buffer is bufAt (none: not yet
	// summed this sentence); bufAcc holds those of the dense rows
	// packed, so that they are unpacked once with the rest.
	bufScores [256]int32
	bufAcc    denseAcc
	bufAt     int32
	// split is the template split of nsplit templates.
	split  templateSplit
	nsplit int
	memo   memo
}

func newModel(labels []string, wt *weights, shape bool) (*Model, error) {
	if len(labels) == 0 || labels[0] != "root" {
		return nil, fmt.Errorf("parse: label 0 must be root")
	}
	if 1+2*len(labels) > 256 {
		return nil, fmt.Errorf("parse: %d labels, at most 127", len(labels))
	}
	m := &Model{labels: labels, wt: wt, shape: shape}
	m.pool.New = func() any { return new(scratch) }
	return m, nil
}

// Labels returns the UD relations the model predicts.
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

func (m *Model) classes() int { return 1 + 2*len(m.labels) }

// Parse parses one sentence of words with their universal (upos) and Penn
// (xpos) tags and writes, for word i, its head into heads[i] (1-based word
// number, 0 for the root) and its relation into deps[i]. heads and deps
// must be at least len(words) long, and upos and xpos as long as words.
// The result is always a tree with exactly one root.
func (m *Model) Parse(words, upos, xpos []string, heads []int, deps []string) {
	n := len(words)
	if n == 0 {
		return
	}
	_ = heads[n-1]
	_ = deps[n-1]
	sc := m.pool.Get().(*scratch)
	m.run(sc, words, upos, xpos)
	for i := 1; i <= n; i++ {
		heads[i-1] = int(sc.st.head[i])
		deps[i-1] = m.labels[sc.st.label[i]]
	}
	m.pool.Put(sc)
}

// run parses greedily, leaving the tree in sc.st.
func (m *Model) run(sc *scratch, words, upos, xpos []string) {
	sc.atoms.clus = m.clus
	sc.atoms.amb = m.amb
	sc.buf = sc.atoms.prepare(words, upos, xpos, sc.buf)
	st := &sc.st
	st.reset(len(words))
	nc := m.classes()
	scores := sc.scores[:nc]
	sc.bufAt = none
	for !st.terminal() {
		// A move that is the only legal one needs no scoring: SHIFT onto
		// the bare root, and the final RIGHT onto it.
		if len(st.stack) == 1 {
			st.apply(0)
			continue
		}
		if len(st.stack) == 2 && int(st.b) > st.n {
			st.apply(rightClass(0))
			continue
		}
		m.scoreMove(sc)
		st.apply(bestLegal(st, scores))
	}
}

// scoreMove sets sc.scores to the scores of the classes in the
// configuration sc.st, which is not terminal.
func (m *Model) scoreMove(sc *scratch) {
	st := &sc.st
	nc := m.classes()
	n := extractInto(&sc.keys, st, &sc.atoms, m.shape)
	if n != sc.nsplit {
		sc.split, sc.nsplit = templateSplits[n], n
	}
	// The buffer templates' rows are summed once for each front of the
	// buffer: LEFT and RIGHT leave it, and their keys, as they were.
	// Scores are exact integer sums, so the order of the adds changes
	// nothing.
	if st.b != sc.bufAt {
		clear(sc.bufScores[:nc])
		sc.bufAcc.reset(m.wt.dw)
		m.wt.score(&sc.keys, sc.split.buffer, &sc.bufScores, &sc.bufAcc, &sc.sbuf)
		sc.bufAt = st.b
	}
	copy(sc.scores[:nc], sc.bufScores[:nc])
	sc.acc.copyFrom(&sc.bufAcc, m.wt.dw)
	m.wt.score(&sc.keys, sc.split.rest, &sc.scores, &sc.acc, &sc.sbuf)
	if len(sc.split.groups) > 0 {
		sc.memo.add(m.wt, &sc.keys, sc.split.groups, &sc.acc, &sc.scores)
	}
	m.wt.flushDense(&sc.acc, &sc.scores)
}

// bestLegal returns the legal class with the highest score (the lowest
// class number on ties, for determinism). LEFT with label root is never
// legal and RIGHT with it only onto the bare root, so the legal classes are
// a few runs of the class numbers, scanned in ascending order.
func bestLegal[S int32 | float32](st *state, scores []S) int {
	best, bestScore := -1, S(0)
	if st.canShift() {
		best, bestScore = 0, scores[0]
	}
	left, right := st.canLeft(), st.canRight()
	switch {
	case right && len(st.stack) == 2:
		// The final move onto the root, which only RIGHT(root) makes.
		best, _ = argmaxFrom(scores, rightClass(0), len(scores), best, bestScore)
	case left && right:
		// Every LEFT and RIGHT but those with label root: classes 3 on.
		best, _ = argmaxFrom(scores, 3, 1, best, bestScore)
	case left:
		best, _ = argmaxFrom(scores, 3, 2, best, bestScore)
	case right:
		best, _ = argmaxFrom(scores, rightClass(1), 2, best, bestScore)
	}
	return best
}

// argmaxFrom scans scores[from], scores[from+step], ... and returns the
// class and score of the first highest among them and best (which stays
// unless beaten; best < 0 means none yet).
func argmaxFrom[S int32 | float32](scores []S, from, step, best int, bestScore S) (int, S) {
	if best < 0 && from < len(scores) {
		best, bestScore = from, scores[from]
		from += step
	}
	if step == 1 && from < len(scores) {
		// The common case (LEFT and RIGHT both legal), without a bounds
		// check per class.
		for i, v := range scores[from:] {
			if v > bestScore {
				best, bestScore = from+i, v
			}
		}
		return best, bestScore
	}
	for c := from; c < len(scores); c += step {
		if scores[c] > bestScore {
			best, bestScore = c, scores[c]
		}
	}
	return best, bestScore
}
