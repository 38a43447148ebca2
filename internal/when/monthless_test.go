package when

import "testing"

func TestMonthlessDay(t *testing.T) {
	tests := []struct{ sentence, expr, value string }{
		// The anchor is Tuesday 19 August 2025.
		{"Good morning, it's Tuesday the 19th.", "Tuesday the 19th", "2025-08-19"},
		{"It was Friday the 15th, and raining.", "Friday the 15th", "2025-08-15"},
		{"We fly out on Monday the first.", "Monday the first", "2025-09-01"},
		{"I found out on the fifth and told nobody.", "the fifth", "2025-08-05"},
		{"I found out on the twenty-fifth.", "the twenty-fifth", "2025-07-25"},
		{"The results will come out on the 28th.", "the 28th", "2025-08-28"},
	}
	for _, tc := range tests {
		d, ok := tagOne(t, tc.sentence, tc.expr, anchor)
		if !ok || d.Value != tc.value {
			t.Errorf("Tag(%q) %q = %q (found %v); want %q; all %v", tc.sentence, tc.expr, d.Value, ok, tc.value, Tag(tc.sentence, nil, anchor))
		}
	}
	for _, s := range []string{
		"She lives on the fifth floor.",
		"He finished on the third try.",
	} {
		for _, d := range Tag(s, nil, anchor) {
			t.Errorf("Tag(%q) found %q = %s", s, s[d.Start:d.End], d.Value)
		}
	}
	if d, ok := tagOne(t, "We met on the 5th of May.", "the 5th of May", anchor); !ok || d.Value != "2025-05-05" {
		t.Errorf("the 5th of May = %v %v", d.Value, ok)
	}
}
