package when

import (
	"strings"
	"testing"
	"time"
)

// refCase is a bare expression told after a dated one: its value in text,
// anchored on anchor.
type refCase struct {
	name, text, expr, value string
	anchor                  time.Time
}

func checkRefCases(t *testing.T, tests []refCase) {
	t.Helper()
	for _, tc := range tests {
		d, ok := tagOne(t, tc.text, tc.expr, tc.anchor)
		if !ok || d.Value != tc.value {
			t.Errorf("%s: %q = %q (found %v); want %q", tc.name, tc.expr, d.Value, ok, tc.value)
		}
	}
}

// TestFullDateHoldsItsYear: a full date keeps its year for the bare days
// of the next few sentences, a year alone for the next sentence only.
func TestFullDateHoldsItsYear(t *testing.T) {
	between := " At the time he had hit .322 in 102 games. He led the league. Scouts noticed him."
	a2011 := time.Date(2011, 4, 13, 0, 0, 0, 0, time.UTC)
	tests := []refCase{
		{"full date, three sentences back", "He made his debut on September 1, 2012." + between + " On September 4 he hit a homer.",
			"September 4", "2012-09-04", a2011},
		{"full date, next sentence", "He made his debut on September 1, 2012. On September 4 he hit a homer.",
			"September 4", "2012-09-04", a2011},
		{"year alone, three sentences back", "He made his debut in 2012." + between + " On September 4 he hit a homer.",
			"September 4", "2010-09-04", a2011},
		{"full date, far back", "He made his debut on September 1, 2012." + between + between + " On September 4 he hit a homer.",
			"September 4", "2010-09-04", a2011},
		{"news keeps the anchor's year", "The law was passed on March 3, 2025." + between + " On June 5 the court ruled.",
			"June 5", "2025-06-05", anchor},
	}
	checkRefCases(t, tests)
}

// TestSeasons: a season named without its year is the one the anchor lies
// in (in January, the winter that began in December), else the last or
// the next one as the clause looks back or ahead; "last" and "next" count
// from the season the anchor is in.
func TestSeasons(t *testing.T) {
	jan := time.Date(1970, 1, 10, 0, 0, 0, 0, time.UTC)
	oct := time.Date(1969, 10, 20, 0, 0, 0, 0, time.UTC)
	tests := []refCase{
		{"winter, in January", "We will go skiing this winter.", "this winter", "1969-WI", jan},
		{"last winter, in January", "We went skiing last winter.", "last winter", "1968-WI", jan},
		{"next winter, in January", "See you next winter.", "next winter", "1970-WI", jan},
		{"bare winter, in January", "It has snowed a lot during the winter.", "winter", "1969-WI", jan},
		{"this spring, ahead", "We will meet this spring.", "this spring", "1970-SP", oct},
		{"this spring, gone", "We met this spring.", "this spring", "1969-SP", oct},
		{"this fall, now", "We will meet this fall.", "this fall", "1969-FA", oct},
		{"last fall, in the fall", "We met last fall.", "last fall", "1968-FA", oct},
		{"next fall, in the fall", "See you next fall.", "next fall", "1970-FA", oct},
		{"last summer", "I loved last summer.", "last summer", "1969-SU", oct},
		{"bare season, present", "The bill goes to the Senate in the spring.", "spring", "1970-SP", oct},
		{"bare season, no tense, just over", "Labor Day: the end of summer.", "summer", "2016-SU", time.Date(2016, 9, 7, 0, 0, 0, 0, time.UTC)},
		{"bare season, no tense, ahead", "Dividends: a rise in the spring.", "spring", "2016-SP", time.Date(2015, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"bare season, past", "The bill went to the Senate in the spring.", "spring", "1969-SP", oct},
		{"reported plans", "He plans to vote at the convention this summer, Welch said.", "this summer", "1970-SU", jan},
		{"nearer ahead", "He noted that the committee gathers in Cleveland this summer.", "this summer", "2025-SU", time.Date(2025, 4, 17, 0, 0, 0, 0, time.UTC)},
		{"gone by, told in the past", "That was the scarf I wore this summer.", "this summer", "1999-SU", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"ahead, no tense", "It could drive moderates toward Democrats this fall.", "this fall", "2016-FA", time.Date(2016, 2, 29, 0, 0, 0, 0, time.UTC)},
		{"long gone, told in the past", "We met this fall.", "this fall", "2026-FA", time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)},
	}
	checkRefCases(t, tests)
}

