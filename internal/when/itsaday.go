package when

import "chronicle/internal/doc"

// "It's a new day", "it's going to be an interesting week", "this is a
// big day for Spain": a day or week said to be the present one by an
// impersonal "it" (or "this") is the day or week of speaking, and GUM
// marks it so. Anything else with "a day" ("a day later", "twice a day",
// "it takes a day", "if it's a clear day", "a day trip") is a length, a
// rate, a condition or a modifier. After "today is" the day is told by
// "today" already.

// itsADay: a|an [adj [adj]] day|week after "it is", "it's [been]", "it
// has been", "it's going to be", "it will be" (or "this" for it),
// with "kind of", "such", "really" or "quite" allowed before the article.
func (m *matcher) itsADay(i int) (hit, bool) {
	if l := m.low(i); l != "a" && l != "an" {
		return hit{}, false
	}
	k := i + 1
	for n := 0; n < 2; n++ {
		t := m.t(k)
		if t == nil || t.kind != kWord || t.upper || t.lex&lxUnit != 0 {
			break
		}
		k++
	}
	var u unit
	switch m.low(k) {
	case "day":
		u = uDay
	case "week":
		u = uWeek
	default:
		return hit{}, false
	}
	if n := m.low(k + 1); n == "-" || n == "off" || n == "later" || n == "earlier" || n == "ago" || n == "after" || n == "before" ||
		m.modifiesNoun(k+1) {
		return hit{}, false // "a day later", "a lengthy day trip"
	}
	b := i - 1
	for itsFillers[m.low(b)] {
		b--
	}
	if m.low(b) == "of" && (m.low(b-1) == "kind" || m.low(b-1) == "sort") {
		b -= 2
	}
	if !m.itIsBefore(b) {
		return hit{}, false
	}
	if !m.has {
		return hit{i: i, j: k + 1, value: underspecified(u), typ: doc.DateDate, relative: true}, true
	}
	v, _ := unitValue(m.anchor, u, 0)
	return hit{i: i, j: k + 1, value: v, typ: doc.DateDate}, true
}

// conditionWords before "it is" make it a condition.
var conditionWords = map[string]bool{"if": true, "when": true, "whenever": true, "unless": true}

// itsFillers may stand between the copula and the article.
var itsFillers = map[string]bool{"such": true, "really": true, "quite": true, "just": true}

// itIsBefore reports whether the words ending at k say "it is" in the
// present or the near future: "it is", "it's", "it's been", "it has been",
// "it's going to be", "it will be", "this is"; not after "if" or "when".
func (m *matcher) itIsBefore(k int) bool {
	subject := func(k int) bool {
		switch m.low(k) {
		case "it", "this":
			// "If it's a clear day": a condition, no day in particular.
			return !conditionWords[m.low(k-1)]
		}
		return false
	}
	// "it's" scans as it ' s.
	copula := func(k int) bool {
		return m.low(k) == "is" && subject(k-1) || m.low(k) == "s" && m.low(k-1) == "'" && subject(k-2)
	}
	switch m.low(k) {
	case "is", "s":
		return copula(k)
	case "been":
		return copula(k-1) || m.low(k-1) == "has" && subject(k-2)
	case "be":
		if m.low(k-1) == "will" && subject(k-2) {
			return true
		}
		return m.low(k-1) == "to" && m.low(k-2) == "going" && copula(k-3)
	}
	return false
}
