package when

import (
	"testing"
	"time"

	"chronicle/internal/doc"
)

func TestNthWeekday(t *testing.T) {
	tests := []struct {
		y, mo, nth, wd int
		want           string
	}{
		{2025, 11, 4, 4, "2025-11-27"}, // Thanksgiving
		{2024, 11, 4, 4, "2024-11-28"},
		{2025, 5, -1, 1, "2025-05-26"}, // Memorial Day
		{2021, 5, -1, 1, "2021-05-31"}, // the month's last day is a Monday
		{2025, 9, 1, 1, "2025-09-01"},  // Labor Day on the 1st
		{2026, 6, 3, 7, "2026-06-21"},  // Father's Day
	}
	for _, tc := range tests {
		if got := fmtDay(nthWeekday(tc.y, tc.mo, tc.nth, tc.wd)); got != tc.want {
			t.Errorf("nthWeekday(%d, %d, %d, %d) = %s; want %s", tc.y, tc.mo, tc.nth, tc.wd, got, tc.want)
		}
	}
}

// TestFeastsNotNames checks that the words of a feast's name mean nothing
// alone or in another name, and that greetings and modifiers stay as for
// Christmas.
func TestFeastsNotNames(t *testing.T) {
	for _, s := range []string{
		"Labor actions spread across the country.",
		"He prayed to the Father of Lights.",
		"The crowd gathered at the Memorial Hall station.",
		"Happy Mother's Day to all of you!",
		"We had a Thanksgiving dinner with friends.",
		"She won the Golden Palm in Cannes.",
		"They fell asleep on the palm sunday mats.",
		"The Good Friday Agreement was signed in Belfast.",
		"Happy Good Friday to all of you!",
	} {
		for _, d := range Tag(s, nil, anchor) {
			t.Errorf("Tag(%q): unexpected %q = %s", s, s[d.Start:d.End], d.Value)
		}
	}
}

// TestFeastNoDateline checks that a feast over a letter's weekday
// dateline does not re-anchor it: the letter is written on the Thursday
// after Ash Wednesday, its publication day.
func TestFeastNoDateline(t *testing.T) {
	text := "Ash Wednesday 1969\nThurs.\nDear Mom,\nThe list came out yesterday."
	pub := time.Date(1969, 2, 20, 0, 0, 0, 0, time.UTC)
	want := map[string]string{"Ash Wednesday 1969": "1969-02-19", "Thurs.": "1969-02-20", "yesterday": "1969-02-19"}
	got := map[string]string{}
	for _, d := range Tag(text, nil, pub) {
		got[text[d.Start:d.End]] = d.Value
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q = %q; want %q (all: %v)", k, got[k], v, got)
		}
	}
}

// TestFeastAbbreviated reads "St." inside one sentence (the fallback
// splitter would end a sentence at "St. Patrick").
func TestFeastAbbreviated(t *testing.T) {
	text := "They marched on St. Patrick's Day."
	res := Annotate(text, []doc.Span{{Start: 0, End: int32(len(text))}}, anchor)
	if len(res.Dates) != 1 || text[res.Dates[0].Start:res.Dates[0].End] != "St. Patrick's Day" || res.Dates[0].Value != "2025-03-17" {
		t.Errorf("Annotate(%q) = %v", text, res.Dates)
	}
}