// TestRangeThroughAnchor: a range of days that holds the anchor is this
// year's, whatever the tense; one that does not goes by the tense.
func TestRangeThroughAnchor(t *testing.T) {
	jan28 := time.Date(2014, 1, 28, 0, 0, 0, 0, time.UTC)
	tests := []refCase{
		{"a run begun five days before", "The show is to run from January 23 through March 9.", "January 23", "2014-01-23", jan28},
		{"day first", "The fair will run from 20 January to 5 February.", "20 January", "2014-01-20", jan28},
		{"to a month", "The exhibition will be open from January 10 until March.", "January 10", "2014-01-10", jan28},
		{"a range over", "The fair will run from January 5 to January 20.", "January 5", "2015-01-05", jan28},
		{"a single future day", "The fair will open on January 23.", "January 23", "2015-01-23", jan28},
	}
	checkRefCases(t, tests)
}

// TestDeepAgo: thousands and millions of years ago, rounded to the unit
// of the count.
func TestDeepAgo(t *testing.T) {
	a2014 := time.Date(2014, 12, 30, 0, 0, 0, 0, time.UTC)
	tests := []refCase{
		{"thousands in words", "About ten thousand years ago, people began to farm.", "ten thousand years ago", "BC8000", a2014},
		{"thousands in figures", "The cave was painted 10,000 years ago.", "10,000 years ago", "BC8000", a2014},
		{"millions", "The rock formed some 5 million years ago.", "5 million years ago", "BC5000000", a2014},
		{"fifteen hundred", "The town was founded 1,500 years ago.", "1,500 years ago", "0500", a2014},
		{"plain years stay exact", "The town was founded 500 years ago.", "500 years ago", "1514", a2014},
	}
	checkRefCases(t, tests)
}

// TestRangeEra: the era after a range's closing year closes both ends
// when the years count down.
func TestRangeEra(t *testing.T) {
	tests := []refCase{
		{"to BCE", "The Olmec flourished from about 1200 to about 400 BCE.", "1200", "BC1200", anchor},
		{"between ... and BC", "The site was used between 3000 and 2500 BC.", "3000", "BC3000", anchor},
		{"dash", "The culture lasted 1200-400 BC.", "1200", "BC1200", anchor},
		{"counting up is AD", "The Maya flourished from roughly 250 to 900 CE.", "900 CE", "0900", anchor},
		{"an AD year stays", "The castle stood from 1200 to 1400.", "1200", "1200", anchor},
	}
	checkRefCases(t, tests)
}

// TestEraForms: an era before the year ends a full date too, and "the
// year" takes the era after its number.
func TestEraForms(t *testing.T) {
	checkRefCases(t, []refCase{
		{"AD first, in a date", "Augustus died on 19 August AD 14 in Nola.", "19 August AD 14", "0014-08-19", anchor},
		{"AD first, alone", "Augustus died in AD 14.", "AD 14", "0014", anchor},
		{"the year ... BC", "In the year 31 BC he won at Actium.", "the year 31 BC", "BC0031", anchor},
		{"the year AD ...", "In the year AD 800 Charlemagne was crowned.", "the year AD 800", "0800", anchor},
		{"the year without an era", "By the year 2030 we will fly.", "the year 2030", "2030", anchor},
		{"BC after the day", "Caesar died on 15 March 44 BC.", "15 March 44 BC", "BC0044-03-15", anchor},
	})
}

// TestNarrativeDurations: in a text with its own timeline, "the next five
// years" told in the past counts on from the last date named, however
// far back; in news it stays with the anchor's years.
func TestNarrativeDurations(t *testing.T) {
	bio := "He was born in Paris in 1811 and studied at the lycée. " + filler +
		" His teachers despaired of him. For the next five years he served in the army."
	res := Annotate(bio, nil, anchor)
	found := false
	for k, d := range res.Dates {
		if bio[d.Start:d.End] == "the next five years" {
			found = true
			if res.Spans[k] != "1811/1816" {
				t.Errorf("bio: the next five years span %q; want 1811/1816", res.Spans[k])
			}
		}
	}
	if !found {
		t.Errorf("bio: no 'the next five years' in %v", res.Dates)
	}
	// A biography keeps its own timeline: a bare duration told in the
	// past, however far after the last date, runs on from it.
	bio = "In 1850 the old abbot died and named a successor. " + filler +
		" The brothers disliked the choice. The order was ruled in peace for nearly two decades."
	res = Annotate(bio, nil, anchor)
	found = false
	for k, d := range res.Dates {
		if bio[d.Start:d.End] == "two decades" {
			found = true
			if res.Spans[k] != "1850/1870" {
				t.Errorf("bio: two decades span %q; want 1850/1870", res.Spans[k])
			}
		}
	}
	if !found {
		t.Errorf("bio: no 'two decades' in %v", res.Dates)
	}
}

