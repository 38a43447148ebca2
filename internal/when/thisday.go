package when

import (
	"strings"
	"time"

	"chronicle/internal/doc"
)

// Days named by a demonstrative, periods named by "recent", and Easter.
//
//   - "this day" is the day of writing or speaking ("On this day our
//     first thoughts go to ..."); "to this day" is the present age
//     (PRESENT_REF), "this day and age" too;
//   - "that day", "that night", "that morning" are the last day the text
//     named (nextday.go keeps it), when it named one in this sentence or
//     the two before; otherwise there is nothing to point at;
//   - "recent years" (months, weeks, days) is PAST_REF, as TIMEX3 has it,
//     with the span of three such units up to the anchor (Result.Spans),
//     so that the days it covers are on record;
//   - Easter (and Easter Monday, Good Friday, and the moving feasts of
//     feasts.go) moves: its day is computed for the year (the Gregorian
//     computus): of the year named with it ("Easter 1916"), of a year
//     just named, or the nearest Easter in the clause's tense.

// thisDay: this day, that day, that night.
func (m *matcher) thisDay(i int) (hit, bool) {
	dem := m.low(i)
	if dem != "this" && dem != "that" {
		return hit{}, false
	}
	w := m.low(i + 1)
	part, isPart := partsOfDay[w]
	if w != "day" && !isPart {
		return hit{}, false
	}
	if dem == "this" {
		if w != "day" || !m.has {
			return hit{}, false
		}
		if m.low(i-1) == "to" || m.low(i+2) == "and" {
			return hit{i: i, j: i + 2, value: "PRESENT_REF", typ: doc.DateDate}, true
		}
		if n := m.t(i + 2); n != nil && (n.low == "of" || n.low == "'" || n.kind == kWord && n.tag != "" && strings.HasPrefix(n.tag, "NN")) {
			return hit{}, false // "this day of ...", "this day trip"
		}
		return hit{i: i, j: i + 2, value: fmtDay(m.anchor), typ: doc.DateDate}, true
	}
	if m.dayRefSent == 0 || m.sent+1-m.dayRefSent > 2 {
		return hit{}, false
	}
	if isPart {
		return hit{i: i, j: i + 2, value: fmtDay(m.dayRef) + "T" + part, typ: doc.DateTime}, true
	}
	return hit{i: i, j: i + 2, value: fmtDay(m.dayRef), typ: doc.DateDate}, true
}

// recentPeriod: recent years, recent months, recent weeks, recent days.
func (m *matcher) recentPeriod(i int) (hit, bool) {
	if m.low(i) != "recent" {
		return hit{}, false
	}
	u, ok := m.unitAt(i + 1)
	if !ok || !strings.HasSuffix(m.low(i+1), "s") || u < uDay || u == uWeekend {
		return hit{}, false
	}
	h := hit{i: i, j: i + 2, value: "PAST_REF", typ: doc.DateDate}
	if m.has {
		h.span = anchoredSpan(m.anchor, u, 3, -1)
	}
	return h, true
}

// movingFeast resolves a feast whose day moves with the year (Easter,
// Good Friday, Thanksgiving: feasts.go), tokens [i, j), to its day (see
// above).
func (m *matcher) movingFeast(i, j int, f feast) hit {
	k := j
	if m.low(k) == "," || m.low(k) == "of" {
		k++
	}
	if y, k2, ok := m.yearAt(k, false); ok {
		return hit{i: i, j: k2, value: fmtDay(f.in(y)), typ: doc.DateDate}
	}
	if !m.has {
		return hit{i: i, j: j, value: "XXXX-XX-XX", typ: doc.DateDate, relative: true}
	}
	y := m.anchor.Year()
	if ry, ok := m.recentYear(m.tense(i, j)); ok {
		y = ry
	} else {
		e := f.in(y)
		switch tense := m.tense(i, j); {
		case tense == TensePast && e.After(m.anchor):
			y--
		case tense == TenseFuture && e.Before(m.anchor):
			y++
		}
	}
	return hit{i: i, j: j, value: fmtDay(f.in(y)), typ: doc.DateDate}
}

