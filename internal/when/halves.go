package when

import (
	"fmt"

	"chronicle/internal/doc"
)

// Halves: "the first half of 2016", "the second half of the year", "the
// latter half of last year" are TIMEX3's 2016-H1, 2017-H2. Only a year's
// halves are read: TIMEX3 names no half of a month, and GUM marks "the
// second half of the 20th century" as the century alone ("the 20th
// century", 19), which the century rule then gives.

// halfWords name the half: 1 the first, 2 the second.
var halfWords = map[string]int{"first": 1, "second": 2, "latter": 2, "last": 2, "later": 2}

// halfOf: the first|second|latter|last half of <a year, "the year">.
func (m *matcher) halfOf(i int) (hit, bool) {
	h, ok := halfWords[m.low(i+1)]
	if m.low(i) != "the" || !ok || m.low(i+2) != "half" || m.low(i+3) != "of" {
		return hit{}, false
	}
	k := i + 4
	var in hit
	found := false
	if m.low(k) == "the" && m.low(k+1) == "year" && m.has {
		y := m.anchor.Year()
		if ry, ok := m.recentYear(m.tense(i, k+2)); ok {
			y = ry
		}
		in, found = hit{i: k, j: k + 2, value: fmtYear(y), typ: doc.DateDate}, true
	}
	for _, r := range []func(*matcher, int) (hit, bool){(*matcher).yearExpr, (*matcher).relative} {
		if c, ok := r(m, k); ok && c.i == k && c.typ == doc.DateDate && (!found || c.j > in.j) {
			in, found = c, true
		}
	}
	if !found {
		return hit{}, false
	}
	v, ok := halfValue(in.value, h)
	if !ok {
		return hit{}, false
	}
	return hit{i: i, j: in.j, value: v, typ: doc.DateDate, explicit: in.explicit}, true
}

// halfValue is half h (1 or 2) of the year value v; ok is false for any
// other value.
func halfValue(v string, h int) (string, bool) {
	if len(v) == 4 && allDigits(v) {
		return fmt.Sprintf("%s-H%d", v, h), true
	}
	return "", false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
