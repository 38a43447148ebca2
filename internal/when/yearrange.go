package when

import "chronicle/internal/doc"

// The closing end of a range of years is often cut to its last two digits
// ("the first period (1892–94)", "the war years 1939–45"); it is a year of
// its own, as GUM marks it: 1894. A winter across two years ("the winter
// of 1776–77") is one season, which the season rule gives.
//
// (A range that runs on to "present" is left alone: TIMEX3 gives
// "present" as PRESENT_REF, and of the two in GUM train one is unmarked
// and the other dated by a later day than the document's.)

// yearRangeEnd: the "94" after "1892 –".
func (m *matcher) yearRangeEnd(i int) (hit, bool) {
	t := m.t(i)
	if t.kind != kNum || t.digits != 2 {
		return hit{}, false
	}
	y1, dash, ok := m.rangeOpener(i)
	if !ok {
		return hit{}, false
	}
	if k := i - 3; k >= m.a && (m.low(k) == "of" && k-1 >= m.a && seasons[m.low(k-1)] != "" || seasons[m.low(k)] != "") {
		return hit{}, false // the winter of 1776–77
	}
	y := y1/100*100 + t.num
	if y <= y1 {
		return hit{}, false
	}
	if dash.text == "-" && !dash.gap && !t.gap && t.num <= 12 {
		return hit{}, false // 2016-03: a year and its month
	}
	if n := m.t(i + 1); n != nil && !n.gap && (n.kind == kNum || n.low == "-" || n.low == "/" || n.low == ":" ||
		n.low == "." && m.t(i+2) != nil && !m.t(i+2).gap && m.t(i+2).kind == kNum) {
		return hit{}, false // 1892-94-12, 1892-94.5: part of a longer figure
	}
	return hit{i: i, j: i + 1, value: fmtYear(y), typ: doc.DateDate, explicit: true}, true
}

// rangeOpener reports whether a year and a dash stand right before token
// i: the year and the dash token.
func (m *matcher) rangeOpener(i int) (int, *token, bool) {
	if i-2 < m.a {
		return 0, nil, false
	}
	dash := &m.toks[i-1]
	if dash.low != "-" {
		return 0, nil, false
	}
	y := &m.toks[i-2]
	if y.kind != kNum || y.digits != 4 || y.num < 1000 || y.num > 2199 {
		return 0, nil, false
	}
	return y.num, dash, true
}
