package when

import (
	"strconv"

	"chronicle/internal/doc"
)

// Parts of a period named by deixis: "by the end of the year", "at the
// start of next month", "the beginning of this week". News sets deadlines this way more than any other, and without the
// rule "the end of the year" gave no date at all (the bare "the year" is
// no expression of its own).
//
// The value is the period's, as TIMEX3 writes it: "the start of next
// month" is value 2025-09 (TIMEX3 adds mod="START", and doc.Date has no
// mod). That claims the whole period where the text names a part, but it
// is what a period named in figures already gives: GUM's annotators mark
// "at the end of 1990" and "the beginning of 1945" as the year alone, and
// the year rule reads them so. Here "the end of" joins the expression
// because "the year" alone would not stand as one.
//
// The end of a year, a quarter or a month is the exception: it is a
// deadline ("by the end of the year", "by year-end", "by the end of the
// quarter"), and GUM marks it, with its "end" inside the expression, as
// the period's last day (2025-12-31), which is also the day an event so
// dated is due. A week keeps its value: its last day depends on where the
// text's week begins.
//
// "At the end of the day" is an idiom (finally, all things considered),
// so a day is such a period only after a deadline's preposition ("by the
// end of the day", endOfDay). "The middle of the year" is left out: "mid-"
// gives the middle of a period as an interval (modifier.go), and the
// whole period here would contradict it.

// partWords name the part of a period.
var partWords = map[string]bool{"end": true, "beginning": true, "start": true, "close": true}

// partOf: the end|beginning|start|close of the year|quarter|month|week
// (anaphoric: the anchor's, or for the year a year the text has just
// named) or of this|next|last year|month|week (relative).
func (m *matcher) partOf(i int) (hit, bool) {
	if m.low(i) != "the" || !partWords[m.low(i+1)] || m.low(i+2) != "of" {
		return hit{}, false
	}
	end := m.low(i+1) == "end" || m.low(i+1) == "close"
	k := i + 3
	if h, ok := m.endOfDay(i, k, end); ok {
		return h, true
	}
	if m.low(k) == "the" {
		u, ok := m.unitAt(k + 1)
		if !ok || m.low(k+1) != "year" && m.low(k+1) != "month" && m.low(k+1) != "week" && m.low(k+1) != "quarter" {
			return hit{}, false
		}
		a, known := m.anchor, m.has
		if u == uYear {
			if ry, ok := m.recentYear(m.tense(i, k+2)); ok {
				a, known = day(ry, 1, 1), true
			}
		}
		if !known {
			return hit{i: i, j: k + 2, value: underspecifiedPart(u, end), typ: doc.DateDate, relative: true}, true
		}
		v, ok := unitValue(a, u, 0)
		if !ok {
			return hit{}, false
		}
		if end {
			v = lastDayOf(v)
		}
		return hit{i: i, j: k + 2, value: v, typ: doc.DateDate}, true
	}
	in, ok := m.relative(k)
	if !ok || in.i != k || in.typ != doc.DateDate || in.relative && m.has {
		return hit{}, false
	}
	u, ok := m.unitAt(in.j - 1)
	if !ok || u == uDay {
		return hit{}, false
	}
	in.i = i
	switch {
	case in.relative:
		in.value = underspecifiedPart(u, end)
	case end:
		in.value = lastDayOf(in.value)
	}
	return in, true
}

// endOfDay: "by the end of the day", "before the close of the day": a
// deadline, the day itself (the anchor's). Without a deadline's
// preposition "at the end of the day" is the idiom (all things
// considered); before the day's name ("by the end of the day Saturday")
// the weekday tells the day.
func (m *matcher) endOfDay(i, k int, end bool) (hit, bool) {
	if !end || m.low(k) != "the" || m.low(k+1) != "day" || !deadlineLeads[m.low(i-1)] {
		return hit{}, false
	}
	if n := m.t(k + 2); n != nil && n.kind == kWord && n.upper && calendarWord(n.low) {
		return hit{}, false
	}
	if !m.has {
		return hit{i: i, j: k + 2, value: underspecified(uDay), typ: doc.DateDate, relative: true}, true
	}
	return hit{i: i, j: k + 2, value: fmtDay(m.anchor), typ: doc.DateDate}, true
}

