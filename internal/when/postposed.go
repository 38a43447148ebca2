package when

import (
	"chronicle/internal/doc"
	"strconv"
	"strings"
	"time"
)

// Postposed "last" and "next": formal and older English, legal notices and
// British reports put the word after the date ("the 12th of October last",
// "on the 1st day of February next", "Tuesday last", "in March next"). It
// settles what tense would otherwise guess: the latest such day or month
// before the reference point, or the first after it. Without the word the
// rule that read the date keeps its own resolution; a following unit or
// time noun ("October last year", "Tuesday next week") belongs to another
// expression and leaves the date alone.

// postposedNouns are words after last/next that make them the start of
// another phrase ("March last season"), not a postposed modifier.
var postposedNouns = map[string]bool{"time": true, "night": true, "morning": true, "evening": true,
	"afternoon": true, "season": true, "term": true, "session": true, "one": true, "few": true,
	"two": true, "three": true, "of": true}

// postposedAt reports +1 for "next" and -1 for "last" at token k, standing
// alone after a date that ends at k.
func (m *matcher) postposedAt(k int) int {
	t := m.t(k)
	if t == nil || !t.gap {
		return 0 // "October-last": not a separate word
	}
	dir := 0
	switch t.low {
	case "last":
		dir = -1
	case "next":
		dir = 1
	default:
		return 0
	}
	if n := m.t(k + 1); n != nil && n.kind == kWord && (n.lex&(lxUnit|lxSeason) != 0 || postposedNouns[n.low]) {
		return 0
	}
	return dir
}

// postposedBase is the point a postposed last/next counts from: the date
// the text last fixed when it is recent (a proclamation dated in its first
// line), else the anchor.
func (m *matcher) postposedBase() time.Time {
	if _, ok := m.recentYear(TenseUnknown); ok && m.refGran >= uDay {
		return m.ref
	}
	return m.anchor
}

// postposedMonthDate moves a year-less month or month and day, read at
// [h.i, h.j), to the occurrence that a postposed last/next names, and
// takes the word into the expression.
func (m *matcher) postposedMonthDate(h hit) (hit, bool) {
	dir := m.postposedAt(h.j)
	if dir == 0 || !m.has {
		return h, false
	}
	for k := h.i; k < h.j; k++ {
		if t := m.toks[k]; t.kind == kNum && t.digits >= 3 {
			return h, false // the year is written: "October 12, 1859 last" is no such phrase
		}
	}
	v := h.value
	if strings.HasPrefix(v, "XXXX") || strings.ContainsAny(v, "/T") {
		return h, false
	}
	p := strings.Split(v, "-")
	if len(p) < 2 || len(p) > 3 || len(p[0]) != 4 {
		return h, false
	}
	mo, err := strconv.Atoi(p[1])
	if err != nil {
		return h, false
	}
	base := m.postposedBase()
	y := base.Year()
	if len(p) == 2 {
		bm := int(base.Month())
		switch {
		case dir < 0 && mo >= bm:
			y--
		case dir > 0 && mo <= bm:
			y++
		}
		h.value = fmtMonth(y, mo)
	} else {
		d, err := strconv.Atoi(p[2])
		if err != nil {
			return h, false
		}
		t := day(y, mo, d)
		switch {
		case dir < 0 && !t.Before(base):
			y--
		case dir > 0 && !t.After(base):
			y++
		}
		h.value = fmtYMD(y, mo, d)
	}
	h.j++
	return h, true
}

// postposedWeekday resolves "Tuesday last" and "Friday next" at [i, j):
// the latest such weekday before the anchor, or the first after it.
func (m *matcher) postposedWeekday(i, j, wd int) (hit, bool) {
	dir := m.postposedAt(j)
	if dir == 0 || !m.has {
		return hit{}, false
	}
	t := m.anchor
	for {
		t = t.AddDate(0, 0, dir)
		if isoWeekday(t) == wd {
			break
		}
	}
	return hit{i: i, j: j + 1, value: fmtDay(t), typ: doc.DateDate}, true
}
