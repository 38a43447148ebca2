package when

import "chronicle/internal/doc"

// 9/11 is a date every reader knows, and texts use it as one ("since
// 9/11", "my 9/11-related poems"); like the world wars (namedPeriod), GUM
// annotates it as the day it stands for. (Named wars such as the American
// Revolution are left alone: GUM marks some mentions and not others.)

// namedEvent: 9/11.
func (m *matcher) namedEvent(i int) (hit, bool) {
	t := m.t(i)
	if t == nil || t.kind != kNum || t.num != 9 || t.digits != 1 || m.low(i+1) != "/" || !m.adj(i+1) || !m.adj(i+2) {
		return hit{}, false
	}
	n := m.t(i + 2)
	if n == nil || n.kind != kNum || n.num != 11 || n.digits != 2 {
		return hit{}, false
	}
	if p := m.t(i - 1); p != nil && !t.gap && (p.kind == kNum || p.low == "/") {
		return hit{}, false // 19/9/11, a part of a longer figure
	}
	if a := m.t(i + 3); a != nil && !a.gap && (a.low == "/" || a.kind == kNum) {
		return hit{}, false // 9/11/2001 is a date (isoDate)
	}
	return hit{i: i, j: i + 3, value: "2001-09-11", typ: doc.DateDate}, true
}
