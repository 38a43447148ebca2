package eval

import (
	"strconv"
	"strings"
	"time"
)

// GUM and TIMEX3 write values differently: GUM gives "this week" as
// from=2021-10-18 to=2021-10-24 and "the 1990s" as from=1990-01-01
// to=1999-12-31, TIMEX3 as 2021-W42 and 199. The scorer therefore compares
// meanings, not strings: both sides become a span of calendar days
// [Lo, Hi], and
//   - when=V: equal when the predicted span is exactly V's span;
//   - from=A to=B: equal when the predicted span starts inside A's span and
//     ends inside B's (from=1990 to=1999 accepts 1990-01-01..1999-12-31);
//     with only from (or to), only that end is checked;
//   - notBefore=A / notAfter=B (vague bounds): equal when the predicted span
//     lies within [start of A, end of B];
//   - GUM's year-less values (--06, --12-25, and xxxx-11-05 as a few
//     annotators write them) compare month and day only, so XXXX-06 and
//     2025-06 both match --06;
//   - a GUM month written month first (08-1967, as in from=08-1967
//     to=06-1968) is that month of that year;
//   - a predicted season (2025-SU) is compared by its first month, because
//     GUM writes summer both as --06/--08 and --06/--09;
//   - values with no calendar span (PRESENT_REF, P2Y, XXXX-WXX) are equal
//     only to the identical string;
//   - GUM writes some decades and centuries as from=1960-01-01
//     to=1969-01-01 (and 0900-01-01 .. 0999-01-01): the end is the last
//     year's first day, where others write 1969-12-31. Read literally it
//     would reject the TIMEX3 value 196, which names exactly that decade, so
//     a "to" on 1 January is read as its whole year when "from" is 1
//     January of a year ending in 0 and "to" lies 9 or 99 years later. No
//     other bound is widened.

// tspan is a span of days; noYear marks GUM's year-less values, whose Lo
// and Hi carry only month and day (in year 2000, a leap year).
type tspan struct {
	Lo, Hi time.Time
	noYear bool
	season bool
}

func tday(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// parseTSpan reads the calendar span of a GUM or TIMEX3 value. timex
// reads two- and three-digit values as TIMEX3 centuries and decades (19,
// 199); GUM writes only years that way (when="500" is the year 500).
func parseTSpan(v string, timex bool) (tspan, bool) {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, 'T'); i > 0 && i < len(v)-1 && v[i-1] >= '0' && v[i-1] <= '9' {
		v = v[:i] // a time of day: its date
	}
	if i := strings.IndexByte(v, '/'); i > 0 { // ISO interval A/B
		a, ok1 := parseTSpan(v[:i], timex)
		b, ok2 := parseTSpan(v[i+1:], timex)
		if !ok1 || !ok2 || a.noYear != b.noYear {
			return tspan{}, false
		}
		return tspan{Lo: a.Lo, Hi: b.Hi, noYear: a.noYear}, true
	}
	if !timex && len(v) == 7 && v[2] == '-' && strings.Count(v, "-") == 1 {
		// 08-1967: GUM's month first, read as 1967-08.
		v = v[3:] + "-" + v[:2]
	}
	if !timex && strings.HasPrefix(v, "xxxx-") {
		v = "XXXX-" + v[5:] // GUM's lower-case unknown year
	}
	if strings.HasPrefix(v, "--") || strings.HasPrefix(v, "XXXX-") {
		rest := strings.TrimPrefix(strings.TrimPrefix(v, "--"), "XXXX-")
		if m, ok := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[rest]; ok {
			return tspan{Lo: tday(2000, m, 1), Hi: tday(2000, m+3, 0), noYear: true, season: true}, true
		}
		p := strings.Split(rest, "-")
		m, err := strconv.Atoi(p[0])
		if err != nil || m < 1 || m > 12 {
			return tspan{}, false
		}
		if len(p) == 1 {
			return tspan{Lo: tday(2000, m, 1), Hi: tday(2000, m+1, 0), noYear: true}, true
		}
		d, err := strconv.Atoi(p[1])
		if err != nil || d < 1 || d > 31 {
			return tspan{}, false
		}
		return tspan{Lo: tday(2000, m, d), Hi: tday(2000, m, d), noYear: true}, true
	}
	neg := false
	switch {
	case strings.HasPrefix(v, "BC"):
		neg, v = true, v[2:]
	case strings.HasPrefix(v, "-"):
		neg, v = true, v[1:]
	}
	p := strings.Split(v, "-")
	digits := p[0]
	for _, c := range digits {
		if c < '0' || c > '9' {
			return tspan{}, false
		}
	}
	if len(digits) == 0 || len(digits) > 6 {
		return tspan{}, false
	}
	n, _ := strconv.Atoi(digits)
	if neg {
		n = -n
	}
	if len(p) == 1 {
		switch {
		case timex && len(digits) == 2 && !neg: // century
			return tspan{Lo: tday(n*100, 1, 1), Hi: tday(n*100+99, 12, 31)}, true
		case timex && len(digits) == 3 && !neg: // decade
			return tspan{Lo: tday(n*10, 1, 1), Hi: tday(n*10+9, 12, 31)}, true
		}
		return tspan{Lo: tday(n, 1, 1), Hi: tday(n, 12, 31)}, true
	}
	y := n
	s := p[1]
	switch {
	case len(s) == 2 && s[0] == 'Q' && s[1] >= '1' && s[1] <= '4':
		q := int(s[1] - '0')
		return tspan{Lo: tday(y, 3*q-2, 1), Hi: tday(y, 3*q+1, 0)}, true
	case len(s) == 2 && s[0] == 'H' && (s[1] == '1' || s[1] == '2'):
		h := int(s[1] - '0')
		return tspan{Lo: tday(y, 6*h-5, 1), Hi: tday(y, 6*h+1, 0)}, true
	case s == "SP" || s == "SU" || s == "FA" || s == "WI":
		m := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
		return tspan{Lo: tday(y, m, 1), Hi: tday(y, m+3, 0), season: true}, true
	case len(s) == 3 && s[0] == 'W':
		w, err := strconv.Atoi(s[1:])
		if err != nil || w < 1 || w > 53 {
			return tspan{}, false
		}
		mon := isoWeekMonday(y, w)
		if len(p) == 3 && p[2] == "WE" {
			return tspan{Lo: mon.AddDate(0, 0, 5), Hi: mon.AddDate(0, 0, 6)}, true
		}
		if len(p) == 3 {
			d, err := strconv.Atoi(p[2])
			if err != nil || d < 1 || d > 7 {
				return tspan{}, false
			}
			return tspan{Lo: mon.AddDate(0, 0, d-1), Hi: mon.AddDate(0, 0, d-1)}, true
		}
		return tspan{Lo: mon, Hi: mon.AddDate(0, 0, 6)}, true
	}
	m, err := strconv.Atoi(s)
	if err != nil || m < 1 || m > 12 {
		return tspan{}, false
	}
	if len(p) == 2 {
		return tspan{Lo: tday(y, m, 1), Hi: tday(y, m+1, 0)}, true
	}
	d, err := strconv.Atoi(p[2])
	if err != nil || d < 1 || d > 31 {
		return tspan{}, false
	}
	return tspan{Lo: tday(y, m, d), Hi: tday(y, m, d)}, true
}

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := tday(y, 1, 4)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+7*(w-1))
}

