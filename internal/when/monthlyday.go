package when

import (
	"fmt"
	"time"

	"chronicle/internal/doc"
)

// A weekday counted within the month recurs when the month does: "the
// first Sunday of each month", "every first Monday of the month", "the
// last Fridays of the month" are TIMEX3 SETs, any month's such day,
// XXXX-XX-WXX-7. (doc.Date keeps no quant or freq, so the count itself,
// first or last, is not in the value.) Only "every"/"each" or a plural
// weekday makes it recur: "the first Sunday of the month" alone may be
// one day of a story. Within a month the text names, the counted weekday
// is that one day: "the first Sunday of March 2020" is 2020-03-01.

// monthlyWeekday: [every|each] [the] (first..fifth|last) Weekday[s] of
// (each|every|the) month; the (first..fifth|last) Weekday of Month [Year].
func (m *matcher) monthlyWeekday(i int) (hit, bool) {
	k := i
	every := false
	if l := m.low(k); l == "every" || l == "each" {
		every, k = true, k+1
	}
	if m.low(k) == "the" {
		k++
	}
	nth, ok := m.weekOfMonthOrdinal(k)
	if !ok {
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
		if every || t.low[len(t.low)-1] == 's' {
			return hit{}, false
		}
		return m.weekdayOfMonth(i, k+2, nth, wd)
	}
	if m.low(k+3) != "month" || !every {
		return hit{}, false
	}
	return hit{i: i, j: k + 4, value: fmt.Sprintf("XXXX-XX-WXX-%d", wd), typ: doc.DateSet}, true
}

// weekdayOfMonth: the first Sunday of March [2020], one day, the month
// named at token k resolved as a month alone is (monthDate): "the first
// Sunday of March" told in the past of an August anchor is 2 March 2025.
// The month must resolve to a year; the day must be in it (no fifth
// Monday in a month of four).
func (m *matcher) weekdayOfMonth(i, k, nth, wd int) (hit, bool) {
	h, _, ok := m.monthDateCore(k)
	if !ok || h.i != k || len(h.value) != 7 || !allDigits(h.value[:4]) {
		return hit{}, false
	}
	y, mo := atoiYear(h.value), int(h.value[5]-'0')*10+int(h.value[6]-'0')
	var d time.Time
	if nth < 0 {
		last := day(y, mo+1, 0)
		d = last.AddDate(0, 0, -((int(last.Weekday())-wd%7)+7)%7)
	} else {
		first := day(y, mo, 1)
		d = first.AddDate(0, 0, (wd%7-int(first.Weekday())+7)%7+7*(nth-1))
		if int(d.Month()) != mo {
			return hit{}, false
		}
	}
	return hit{i: i, j: h.j, value: fmtDay(d), typ: doc.DateDate, explicit: h.explicit}, true
}

// weekOfMonthOrdinal reads at token k the count of a weekday within its
// month: first to fifth (1st to 5th) as 1 to 5, or last as -1.
func (m *matcher) weekOfMonthOrdinal(k int) (int, bool) {
	t := m.t(k)
	if t == nil {
		return 0, false
	}
	if t.kind == kOrd {
		return t.num, t.num >= 1 && t.num <= 5
	}
	if t.low == "last" {
		return -1, true
	}
	v, ok := look(t, lxOrdinalWord, ordinalWords)
	return v, ok && v >= 1 && v <= 5
}
