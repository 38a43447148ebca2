package when

import (
	"fmt"
	"time"
)

// Calendar arithmetic and TIMEX3 value formatting. Everything works on
// dates at midnight UTC; the anchor's time of day and zone are dropped.

// day builds a date, normalising overflow as time.Date does.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// dateOnly truncates t to its calendar date in its own zone.
func dateOnly(t time.Time) time.Time { return day(t.Year(), int(t.Month()), t.Day()) }

func fmtYear(y int) string {
	if y < 0 {
		return fmt.Sprintf("BC%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

func fmtMonth(y, m int) string { return fmt.Sprintf("%s-%02d", fmtYear(y), m) }

// fmtDay writes a day; a year before Christ as TIMEX3 does (BC0210-09-11).
func fmtDay(t time.Time) string {
	if t.Year() < 0 {
		return fmt.Sprintf("%s-%02d-%02d", fmtYear(t.Year()), t.Month(), t.Day())
	}
	return fmt.Sprintf("%04d-%02d-%02d", t.Year(), t.Month(), t.Day())
}

func fmtYMD(y, m, d int) string { return fmt.Sprintf("%s-%02d-%02d", fmtYear(y), m, d) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// isoWeekday returns 1 for Monday .. 7 for Sunday.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// weekdayDate resolves a bare weekday against anchor a. The anchor's own
// weekday is the anchor day (a Tuesday report's "Tuesday" is that day);
// otherwise a past clause means the previous such day and a future or
// present clause the next one. Unknown tense counts as past: news reports
// mostly tell what happened.
func weekdayDate(a time.Time, wd int, tense Tense) time.Time {
	diff := wd - isoWeekday(a)
	if diff == 0 {
		return a
	}
	if tense == TenseFuture || tense == TensePresent {
		if diff < 0 {
			diff += 7
		}
	} else if diff > 0 {
		diff -= 7
	}
	return a.AddDate(0, 0, diff)
}

// weekdayOfWeek returns weekday wd of the ISO week that is offset weeks away
// from a's ("next Monday" is Monday of next week).
func weekdayOfWeek(a time.Time, wd, offset int) time.Time {
	monday := a.AddDate(0, 0, 1-isoWeekday(a))
	return monday.AddDate(0, 0, 7*offset+wd-1)
}

// monthYear chooses the year of a month named without one: the nearest
// occurrence that agrees with the tense. The anchor's own month is the
// anchor's year.
func monthYear(a time.Time, m int, tense Tense) int {
	am := int(a.Month())
	switch {
	case m == am:
		return a.Year()
	case tense == TenseFuture && m < am:
		return a.Year() + 1
	case tense == TensePast && m > am:
		return a.Year() - 1
	case tense == TensePresent && m-am > 6:
		return a.Year() - 1 // "is held in November", said in January
	case tense == TensePresent && am-m > 6:
		return a.Year() + 1 // "if I am at a convention in February", said in December
	}
	return a.Year()
}

// monthDayYear chooses the year of a month and day named without one.
func monthDayYear(a time.Time, m, d int, tense Tense) int {
	t := day(a.Year(), m, d)
	switch {
	case tense == TenseFuture && t.Before(a):
		return a.Year() + 1
	case tense == TensePast && t.After(a):
		return a.Year() - 1
	}
	return a.Year()
}

// seasonStart gives the first month of a TIMEX3 season.
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// seasonSpan is the first and last day of season s of year y (winter
// runs from December of y into February of y+1).
func seasonSpan(y int, s string) (time.Time, time.Time) {
	start := day(y, seasonStart[s], 1)
	return start, start.AddDate(0, 3, -1)
}

// seasonNow returns the year of the season s the anchor lies in: in
// January the winter is the one that began the December before.
func seasonNow(a time.Time, s string) (int, bool) {
	for y := a.Year() - 1; y <= a.Year(); y++ {
		if lo, hi := seasonSpan(y, s); !a.Before(lo) && !a.After(hi) {
			return y, true
		}
	}
	return 0, false
}

// seasonLast is the year of the last season s that ended before a, and
// seasonNext of the next one that begins after it.
func seasonLast(a time.Time, s string) int {
	y := a.Year()
	for {
		if _, hi := seasonSpan(y, s); hi.Before(a) {
			return y
		}
		y--
	}
}

func seasonNext(a time.Time, s string) int {
	y := a.Year() - 1
	for {
		if lo, _ := seasonSpan(y, s); lo.After(a) {
			return y
		}
		y++
	}
}

// thisSeason chooses the year of "this summer" out of season: in a past
// clause the last one if it ended within half a year ("the job we did
// this summer", said on 1 January); otherwise the coming one ("could
// drive moderates toward Democrats this fall", said in February).
func thisSeason(a time.Time, s string, tense Tense) int {
	if y, ok := seasonNow(a, s); ok {
		return y
	}
	last := seasonLast(a, s)
	if _, lastEnd := seasonSpan(last, s); tense == TensePast && a.Sub(lastEnd) <= 183*24*time.Hour {
		return last
	}
	return seasonNext(a, s)
}

// seasonYear chooses the year of a season named without one ("summer",
// "in winter"): the season the anchor lies in, else in a past clause the
// last one, in a present or future clause the coming one ("the bill goes
// to the Senate in the spring", said in October), and with no tense to go
// by the nearer of the two ("Labor Day: the end of summer", said in
// September, is the one just over).
func seasonYear(a time.Time, s string, tense Tense) int {
	if y, ok := seasonNow(a, s); ok {
		return y
	}
	last, next := seasonLast(a, s), seasonNext(a, s)
	switch tense {
	case TensePast:
		return last
	case TenseFuture, TensePresent:
		return next
	}
	_, lastEnd := seasonSpan(last, s)
	nextStart, _ := seasonSpan(next, s)
	if a.Sub(lastEnd) < nextStart.Sub(a) {
		return last
	}
	return next
}

// shift moves a by n units and formats the result at the unit's
// granularity: days and weeks give a date, months a month, years a year.
func shift(a time.Time, u unit, n int) (string, bool) {
	switch u {
	case uDay:
		return fmtDay(a.AddDate(0, 0, n)), true
	case uWeek, uWeekend:
		return fmtDay(a.AddDate(0, 0, 7*n)), true
	case uMonth:
		t := day(a.Year(), int(a.Month())+n, 1)
		return fmtMonth(t.Year(), int(t.Month())), true
	case uQuarter:
		t := day(a.Year(), int(a.Month())+3*n, 1)
		return fmtMonth(t.Year(), int(t.Month())), true
	case uYear:
		return fmtYear(a.Year() + n), true
	case uDecade:
		return fmtYear(a.Year() + 10*n), true
	case uCentury:
		return fmtYear(a.Year() + 100*n), true
	}
	return "", false
}

// coarseShift moves a reference known only to granularity g (a year, a
// month) by n units u finer than g, and gives the result at g: a count
// from a year or a month cannot name a finer period than its reference.
// It counts from the middle of the reference period, so "two months
// later" than 1998 is 1998 and "eight months later" 1999, "two weeks
// later" than May 1998 is 1998-05.
func coarseShift(ref time.Time, g, u unit, n int) string {
	mid := day(ref.Year(), 7, 2) // a year's middle day
	if g == uMonth {
		mid = day(ref.Year(), int(ref.Month()), 15)
	}
	switch u {
	case uDay:
		mid = mid.AddDate(0, 0, n)
	case uWeek, uWeekend:
		mid = mid.AddDate(0, 0, 7*n)
	case uMonth:
		mid = mid.AddDate(0, n, 0)
	case uQuarter:
		mid = mid.AddDate(0, 3*n, 0)
	}
	if g == uMonth {
		return fmtMonth(mid.Year(), int(mid.Month()))
	}
	return fmtYear(mid.Year())
}

// unitValue names the unit containing a, offset units away: this week
// (2025-W34), last month (2025-07), next year (2026), this weekend
// (2025-W34-WE), this quarter (2025-Q3), this decade (202), this century (20).
func unitValue(a time.Time, u unit, off int) (string, bool) {
	switch u {
	case uDay:
		return fmtDay(a.AddDate(0, 0, off)), true
	case uWeek:
		return fmtWeek(a.AddDate(0, 0, 7*off)), true
	case uWeekend:
		return fmtWeek(a.AddDate(0, 0, 7*off)) + "-WE", true
	case uMonth:
		t := day(a.Year(), int(a.Month())+off, 1)
		return fmtMonth(t.Year(), int(t.Month())), true
	case uQuarter:
		q := (int(a.Month())-1)/3 + off
		y := a.Year()
		for q < 0 {
			q += 4
			y--
		}
		y += q / 4
		return fmt.Sprintf("%04d-Q%d", y, q%4+1), true
	case uYear:
		return fmtYear(a.Year() + off), true
	case uDecade:
		return fmt.Sprintf("%03d", a.Year()/10+off), true
	case uCentury:
		return fmt.Sprintf("%02d", a.Year()/100+off), true
	}
	return "", false
}

// underspecified is the value of a relative expression of unit u when there
// is no anchor.
func underspecified(u unit) string {
	switch u {
	case uDay:
		return "XXXX-XX-XX"
	case uWeek:
		return "XXXX-WXX"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	}
	return "XXXX"
}
