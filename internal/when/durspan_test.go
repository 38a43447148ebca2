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