// TestDayRanges: days of one month joined by a dash or "to" are one
// interval; a range across months stays two dates.
func TestDayRanges(t *testing.T) {
	tests := []refCase{
		{"day first, dash", "The congress met on 5–6 September 2019 in A Coruña.", "5–6 September 2019", "2019-09-05/2019-09-06", anchor},
		{"day first, to", "The fair runs from 5 to 7 May 2024.", "5 to 7 May 2024", "2024-05-05/2024-05-07", anchor},
		{"month first", "The talks were held May 5-7, 2019.", "May 5-7, 2019", "2019-05-05/2019-05-07", anchor},
		{"month first, no year", "The talks were held on August 5-7.", "August 5-7", "2025-08-05/2025-08-07", anchor},
		{"no anchor", "The talks were held on August 5-7.", "August 5-7", "XXXX-08-05/XXXX-08-07", time.Time{}},
		{"across months", "The fair ran from May 5 to June 7, 2019.", "May 5", "2019-05-05", anchor},
		{"a day past the month", "The talks were held on 30-31 February 2019.", "31 February 2019", "", anchor},
	}
	for _, tc := range tests[:6] {
		checkRefCases(t, []refCase{tc})
	}
	for _, d := range Tag(tests[6].text, nil, anchor) {
		if strings.Contains(d.Value, "/") {
			t.Errorf("%s: %q = %s; want no range", tests[6].name, tests[6].text[d.Start:d.End], d.Value)
		}
	}
}

// TestPossessiveYear: "2030's" after a name is the year's possessive; after
// "the", a modifier or a preposition it is a decade.
func TestPossessiveYear(t *testing.T) {
	tests := []refCase{
		{"possessive", "The plan serves Vision 2030's goals.", "2030", "2030", anchor},
		{"decade after the", "Jazz boomed in the 1920's.", "1920's", "192", anchor},
		{"decade after in", "Jazz boomed in 1920's Paris.", "1920's", "192", anchor},
		{"decade pair", "Cars changed in the 1950's and 1960's.", "1960's", "196", anchor},
	}
	checkRefCases(t, tests)
}

// TestAnniversaries: a count back from a day named by deixis is a day.
func TestAnniversaries(t *testing.T) {
	tests := []refCase{
		{"a year ago today", "A year ago today we opened the shop.", "A year ago", "2024-08-19", anchor},
		{"years ago tomorrow night", "Three years ago tomorrow night, I spoke in this hall.", "Three years ago", "2022-08-20", anchor},
		{"the day word stays", "Three years ago tomorrow night, I spoke in this hall.", "tomorrow night", "2025-08-20TNI", anchor},
		{"months ago yesterday", "Six months ago yesterday the war began.", "Six months ago", "2025-02-18", anchor},
		{"plain ago stays a year", "A year ago we opened the shop.", "A year ago", "2024", anchor},
		{"a half in figures", "More people work than did 2 1/2 years ago.", "2 1/2 years ago", "2023-02", anchor},
		{"an editor's brackets", "\"[Ten] years ago, a browser was born,\" he said.", "[Ten] years ago", "2015", anchor},
		{"this time last year", "This time last year we were in Rome.", "This time last year", "2024-08-19", anchor},
		{"day of this month", "The rent is due on the 25th of this month.", "the 25th of this month", "2025-08-25", anchor},
		{"day of last month", "We met on the 3rd of last month.", "the 3rd of last month", "2025-07-03", anchor},
		{"day of next month", "We meet on the first of next month.", "the first of next month", "2025-09-01", anchor},
	}
	checkRefCases(t, tests)
}

// TestAnaphoricUnits: "the following year", "the previous year", "that
// month", "that week" are the units after, before or of the last date
// told, not stretches of time; after a word of duration "the next year"
// stays one.
func TestAnaphoricUnits(t *testing.T) {
	tests := []refCase{
		{"the following year", "He moved to Rome in 1850. The following year he married.", "The following year", "1851", anchor},
		{"the previous year", "He moved to Rome in 1850. The previous year he had married.", "The previous year", "1849", anchor},
		{"the next year, told", "He moved to Rome in 1850. The next year he married.", "The next year", "1851", anchor},
		{"the following month", "He moved to Rome in March 1850. The following month he married.", "The following month", "1850-04", anchor},
		{"that month", "He moved to Rome in March 1850. That month he married.", "That month", "1850-03", anchor},
		{"that week", "He moved to Rome on 5 March 1850. That week he married.", "That week", "1850-W10", anchor},
		{"the following week", "He moved to Rome on 5 March 1850. The following week he married.", "The following week", "1850-W11", anchor},
		{"a bare month before", "The allegations gained momentum in September. The next month, a former staffer spoke out.", "The next month", "2024-10", anchor},
		{"a range's end", "We laid the carpet during last August to September.", "September", "2024-09", anchor},
		{"a range into the new year", "The works ran from last November to March.", "March", "2025-03", anchor},
	}
	checkRefCases(t, tests)
	spans := []spanCase{
		{"He moved to Rome in 1850 and stayed for the next year.", "the next year", "P1Y", "1850/1851"},
		{"Prices will rise over the next year.", "the next year", "P1Y", "2026/2026"},
	}
	checkSpans(t, spans)
}

