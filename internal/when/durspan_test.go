package when

import "testing"

// TestLastCalendarUnit: "the past decade" / "the last century" is the
// last calendar unit to end by the anchor's year.
func TestLastCalendarUnit(t *testing.T) {
	for _, c := range []struct {
		year, span int
		want       string
	}{
		{2019, 10, "2010/2019"},
		{2025, 10, "2010/2019"},
		{2020, 10, "2010/2019"},
		{2009, 100, "1900/1999"},
		{1999, 100, "1900/1999"},
		{2000, 100, "1900/1999"},
	} {
		if got := lastCalendarUnit(c.year, c.span); got != c.want {
			t.Errorf("lastCalendarUnit(%d, %d) = %s; want %s", c.year, c.span, got, c.want)
		}
	}
}

// TestTheseSpans: "these past two days" is "the past two days", told from
// inside the period; "these" before a count alone stays a bare duration.
func TestTheseSpans(t *testing.T) {
	checkSpans(t, []spanCase{
		{"We had creative days these past two days.", "these past two days", "P2D", "2025-08-18/2025-08-19"},
		{"It rained these last three weeks.", "these last three weeks", "P3W", "2025-07-30/2025-08-19"},
		{"It will rain these next two days.", "these next two days", "P2D", "2025-08-20/2025-08-21"},
		{"These two days were hard.", "two days", "P2D", ""},
	})
}

// TestUnitsAhead: "the months ahead", "the years to come" are the coming
// months or years, with their span after the anchor.
func TestUnitsAhead(t *testing.T) {
	checkSpans(t, []spanCase{
		{"In the months ahead, the town will grow.", "the months ahead", "PXM", "2025-08-20/2025-11-19"},
		{"The days ahead will be hard.", "The days ahead", "PXD", "2025-08-20/2025-08-22"},
		{"In the years to come, the town will grow.", "the years to come", "PXY", "2026/2028"},
		{"We finished two years ahead of schedule.", "two years", "P2Y", ""},
	})
}

// TestCompoundSpans: a length told in two units keeps the span of the
// whole, counted in the finer unit where durationSpan can.
func TestCompoundSpans(t *testing.T) {
	checkSpans(t, []spanCase{
		{"He has lived here for the last 2 years and 3 months.", "the last 2 years and 3 months", "P2Y3M", "2023-05-20/2025-08-19"},
		{"The fair runs for the next 1 week and 2 days.", "the next 1 week and 2 days", "P9D", "2025-08-20/2025-08-28"},
	})
}

// TestHyphenDurations: "an 11-year lull" is a length (TIMEX3's DURATION),
// with a span where the text ties it to a point; an age is none.
func TestHyphenDurations(t *testing.T) {
	checkSpans(t, []spanCase{
		{"The broadcasts resumed after an 11-year lull.", "11-year", "P11Y", "2014-08-20/2025-08-19"},
		{"In 1859 he proclaimed himself emperor, and so began a 21-year reign.", "21-year", "P21Y", "1859/1880"},
		{"The union called a two-day-long strike.", "two-day-long", "P2D", ""},
		{"Prices rose over the past fortnight.", "the past fortnight", "P2W", "2025-08-06/2025-08-19"},
		{"It is a five-minute walk.", "five-minute", "PT5M", ""},
	})
	for _, s := range []string{"A 14-year-old boy was arrested.", "A 20-year old student spoke."} {
		for _, d := range Tag(s, nil, anchor) {
			t.Errorf("%q: unexpected %q = %s", s, s[d.Start:d.End], d.Value)
		}
	}
}
