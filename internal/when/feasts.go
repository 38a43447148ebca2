package when

import "time"

// Named days beyond Christmas, New Year, Halloween, Independence Day and
// Easter (match.go's holidayAt), as letters, vlogs and news name them:
// "Ash Wednesday 1969", "over Thanksgiving", "on Memorial Day". A feast is
// one of three kinds of day:
//
//   - a fixed day of the year (Valentine's Day, 14 February);
//   - a day counted from Easter (Ash Wednesday, 46 days before it;
//     Pentecost, 49 after), which moves with the Gregorian computus;
//   - a weekday counted within a month (Thanksgiving, the fourth Thursday
//     of November; Memorial Day, the last Monday of May), as the United
//     States keep them, the calendar most English texts assume.
//
// A moving feast is resolved as Easter is: in the year told with it, a
// year just named, or the nearest one in the clause's tense. Each name
// is two words or more, or one word no other sense uses (Thanksgiving,
// Pentecost, Juneteenth), so that "the Father of Lights" or "Labor
// actions" stay what they are.

// feast is the day a holiday's name stands for.
type feast struct {
	md     int  // a fixed day: month*100 + day (1225)
	easter bool // a day counted from Easter Sunday, eoff days on
	eoff   int
	mo     int // a weekday counted in month mo: the nth (-1: last) weekday wd (1 Monday .. 7 Sunday)
	nth    int
	wd     int
}

// moves reports whether the feast's day changes with the year.
func (f feast) moves() bool { return f.easter || f.mo != 0 }

// in is the feast's day in year y.
func (f feast) in(y int) time.Time {
	switch {
	case f.easter:
		return easterDay(y).AddDate(0, 0, f.eoff)
	case f.mo != 0:
		return nthWeekday(y, f.mo, f.nth, f.wd)
	}
	return day(y, f.md/100, f.md%100)
}

// value is the feast's day in year y as a TIMEX3 value.
func (f feast) value(y int) string {
	if f.moves() {
		return fmtDay(f.in(y))
	}
	return fmtYMD(y, f.md/100, f.md%100)
}

// nthWeekday is the nth (-1: last) weekday wd (1 Monday .. 7 Sunday) of
// month mo of year y; nth must exist in the month (1 to 4 always do).
func nthWeekday(y, mo, nth, wd int) time.Time {
	if nth < 0 {
		last := day(y, mo+1, 0)
		return last.AddDate(0, 0, -((int(last.Weekday())-wd%7)+7)%7)
	}
	first := day(y, mo, 1)
	return first.AddDate(0, 0, (wd%7-int(first.Weekday())+7)%7+7*(nth-1))
}

// feastName is one way of writing a feast: its folded tokens after the
// first (the scanner splits "Valentine's" into valentine ' s and "St." into
// st .).
type feastName struct {
	rest []string
	f    feast
}

// feastNames are keyed by the folded first word, which must be
// capitalised in the text.
var feastNames = map[string][]feastName{
	"valentine": {{[]string{"'", "s", "day"}, feast{md: 214}}},
	"st": {
		{[]string{".", "patrick", "'", "s", "day"}, feast{md: 317}},
		{[]string{"patrick", "'", "s", "day"}, feast{md: 317}},
	},
	"saint":      {{[]string{"patrick", "'", "s", "day"}, feast{md: 317}}},
	"boxing":     {{[]string{"day"}, feast{md: 1226}}},
	"veterans":   {{[]string{"day"}, feast{md: 1111}}, {[]string{"'", "day"}, feast{md: 1111}}},
	"armistice":  {{[]string{"day"}, feast{md: 1111}}},
	"bastille":   {{[]string{"day"}, feast{md: 714}}},
	"juneteenth": {{nil, feast{md: 619}}},
	"april":      {{[]string{"fools", "'", "day"}, feast{md: 401}}, {[]string{"fool", "'", "s", "day"}, feast{md: 401}}},
	"all":        {{[]string{"saints", "'", "day"}, feast{md: 1101}}},
	"guy":        {{[]string{"fawkes", "night"}, feast{md: 1105}}},
	"bonfire":    {{[]string{"night"}, feast{md: 1105}}},
	"ash":        {{[]string{"wednesday"}, feast{easter: true, eoff: -46}}},
	"shrove":     {{[]string{"tuesday"}, feast{easter: true, eoff: -47}}},
	"mardi":      {{[]string{"gras"}, feast{easter: true, eoff: -47}}},
	"palm":       {{[]string{"sunday"}, feast{easter: true, eoff: -7}}},
	"maundy":     {{[]string{"thursday"}, feast{easter: true, eoff: -3}}},
	"holy": {
		{[]string{"thursday"}, feast{easter: true, eoff: -3}},
		{[]string{"saturday"}, feast{easter: true, eoff: -1}},
	},
	"ascension": {{[]string{"day"}, feast{easter: true, eoff: 39}}, {[]string{"thursday"}, feast{easter: true, eoff: 39}}},
	"pentecost": {{nil, feast{easter: true, eoff: 49}}},
	"whit": {
		{[]string{"sunday"}, feast{easter: true, eoff: 49}},
		{[]string{"monday"}, feast{easter: true, eoff: 50}},
	},
	"whitsunday":   {{nil, feast{easter: true, eoff: 49}}},
	"thanksgiving": {{[]string{"day"}, feast{mo: 11, nth: 4, wd: 4}}, {nil, feast{mo: 11, nth: 4, wd: 4}}},
	"labor":        {{[]string{"day"}, feast{mo: 9, nth: 1, wd: 1}}},
	"memorial":     {{[]string{"day"}, feast{mo: 5, nth: -1, wd: 1}}},
	"mother":       {{[]string{"'", "s", "day"}, feast{mo: 5, nth: 2, wd: 7}}},
	"father":       {{[]string{"'", "s", "day"}, feast{mo: 6, nth: 3, wd: 7}}},
	"presidents":   {{[]string{"day"}, feast{mo: 2, nth: 3, wd: 1}}, {[]string{"'", "day"}, feast{mo: 2, nth: 3, wd: 1}}},
	"columbus":     {{[]string{"day"}, feast{mo: 10, nth: 2, wd: 1}}},
}

// feastWeekdays are the first words of the feasts named by a weekday
// (Good Friday, Ash Wednesday) with the bits (1 << weekday) of the
// weekdays they name: that weekday after them is no day of its own
// (match.go's weekday), while "Good Monday morning" keeps its Monday.
var feastWeekdays = map[string]uint8{"good": 1 << 5, "ash": 1 << 3, "shrove": 1 << 2, "palm": 1 << 7,
	"maundy": 1 << 4, "holy": 1<<4 | 1<<6, "whit": 1<<7 | 1<<1}

// feastFilter spares feastAt the hashing of most capitalised words.
var feastFilter = filterOf(feastNames)

// feastAt reads a feast's name at token i (capitalised first word): the
// feast and the token after the name. The longest way of writing wins.
func (m *matcher) feastAt(i int) (f feast, j int, ok bool) {
	t := m.t(i)
	if t == nil || t.kind != kWord || !t.upper {
		return feast{}, 0, false
	}
	if !feastFilter.mayHave(t.low) {
		return feast{}, 0, false
	}
	names, found := feastNames[t.low]
	if !found {
		return feast{}, 0, false
	}
	for _, n := range names {
		k := i + 1
		for _, w := range n.rest {
			if m.low(k) != w {
				break
			}
			k++
		}
		if k-i-1 == len(n.rest) && k > j {
			f, j, ok = n.f, k, true
		}
	}
	return f, j, ok
}
