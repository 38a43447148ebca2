package when

import "chronicle/internal/doc"

// A vlog or a diary (register.go: a text in the first person throughout)
// tells of the day it is made in: "it's our last day here", "enjoy our
// last day in the park", "see how my day turns around". GUM marks such a
// day as the day of telling, as it marks "today". Elsewhere "my day" is
// any day ("as you work through your day") or a figure of speech, and the
// rule leaves it.

// diaryDay: my|our [last] day, in a diary, not followed by the day's name
// ("my day Tuesday" is Tuesday's).
func (m *matcher) diaryDay(i int) (hit, bool) {
	if l := m.low(i); l != "my" && l != "our" {
		return hit{}, false
	}
	k := i + 1
	if m.low(k) == "last" {
		k++
	}
	if m.low(k) != "day" {
		return hit{}, false
	}
	if n := m.t(k + 1); n != nil && (n.kind == kWord && n.upper && calendarWord(n.low) || n.low == "-" || n.low == "job") {
		return hit{}, false // "my day Tuesday", "my day-to-day", "my day job"
	}
	if !m.diary() {
		return hit{}, false
	}
	if !m.has {
		return hit{i: i, j: k + 1, value: underspecified(uDay), typ: doc.DateDate, relative: true}, true
	}
	return hit{i: i, j: k + 1, value: fmtDay(m.anchor), typ: doc.DateDate}, true
}

// howsYourDay: "How's your week been?", "how was your weekend", "how is
// your day going": a greeting that asks after the present day or week,
// or the weekend just past ("how was your weekend" on a Monday).
func (m *matcher) howsYourDay(i int) (hit, bool) {
	if m.low(i) != "your" {
		return hit{}, false
	}
	k := i - 1
	past := false
	switch m.low(k) {
	case "is", "has":
	case "was":
		past = true
	case "s":
		if m.low(k-1) != "'" {
			return hit{}, false
		}
		k--
	default:
		return hit{}, false
	}
	if m.low(k-1) != "how" {
		return hit{}, false
	}
	var u unit
	switch m.low(i + 1) {
	case "day":
		u = uDay
	case "week":
		u = uWeek
	case "weekend":
		u = uWeekend
	default:
		return hit{}, false
	}
	if !m.has {
		return hit{i: i, j: i + 2, value: underspecified(u), typ: doc.DateDate, relative: true}, true
	}
	v, _ := unitValue(m.anchor, u, 0)
	if u == uWeekend && past && isoWeekday(m.anchor) < 6 {
		v, _ = unitValue(m.anchor, u, -1) // asked on a weekday, of the weekend before
	}
	return hit{i: i, j: i + 2, value: v, typ: doc.DateDate}, true
}
