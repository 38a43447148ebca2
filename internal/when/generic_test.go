package when

import "testing"

// TestNotADate: calendar words that modify a noun, stand in a name, or
// are nouns of another sense (generic.go).
func TestNotADate(t *testing.T) {
	for _, s := range []string{
		"Winter storms closed the mountain roads.",
		"She taught at the Summer Institute of Linguistics for years.",
		"After the fall of Rome the city declined.",
		"The farm sold Christmas trees by the road.",
		"What followed was the Arab Spring uprisings throughout the region.",
		"The card said Merry Christmas in gold letters.",
		"The comic was drawn by Johnnie Christmas and Ann Lee.",
		"He read the Saturday Evening Post on the porch.",
		"Pick up a copy of Yucatan Today at the tourist office.",
		"Kids love the summer camp by the lake.",
	} {
		for _, d := range Tag(s, nil, anchor) {
			t.Errorf("Tag(%q) found %q = %s", s, s[d.Start:d.End], d.Value)
		}
	}
}

// TestGenericDays: any Monday is a SET; names do not swallow real dates.
func TestGenericDays(t *testing.T) {
	tests := []struct {
		sentence, expr, value, typ string
	}{
		{"The market always opens on a Monday.", "Monday", "XXXX-WXX-1", "SET"},
		{"Traffic is bad on Saturday mornings.", "Saturday mornings", "XXXX-WXX-6", "SET"},
		{"So Today I sent a box home.", "Today", "2025-08-19", "DATE"},
		{"They flew home on Christmas Day.", "Christmas Day", "2024-12-25", "DATE"},
		{"They partied on New Year's Eve.", "New Year's Eve", "2024-12-31", "DATE"},
		{"We met at Christmas 1969 in Rome.", "Christmas 1969", "1969-12-25", "DATE"},
		{"He died on Christmas Day, 1969.", "Christmas Day, 1969", "1969-12-25", "DATE"},
		{"The party on Halloween of 2019 was wild.", "Halloween of 2019", "2019-10-31", "DATE"},
		{"I bought it last year Halloween.", "last year Halloween", "2024-10-31", "DATE"},
		{"We met at Christmas last year.", "Christmas last year", "2024-12-25", "DATE"},
		{"Last year's Christmas was quiet.", "Last year's Christmas", "2024-12-25", "DATE"},
		{"Easter next year falls late.", "Easter next year", "2026-04-05", "DATE"},
		{"The farm sold trees this year.", "this year", "2025", "DATE"},
		{"When I wrote my 9/11-related poems, times were hard.", "9/11", "2001-09-11", "DATE"},
		{"The form is dated 9/11/2001.", "9/11/2001", "2001-09-11", "DATE"},
		{"The shops will close on New Year’s Day.", "New Year’s Day", "2026-01-01", "DATE"},
		{"It was bitterly cold in the winter of 2010.", "winter of 2010", "2010-WI", "DATE"},
		{"The rebels met Monday in Goma.", "Monday", "2025-08-18", "DATE"},
		{"The vote on Friday Parliament rejected it.", "Friday", "2025-08-15", "DATE"},
		{"On Friday Trump spoke.", "Friday", "2025-08-15", "DATE"},
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
}

// TestHolidayDateTold: a day and month told beside a holiday's name is
// its day, whatever the holiday table says; without one the table holds.
func TestHolidayDateTold(t *testing.T) {
	tests := []struct {
		sentence, expr, value, typ string
	}{
		{"On 25 March, Independence Day, Greeks marched in Athens.", "Independence Day", "2025-03-25", "DATE"},
		{"On 25 March, Independence Day, Greeks marched in Athens.", "25 March", "2025-03-25", "DATE"},
		{"Greeks celebrated Independence Day on 25 March.", "Independence Day", "2025-03-25", "DATE"},
		{"Greeks celebrated Independence Day (25 March) in Athens.", "Independence Day", "2025-03-25", "DATE"},
		{"On Independence Day, 25 March 1821, the revolt began.", "Independence Day", "1821-03-25", "DATE"},
		{"On March 25, 1821 - Independence Day - the revolt began.", "Independence Day", "1821-03-25", "DATE"},
		{"Independence Day falls on 25 March.", "Independence Day", "2025-03-25", "DATE"},
		{"Russians marked Christmas on 7 January.", "Christmas", "2025-01-07", "DATE"},
		// No date beside it: the table's day.
		{"They marched on Independence Day.", "Independence Day", "2025-07-04", "DATE"},
		{"The parade was held on Independence Day, July 4th.", "Independence Day", "2025-07-04", "DATE"},
		// A day after "on" without a verb of keeping the holiday is
		// another day.
		{"We flew home for Christmas on 20 December.", "Christmas", "2024-12-25", "DATE"},
		{"We flew home for Christmas on 20 December.", "20 December", "2024-12-20", "DATE"},
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
}
