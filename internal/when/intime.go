package when

import "chronicle/internal/doc"

// "The ministers will meet again in two weeks", "rates rise in three
// months' time": in a clause about the future, "in" and a count of units
// names the point that far after the anchor, as "two weeks from now"
// does, and an event so told is dated by it (HeidelTime and TIMEX3 read it
// so; without the rule it was a two-week DURATION and the event took the
// publication day). In a past or present clause the count is a length
// ("built in two years", "makes 20 pins in a day") and stays one, unless
// "time" follows ("takes effect in three months' time").

// inTime: in N units ['s time], in a future clause.
func (m *matcher) inTime(i int) (hit, bool) {
	if m.low(i) != "in" {
		return hit{}, false
	}
	n, k, ok := m.quantityAt(i + 1)
	if !ok || n <= 0 {
		return hit{}, false
	}
	u, ok := m.unitAt(k)
	if !ok || u < uDay || u > uYear || u == uWeekend || u == uQuarter {
		return hit{}, false
	}
	if n > 1 && !hasPluralS(m.low(k)) {
		return hit{}, false // "in 2 year increments"
	}
	j := k + 1
	switch {
	case m.low(j) == "time":
		j++
	case (m.low(j) == "'" || m.low(j) == "'s") && m.low(j+1) == "time":
		j += 2
	case m.low(j) == "'" && m.low(j+1) == "s" && m.low(j+2) == "time":
		j += 3
	}
	switch m.low(j) {
	case "of", "ago", "later", "earlier", "before", "after", "-", "old", "from":
		return hit{}, false // "in two weeks of talks", "in a month from now" (ago's)
	}
	if j == k+1 && (m.tense(i, j) != TenseFuture || m.modalBefore(i)) { // "in three months' time" looks ahead by itself
		return hit{}, false
	}
	if !m.has {
		return hit{i: i + 1, j: j, value: underspecified(u), typ: doc.DateDate, relative: true}, true
	}
	if isFortnight(m.low(k)) {
		n *= 2
	}
	v, _ := shift(m.anchor, u, n)
	return hit{i: i + 1, j: j, value: v, typ: doc.DateDate}, true
}

// modalBefore reports whether "could", "would", "can" or "might" stands in
// the few words before i: "could make 48,000 pins in a day" is a rate,
// "would finish in two weeks" a length as often as a point.
func (m *matcher) modalBefore(i int) bool {
	for k := i - 1; k >= m.a && k >= i-8; k-- {
		switch m.low(k) {
		case "could", "would", "can", "might", "may":
			return true
		}
	}
	return false
}
