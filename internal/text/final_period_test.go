package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestSplitFinalPeriodsInPlace checks that moving the tokens up in place
// gives what copying them into a new slice gives, on texts where
// abbreviations end sentences at the start, the middle and the end.
func TestSplitFinalPeriodsInPlace(t *testing.T) {
	pieces := []string{"He went to the U.S.", "They sold pens, paper, etc.", "Mr. Smith spoke.", "It rained.",
		"Troops left the U.K.", "Was it Jan.", "Yes!", "See the U.N. report.", "And so on, etc."}
	rng := rand.New(rand.NewPCG(5, 6))
	given := 0
	for range 2000 {
		var parts []string
		for range 1 + rng.IntN(6) {
			parts = append(parts, pieces[rng.IntN(len(pieces))])
		}
		s := strings.Join(parts, " ")
		toks := Tokenize(s, nil)
		sents := Split(s, toks, nil)
		toks2, sents2 := slices.Clone(toks), slices.Clone(sents)
		n := 0
		for _, st := range sents {
			if finalAbbrev(s, toks[st.TokenEnd-1]) {
				n++
			}
		}
		got := splitFinalPeriods(s, toks, sents)
		want := toks2
		if n > 0 {
			want = splitFinalPeriodsCopy(s, toks2, sents2, n)
			given++
		}
		if !slices.Equal(got, want) || !slices.Equal(sents, sents2) {
			t.Fatalf("%q: in place %v %v, copied %v %v", s, got, sents, want, sents2)
		}
	}
	if given < 100 {
		t.Errorf("only %d texts gave a period back", given)
	}
}