// deadlineLeads make the end of a day a deadline.
var deadlineLeads = map[string]bool{"by": true, "before": true, "until": true, "till": true}

// underspecifiedPart is the value of a part of a period of unit u when
// there is no anchor: the period's own (XXXX-XX), but for the end of a
// year its last day (XXXX-12-31).
func underspecifiedPart(u unit, end bool) string {
	if end && u == uYear {
		return "XXXX-12-31"
	}
	return underspecified(u)
}

// yearEnd: "year end", "year-end" after a word that makes it a time ("by
// year end", "at year-end", "before year-end"): the last day of the
// anchor's year (or of a year just told), as "the end of the year"
// (partOf). Without the preposition ("year-end results", "a year-end
// bonus") it names a kind of thing, not a time.
func (m *matcher) yearEnd(i int) (hit, bool) {
	if m.low(i) != "year" || !yearEndLeads[m.low(i-1)] {
		return hit{}, false
	}
	k := i + 1
	if m.low(k) == "-" && m.adj(k) && m.adj(k+1) {
		k++
	}
	if m.low(k) != "end" {
		return hit{}, false
	}
	if !m.has {
		return hit{i: i, j: k + 1, value: "XXXX-12-31", typ: doc.DateDate, relative: true}, true
	}
	// A deadline looks ahead: only a past clause ("by year end it had
	// 40 staff") may mean the year just told.
	y := m.anchor.Year()
	if tense := m.tense(i, k+1); tense == TensePast {
		if ry, ok := m.recentYear(tense); ok {
			y = ry
		}
	}
	return hit{i: i, j: k + 1, value: fmtYMD(y, 12, 31), typ: doc.DateDate}, true
}

// yearEndLeads are the prepositions before a time "year end".
var yearEndLeads = map[string]bool{"by": true, "at": true, "before": true, "until": true, "till": true, "after": true}

// lastDayOf gives the last day of a year (2025), quarter (2025-Q3) or
// month (2025-09) value; any other value is returned as it is.
func lastDayOf(v string) string {
	if len(v) != 4 && (len(v) != 7 || v[4] != '-') {
		return v
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return v
	}
	if len(v) == 4 {
		return fmtYMD(y, 12, 31)
	}
	if v[5] == 'Q' {
		if q := v[6]; q >= '1' && q <= '4' {
			return fmtDay(day(y, 3*int(q-'0')+1, 0))
		}
		return v
	}
	mo, err := strconv.Atoi(v[5:])
	if err != nil || mo < 1 || mo > 12 {
		return v
	}
	return fmtDay(day(y, mo+1, 0))
}

// timeOfWriting: "the time of (this) writing", "the time of publication":
// the day the text was written, TIMEX3's document creation time: the
// anchor, as for "today" (a letter's dateline moves both): "holds, at the
// time of writing, over 3,800 materials".
func (m *matcher) timeOfWriting(i int) (hit, bool) {
	if m.low(i+1) != "time" || m.low(i+2) != "of" || m.low(i) != "the" {
		return hit{}, false
	}
	k := i + 3
	if m.low(k) == "this" {
		k++
	}
	switch m.low(k) {
	case "writing", "publication", "going":
	default:
		return hit{}, false
	}
	if m.low(k) == "going" && m.low(k+1) != "to" {
		return hit{}, false
	}
	j := k + 1
	if m.low(k) == "going" {
		if m.low(k+2) != "press" {
			return hit{}, false
		}
		j = k + 3 // "the time of going to press"
	}
	if !m.has {
		return hit{i: i, j: j, value: underspecified(uDay), typ: doc.DateDate, relative: true}, true
	}
	return hit{i: i, j: j, value: fmtDay(m.anchor), typ: doc.DateDate}, true
}
