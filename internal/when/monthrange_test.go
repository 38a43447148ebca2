package when

import (
	"testing"
	"time"
)

// TestMonthRanges: months joined by a dash are one interval (anchor
// Tuesday 19 August 2025); joined by words they stay two dates.
func TestMonthRanges(t *testing.T) {
	checkRefCases(t, []refCase{
		{"with a year", "Households used it January-june 2016.", "January-june 2016", "2016-01/2016-06", anchor},
		{"across the new year", "The reef closed November–March 2019.", "November–March 2019", "2018-11/2019-03", anchor},
		{"ambiguous month, dash", "The museum is open May-September.", "May-September", "2025-05/2025-09", anchor},
		{"abbreviations", "Rains fall Jun–Aug. in the south.", "Jun–Aug.", "2025-06/2025-08", anchor},
		{"spaced dash", "The dry season (May – October) is best.", "May – October", "2025-05/2025-10", anchor},
		{"into the next year", "The wet season runs November-March.", "November-March", "2025-11/2026-03", anchor},
		{"a past range", "The survey ran February–April.", "February–April", "2025-02/2025-04", anchor},
		{"no anchor", "The museum is open May-September.", "May-September", "XXXX-05/XXXX-09", time.Time{}},
		{"words keep two dates", "Rains come from July to September.", "July", "2025-07", anchor},
		{"the second of them", "Rains come from July to September.", "September", "2025-09", anchor},
	})
	// A day after the second month makes a range of days, not of months.
	for _, d := range Tag("The fair ran May-June 5, 2019.", nil, anchor) {
		if d.Value == "2019-05/2019-06" || d.Value == "2025-05/2025-06" {
			t.Errorf("May-June 5 read as a range of months: %s", d.Value)
		}
	}
}