// md projects a day onto year 2000 for year-less comparison.
func md(t time.Time) time.Time { return tday(2000, int(t.Month()), t.Day()) }

// within reports whether t lies in [s.Lo, s.Hi], ignoring the year when
// s is year-less.
func (s tspan) within(t time.Time) bool {
	if s.noYear {
		t = md(t)
	}
	return !t.Before(s.Lo) && !t.After(s.Hi)
}

// timeValueEqual applies the rules above to a gold <date> and a predicted
// TIMEX3 value.
func timeValueEqual(g gumDate, pred string) bool {
	// The same string as when= is the same value whatever it means. A
	// value equal to from= or notBefore= names only the start of the span,
	// and the rules below decide it (from=2016-01 to=2016-06 is not
	// 2016-01).
	if g.When != "" && g.When == pred {
		return true
	}
	p, ok := parseTSpan(pred, true)
	if !ok {
		return false
	}
	if p.noYear && !(goldNoYear(g)) {
		return false
	}
	switch {
	case g.When != "":
		w, ok := parseTSpan(g.When, false)
		if !ok {
			return false
		}
		if w.noYear {
			return md(p.Lo).Equal(w.Lo) && md(p.Hi).Equal(w.Hi)
		}
		return p.Lo.Equal(w.Lo) && p.Hi.Equal(w.Hi)
	case g.From != "" || g.To != "":
		if g.From != "" {
			a, ok := parseTSpan(g.From, false)
			if !ok || !a.within(p.Lo) {
				return false
			}
		}
		if p.season {
			return true
		}
		if g.To != "" {
			b, ok := parseTSpan(goldDecadeEnd(g.From, g.To), false)
			if !ok || !b.within(p.Hi) {
				return false
			}
		}
		return true
	case g.NotBefore != "" || g.NotAfter != "":
		if g.NotBefore != "" {
			a, ok := parseTSpan(g.NotBefore, false)
			if !ok || (!a.within(p.Lo) && lessDay(p.Lo, a.Lo, a.noYear)) {
				return false
			}
		}
		if g.NotAfter != "" {
			b, ok := parseTSpan(g.NotAfter, false)
			if !ok || (!b.within(p.Hi) && lessDay(b.Hi, p.Hi, b.noYear)) {
				return false
			}
		}
		return true
	}
	return false
}

// lessDay reports a < b, comparing month and day only when noYear.
func lessDay(a, b time.Time, noYear bool) bool {
	if noYear {
		a, b = md(a), md(b)
	}
	return a.Before(b)
}

func goldNoYear(g gumDate) bool {
	for _, v := range []string{g.When, g.From, g.To, g.NotBefore, g.NotAfter} {
		if strings.HasPrefix(v, "--") || strings.HasPrefix(strings.ToUpper(v), "XXXX-") {
			return true
		}
	}
	return false
}

// goldDecadeEnd rewrites GUM's decade or century end to=YYYY-01-01 as the
// year YYYY (see the rules above); any other "to" is returned as it is.
func goldDecadeEnd(from, to string) string {
	if len(from) != 10 || len(to) != 10 || !strings.HasSuffix(from, "-01-01") || !strings.HasSuffix(to, "-01-01") {
		return to
	}
	a, err1 := strconv.Atoi(from[:4])
	b, err2 := strconv.Atoi(to[:4])
	if err1 != nil || err2 != nil || a%10 != 0 {
		return to
	}
	if b-a == 9 || (b-a == 99 && a%100 == 0) {
		return to[:4]
	}
	return to
}
