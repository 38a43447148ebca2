package when

import "strings"

// The read-only word tables of the tagger. They are built from literals at
// package initialisation and never written afterwards.

// months maps full and abbreviated month names to 1..12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ambiguousMonths are month names that are also common words; they count as
// months only next to a day, a year or a temporal preposition.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "mar": true, "jan": true, "jun": true}

// weekdays maps weekday names to ISO numbers (Monday 1 .. Sunday 7).
var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// weekdayAbbr are abbreviations accepted only with a full stop ("Tues.").
var weekdayAbbr = map[string]int{
	"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}

// numberWords maps cardinal words to values.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a": 1, "an": 1,
}

// ordinalWords maps ordinal words to values.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "last": -1,
}

// unit is a calendar unit.
type unit byte

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// units maps unit words (singular and plural) to units.
var units = map[string]unit{
	"second": uSecond, "seconds": uSecond, "minute": uMinute, "minutes": uMinute,
	"hour": uHour, "hours": uHour, "day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek,
	"weekend": uWeekend, "weekends": uWeekend, "fortnight": uWeek, "fortnights": uWeek,
	"month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury,
}

// durationLetter gives the TIMEX3 duration designator of a unit.
var durationLetter = map[unit]string{
	uSecond: "TS", uMinute: "TM", uHour: "TH", uDay: "D", uWeek: "W", uWeekend: "WE",
	uMonth: "M", uQuarter: "Q", uYear: "Y", uDecade: "DE", uCentury: "CE",
}

// seasons maps season words to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
	"springtime": "SP", "summertime": "SU", "wintertime": "WI", "summers": "SU", "winters": "WI",
}

// relMods maps relative modifiers to an offset in their unit.
var relMods = map[string]int{
	"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0,
	"next": 1, "coming": 1,
}

// partsOfDay maps parts of the day to TIMEX3 codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

// presentWords are PRESENT_REF expressions of one word.
var presentWords = map[string]bool{"now": true, "currently": true, "nowadays": true, "presently": true}

// futureCues and pastCues mark the tense of a clause. They are looked up on
// folded words; "-ed" verbs are caught by a suffix test in tense.go.
var futureCues = map[string]bool{
	"will": true, "'ll": true, "shall": true, "tomorrow": true, "upcoming": true,
	"expected": true, "scheduled": true, "plans": true, "plan": true, "intends": true,
	"aims": true, "going": true, "due": true, "forthcoming": true, "won't": true,
	// Hopes and plans look ahead even when told in the past ("I was
	// planning on seeing him this summer", "we hope to meet in May").
	"hope": true, "hopes": true, "hoping": true, "hoped": true, "planning": true,
	"intend": true, "intending": true, "expect": true, "expects": true, "expecting": true,
	"forward": true,
}

var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "'d": true, "ago": true,
	"yesterday": true, "said": true, "told": true, "met": true, "went": true,
	"came": true, "took": true, "gave": true, "made": true, "held": true, "saw": true,
	"began": true, "won": true, "lost": true, "left": true, "found": true, "got": true,
	"became": true, "ran": true, "spoke": true, "wrote": true, "sent": true, "fell": true,
	"rose": true, "led": true, "paid": true, "brought": true, "thought": true, "kept": true,
	"knew": true, "felt": true, "built": true, "sold": true, "bought": true, "hit": true,
	"struck": true, "fought": true, "flew": true, "drew": true, "grew": true, "threw": true,
	"shot": true, "stood": true, "chose": true, "broke": true, "spent": true, "meant": true,
	"heard": true, "sat": true, "won't've": true, "did't": true, "wasn't": true, "weren't": true,
	"didn't": true, "hadn't": true,
}

var presentCues = map[string]bool{
	"is": true, "are": true, "am": true, "does": true, "do": true, "has": true, "have": true,
	"isn't": true, "aren't": true, "doesn't": true,
}

// notPastEd are words ending in "ed" that are not past-tense verbs.
var notPastEd = map[string]bool{
	"need": true, "needed": false, "indeed": true, "united": true, "hundred": true, "red": true,
	"bed": true, "seed": true, "speed": true, "feed": true, "proceed": true, "exceed": true,
	"succeed": true, "breed": true, "weed": true, "greed": true, "shed": true, "fled": false,
	"based": true, "related": true, "limited": true, "detailed": true, "advanced": true,
	"expected": true, "scheduled": true, "planned": true, "proposed": true, "supposed": true,
	"interested": true, "concerned": true, "involved": true, "used": true, "named": true,
	"called": true, "armed": true, "skilled": true, "aged": true, "sacred": true, "wicked": true,
	"naked": true, "ragged": true, "rugged": true, "beloved": true, "learned": true,
}

// isFortnight reports whether w is a fortnight, a unit of two weeks: the
// rules that count units double the count (units maps it to the week).
func isFortnight(w string) bool { return w == "fortnight" || w == "fortnights" }

// countHeads end compounds that count as their head does: "1709
// schoolchildren", "2400 steelworkers", "3000 townspeople".
var countHeads = []string{"children", "workers", "people", "students", "members", "soldiers", "women", "residents", "patients"}

// countCompound reports whether w is a compound of a countHeads word
// ("schoolchildren"), the head alone being in numberStops.
func countCompound(w string) bool {
	for _, h := range countHeads {
		if len(w) > len(h)+2 && strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}

// numberStops are words after a four-digit number that make it a quantity,
// not a year ("2000 people").
var numberStops = map[string]bool{
	"people": true, "persons": true, "years": true, "year": true, "km": true, "miles": true, "mi": true,
	"dollars": true, "euros": true, "pounds": true, "feet": true, "ft": true, "meters": true,
	"metres": true, "m": true, "troops": true, "soldiers": true, "members": true, "votes": true,
	"units": true, "tons": true, "tonnes": true, "acres": true, "students": true, "men": true,
	"women": true, "words": true, "pages": true, "points": true, "calories": true, "percent": true,
	"kg": true, "km²": true, "sq": true, "square": true, "hectares": true, "residents": true,
	"inhabitants": true, "employees": true, "workers": true, "cases": true, "deaths": true,
	"copies": true, "times": true, "hours": true, "minutes": true, "days": true, "kilometres": true,
	"kilometers": true, "yards": true, "mph": true, "rpm": true, "bc": false, "ad": false,
	"patients": true, "children": true, "species": true, "items": true, "houses": true, "homes": true,
	// A clock time of 24 hours told with its zone: "(1500 GMT)" (and see
	// clockZones).
	"gmt": true, "utc": true, "hrs": true, "cet": true, "cest": true, "bst": true, "est": true,
	"edt": true, "pst": true, "pdt": true,
}

// numberBefore are words before a four-digit number that make it a quantity
// or a label ("No. 1984", "page 2010").
var numberBefore = map[string]bool{
	"$": true, "£": true, "€": true, "#": true, "no": true, "number": true, "page": true,
	"pages": true, "route": true, "room": true, "flight": true, "model": true, "version": true,
	"nearly": true, "almost": true, "approximately": true, "than": true, "least": true,
	// Numbered parts of a text or a code: "Rule 2016", "Section 1983".
	"rule": true, "rules": true, "section": true, "sections": true, "chapter": true, "paragraph": true,
	"exhibit": true, "clause": true,
}

// streetWords end a street's name: "1696 Bergen Blvd" is an address.
var streetWords = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "lane": true, "ln": true, "drive": true, "dr": true, "terrace": true,
	"place": true, "pl": true, "court": true, "ct": true, "highway": true, "hwy": true, "parkway": true, "pkwy": true}
