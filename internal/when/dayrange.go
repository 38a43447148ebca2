package when

import "strings"

// Ranges of days within one month: "5–6 September 2019", "5 to 7 May",
// "May 5-7", "May 5 through 9, 2019". TIMEX3 has no single value for them;
// the tagger gives the ISO interval of the days (2019-09-05/2019-09-06),
// as it does for modified periods (modifier.go), and GUM annotates such a
// range as one date with from and to. A range that crosses months ("May 5
// to June 7") stays two dates, whose year the first takes from the
// second (rangeYear).

// dayRangeWords join the two days of a range.
var dayRangeWords = map[string]bool{"-": true, "to": true, "through": true, "thru": true, "till": true, "until": true}

// dayRangeEnd reads the closing day of a range opened by day d at token k:
// "-6", "to 7", "through 9". The closing day must come after d.
func (m *matcher) dayRangeEnd(k, d, mo int) (d2, next int, ok bool) {
	if !dayRangeWords[m.low(k)] {
		return 0, 0, false
	}
	d2, next, ok = m.dayAt(k + 1)
	if !ok || d2 <= d || (mo > 0 && d2 > day(2000, mo+1, 0).Day()) {
		return 0, 0, false
	}
	return d2, next, true
}

// withRangeEnd turns a one-day value YYYY-MM-DD into the interval up to
// day d2 of the same month; other values are returned as they are.
func withRangeEnd(v string, d2 int) string {
	if len(v) < 10 || strings.Contains(v, "/") {
		return v
	}
	first := v[:len(v)-2]
	return v + "/" + first + twoDigits(d2)
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}
