package when

import "chronicle/internal/doc"

// Ranges of months joined by a dash: "May–October", "Jun–Aug",
// "January-june 2016". GUM annotates such a range as one date with from
// and to (from=2016-01 to=2016-06), as it does a dashed range of days
// (dayrange.go), so the tagger gives the ISO interval of the months
// (2016-01/2016-06); a guide's season ("the dry season (May–October)")
// is read the same way. A range told with words ("from July to
// September", "March to August 2011") stays two dates, as GUM marks it.
// The dash is what lets an ambiguous month ("May", "Jun") open the range:
// "May-September" is no modal verb.

// monthRange: <month> - <month> [[,] year].
func (m *matcher) monthRange(i int) (hit, bool) {
	mo1, k, ok := m.monthAt(i)
	if !ok || m.low(k) != "-" {
		return hit{}, false
	}
	mo2, k2, ok := m.rangeMonthAt(k + 1)
	if !ok || mo2 == mo1 {
		return hit{}, false
	}
	if m.low(k2) == "-" || m.dayFollows(k2) {
		return hit{}, false // "May-June 5", "May-June-July": no range of months
	}
	k3 := k2
	if m.low(k3) == "," {
		k3++
	}
	var y1, y2 int
	explicit := false
	switch y, k4, ok := m.yearAt(k3, false); {
	case ok:
		y1, y2, k2, explicit = y, y, k4, true
		if mo2 < mo1 {
			y1-- // "November–March 2019" began in 2018
		}
	case !m.has:
		return hit{i: i, j: k2, value: fmtMonth0(mo1) + "/" + fmtMonth0(mo2), typ: doc.DateDate, relative: true}, true
	default:
		tense := m.tense(i, k2)
		if y, ok := m.recentYear(tense); ok {
			y1 = y
		} else {
			y1 = monthYear(m.anchor, mo1, tense)
		}
		y2 = y1
		if mo2 < mo1 {
			y2++ // "November–March": into the next year
		}
	}
	return hit{i: i, j: k2, value: fmtMonth(y1, mo1) + "/" + fmtMonth(y2, mo2), typ: doc.DateDate, explicit: explicit}, true
}

// rangeMonthAt reads the month that closes a range after its dash, in
// either case ("January-june 2016"), with an abbreviation's full stop.
func (m *matcher) rangeMonthAt(k int) (mo, next int, ok bool) {
	t := m.t(k)
	if t == nil || t.kind != kWord {
		return 0, 0, false
	}
	mo, ok = look(t, lxMonth, months)
	if !ok || !t.upper && !fullMonthNames[t.low] {
		return 0, 0, false
	}
	next = k + 1
	if !fullMonthNames[t.low] && m.low(next) == "." && m.adj(next) {
		next++
	}
	return mo, next, true
}

// dayFollows reports whether a day of the month stands at k ("June 5").
func (m *matcher) dayFollows(k int) bool {
	_, _, ok := m.dayAt(k)
	return ok
}

// fmtMonth0 is a month of an unknown year, XXXX-MM.
func fmtMonth0(mo int) string { return "XXXX-" + twoDigits(mo) }
