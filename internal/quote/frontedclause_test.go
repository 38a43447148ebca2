package quote_test

import "testing"

// TestFrontedClauseEnd checks, on sentences written for the project, that
// a cue in an opening subordinate clause reports only up to the comma
// that closes the clause, not the main clause after it; a comma inside
// the content before a relative clause or an apposition does not end it,
// and a cue in the main clause keeps its whole content.
func TestFrontedClauseEnd(t *testing.T) {
	p := parsedPipeline(t)
	for _, c := range []struct {
		txt string
		w   want
	}{
		{"While the mayor wrongly claimed that the videos exist, foreign policy experts affirm that the tapes are fake.",
			want{"the videos exist", "indirect", "the mayor", "wrongly claimed", "", ""}},
		{"Once the governor said that farmers might never trust the ministry again, the new minister proved him wrong.",
			want{"farmers might never trust the ministry again", "indirect", "the governor", "said", "", ""}},
		{"Insisting that the plant would stay open, the owner left the meeting early.",
			want{"the plant would stay open", "indirect", "the owner", "Insisting", "", ""}},
		{"Although the mayor said that the bridge, which opened in 1950, is safe, engineers have doubts.",
			want{"the bridge, which opened in 1950, is safe", "indirect", "the mayor", "said", "", ""}},
		{"The mayor said that the bridge will open in May, and that the tolls will stay low.",
			want{"the bridge will open in May, and that the tolls will stay low", "indirect", "The mayor", "said", "", ""}},
	} {
		expectQuote(t, p, c.txt, c.w)
	}
}
