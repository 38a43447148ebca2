package when

import "testing"

// With tags, a day that qualifies a noun ("a day trip") is no day of
// speaking.
func TestItsADayTagged(t *testing.T) {
	tests := []struct {
		text string
		tags []string
		want string
	}{
		{"It is a lengthy day trip from Athens.", []string{"PRP", "VBZ", "DT", "JJ", "NN", "NN", "IN", "NNP", "."}, ""},
		{"It is a lengthy day for us.", []string{"PRP", "VBZ", "DT", "JJ", "NN", "IN", "PRP", "."}, "2025-08-19"},
	}
	for _, tc := range tests {
		res := AnnotateTagged(tc.text, nil, spaceTokens(tc.text, tc.tags...), anchor)
		got := ""
		for _, d := range res.Dates {
			got += d.Value
		}
		if got != tc.want {
			t.Errorf("%q: %v; want %q", tc.text, res.Dates, tc.want)
		}
	}
}
