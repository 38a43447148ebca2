package when

import (
	"strings"
	"time"

	"chronicle/internal/doc"
)

// Weeks named by what they hold. A week counted within a named month is
// the days it covers: "the first
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

// weekOfDay: "the week of March 3" is the ISO week that holds the day
// (2025-W10), "the weekend of June 5-6" that week's weekend; "the week
// before last" and "the weekend before last" are two back from the
// anchor's. Read word by word, "the weekend" was the last one gone by and
// the day stood apart.
func (m *matcher) weekOfDay(i int) (hit, bool) {
	if m.low(i) != "the" {
		return hit{}, false
	}
	u, ok := m.unitAt(i + 1)
	if !ok || (u != uWeek && u != uWeekend) || strings.HasSuffix(m.low(i+1), "s") {
		return hit{}, false
	}
	switch m.low(i + 2) {
	case "before":
		if m.low(i+3) != "last" || !m.has {
			return hit{}, false
		}
		v, _ := unitValue(m.anchor, u, -2)
		return hit{i: i, j: i + 4, value: v, typ: doc.DateDate}, true
	case "of":
		h, _, ok := m.monthDateCore(i + 3)
		if !ok || h.i != i+3 || len(h.value) < 10 || !isDayValue(h.value[:10]) || !allDigits(h.value[:4]) {
			return hit{}, false
		}
		d, err := time.Parse(time.DateOnly, h.value[:10])
		if err != nil {
			return hit{}, false
		}
		v := fmtWeek(d)
		if u == uWeekend {
			v += "-WE"
		}
		return hit{i: i, j: h.j, value: v, typ: doc.DateDate, explicit: h.explicit}, true
	}
	return hit{}, false
}
