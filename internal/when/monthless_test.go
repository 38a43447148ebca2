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

// TestMonthlessNarrative: a bare day after a month told is of that month.
func TestMonthlessNarrative(t *testing.T) {
	tests := []refCase{
		{"month told", "He moved to Rome in March 1850. On the 25th he married.", "the 25th", "1850-03-25", anchor},
		{"day told, later day", "He moved to Rome on 5 March 1850. On the 25th he married.", "the 25th", "1850-03-25", anchor},
		{"day told, earlier day", "He moved to Rome on 20 March 1850. On the 2nd he had married.", "the 2nd", "1850-03-02", anchor},
		{"a dateline", "Tuesday, August 19, 2025. The minister resigned on the 5th, officials said.", "the 5th", "2025-08-05", anchor},
		{"no month told", "I found out on the fifth.", "the fifth", "2025-08-05", anchor},
	}
	checkRefCases(t, tests)
	if ds := Tag("He moved to Rome in March 1850. On the fifth floor he slept.", nil, anchor); len(ds) != 1 {
		t.Errorf("the fifth floor: %v; want only March 1850", ds)
	}
}
