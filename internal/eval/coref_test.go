package eval

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

func TestReadCorefSample(t *testing.T) {
	docs, err := readCorefDir("testdata/coref_sample.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Name != "sample_one" || len(docs[0].Tokens) != 16 {
		t.Fatalf("docs = %d, first %q with %d tokens", len(docs), docs[0].Name, len(docs[0].Tokens))
	}
	want := []corefMention{
		{0, 3, "person", 1}, {4, 5, "place", 2}, {6, 7, "time", 3}, {8, 9, "person", 1},
		{10, 15, "organization", 4}, {10, 13, "person", 5},
	}
	if diff := cmp.Diff(want, docs[0].Mentions); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
}

func TestReadCorefErrors(t *testing.T) {
	for name, in := range map[string]string{
		"unclosed":       "# begin document a\n0\tX\t(person-1\n# end document\n",
		"closes nothing": "# begin document a\n0\tX\tperson-1)\n# end document\n",
		"bad label":      "# begin document a\n0\tX\t(person)\n# end document\n",
		"no end":         "# begin document a\n0\tX\t_\n",
		"outside":        "0\tX\t_\n",
		"columns":        "# begin document a\n0 X _\n# end document\n",
	} {
		if _, err := readCoref(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestCorefPredictionsRoundTrip writes predicted mentions in GUM's format
// and reads them back.
func TestCorefPredictionsRoundTrip(t *testing.T) {
	docs, err := readCorefDir("testdata/coref_sample.conll")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "pred.conll")
	if err := writeCorefPredictions(path, docs, [][]corefMention{docs[0].Mentions, docs[1].Mentions}); err != nil {
		t.Fatal(err)
	}
	back, err := readCorefDir(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range docs {
		if diff := cmp.Diff(docs[i].Mentions, back[i].Mentions); diff != "" {
			t.Errorf("%s (-wrote +read):\n%s", docs[i].Name, diff)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestCorefMetrics checks the metrics on partitions worked out by hand.
func TestCorefMetrics(t *testing.T) {
	type prf struct{ r, p float64 }
	tests := []struct {
		name           string
		key, resp      [][]int
		muc, b3, ceafe prf
	}{
		{"split", [][]int{{1, 2, 3}}, [][]int{{1, 2}, {3}},
			prf{0.5, 1}, prf{5.0 / 9, 1}, prf{0.8, 0.4}},
		{"twinless", [][]int{{1, 2}}, [][]int{{1, -1}},
			prf{0, 0}, prf{0.25, 0.25}, prf{0.5, 0.5}},
		{"perfect", [][]int{{1, 2}, {3, 4, 5}}, [][]int{{3, 4, 5}, {1, 2}},
			prf{1, 1}, prf{1, 1}, prf{1, 1}},
		{"merged", [][]int{{1, 2}, {3, 4}}, [][]int{{1, 2, 3, 4}},
			prf{1, 2.0 / 3}, prf{1, 0.5}, prf{1.0 / 3, 2.0 / 3}},
	}
	for _, tc := range tests {
		for _, m := range []struct {
			name string
			got  corefCounts
			want prf
		}{{"MUC", mucCounts(tc.key, tc.resp), tc.muc}, {"B3", b3Counts(tc.key, tc.resp), tc.b3},
			{"CEAFe", ceafeCounts(tc.key, tc.resp), tc.ceafe}} {
			if !near(m.got.recall(), m.want.r) || !near(m.got.precision(), m.want.p) {
				t.Errorf("%s %s: recall %.4f precision %.4f; want %.4f %.4f", tc.name, m.name,
					m.got.recall(), m.got.precision(), m.want.r, m.want.p)
			}
		}
	}
}

// TestMaxAssignment checks the Hungarian method against every permutation
// of small matrices, square and not.
func TestMaxAssignment(t *testing.T) {
	mats := [][][]float64{
		{{0.9, 0.8}, {0.8, 0.1}},
		{{0.1, 0.5, 0.3}, {0.6, 0.2, 0.9}},
		{{0.2}, {0.7}, {0.4}},
		{{0.3, 0.3, 0.3}, {0.1, 0.9, 0.8}, {0.5, 0.85, 0.2}},
	}
	for _, m := range mats {
		n := len(m)
		for _, r := range m {
			n = max(n, len(r))
		}
		best := 0.0
		perm := make([]int, n)
		for i := range perm {
			perm[i] = i
		}
		var walk func(k int)
		walk = func(k int) {
			if k == n {
				s := 0.0
				for i, j := range perm {
					if i < len(m) && j < len(m[i]) {
						s += m[i][j]
					}
				}
				best = max(best, s)
				return
			}
			for i := k; i < n; i++ {
				perm[k], perm[i] = perm[i], perm[k]
				walk(k + 1)
				perm[k], perm[i] = perm[i], perm[k]
			}
		}
		walk(0)
		if got := maxAssignment(m); !near(got, best) {
			t.Errorf("maxAssignment(%v) = %v; want %v", m, got, best)
		}
	}
}

func TestTokenRange(t *testing.T) {
	text, starts := joinTokens([]string{"Mayor", "Ana", "Berg", "left", "."})
	for _, tc := range []struct {
		s    doc.Span
		a, b int
		ok   bool
	}{
		{doc.Span{Start: 6, End: 14}, 1, 3, true},  // "Ana Berg"
		{doc.Span{Start: 10, End: 14}, 2, 3, true}, // "Berg"
		{doc.Span{Start: 7, End: 9}, 1, 2, true},   // inside "Ana"
		{doc.Span{Start: 3, End: 3}, 0, 0, false},
		{doc.Span{Start: 0, End: int32(len(text)) + 1}, 0, 0, false},
	} {
		a, b, ok := tokenRange(starts, len(text), tc.s)
		if a != tc.a || b != tc.b || ok != tc.ok {
			t.Errorf("tokenRange(%v) = %d, %d, %v; want %d, %d, %v", tc.s, a, b, ok, tc.a, tc.b, tc.ok)
		}
	}
}

// TestCorefScoreMatching scores hand-made predictions on the sample: a
// head-only name matches the gold title and name, a mention of another
// gold type is left out, an unmatched one costs precision.
func TestCorefScoreMatching(t *testing.T) {
	docs, err := readCorefDir("testdata/coref_sample.conll")
	if err != nil {
		t.Fatal(err)
	}
	pred := []corefMention{
		{1, 3, "person", 0},         // "Ana Berg" in "Mayor Ana Berg"
		{8, 9, "person", 0},         // "She"
		{4, 5, "place", 1},          // "Lisbon"
		{6, 7, "person", 2},         // "Monday": a time in gold, left out
		{11, 12, "organization", 3}, // "port": matches nothing
	}
	var sc corefScore
	sc.add(docs[0], pred)
	if sc.mention.Pred != 4 || sc.mention.Correct != 3 || sc.mention.Gold != 5 {
		t.Errorf("mentions: pred %d correct %d gold %d; want 4 3 5", sc.mention.Pred, sc.mention.Correct, sc.mention.Gold)
	}
	if sc.pronouns != 1 || sc.pronounsRight != 1 {
		t.Errorf("pronouns %d of %d; want 1 of 1", sc.pronounsRight, sc.pronouns)
	}
	if sc.muc.recall() != 1 || sc.muc.precision() != 1 {
		t.Errorf("MUC recall %.2f precision %.2f; want 1 and 1", sc.muc.recall(), sc.muc.precision())
	}
	var out bytes.Buffer
	m, err := sc.report(&out, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "task=coref ") || m["pronoun_recall"] != 1 {
		t.Errorf("report:\n%s", out.String())
	}
}

// TestCorefGUMDev runs the scorer with the full pipeline on GUM dev.
func TestCorefGUMDev(t *testing.T) {
	dir := testutil.SharedData(t, "coref", "gum", "dev")
	var out bytes.Buffer
	pred := filepath.Join(t.TempDir(), "pred.conll")
	m, err := Coref(t.Context(), nil, dir, &out, pred)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if m["n"] == 0 || m["mention_precision"] <= 0 {
		t.Errorf("figures %v", m)
	}
	if st, err := os.Stat(pred); err != nil || st.Size() == 0 {
		t.Errorf("predictions not written: %v", err)
	}
}

// FuzzReadCoref: any input gives documents or an error, never a panic, and
// every mention read lies within its document's tokens.
func FuzzReadCoref(f *testing.F) {
	if b, err := os.ReadFile("testdata/coref_sample.conll"); err == nil {
		f.Add(string(b))
	}
	f.Add("# begin document a\n0\tX\t(person-1(place-2)person-1)\n# end document\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := readCoref(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, m := range d.Mentions {
				if m.Start < 0 || m.End <= m.Start || m.End > len(d.Tokens) {
					t.Fatalf("mention %+v outside %d tokens", m, len(d.Tokens))
				}
			}
		}
	})
}

// TestCorefPossessiveClitic: chronicle's "Malaysia" matches GUM's
// "Malaysia 's", which takes in the clitic, but not a mention that ends a
// token further without one.
func TestCorefPossessiveClitic(t *testing.T) {
	g := corefDoc{
		Tokens: []string{"Malaysia", "'s", "leader", "visited", "Malaysia", "today", "."},
		Mentions: []corefMention{
			{0, 2, "place", 1},  // Malaysia 's
			{0, 3, "person", 2}, // Malaysia 's leader
			{4, 5, "place", 1},  // Malaysia
		},
	}
	pred := []corefMention{{0, 1, "place", 7}, {4, 5, "place", 7}, {2, 3, "person", 8}}
	var sc corefScore
	sc.add(g, pred)
	if sc.mention.Correct != 3 || sc.muc.recall() != 1 {
		t.Errorf("correct %d of %d predicted, MUC recall %.2f; want 3 of 3 and 1", sc.mention.Correct, sc.mention.Pred, sc.muc.recall())
	}
	sc = corefScore{}
	sc.add(g, []corefMention{{4, 5, "place", 7}, {3, 4, "place", 7}}) // "visited" is no possessive
	if sc.mention.Correct != 1 {
		t.Errorf("correct %d; want 1", sc.mention.Correct)
	}
}

// TestCorefScoreIts: an "its" linked to its referent counts as right, one
// linked to an organisation while it is a thing in gold as linked only,
// and the gold "its" of the scored types are the recall's base.
func TestCorefScoreIts(t *testing.T) {
	g := corefDoc{
		Name:   "its",
		Tokens: strings.Fields("The agency raised its fees . The box lost its lid ."),
		Mentions: []corefMention{
			{0, 2, "organization", 1}, {3, 4, "organization", 1},
			{6, 8, "object", 2}, {9, 10, "object", 2},
		},
	}
	pred := []corefMention{
		{0, 2, "organization", 0}, {3, 4, "organization", 0}, // right
		{9, 10, "organization", 0}, // the box's, given to the agency
	}
	var sc corefScore
	sc.add(g, pred)
	if sc.itsGold != 1 || sc.itsLinked != 2 || sc.itsRight != 1 || sc.itsRightScored != 1 {
		t.Errorf("its: gold %d linked %d right %d (scored %d); want 1 2 1 1", sc.itsGold, sc.itsLinked, sc.itsRight, sc.itsRightScored)
	}
}
