package when

import "time"

// A duration is a length, and TIMEX3 gives it as one (P5Y). A text often
// ties it to a point, though, and then it covers known days, which TIMEX3
// records as the duration's beginPoint and endPoint and Result.Spans
// carries (GUM annotates such phrases by the dates they cover):
//
//   - "the past five years", "the last 30 days": the units up to the
//     anchor, to the day;
//   - "the past decade", "the last century": the calendar decade or
//     century, as GUM marks them and TIMEX3 reads "the last century" (19),
//     the last one to end by the anchor's year: the 2010s said in 2019 or
//     2025, the 20th century said in 2009 (lastCalendarUnit);
//   - "the next five years", said of the future: the calendar years after
//     the anchor's (2015/2019 from 2014), and the days after it for
//     smaller units; told in the past after a date ("in 1655 ... for the
//     next five years"), the years from that date (1655/1660), and in a
//     text with its own timeline from the last date it named;
//   - "the past ten years" told in the past from a date of its own ("in
//     1850 he moved to Paris, where he had taught for the past ten
//     years"): the years up to that date (1840/1850);
//   - a bare duration in a present perfect ("has been cut in 3 years",
//     "has lived there for 15 years"): from the year as many years back
//     to the anchor day;
//   - a bare duration told in the past right after a date ("joined Ohio
//     State in 1961 and spent ten years there"): from that date on, at its
//     precision (1961/1971); in a text with its own timeline (register.go:
//     a biography) however far after the date ("In 348 Pachomius died.
//     ... ruled peacefully for nearly two decades": 348/368);
//   - a bare duration told in the past and closed by a year later in its
//     sentence ("After 23 years at Berkeley, he retired in 1994", "spent
//     twelve years there until 2008"): the years up to it (1971/1994);
//   - a vague count ("the past few days", "the coming weeks") is taken as
//     three units, so that its span at least lies on the right side of the
//     anchor.
//
// Anything else ("for two years" with no point to count from) keeps no
// span.

// durationSpan is the span of the duration of n units u at tokens [i, j),
// dir -1 for "the past ...", +1 for "the next ...", 0 for a bare one; ""
// when it is tied to no known point. n < 0 is a vague count.
func (m *matcher) durationSpan(i, j int, u unit, n, dir int) string {
	if n < 0 {
		if dir == 0 {
			return ""
		}
		n = 3
	}
	if n == 0 {
		return ""
	}
	past := m.tense(i, j) == TensePast
	switch {
	case dir > 0 && past && (m.recentRef() || m.narrativeRef()):
		return refSpan(m.ref, m.refGran, u, n)
	case dir < 0 && past && m.narrativeRef():
		return refSpan(m.ref, m.refGran, u, -n)
	case dir > 0 && u >= uYear:
		y := m.anchor.Year()
		return fmtYear(y+1) + "/" + fmtYear(y+unitYears(u)*n)
	case dir < 0 && n == 1 && (u == uDecade || u == uCentury) && m.anchor.Year() > 100:
		return lastCalendarUnit(m.anchor.Year(), unitYears(u))
	case dir != 0:
		return anchoredSpan(m.anchor, u, n, dir)
	case u >= uYear && m.soFar(i):
		return fmtYear(m.anchor.Year()-unitYears(u)*n) + "/" + fmtDay(m.anchor)
	}
	if y, ok := m.endingYear(i, j); ok && past && u >= uMonth {
		return refSpan(day(y, 1, 1), uYear, u, -n)
	}
	switch {
	case past && (m.recentRef() || m.refGran != uNone && m.ref.Before(m.anchor.AddDate(-1, 0, 0)) && m.ownTimeline()):
		return refSpan(m.ref, m.refGran, u, n)
	}
	return ""
}

// endingWords close a stretch of time at the year after them: "until
// 1994", "before returning in 2008".
var endingWords = map[string]bool{"until": true, "till": true, "before": true}

// endingYear finds the year that closes the bare duration at tokens [i,
// j) within its sentence: after "After 23 years at Berkeley, he retired in
// 1994" the first year the sentence names later (the duration ran up to
// the event the clause tells), after "spent twelve years there until 2008"
// or "... before returning in 2008" the year a few words after "until",
// "till" or "before". A count back from a year closes at its precision.
func (m *matcher) endingYear(i, j int) (int, bool) {
	after := m.low(i-1) == "after"
	for k := j; k < m.b; k++ {
		if after {
			if y, _, ok := m.yearAt(k, false); ok {
				return y, true
			}
			continue
		}
		if !endingWords[m.low(k)] {
			continue
		}
		for l := k + 1; l < min(k+5, m.b); l++ {
			if y, _, ok := m.yearAt(l, false); ok {
				return y, true
			}
		}
		return 0, false
	}
	return 0, false
}

// recentRef reports whether the reference date was named in this sentence
// or the one before and lies before the anchor.
func (m *matcher) recentRef() bool {
	return m.refGran != uNone && m.sent-m.refSent <= 1 && m.ref.Before(m.anchor)
}

// narrativeRef reports whether a past clause is told from the reference
// date rather than the anchor: the date was named in this sentence or the
// one before, or the text keeps its own timeline (register.go), and it
// lies more than a year before the anchor. "In 1850 he moved to Paris,
// where he had taught for the past ten years" counts back from 1850.
func (m *matcher) narrativeRef() bool {
	if m.refGran == uNone || !m.ref.Before(m.anchor.AddDate(-1, 0, 0)) {
		return false
	}
	return m.sent-m.refSent <= 1 || m.ownTimeline()
}

// unitYears is the number of years in a unit of a year or more.
func unitYears(u unit) int {
	switch u {
	case uDecade:
		return 10
	case uCentury:
		return 100
	}
	return 1
}

// refSpan is n units u from ref on (n < 0: the -n units up to ref),
// written at ref's precision g.
func refSpan(ref time.Time, g, u unit, n int) string {
	var end time.Time
	switch u {
	case uDay:
		end = ref.AddDate(0, 0, n)
	case uWeek:
		end = ref.AddDate(0, 0, 7*n)
	case uMonth:
		end = ref.AddDate(0, n, 0)
	case uQuarter:
		end = ref.AddDate(0, 3*n, 0)
	default:
		end = ref.AddDate(unitYears(u)*n, 0, 0)
	}
	lo, hi := ref, end
	if n < 0 { // counted back from ref
		lo, hi = end, ref
	}
	switch g {
	case uYear:
		return fmtYear(lo.Year()) + "/" + fmtYear(hi.Year())
	case uMonth:
		return fmtMonth(lo.Year(), int(lo.Month())) + "/" + fmtMonth(hi.Year(), int(hi.Month()))
	}
	return fmtDay(lo) + "/" + fmtDay(hi)
}

// lastCalendarUnit is the last calendar decade or century (span years)
// to end by year: the 2010s for "the past decade" said in 2019 or 2025,
// the 1900s for "the last century" said in 2009.
func lastCalendarUnit(year, span int) string {
	lo := (year+1)/span*span - span
	return fmtYear(lo) + "/" + fmtYear(lo+span-1)
}