// easterDay is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easterDay(y int) time.Time {
	if y < 1 {
		y = 1 // no Easter before the era; keep the arithmetic on positive years
	}
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	mm := (a + 11*h + 22*l) / 451
	month := (h + l - 7*mm + 114) / 31
	dd := (h+l-7*mm+114)%31 + 1
	return day(y, month, dd)
}

// vagueAgoSpan is the span of a vague "ago" (PAST_REF): "several years
// ago" lies within the three units before the anchor, "24 hours ago" on
// the days it counts back to. "" without an anchor.
func (m *matcher) vagueAgoSpan(u unit, n int) string {
	if !m.has {
		return ""
	}
	if u < uDay {
		back := 0 // minutes and seconds ago: the anchor day
		if u == uHour && n > 0 {
			back = (n + 23) / 24
		}
		d := m.anchor.AddDate(0, 0, -back)
		return fmtDay(d) + "/" + fmtDay(d)
	}
	return anchoredSpan(m.anchor, u, 3, -1)
}

// agoWithout: "years ago", "a long time ago", "long ago", "a (little)
// while ago", "some time ago" — PAST_REF, with the span of three units before the
// anchor when a unit is named.
func (m *matcher) agoWithout(i int) (hit, bool) {
	k := i
	if m.low(k) == "a" || m.low(k) == "some" {
		k++
	}
	var u unit
	switch {
	case m.low(k) == "long" && m.low(k+1) == "time":
		k += 2
	case m.low(k) == "long" || m.low(k) == "while" || m.low(k) == "time" && m.low(i) == "some":
		k++
	case m.low(k) == "little" && (m.low(k+1) == "while" || m.low(k+1) == "bit"):
		k += 2 // "a little while ago"
	default:
		un, ok := m.unitAt(k)
		if !ok || k != i || !strings.HasSuffix(m.low(k), "s") || un < uDay || un == uWeekend {
			return hit{}, false
		}
		u = un
		k++
	}
	if m.low(k) != "ago" {
		return hit{}, false
	}
	h := hit{i: i, j: k + 1, value: "PAST_REF", typ: doc.DateDate}
	if u != uNone && m.has {
		h.span = anchoredSpan(m.anchor, u, 3, -1)
	}
	return h, true
}

// twoDaysOff: the day before yesterday, the day after tomorrow.
func (m *matcher) twoDaysOff(i int) (hit, bool) {
	if m.low(i) != "the" || m.low(i+1) != "day" {
		return hit{}, false
	}
	off := 0
	switch {
	case m.low(i+2) == "before" && m.low(i+3) == "yesterday":
		off = -2
	case m.low(i+2) == "after" && m.low(i+3) == "tomorrow":
		off = 2
	default:
		return hit{}, false
	}
	if !m.has {
		return hit{i: i, j: i + 4, value: "XXXX-XX-XX", typ: doc.DateDate, relative: true}, true
	}
	return hit{i: i, j: i + 4, value: fmtDay(m.anchor.AddDate(0, 0, off)), typ: doc.DateDate}, true
}

// theWeekend: "the weekend" told in the past is the last one, in the
// future the coming one (on a Saturday or Sunday, the one under way); in
// the present it is any weekend, and no expression.
func (m *matcher) theWeekend(i int) (hit, bool) {
	if m.low(i) != "the" || m.low(i+1) != "weekend" || m.modifiesNoun(i+2) {
		return hit{}, false
	}
	if !m.has {
		return hit{}, false
	}
	off := 0
	switch m.tense(i, i+2) {
	case TensePast:
		if isoWeekday(m.anchor) < 6 {
			off = -1
		}
	case TenseFuture:
	default:
		return hit{}, false
	}
	v, _ := unitValue(m.anchor, uWeekend, off)
	return hit{i: i, j: i + 2, value: v, typ: doc.DateDate}, true
}
