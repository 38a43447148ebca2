package when

import (
	"time"

	"chronicle/internal/doc"
)

// Days of the month named without their month, as people say them about
// days close by: "it's Tuesday the 5th", "I found out on the fifth". The
// month is the one that puts the day nearest the anchor in the clause's
// direction: with a weekday, the nearest date within two months that
// falls on it; alone, the last such day on or before the anchor in a past
// or unknown clause, the next one on or after it in a present or future
// one. "On the fifth" must stand alone (end of clause, or "and", "or",
// "because" next), so that "on the fifth floor" and "the 5th of May"
// (monthDate) are not taken.

// monthlessEnds may follow a bare day of the month.
var monthlessEnds = map[string]bool{"and": true, "or": true, "because": true, "when": true, "but": true, "so": true}

// monthlessDay: Tuesday the 5th, on the fifth.
func (m *matcher) monthlessDay(i int) (hit, bool) {
	wd, k, ok := m.weekdayAt(i)
	if ok {
		if m.low(k) == "," {
			k++
		}
	} else if m.low(i) != "on" {
		return hit{}, false
	} else {
		k = i + 1
	}
	if m.low(k) == "the" {
		k++
	} else if t := m.t(k); wd == 0 || t == nil || t.kind != kOrd {
		return hit{}, false // a weekday may drop "the" before 16th: "Sun. 16th, 1969"
	}
	d, j, ok := m.dayOrdinal(k)
	if !ok {
		return hit{}, false
	}
	if _, isMonth := months[m.low(j)]; isMonth || m.low(j) == "of" {
		return hit{}, false // "the 5th of May", "Tuesday the 5th May": monthDate
	}
	if wd != 0 && m.has {
		if h, ok := m.weekdayDayYear(i, j, d, wd); ok {
			return h, true // "Sunday the 16th, 1969"
		}
	}
	narrative := m.refMonth()
	if n := m.t(j); n != nil && n.kind != kPunct && !monthlessEnds[n.low] && !(narrative && subjectPronouns[n.low]) {
		return hit{}, false
	}
	start := i
	if wd == 0 {
		start = i + 1 // "the fifth", without "on"
	}
	if !m.has {
		return hit{i: start, j: j, value: "XXXX-XX-XX", typ: doc.DateDate, relative: true}, true
	}
	var t time.Time
	if narrative && wd == 0 {
		// "In March 1850 he moved to Rome. On the 25th he married": a
		// day of the month just told.
		t = day(m.ref.Year(), int(m.ref.Month()), d)
		if t.Day() == d {
			return hit{i: start, j: j, value: fmtDay(t), typ: doc.DateDate, explicit: true}, true
		}
	}
	if wd != 0 {
		t, ok = nearestWeekdayDate(m.anchor, d, wd)
		if !ok {
			return hit{}, false
		}
	} else {
		tense := m.tense(i, j)
		t = monthlessDate(m.anchor, d, tense == TensePresent || tense == TenseFuture)
	}
	return hit{i: start, j: j, value: fmtDay(t), typ: doc.DateDate}, true
}

// weekdayDayYear reads the year a letter's dateline may close a weekday
// and a day of the month with ("Sunday the 16th, 1969", "Sun. 16th
// 1969"), tokens [i, j) before it: the day is the one of that year whose
// weekday fits, in the month nearest the anchor's (the letter is dated
// near when it was sent), and the year joins the hit.
func (m *matcher) weekdayDayYear(i, j, d, wd int) (hit, bool) {
	k := j
	if m.low(k) == "," {
		k++
	}
	y, k2, ok := m.yearAt(k, false)
	if !ok {
		return hit{}, false
	}
	near := day(y, int(m.anchor.Month()), min(m.anchor.Day(), 28))
	var best time.Time
	for mo := 1; mo <= 12; mo++ {
		t := day(y, mo, d)
		if t.Day() != d || isoWeekday(t) != wd {
			continue
		}
		if best.IsZero() || absDays(t.Sub(near)) < absDays(best.Sub(near)) {
			best = t
		}
	}
	if best.IsZero() {
		return hit{}, false
	}
	return hit{i: i, j: k2, value: fmtDay(best), typ: doc.DateDate, weekdayFixed: true}, true
}

// absDays is the length of d in whole days, without its sign.
func absDays(d time.Duration) int {
	n := int(d.Hours() / 24)
	if n < 0 {
		return -n
	}
	return n
}

// dayOrdinal reads an ordinal day: 5th, fifth, twenty-first.
func (m *matcher) dayOrdinal(k int) (d, next int, ok bool) {
	if t := m.t(k); t != nil && t.kind == kOrd {
		return m.dayAt(k)
	}
	return m.ordinalDayAt(k)
}

// nearestWeekdayDate is the date nearest a (within about two months)
// whose day of the month is d and weekday wd.
func nearestWeekdayDate(a time.Time, d, wd int) (time.Time, bool) {
	for off := 0; off <= 62; off++ {
		for _, s := range []int{-1, 1} {
			t := a.AddDate(0, 0, s*off)
			if t.Day() == d && isoWeekday(t) == wd {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// monthlessDate is day d of the anchor's month, or of the month before
// (ahead: after) when that day lies on the wrong side of the anchor.
func monthlessDate(a time.Time, d int, ahead bool) time.Time {
	for k := 0; k < 3; k++ {
		mo := int(a.Month()) - k
		if ahead {
			mo = int(a.Month()) + k
		}
		t := day(a.Year(), mo, d)
		if t.Day() != d {
			continue // the month has no such day
		}
		if ahead && !t.Before(a) || !ahead && !t.After(a) {
			return t
		}
	}
	return a
}

// subjectPronouns may follow a day of the month told in a narrative ("On
// the 25th he married").
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// refMonth reports whether the last date told, in this sentence or the one
// before, names its month: the month a bare day of the month belongs to.
func (m *matcher) refMonth() bool {
	return (m.refGran == uMonth || m.refGran == uDay) && m.sent-m.refSent <= 1
}
