package when

import (
	"strconv"
	"time"

	"chronicle/internal/doc"
)

// "The week before that", "the year after that": a unit counted from the
// period the text named last, when that period is of the same unit ("not
// last week, not the week before that, but the week before that" are
// 2017-W13, -W12 and -W11 said in W14). TIMEX3 resolves them
// anaphorically; with no such period in this sentence or the one before,
// there is nothing to count from and no expression is reported. The chain
// goes on because each one is, in turn, the last period named.

// noteLast remembers the value of the hit just taken (run).
func (m *matcher) noteLast(h hit) {
	if h.typ != doc.DateDate {
		return
	}
	m.lastValue, m.lastSent = h.value, m.sent+1
}

// unitBeforeThat: the week|month|year|day before|after that.
func (m *matcher) unitBeforeThat(i int) (hit, bool) {
	if m.lastSent == 0 || m.sent+1-m.lastSent > 1 || m.low(i+3) != "that" || m.low(i) != "the" {
		return hit{}, false
	}
	off := 0
	switch m.low(i + 2) {
	case "before":
		off = -1
	case "after":
		off = 1
	default:
		return hit{}, false
	}
	var u unit
	switch m.low(i + 1) {
	case "day":
		u = uDay
	case "week":
		u = uWeek
	case "month":
		u = uMonth
	case "year":
		u = uYear
	default:
		return hit{}, false
	}
	t, lu, ok := valueStart(m.lastValue)
	if !ok || lu != u {
		return hit{}, false
	}
	v, ok := unitValue(t, u, off)
	if !ok {
		return hit{}, false
	}
	return hit{i: i, j: i + 4, value: v, typ: doc.DateDate}, true
}

// valueStart reads the first day and the unit of a TIMEX3 value naming
// one calendar day (2017-03-25), ISO week (2017-W12), month (2017-03) or
// year (2017).
func valueStart(v string) (time.Time, unit, bool) {
	if len(v) < 4 {
		return time.Time{}, uNone, false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return time.Time{}, uNone, false
	}
	switch {
	case len(v) == 4:
		return day(y, 1, 1), uYear, true
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		w, err := strconv.Atoi(v[6:])
		if err != nil || w < 1 || w > 53 {
			return time.Time{}, uNone, false
		}
		jan4 := day(y, 1, 4)
		return jan4.AddDate(0, 0, 1-isoWeekday(jan4)+7*(w-1)), uWeek, true
	case len(v) == 7 && v[4] == '-':
		mo, err := strconv.Atoi(v[5:])
		if err != nil || mo < 1 || mo > 12 {
			return time.Time{}, uNone, false
		}
		return day(y, mo, 1), uMonth, true
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return time.Time{}, uNone, false
		}
		return t, uDay, true
	}
	return time.Time{}, uNone, false
}