// TestNarrativeSeasons: seasons told after a date are of its year, or the
// next or last one from it.
func TestNarrativeSeasons(t *testing.T) {
	tests := []refCase{
		{"that summer", "He moved to Rome in 1850. That summer he married.", "That summer", "1850-SU", anchor},
		{"bare season after a year", "He moved to Rome in 1850. In the summer he married.", "summer", "1850-SU", anchor},
		{"following spring from August", "He moved to Rome in August 1850. The following spring he married.", "The following spring", "1851-SP", anchor},
		{"following summer from August", "He moved to Rome in August 1850. The following summer he married.", "The following summer", "1851-SU", anchor},
		{"previous winter from March", "He moved to Rome in March 1850. The previous winter had been cold.", "The previous winter", "1849-WI", anchor},
		{"previous winter from a year", "He moved to Rome in 1850. The previous winter he had married.", "The previous winter", "1849-WI", anchor},
		{"a season ahead keeps the anchor", "He lost in 2008. Republicans are likely to use it in the fall.", "fall", "2025-FA", anchor},
	}
	checkRefCases(t, tests)
}

// TestCountsFromRef: "two years later" counts from the last date told;
// a count finer than that date ("two months later" after a year) is given
// at the date's own precision (coarseShift), never a made-up finer value.
func TestCountsFromRef(t *testing.T) {
	tests := []refCase{
		{"years after a full date", "He moved to Rome on 5 March 1850. Two years later he married.", "Two years later", "1852", anchor},
		{"years after a month", "He moved to Rome in March 1850. Two years later he married.", "Two years later", "1852", anchor},
		{"years after a year", "He moved to Rome in 1850. Two years later he married.", "Two years later", "1852", anchor},
		{"days after a full date", "He moved to Rome on 5 March 1850. Three days later he married.", "Three days later", "1850-03-08", anchor},
		{"months after a year", "He moved to Rome in 1850. Two months later he married.", "Two months later", "1850", anchor},
		{"months after a year, past its middle", "He moved to Rome in 1850. Eight months later he married.", "Eight months later", "1851", anchor},
		{"months before a year", "The band split in 1998. Three months earlier it had toured.", "Three months earlier", "1998", anchor},
		{"weeks after a year", "In 1998 the band was formed. Two weeks later it played its first show.", "Two weeks later", "1998", anchor},
		{"days after a year", "In 1998 the band was formed. Ten days later it played.", "Ten days later", "1998", anchor},
		{"weeks after a month", "He moved to Rome in March 1850. Two weeks later he married.", "Two weeks later", "1850-03", anchor},
		{"weeks after a month, into the next", "He moved to Rome in March 1850. Four weeks later he married.", "Four weeks later", "1850-04", anchor},
		{"days after a month", "The dam burst in May 1998. Three days later the town was empty.", "Three days later", "1998-05", anchor},
		{"months after a year BC", "The Persians landed in 490 BC. Two months later they were beaten.", "Two months later", "BC0490", anchor},
	}
	checkRefCases(t, tests)
	// "after" and "before" without "later"/"earlier" stay untagged after
	// a coarser date: "two months after that" has no precise reference.
	for _, text := range []string{"He moved to Rome in 1850. Two months after that he married."} {
		for _, d := range Tag(text, nil, anchor) {
			if strings.HasSuffix(text[d.Start:d.End], "after") {
				t.Errorf("%q: %q = %s; want no value", text, text[d.Start:d.End], d.Value)
			}
		}
	}
}

// TestDayAfterEvent: "the day after" an event the text does not date is
// not the day after the last day told.
func TestDayAfterEvent(t *testing.T) {
	text := "The vote was held on Monday. Romney tweeted the day after a man opened fire in Orlando."
	for _, d := range Tag(text, nil, anchor) {
		if strings.HasPrefix(text[d.Start:d.End], "the day after") {
			t.Errorf("%q = %s; want nothing", text[d.Start:d.End], d.Value)
		}
	}
	checkRefCases(t, []refCase{
		{"the day after, alone", "The vote was held on Monday. The day after, the count began.", "The day after", "2025-08-19", anchor},
		{"the day before, at a place", "I spoke on Monday. I had disavowed him the day before at a conference.", "the day before", "2025-08-17", anchor},
	})
	text = "The lot was sold on Monday. The day before the donations were made, it was empty."
	for _, d := range Tag(text, nil, anchor) {
		if strings.HasPrefix(text[d.Start:d.End], "The day before") {
			t.Errorf("%q = %s; want nothing", text[d.Start:d.End], d.Value)
		}
	}
}
