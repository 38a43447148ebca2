package when

import (
	"fmt"

	"chronicle/internal/doc"
)

// A weekday counted within the month recurs when the month does: "the
// first Sunday of each month", "every first Monday of the month", "the
// last Fridays of the month" are TIMEX3 SETs, any month's such day,
// XXXX-XX-WXX-7. (doc.Date keeps no quant or freq, so the count itself,
// first or last, is not in the value.) Only "every"/"each" or a plural
// weekday makes it recur: "the first Sunday of the month" alone may be
// one day of a story.

// monthlyWeekday: [every|each] [the] (first..fifth|last) Weekday[s] of
// (each|every|the) month.
func (m *matcher) monthlyWeekday(i int) (hit, bool) {
	k := i
	every := false
	if l := m.low(k); l == "every" || l == "each" {
		every, k = true, k+1
	}
	if m.low(k) == "the" {
		k++
	}
	if !m.weekOfMonthOrdinal(k) {
		return hit{}, false
	}
	k++
	t := m.t(k)
	if t == nil || t.kind != kWord || !t.upper {
		return hit{}, false
	}
	wd, ok := weekdays[t.low]
	if !ok && len(t.low) > 1 && t.low[len(t.low)-1] == 's' {
		wd, ok = weekdays[t.low[:len(t.low)-1]]
		every = every || ok // "the first Mondays of the month"
	}
	if !ok || m.low(k+1) != "of" {
		return hit{}, false
	}
	switch m.low(k + 2) {
	case "each", "every":
		every = true
	case "the":
	default:
		return hit{}, false
	}
	if m.low(k+3) != "month" || !every {
		return hit{}, false
	}
	return hit{i: i, j: k + 4, value: fmt.Sprintf("XXXX-XX-WXX-%d", wd), typ: doc.DateSet}, true
}

// weekOfMonthOrdinal reports whether token k counts a weekday within its
// month: first to fifth (1st to 5th), or last.
func (m *matcher) weekOfMonthOrdinal(k int) bool {
	t := m.t(k)
	if t == nil {
		return false
	}
	if t.kind == kOrd {
		return t.num >= 1 && t.num <= 5
	}
	if t.low == "last" {
		return true
	}
	v, ok := look(t, lxOrdinalWord, ordinalWords)
	return ok && v >= 1 && v <= 5
}
