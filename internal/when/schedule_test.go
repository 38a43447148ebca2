package when

import "testing"

// A month and day in a present clause is the nearest such day, a
// schedule; a feast keeps the year its tense gives.
func TestPresentScheduleTagged(t *testing.T) {
	tests := []struct {
		text string
		tags []string
		want string
	}{
		{"The law enters into force on January 1.", []string{"DT", "NN", "VBZ", "IN", "NN", "IN", "NNP", "CD", "."}, "2026-01-01"},
		{"The court hears the case on 12 February.", []string{"DT", "NN", "VBZ", "DT", "NN", "IN", "CD", "NNP", "."}, "2026-02-12"},
		{"The festival starts on 3 March.", []string{"DT", "NN", "VBZ", "IN", "CD", "NNP", "."}, "2025-03-03"},
		{"The law entered into force on January 1.", []string{"DT", "NN", "VBD", "IN", "NN", "IN", "NNP", "CD", "."}, "2025-01-01"},
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
