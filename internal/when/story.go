package when

import "time"

// A diary or a vlog that tells a story of days gone by names one of them
// by its date ("on the 16th of December I tested positive") and then goes
// on by weekdays ("my first symptom was on Monday", "Wednesday I got
// tested"): those weekdays are the days around that date, not the ones
// before the video went up a week later. In such a first-person text
// (register.go), after a day named by its month and day more than three
// days before the anchor, a weekday in a clause not set in the future is
// the one nearest that day (three days either way), until the narrator
// comes back to the present (storySpan). The dated day stays the pivot:
// a story told around it ("on Monday ... on Sunday night ... on Friday")
// moves back and forth from it, not from the weekday before. News
// and speeches keep counting weekdays from the anchor.

// History is told by weekdays too ("On 14 July 1789 the Bastille fell.
// On Tuesday the king ..."), and there the weekday is a day of the dated
// day's week, whatever the text's voice. A past-tense weekday in the
// sentence of a day named by its month, or the next one, is read so when
// that day lies a generation (historyYears) or more before the anchor;
// closer to it, a news report's "On Monday" after an older date is still
// the anchor's Monday.
const historyYears = 20

// historyWeekday reports whether a weekday in a clause of tense follows a
// day of history closely enough to be read against it (see above).
func (m *matcher) historyWeekday(tense Tense) bool {
	return tense == TensePast && m.sent+1-m.storySent <= 1 && m.story.Before(m.anchor.AddDate(-historyYears, 0, 0))
}

// storySpan is how many sentences a story's day holds without being named
// again; "today", "yesterday", "tomorrow", "tonight" and "now" end it at
// once, since the narrator is back in the present.
const storySpan = 12

// presentTurn are the words that bring a story back to the present.
var presentTurn = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "now": true}

// storyWeekday resolves weekday wd against the story's last dated day.
func (m *matcher) storyWeekday(wd int, tense Tense) (time.Time, bool) {
	if tense == TenseFuture || m.storySent == 0 || m.sent+1-m.storySent > storySpan {
		return time.Time{}, false
	}
	if !m.story.Before(m.anchor.AddDate(0, 0, -3)) {
		return time.Time{}, false
	}
	if !m.diary() && !m.historyWeekday(tense) {
		return time.Time{}, false
	}
	diff := wd - isoWeekday(m.story)
	switch {
	case diff > 3:
		diff -= 7
	case diff < -3:
		diff += 7
	}
	return m.story.AddDate(0, 0, diff), true
}
