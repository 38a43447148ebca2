package when

import (
	"strings"
	"testing"
)

func TestUnitBeforeThat(t *testing.T) {
	tests := []struct {
		text string
		want []string // the values of every expression, in order
	}{
		{"Not last week, not the week before that, but the week before that.", []string{"2025-W33", "2025-W32", "2025-W31"}},
		{"The firm moved in 2019. The year after that it closed.", []string{"2019", "2020"}},
		{"They met in March. The month after that they split.", []string{"2025-03", "2025-04"}},
		{"The vote was on May 3, 2024, and the day before that the polls shut.", []string{"2024-05-03", "2024-05-02"}},
		// Nothing of the unit to count from: none.
		{"He left the week before that.", nil},
		{"They met in March. The week after that they split.", []string{"2025-03"}},
		// Too far back: the period was named two sentences before.
		{"They met last week. It rained. The week before that they split.", []string{"2025-W33"}},
	}
	for _, tc := range tests {
		var got []string
		for _, d := range Tag(tc.text, nil, anchor) {
			got = append(got, d.Value)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: %v; want %v", tc.text, got, tc.want)
		}
	}
}
