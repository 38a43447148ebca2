package when

import (
	"time"

	"chronicle/internal/doc"
)

// Anniversaries: a count of weeks, months or years back from a day the
// text names by deixis is that very day so long ago. In "a year ago
// today" the count is the anchor's date a year before (not the year), in
// "three years ago tomorrow night" the day after it three years before (as
// GUM annotates it; "tomorrow night" stays its own expression), "two
// years ago this month" that month two years back, and "this time last
// year" is the anchor's date last year. Days of a month
// named by deixis ("the 4th of this month", "the 10th of last month") are
// days too.

// dayDeixis are the words that name a day by its distance from the
// anchor, with that distance.
var dayDeixis = map[string]int{"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}

// agoToday: "N units ago" at tokens [i, j) before "today", "tomorrow",
// "yesterday", "tonight": the day, n units back.
func (m *matcher) agoToday(i, j int, u unit, n int) (hit, bool) {
	if h, ok := m.agoThis(i, j, u, n); ok {
		return h, true
	}
	off, ok := dayDeixis[m.low(j)]
	if !ok || u < uWeek || u == uWeekend || !m.has {
		return hit{}, false
	}
	var d time.Time
	switch u {
	case uWeek:
		d = m.anchor.AddDate(0, 0, -7*n)
	case uMonth:
		d = m.anchor.AddDate(0, -n, 0)
	case uYear:
		d = m.anchor.AddDate(-n, 0, 0)
	default:
		return hit{}, false
	}
	// The day word stays an expression of its own ("tomorrow night" is
	// the anchor's tomorrow), as GUM marks the two.
	d = d.AddDate(0, 0, off)
	m.anniv, m.annivN, m.annivU = d, n, u
	return hit{i: i, j: j, value: fmtDay(d), typ: doc.DateDate}, true
}

// agoThis: "N years ago this month" is the anchor's month N years back,
// "a year ago this week" (or "two months ago this week") its week then;
// "this month" stays an expression of its own, as "today" does.
func (m *matcher) agoThis(i, j int, u unit, n int) (hit, bool) {
	if m.low(j) != "this" || !m.has {
		return hit{}, false
	}
	switch {
	case m.low(j+1) == "month" && u == uYear:
		a := m.anchor.AddDate(-n, 0, 0)
		return hit{i: i, j: j, value: fmtMonth(a.Year(), int(a.Month())), typ: doc.DateDate}, true
	case m.low(j+1) == "week" && (u == uYear || u == uMonth):
		a := m.anchor.AddDate(-n, 0, 0)
		if u == uMonth {
			a = m.anchor.AddDate(0, -n, 0)
		}
		return hit{i: i, j: j, value: fmtWeek(a), typ: doc.DateDate}, true
	}
	return hit{}, false
}

// agoAgain: a bare "N units ago" after an anniversary of the same count
// ("Three years ago tomorrow night, I spoke in this hall ... the goals
// outlined 3 years ago") names that occasion again, and so its day: a
// speaker who has fixed the day of an event refers back to it by the
// same phrase (TimeML links the two as coreferent). Another count is
// another time and keeps its own value.
func (m *matcher) agoAgain(i, j int, u unit, n int) (hit, bool) {
	if m.annivN == 0 || n != m.annivN || u != m.annivU {
		return hit{}, false
	}
	return hit{i: i, j: j, value: fmtDay(m.anniv), typ: doc.DateDate}, true
}

// thisTimeLast: "this time last year|month|week" → the anchor's date then.
func (m *matcher) thisTimeLast(i int) (hit, bool) {
	if m.low(i) != "this" || m.low(i+1) != "time" || m.low(i+2) != "last" || !m.has {
		return hit{}, false
	}
	var d time.Time
	switch m.low(i + 3) {
	case "year":
		d = m.anchor.AddDate(-1, 0, 0)
	case "month":
		d = m.anchor.AddDate(0, -1, 0)
	case "week":
		d = m.anchor.AddDate(0, 0, -7)
	default:
		return hit{}, false
	}
	return hit{i: i, j: i + 4, value: fmtDay(d), typ: doc.DateDate}, true
}

// dayOfDeicticMonth: "the 4th of this month", "the 10th of last month",
// "the first of next month".
func (m *matcher) dayOfDeicticMonth(i int) (hit, bool) {
	if m.low(i) != "the" {
		return hit{}, false
	}
	d, k, ok := m.dayOrdinal(i + 1)
	if !ok || m.low(k) != "of" || m.low(k+2) != "month" {
		return hit{}, false
	}
	off := 0
	switch m.low(k + 1) {
	case "this":
	case "last":
		off = -1
	case "next":
		off = 1
	default:
		return hit{}, false
	}
	if !m.has {
		return hit{i: i, j: k + 3, value: "XXXX-XX-XX", typ: doc.DateDate, relative: true}, true
	}
	first := day(m.anchor.Year(), int(m.anchor.Month())+off, 1)
	if d > day(first.Year(), int(first.Month())+1, 0).Day() {
		return hit{}, false
	}
	return hit{i: i, j: k + 3, value: fmtYMD(first.Year(), int(first.Month()), d), typ: doc.DateDate}, true
}
