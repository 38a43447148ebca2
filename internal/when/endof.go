package when

import "chronicle/internal/doc"

// Parts of a period named by deixis: "by the end of the year", "at the
// start of next month", "the beginning of this week". News sets deadlines this way more than any other, and without the
// rule "the end of the year" gave no date at all (the bare "the year" is
// no expression of its own).
//
// The value is the period's, as TIMEX3 writes it: "the end of the year"
// is value 2025 with mod="END", and doc.Date has no mod. That claims the
// whole year where the text names its end, but it is what a period named
// in figures already gives: GUM's annotators mark "at the end of 1990" and
// "the beginning of 1945" as the year alone, and the year rule reads them
// so. Here "the end of" joins the expression because "the year" alone
// would not stand as one.
//
// "At the end of the day" is an idiom (finally, all things considered),
// so a day is no such period. "The middle of the year" is left out: "mid-"
// gives the middle of a period as an interval (modifier.go), and the
// whole period here would contradict it.

// partWords name the part of a period.
var partWords = map[string]bool{"end": true, "beginning": true, "start": true, "close": true}

// partOf: the end|beginning|start|close of the year|month|week
// (anaphoric: the anchor's, or for the year a year the text has just
// named) or of this|next|last year|month|week (relative).
func (m *matcher) partOf(i int) (hit, bool) {
	if m.low(i) != "the" || !partWords[m.low(i+1)] || m.low(i+2) != "of" || !m.has {
		return hit{}, false
	}
	k := i + 3
	if m.low(k) == "the" {
		u, ok := m.unitAt(k + 1)
		if !ok || m.low(k+1) != "year" && m.low(k+1) != "month" && m.low(k+1) != "week" {
			return hit{}, false
		}
		a := m.anchor
		if u == uYear {
			if ry, ok := m.recentYear(m.tense(i, k+2)); ok {
				a = day(ry, 1, 1)
			}
		}
		v, ok := unitValue(a, u, 0)
		if !ok {
			return hit{}, false
		}
		return hit{i: i, j: k + 2, value: v, typ: doc.DateDate}, true
	}
	in, ok := m.relative(k)
	if !ok || in.i != k || in.typ != doc.DateDate || in.relative {
		return hit{}, false
	}
	if u, ok := m.unitAt(in.j - 1); !ok || u == uDay {
		return hit{}, false
	}
	in.i = i
	return in, true
}
