package when

import "strconv"

// A length told in two units, "9 years and 10 months", "two weeks and
// three days", "an hour and 20 minutes", is one duration, and TIMEX3
// writes it as one value: P9Y10M, P17D (ISO 8601 puts weeks with no other
// unit), PT1H20M. Read as two, the second ("10 months") would stand alone
// as a duration of its own, and the first would lose its span.

// compoundPairs are the pairs of units a length is told in, the larger
// first.
var compoundPairs = map[[2]unit]bool{
	{uYear, uMonth}: true, {uMonth, uDay}: true, {uWeek, uDay}: true,
	{uDay, uHour}: true, {uHour, uMinute}: true, {uMinute, uSecond}: true,
}

// compoundTail reads "and|, N unit2" at k after n units u. It returns the
// value of the whole length, the token after it, and, for the lengths
// whose span durationSpan can give, the unit and count of that span
// (months for years and months, days for weeks and days; uNone else).
func (m *matcher) compoundTail(k int, u unit, n int) (v string, next int, su unit, sn int, ok bool) {
	if n <= 0 || (m.low(k) != "and" && m.low(k) != ",") {
		return "", 0, uNone, 0, false
	}
	n2, k2, ok := m.quantityAt(k + 1)
	if !ok || n2 <= 0 {
		return "", 0, uNone, 0, false
	}
	u2, ok := m.unitAt(k2)
	if !ok || !compoundPairs[[2]unit{u, u2}] {
		return "", 0, uNone, 0, false
	}
	if n2 > 1 && !hasPluralS(m.low(k2)) {
		return "", 0, uNone, 0, false // "two years and a two-day break"
	}
	switch m.low(k2 + 1) {
	case "ago", "later", "earlier", "before", "after", "prior", "old", "-", "'s", "'":
		return "", 0, uNone, 0, false // a point ("two years and three months ago"), not a length
	}
	a, b := strconv.Itoa(n), strconv.Itoa(n2)
	switch [2]unit{u, u2} {
	case [2]unit{uYear, uMonth}:
		return "P" + a + "Y" + b + "M", k2 + 1, uMonth, 12*n + n2, true
	case [2]unit{uMonth, uDay}:
		return "P" + a + "M" + b + "D", k2 + 1, uNone, 0, true
	case [2]unit{uWeek, uDay}:
		return "P" + strconv.Itoa(7*n+n2) + "D", k2 + 1, uDay, 7*n + n2, true
	case [2]unit{uDay, uHour}:
		return "P" + a + "DT" + b + "H", k2 + 1, uNone, 0, true
	case [2]unit{uHour, uMinute}:
		return "PT" + a + "H" + b + "M", k2 + 1, uNone, 0, true
	}
	return "PT" + a + "M" + b + "S", k2 + 1, uNone, 0, true
}

func hasPluralS(w string) bool { return len(w) > 1 && w[len(w)-1] == 's' }
