package when

import "fmt"

// TIMEX3 writes "the late 1970s" as value 197 with mod="LATE"; doc.Date has
// no mod field, and dropping the modifier would claim the whole decade. The
// tagger therefore gives modified periods as the ISO 8601 interval they
// cover (SPEC.md §2 allows intervals "for a span that no single value
// names"). The parts are conventions, chosen so that a reader would agree
// and GUM's annotators mostly do:
//
//   - a decade splits into halves: early 1980s = 1980/1984, late 1970s =
//     1975/1979; mid-1980s = 1982/1988, its seven middle years, as GUM
//     gives it;
//   - a century into quarters: early 1600s = 1600/1625, late 20th century
//     = 1975/1999, mid-19th century = 1840/1860, and before Christ
//     counting down: late 6th century BC = BC0525/BC0501;
//   - a year into thirds: early 2024 = 2024-01/2024-04, mid-2026 =
//     2026-05/2026-08, late 2019 = 2019-09/2019-12;
//   - a month into halves meeting on the 15th: early October =
//     10-01/10-15, late April = 04-15/04-30, mid-August = 08-10/08-20.
//
// Seasons and quarters keep their value: "late summer" is still a season.

// modifier is a TIMEX3 MOD of a period.
type modifier byte

const (
	modNone modifier = iota
	modEarly
	modMid
	modLate
)

// modAt reads early / mid / middle / late / later (and "mid-") at k.
func (m *matcher) modAt(k int) (modifier, int) {
	var mod modifier
	switch m.low(k) {
	case "early":
		mod = modEarly
	case "mid", "middle":
		mod = modMid
	case "late", "later":
		mod = modLate
	default:
		return modNone, k
	}
	if m.low(k) == "middle" && m.low(k+1) != "-" {
		return modNone, k // "the middle of ..." is not handled
	}
	k++
	if m.low(k) == "-" && m.adj(k) {
		k++
	}
	return mod, k
}

// decadeInterval is a modified decade starting at year y.
func decadeInterval(y int, mod modifier) string {
	switch mod {
	case modEarly:
		return fmt.Sprintf("%s/%s", fmtYear(y), fmtYear(y+4))
	case modMid:
		return fmt.Sprintf("%s/%s", fmtYear(y+2), fmtYear(y+8))
	case modLate:
		return fmt.Sprintf("%s/%s", fmtYear(y+5), fmtYear(y+9))
	}
	return fmt.Sprintf("%03d", y/10)
}

// centuryInterval is a modified century starting at year y.
func centuryInterval(y int, mod modifier) string {
	switch mod {
	case modEarly:
		return fmt.Sprintf("%s/%s", fmtYear(y), fmtYear(y+25))
	case modMid:
		return fmt.Sprintf("%s/%s", fmtYear(y+40), fmtYear(y+60))
	case modLate:
		return fmt.Sprintf("%s/%s", fmtYear(y+75), fmtYear(y+99))
	}
	return fmt.Sprintf("%02d", y/100)
}

// bcCenturyInterval is the n-th century before Christ, modified: it runs
// from n*100 BC down to (n-1)*100+1 BC, so its early part is the larger
// years (the late 6th century BC is 525–501 BC), with the same shares as
// centuryInterval.
func bcCenturyInterval(n int, mod modifier) string {
	lo, hi := -n*100, -(n-1)*100-1
	switch mod {
	case modEarly:
		hi = lo + 25
	case modMid:
		lo, hi = lo+40, lo+60
	case modLate:
		lo = lo + 75
	}
	return fmtYear(lo) + "/" + fmtYear(hi)
}

// yearInterval is a modified year.
func yearInterval(y int, mod modifier) string {
	switch mod {
	case modEarly:
		return fmtMonth(y, 1) + "/" + fmtMonth(y, 4)
	case modMid:
		return fmtMonth(y, 5) + "/" + fmtMonth(y, 8)
	case modLate:
		return fmtMonth(y, 9) + "/" + fmtMonth(y, 12)
	}
	return fmtYear(y)
}

// monthInterval is a modified month; year is "XXXX" or a formatted year.
func monthInterval(year string, mo int, mod modifier) string {
	last := day(2001, mo+1, 0).Day() // a common year: February has 28 days
	if year != "XXXX" {
		var y int
		if _, err := fmt.Sscanf(year, "%d", &y); err == nil {
			last = day(y, mo+1, 0).Day()
		}
	}
	p := fmt.Sprintf("%s-%02d-", year, mo)
	switch mod {
	case modEarly:
		return p + "01/" + p + "15"
	case modMid:
		return p + "10/" + p + "20"
	case modLate:
		return fmt.Sprintf("%s15/%s%02d", p, p, last)
	}
	return fmt.Sprintf("%s-%02d", year, mo)
}

// modMonthValue applies mod to a month value YYYY-MM or XXXX-MM; other
// values are returned as they are.
func modMonthValue(v string, mod modifier) string {
	if mod == modNone || len(v) < 7 || v[len(v)-3] != '-' {
		return v
	}
	var mo int
	if _, err := fmt.Sscanf(v[len(v)-2:], "%d", &mo); err != nil || mo < 1 || mo > 12 {
		return v
	}
	return monthInterval(v[:len(v)-3], mo, mod)
}
