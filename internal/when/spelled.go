package when

// Days of the month written in words, as letters and speech have them:
// "May twentieth, 1969", "March the third", "the twenty-first of June".
// A spelled ordinal right after a month counts as its day only when the
// sentence or a year follows it, or "the" stands between them, so that
// "in March first the rains come" keeps its month.

// tensOrdinal are the tens that open a compound ordinal (twenty-first).
var tensOrdinal = map[string]int{"twenty": 20, "thirty": 30}

// ordinalDayAt reads a spelled day of the month: first .. twentieth,
// thirtieth, twenty-first .. thirty-first (with or without the hyphen).
func (m *matcher) ordinalDayAt(k int) (d, next int, ok bool) {
	w := m.low(k)
	if w == "thirtieth" {
		return 30, k + 1, true
	}
	if t, ok := look(m.t(k), lxTensOrdinal, tensOrdinal); ok {
		j := k + 1
		if m.low(j) == "-" && m.adj(j) {
			j++
		}
		if v, ok := look(m.t(j), lxOrdinalWord, ordinalWords); ok && v >= 1 && v <= 9 && t+v <= 31 {
			return t + v, j + 1, true
		}
		return 0, 0, false
	}
	if v, ok := look(m.t(k), lxOrdinalWord, ordinalWords); ok && v >= 1 && v <= 20 {
		return v, k + 1, true
	}
	return 0, 0, false
}

// monthDayAt reads the day after month mo's name: 12, 12th, the 12th, the
// twelfth, twelfth (see above); a day the month does not have (June 31)
// is none.
func (m *matcher) monthDayAt(k, mo int) (d, next int, ok bool) {
	d, next, ok = m.monthDayAny(k)
	if ok && d > day(2000, mo+1, 0).Day() {
		return 0, 0, false
	}
	return d, next, ok
}

func (m *matcher) monthDayAny(k int) (d, next int, ok bool) {
	if d, j, ok := m.dayAt(k); ok {
		if n := m.t(j); n != nil && !n.gap && n.low == "d" && m.t(k).kind == kNum && (d%10 == 2 || d%10 == 3) && d/10 != 1 {
			j++ // "Sept. 2d", "the 23d": the old ordinal of letters
		}
		return d, j, true
	}
	the := m.low(k) == "the"
	if the {
		k++
		if t := m.t(k); t != nil && t.kind == kOrd {
			return m.dayAt(k)
		}
	}
	d, j, ok := m.ordinalDayAt(k)
	if !ok {
		return 0, 0, false
	}
	if n := m.t(j); the || n == nil || n.kind == kPunct || n.kind == kNum {
		return d, j, true
	}
	return 0, 0, false
}
