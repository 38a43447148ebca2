package when

import (
	"chronicle/internal/doc"
)

// A week counted within a named month is the days it covers: "the first
// week of September" is 1 to 7 September, "the last week of August 2015"
// 25 to 31 August 2015, the month resolved as a month alone is
// (monthDate). Read word by word, "the first week" was a one-week
// duration (with "the last week", the week up to the anchor) and the
// month stood apart. The weeks are the month's days counted in sevens, as
// people mean them, not ISO weeks, which straddle months.

// weekOfMonth: the (first..fifth|last|final) week of Month [Year].
func (m *matcher) weekOfMonth(i int) (hit, bool) {
	if m.low(i) != "the" {
		return hit{}, false
	}
	k := i + 1
	nth, ok := m.weekOfMonthOrdinal(k)
	if !ok && m.low(k) == "final" {
		nth, ok = -1, true
	}
	if !ok || m.low(k+1) != "week" || m.low(k+2) != "of" {
		return hit{}, false
	}
	h, _, ok := m.monthDateCore(k + 3)
	if !ok || h.i != k+3 || len(h.value) != 7 || !allDigits(h.value[:4]) {
		return hit{}, false
	}
	y, mo := atoiYear(h.value), int(h.value[5]-'0')*10+int(h.value[6]-'0')
	last := day(y, mo+1, 0).Day()
	lo, hi := 7*(nth-1)+1, 7*nth
	if nth < 0 {
		lo, hi = last-6, last
	}
	if lo > last {
		return hit{}, false // no fifth week in February of a common year
	}
	hi = min(hi, last)
	v := fmtYMD(y, mo, lo) + "/" + fmtYMD(y, mo, hi)
	return hit{i: i, j: h.j, value: v, typ: doc.DateDate, explicit: h.explicit}, true
}
