package when

import (
	"strings"
	"time"

	"chronicle/internal/doc"
)

// "The next day", "the following morning", "the previous night", "the
// night before", "the next Tuesday" name the day after (or before) the last day the text spoke
// of, whether that day
// was given by a full date, a weekday or "yesterday": TIMEX3 resolves them
// anaphorically, as a DATE, never as a one-day DURATION. Without such a
// day in this sentence or the two before, there is nothing to count from
// ("sit down at the keyboard the next day" in advice), and no expression
// is reported.

// noteDayRef remembers the day a hit names.
func (m *matcher) noteDayRef(h hit) {
	v, bc := h.value, false
	if strings.HasPrefix(v, "BC") {
		v, bc = v[2:], true // BC0210-09-10: a day before Christ
	}
	if h.typ != doc.DateDate && h.typ != doc.DateTime || len(v) < 10 {
		return
	}
	if len(v) > 11 && v[10] == 'T' && v[11] >= '0' && v[11] <= '9' {
		return // a clock time names no day of its own
	}
	t, err := time.Parse(time.DateOnly, v[:10])
	if err != nil {
		return
	}
	if bc {
		t = day(-t.Year(), int(t.Month()), t.Day())
	}
	m.dayRef, m.dayRefSent = t, m.sent+1 // +1: zero means none
	for k := h.i; k < h.j; k++ {
		if _, ok := months[m.toks[k].low]; ok {
			m.story, m.storySent = t, m.sent+1 // a day named by its month (story.go)
			break
		}
	}
}

// nextDay: the next day, the following morning, the previous night.
func (m *matcher) nextDay(i int) (hit, bool) {
	if m.low(i) != "the" || m.dayRefSent == 0 || m.sent+1-m.dayRefSent > 2 {
		return hit{}, false
	}
	off := 0
	switch m.low(i + 1) {
	case "next", "following":
		off = 1
	case "previous", "preceding":
		off = -1
	default:
		// "the night before", "the morning after"
		p, ok := partsOfDay[m.low(i+1)]
		if !ok {
			return hit{}, false
		}
		switch m.low(i + 2) {
		case "before":
			off = -1
		case "after":
			off = 1
		default:
			return hit{}, false
		}
		return hit{i: i, j: i + 3, value: fmtDay(m.dayRef.AddDate(0, 0, off)) + "T" + p, typ: doc.DateTime}, true
	}
	if wd, j, ok := m.weekdayAt(i + 2); ok {
		// "the next Tuesday", "the following Friday": the first such day
		// after (before) the day the text last named.
		d := m.dayRef
		for k := 0; k < 7; k++ {
			d = d.AddDate(0, 0, off)
			if isoWeekday(d) == wd {
				break
			}
		}
		return m.withPartOfDay(hit{i: i, j: j, value: fmtDay(d), typ: doc.DateDate}), true
	}
	w := m.low(i + 2)
	d := m.dayRef.AddDate(0, 0, off)
	if w == "day" {
		return hit{i: i, j: i + 3, value: fmtDay(d), typ: doc.DateDate}, true
	}
	if p, ok := partsOfDay[w]; ok {
		return hit{i: i, j: i + 3, value: fmtDay(d) + "T" + p, typ: doc.DateTime}, true
	}
	return hit{}, false
}
