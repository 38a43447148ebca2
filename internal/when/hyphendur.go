package when

import (
	"strconv"

	"chronicle/internal/doc"
)

// A length joined to its unit by a hyphen qualifies a noun: "an 11-year
// lull", "his 21-year reign", "a two-day strike", "a 30-day-long truce".
// TIMEX3 annotates the length as a DURATION (P11Y), and where the text
// ties it to a point the duration has the span of durspan.go ("began his
// 21-year reign" after a date just told runs from it), and "after an
// 11-year lull" told in news ends at the anchor. An age ("a 14-year-old")
// and a clock's time ("a five-minute walk") are no such length of the
// calendar: ages are left out, lengths under a day keep no span.

// hyphenDuration reads N-unit[-long] at k (the count at k, its end at k2)
// for the duration rule; i is where the rule began, span whether "the
// past|next ..." opened it (then the hyphen reading does not apply).
func (m *matcher) hyphenDuration(i, k, k2, n int, span bool) (hit, bool) {
	if span || n <= 0 || m.low(k2) != "-" || !m.adj(k2) || !m.adj(k2+1) {
		return hit{}, false
	}
	u, ok := m.unitAt(k2 + 1)
	if !ok || u == uWeekend || u == uQuarter || hasPluralS(m.low(k2+1)) {
		return hit{}, false
	}
	j := k2 + 2
	if m.low(j) == "-" && m.adj(j) {
		switch m.low(j + 1) {
		case "long":
			j += 2
		default:
			return hit{}, false // "a 14-year-old", "a two-year-high"
		}
	} else if m.low(j) == "old" {
		return hit{}, false // "a 20-year old student"
	}
	letter := durationLetter[u]
	q := strconv.Itoa(n)
	v := "P" + q + letter
	if letter[0] == 'T' {
		v = "PT" + q + letter[1:]
	}
	h := hit{i: k, j: j, value: v, typ: doc.DateDuration}
	if m.has && u >= uDay {
		h.span = m.durationSpan(k, j, u, n, 0)
		if h.span == "" && m.low(k-2) == "after" && afterLengthDets[m.low(k-1)] && !m.ownTimeline() {
			// "resumed after an 11-year lull": the lull ends now.
			h.span = anchoredSpan(m.anchor, u, n, -1)
		}
	}
	return h, true
}

// afterLengthDets stand between "after" and a length that ends when the
// clause happens ("after an 11-year lull", "after his 20-year exile").
var afterLengthDets = map[string]bool{"a": true, "an": true, "his": true, "her": true, "their": true, "its": true}
