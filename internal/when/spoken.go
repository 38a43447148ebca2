package when

import "chronicle/internal/doc"

// Years said aloud, as transcribed speech writes them: "nineteen
// seventy-two", "fifteen sixteen", "nineteen oh five", "twenty twenty"
// or "twenty-twenty", "two thousand and eight". Pairs of number words are common as counts
// too ("twenty thirty-year-olds" is rare, "fifteen twenty" as a range is
// not), so the year must follow a word that introduces one: a preposition
// of time, a month name ("April of fifteen eighteen") or "it/that was"
// ("it was nineteen ninety-eight"), or open its sentence as the subject
// of a copula.

// spokenYearPreps may introduce a spoken year.
var spokenYearPreps = map[string]bool{"in": true, "of": true, "since": true, "until": true, "till": true,
	"by": true, "from": true, "to": true, "around": true, "about": true, "circa": true, "year": true,
	"before": true, "after": true, "early": true, "late": true, "mid": true}

// spokenYear: nineteen seventy-two, fifteen sixteen, two thousand and eight.
func (m *matcher) spokenYear(i int) (hit, bool) {
	prev := m.t(i - 1)
	if prev == nil {
		// Opening the sentence as its subject: "Nineteen ninety-eight was
		// a great year", "Twenty twenty, what a year".
		h, ok := m.spokenYearAt(i)
		if !ok || !spokenYearSubject[m.low(h.j)] {
			return hit{}, false
		}
		return h, true
	}
	_, isMonth := look(prev, lxMonth, months)
	listed := (prev.low == "and" || prev.low == "or" || prev.low == ",") && m.spokenSent == m.sent &&
		(m.spokenEnd == i-1 || m.spokenEnd == i-2) // "in fifteen sixteen, and fifteen seventeen"
	copula := (prev.low == "was" || prev.low == "is") && demonstrativeSubject[m.low(i-2)] // "It was nineteen ninety-eight", not "the score was fifteen twenty"
	if !(lookValue(prev, lxSpokenYearPrep, spokenYearPreps) || isMonth && prev.upper || listed || copula) {
		return hit{}, false
	}
	return m.spokenYearAt(i)
}

// demonstrativeSubject are the subjects of a copula a spoken year may
// follow.
var demonstrativeSubject = map[string]bool{"it": true, "that": true, "this": true}

// spokenYearSubject may follow a spoken year that opens its sentence.
var spokenYearSubject = map[string]bool{"was": true, "is": true, ",": true}

// dateSpokenYear reads the spoken year that closes a day and month at
// token k, after an optional comma: "the fifth day of June, two thousand
// and ten", "June fifth, nineteen ninety". The comma does not introduce a
// year the way "in" does, so the year must end the phrase (a punctuation
// mark, the end, or a word that opens a clause): "On June 5, two thousand
// people marched" counts people.
func (m *matcher) dateSpokenYear(k int) (y, next int, ok bool) {
	if m.low(k) == "," {
		k++
	}
	if t := m.t(k); t == nil || t.kind != kWord {
		return 0, 0, false
	}
	h, ok := m.spokenYearAt(k)
	if !ok {
		return 0, 0, false
	}
	if n := m.t(h.j); n != nil && n.kind != kPunct && !backEnds[n.low] && n.low != "the" {
		return 0, 0, false
	}
	return atoiYear(h.value), h.j, true
}

// spokenYearAt reads a spoken year at token i, whatever comes before it.
func (m *matcher) spokenYearAt(i int) (hit, bool) {
	t := m.t(i)
	if t == nil || t.kind != kWord {
		return hit{}, false
	}
	hi, ok := look(t, lxNumberWord, numberWords)
	if !ok {
		return hit{}, false
	}
	y, j := 0, 0
	switch {
	case hi == 2 && m.low(i+1) == "thousand":
		y, j = 2000, i+2
		k := j
		if m.low(k) == "and" {
			k++
		}
		if n, k2, ok := m.spokenNumber(k); ok && n < 100 {
			y, j = 2000+n, k2
		} else if k > j {
			return hit{}, false // "two thousand and" something else
		}
	case hi >= 11 && hi <= 20:
		k := i + 1
		if m.low(k) == "oh" {
			n, k2, ok := m.spokenNumber(k + 1)
			if !ok || n > 9 {
				return hit{}, false
			}
			y, j = hi*100+n, k2
			break
		}
		if m.low(k) == "hundred" {
			y, j = hi*100, k+1
			break
		}
		if m.low(k) == "-" && m.adj(k) && m.adj(k+1) {
			k++ // "twenty-twenty", "nineteen-seventy"
		}
		n, k2, ok := m.spokenNumber(k)
		if !ok || n < 10 || n > 99 {
			return hit{}, false
		}
		y, j = hi*100+n, k2
	default:
		return hit{}, false
	}
	if n := m.t(j); n != nil && n.kind == kWord && (numberStops[n.low] || units[n.low] != uNone ||
		!n.upper && len(n.low) > 3 && n.low[len(n.low)-1] == 's' && n.low[len(n.low)-2] != 's') {
		return hit{}, false // "fifteen twenty years", "about fifteen twenty paintings"
	}
	m.spokenEnd, m.spokenSent = j, m.sent
	return hit{i: i, j: j, value: fmtYear(y), typ: doc.DateDate, explicit: true}, true
}

// spokenNumber reads a number in words from 1 to 99 (twenty-five, twenty
// five, thirteen); digits do not count.
func (m *matcher) spokenNumber(k int) (n, next int, ok bool) {
	t := m.t(k)
	if t == nil || t.kind != kWord || t.low == "a" || t.low == "an" {
		return 0, 0, false
	}
	n, next, ok = m.quantityAt(k)
	if !ok || n < 1 || n > 99 {
		return 0, 0, false
	}
	return n, next, true
}

// atoiYear reads the year of a value fmtYear wrote (four digits).
func atoiYear(v string) int {
	y := 0
	for i := 0; i < len(v) && v[i] >= '0' && v[i] <= '9'; i++ {
		y = y*10 + int(v[i]-'0')
	}
	return y
}
