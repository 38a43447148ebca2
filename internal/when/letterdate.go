package when

// Handwritten and typed letters close a month and day with a year in ways
// print does not: "Feb. 20/69", "Jan. 8th - 1970", "Feb. 20th,1969",
// "Oct 1st-69", "Feb. 20th., 1969", and write the old ordinals "2d", "3d"
// ("Sept. 2d, 1969", monthDayAny). Read
// as print reads them, the day took the anchor's year and the year stood
// apart (or, after the slash, the day was no day at all). Only a year that
// cannot be taken for anything else is read: four digits in 1000..2199
// after a dash or a comma written tight against the day and the year, and
// after a slash written tight also two digits over 31, which no day of the
// month is ("Feb. 20/21" may be a night of two days and stays as it was).

// slashYearDay reads at k a day, a slash and a year written tight ("20/69",
// "20/1969") after a month name mo: the day, the year and the token after.
func (m *matcher) slashYearDay(k, mo int) (d, y, next int, ok bool) {
	t, sl, yt := m.t(k), m.t(k+1), m.t(k+2)
	if t == nil || sl == nil || yt == nil || t.kind != kNum || t.digits > 2 || t.num < 1 ||
		t.num > day(2000, mo+1, 0).Day() || sl.low != "/" || sl.gap || yt.gap || yt.kind != kNum {
		return 0, 0, 0, false
	}
	if n := m.t(k + 3); n != nil && !n.gap && (n.low == "/" || n.low == "-" || n.kind != kPunct) {
		return 0, 0, 0, false // "20/69/1", "20/69-70", "20/69th": not a year
	}
	switch {
	case yt.digits == 4 && yt.num >= 1000 && yt.num <= 2199:
		return t.num, yt.num, k + 3, true
	case yt.digits == 2 && yt.num > 31:
		return t.num, twoDigitYear(yt.num, m.anchor, m.has), k + 3, true
	}
	return 0, 0, 0, false
}

// looseYear reads at k, right after a month and day, a year joined by a
// dash ("- 1970") or by a comma written tight ("20th,1969"): the year and
// the token after.
func (m *matcher) looseYear(k int) (y, next int, ok bool) {
	if p := m.t(k - 1); p != nil && p.kind == kOrd && m.low(k) == "." && m.adj(k) && m.low(k+1) == "," {
		k++ // "Feb. 20th., 1969": the ordinal's own full stop
		if y, next, ok := m.yearAt(k+1, false); ok {
			return y, next, true
		}
		return 0, 0, false
	}
	sep, yt := m.t(k), m.t(k+1)
	if sep != nil && yt != nil && sep.low == "-" && !sep.gap && !yt.gap && yt.kind == kNum && yt.digits == 2 && yt.num > 31 {
		if n := m.t(k + 2); n == nil || n.gap || n.kind == kPunct && n.low != "-" && n.low != "/" {
			return twoDigitYear(yt.num, m.anchor, m.has), k + 2, true // "Oct 1st-69"
		}
	}
	if sep == nil || yt == nil || yt.kind != kNum || yt.digits != 4 || yt.num < 1000 || yt.num > 2199 {
		return 0, 0, false
	}
	switch sep.low {
	case "-":
	case ",":
		if sep.gap || yt.gap {
			return 0, 0, false // "May 5, 1969" is print's, read by monthDate
		}
	default:
		return 0, 0, false
	}
	if n := m.t(k + 2); n != nil && !n.gap && (n.low == "-" || n.low == "/" || n.low == "," || n.low == "." && m.adjNum(k+3) || n.kind != kPunct) {
		return 0, 0, false // "- 1970-71", "- 1970s", "- 1,500"
	}
	return yt.num, k + 2, true
}

// adjNum reports whether token k is a number written tight against the
// token before it.
func (m *matcher) adjNum(k int) bool {
	t := m.t(k)
	return t != nil && !t.gap && t.kind == kNum
}
