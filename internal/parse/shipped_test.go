package parse

import (
	"bytes"
	"cmp"
	"context"
	"slices"
	"strings"
	"testing"

	"chronicle/internal/conllu"
	"chronicle/internal/testutil"
)

// expectArcs parses a hand-tagged sentence ("word/UPOS/XPOS ...") with the
// shipped model and checks the given arcs ("dependent relation head").
func expectArcs(t *testing.T, tagged string, arcs ...string) {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var words, upos, xpos []string
	for _, f := range strings.Fields(tagged) {
		p := strings.Split(f, "/")
		words, upos, xpos = append(words, p[0]), append(upos, p[1]), append(xpos, p[2])
	}
	heads, deps := parseSentence(m, words, upos, xpos)
	checkTree(t, heads, deps)
	find := func(w string) int {
		for i, x := range words {
			if x == w {
				return i
			}
		}
		t.Fatalf("%q not in %q", w, tagged)
		return -1
	}
	for _, a := range arcs {
		p := strings.Fields(a)
		d := find(p[0])
		head := "ROOT"
		if heads[d] > 0 {
			head = words[heads[d]-1]
		}
		if deps[d] != p[1] || head != p[2] {
			t.Errorf("%s: %s ←%s– %s; want %s ←%s– %s", tagged, p[0], deps[d], head, p[0], p[1], p[2])
		}
	}
}

func TestShippedModelSentences(t *testing.T) {
	expectArcs(t, "Spain/PROPN/NNP 's/PART/POS top/ADJ/JJ diplomat/NOUN/NN dismissed/VERB/VBD the/DET/DT suggestion/NOUN/NN ./PUNCT/.",
		"diplomat nsubj dismissed", "suggestion obj dismissed", "dismissed root ROOT", "Spain nmod:poss diplomat",
		"'s case Spain", "top amod diplomat", "the det suggestion", ". punct dismissed")
	// Curly apostrophes and quotes, as raw news text has them.
	expectArcs(t, "“/PUNCT/`` We/PRON/PRP will/AUX/MD not/PART/RB resign/VERB/VB ,/PUNCT/, ”/PUNCT/'' the/DET/DT minister/NOUN/NN said/VERB/VBD ./PUNCT/.",
		"said root ROOT", "minister nsubj said", "resign ccomp said", "We nsubj resign", "will aux resign", "not advmod resign")
	expectArcs(t, "Police/NOUN/NNS arrested/VERB/VBD two/NUM/CD men/NOUN/NNS in/ADP/IN Madrid/PROPN/NNP on/ADP/IN Monday/PROPN/NNP ./PUNCT/.",
		"Police nsubj arrested", "men obj arrested", "two nummod men", "Madrid obl arrested", "in case Madrid", "Monday obl arrested")
	expectArcs(t, "The/DET/DT talks/NOUN/NNS ,/PUNCT/, which/PRON/WDT began/VERB/VBD in/ADP/IN May/PROPN/NNP ,/PUNCT/, collapsed/VERB/VBD ./PUNCT/.",
		"collapsed root ROOT", "talks nsubj collapsed", "began acl:relcl talks", "which nsubj began")
}

// The shipped model has the base features only (no shape features) and
// re-saves to the very bytes it was loaded from.
func TestShippedModelResaves(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !m.shape || m.clus == nil {
		t.Error("the shipped model lacks the shape and cluster features it was trained with")
	}
	if !bytes.Equal(saved(t, m), shipped) {
		t.Error("Save(Default()) differs from the embedded model file")
	}
}

// TestShippedModelOnDev scores the shipped model on UD English EWT dev with
// gold tags when the data is present.
func TestShippedModelOnDev(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := conllu.ReadFile(testutil.SharedData(t, "ud", "en_ewt", "dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	_, ids := collectLabels(raw)
	dev, err := toSentences(context.Background(), raw, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	cpu := testutil.CPUTime()
	sc, err := m.score(context.Background(), dev)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("EWT dev, gold POS: uas %.4f las %.4f las_full %.4f over %d words, %.0f words per CPU second",
		sc.UAS(), sc.LAS(), sc.LASFull(), sc.Words, float64(sc.Words)/(testutil.CPUTime()-cpu).Seconds())
	if sc.UAS() < 0.88 || sc.LAS() < 0.86 {
		t.Errorf("EWT dev uas %.4f las %.4f; want ≥ 0.88 and ≥ 0.86", sc.UAS(), sc.LAS())
	}
}

// The table builder, given the shipped model's keys and rows, puts every key
// in the slot the file records: the order of its inserts (rows of
// rankDenseMin weights or more first, then by length) is what trained the
// shipped layout, and must not move with the in-memory layout (denseMin).
func TestBuilderReproducesShippedLayout(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	type kr struct {
		k   uint32
		row []entry
	}
	var all []kr
	for _, sl := range m.wt.slots {
		if sl.key != 0 {
			all = append(all, kr{sl.key, m.wt.rowOf(sl.info)})
		}
	}
	slices.SortFunc(all, func(a, b kr) int { return cmp.Compare(a.k, b.k) })
	keys, rows := make([]uint32, len(all)), make([][]entry, len(all))
	for i, x := range all {
		keys[i], rows[i] = x.k, x.row
	}
	wt, err := newWeights(keys, rows, m.wt.scale)
	if err != nil {
		t.Fatal(err)
	}
	if len(wt.slots) != len(m.wt.slots) {
		t.Fatalf("%d slots, the file has %d", len(wt.slots), len(m.wt.slots))
	}
	moved := 0
	for j, sl := range wt.slots {
		if sl.key != m.wt.slots[j].key {
			moved++
		}
	}
	if moved > 0 {
		t.Errorf("%d of %d slots hold another key than the file says", moved, len(wt.slots))
	}
}
