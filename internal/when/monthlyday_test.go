package when

import (
	"strings"
	"testing"
)

// TestMonthlyWeekdays: a weekday counted within every month is a SET,
// within one named month a day.
func TestMonthlyWeekdays(t *testing.T) {
	tests := []struct {
		sentence, expr, value, typ string
	}{
		{"The club meets the first Sunday of each month.", "the first Sunday of each month", "XXXX-XX-WXX-7", "SET"},
		{"The club meets every first Monday of the month.", "every first Monday of the month", "XXXX-XX-WXX-1", "SET"},
		{"The club meets on the 2nd Tuesday of every month.", "the 2nd Tuesday of every month", "XXXX-XX-WXX-2", "SET"},
		{"The market opens on the last Fridays of the month.", "the last Fridays of the month", "XXXX-XX-WXX-5", "SET"},
		{"Each third Thursday of the month the board sits.", "Each third Thursday of the month", "XXXX-XX-WXX-4", "SET"},
		// One month's counted weekday is that day.
		{"The club met on the first Sunday of March.", "the first Sunday of March", "2025-03-02", "DATE"},
		{"The club met on the 3rd Saturday of May.", "the 3rd Saturday of May", "2025-05-17", "DATE"},
		{"The club met on the last Sunday of August 2024.", "the last Sunday of August 2024", "2024-08-25", "DATE"},
		{"The club met on the first Sunday of March 2020.", "the first Sunday of March 2020", "2020-03-01", "DATE"},
		{"The fair will open on the second Friday of October.", "the second Friday of October", "2025-10-10", "DATE"},
		// "every Monday" keeps its weekly value.
		{"He lectured there every Monday.", "every Monday", "XXXX-WXX-1", "SET"},
	}
	for _, tc := range tests {
		d, ok := tagOne(t, tc.sentence, tc.expr, anchor)
		if !ok {
			t.Errorf("Tag(%q): no expression %q; got %v", tc.sentence, tc.expr, Tag(tc.sentence, nil, anchor))
			continue
		}
		if d.Value != tc.value || d.Type != tc.typ {
			t.Errorf("Tag(%q) %q = %s %s; want %s %s", tc.sentence, tc.expr, d.Value, d.Type, tc.value, tc.typ)
		}
	}
	// Without "every", "each" or a plural the day is no SET: it may be
	// one month's, and a sixth Sunday is no count within a month.
	for _, s := range []string{
		"The club met on the first Sunday of the month.",
		"The club meets on the sixth Sunday of each month.",
		"The club meets the first Sunday of each year.",
		"The club will meet on the fifth Monday of February.", // February 2026 has four
	} {
		for _, d := range Tag(s, nil, anchor) {
			if d.Type == "SET" && len(d.Value) > 7 && d.Value[:7] == "XXXX-XX" || strings.Contains(s[d.Start:d.End], " of ") {
				t.Errorf("Tag(%q) found %q = %s %s", s, s[d.Start:d.End], d.Value, d.Type)
			}
		}
	}
}
