package when

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"chronicle/internal/doc"
)

// fuzzSeeds are FuzzTag's seed texts; TestColdTokensStartNothing reads them
// too.
var fuzzSeeds = []string{
	"He said Tuesday that talks will resume next Monday.",
	"In June, Spain raised hackles. The 1990s, mid-2026, Q3 2024, 2024-06-12.",
	"“Dec. 3” — it’s 3 p.m. on 12/31/99; the '80s; 347 AD; every week.",
	"Two years later, that same year, the following day, World War II.",
	"'", "Q", "1-", "May", "the", "'9", "12:", "a.", "Christmas Eve",
	"Good morning, it's Tuesday the 5th. I found out on the fifth. Monday the 31st.",
	"Easter Monday, 1916; Good Friday; the 5th century BC; May twentieth, 1969; the twenty-first of June.",
	"A year and a half ago, years ago, a long time ago; 24 hours ago; in recent years; to this day.",
	"I haven't slept this week. Fighting resumed this weekend. January-June 2016. In March the same year.",
	"5–6 September 2019; May 5-7, 2019; Christmas last year; last year's Easter; Vision 2030's goals.",
	"ten thousand years ago; 10,000 years ago; 1,500,000 years ago; from about 1200 to about 400 BCE.",
	"On 14 July 1789 it fell. On Friday the king returned. This winter; last winter; is to run from January 23 through March 9.",
	"10 September 210 BC; In 348 Pachomius died; (1892 – 94); 2016-03; the winter of 1776 - 77; 1990-94.5; 1939–",
	"We won't; she'll; I've been; three weeks from now; a year from today; the first half of 2016; the second half of the",
	"It is Monday May 3rd. After 23 years at Berkeley, he retired in 1994; 170 years later, in 1896; a couple of years back that",
	"open May-September; Jun–Aug.; November - March 2019; May-June 5; 19 August AD 14; the year 31 BC; AD; in twenty-twenty; the past decade; May-",
	"In 1998. Two months later; On 25 March, Independence Day, (; the fifth day of June, two thousand and; every first Monday of the; the last Sunday of February 2026; the fifth Monday of",
	"Memorial Day weekend; the Easter weekend; Christmas weekend; Labor Day weekends; the week of March 3; the weekend of June 5-6; the week before last; the weekend before; the week of the; the months ahead; the years to come; the hours ahead; the to come; Today is Friday, and; it's Sunday.; Today's Wednesday, it; In 1945. Five years on, it; two years on the; years on; 30.09.2021; 30.09.2021.5; 1.2.2021.3; 30/09/2021; 2017/04/16/x; 30-09-2021; the twenty-first century; twenty first centuries; the twentieth and twenty-first centuries; twenty-; two years ago this month; a year ago this week; 3 months ago this; Nineteen ninety-eight was; it was twenty; That was twenty ten,; Twenty twenty; couple of weeks ago; the past couple of days; couple of; Monday through Friday; from Mon. - Fri.; ran from Tuesday to Monday; to Friday; Earlier in the week; later in the year of; In 1850. Later in the week; In 1850. That October; the following May; the preceding December 5; that March; Feb. 20th., 1969; Feb. 20th., ; Oct 1st-69; Oct 1st-6; Sept. 2d, 1951; May 13d; the 3d model; Sunday the 16th, 1969; Sun. 16th 1969; Monday 31st, 2023; Friday the 30th, 2024 people; the first week of September; the last week of; the fifth week of February 2015; the final week of May 2024; May 5th of 1850; 5 May of; May 5, in 1850; the 1st day of May in; every summer; each morning; every Christmas Eve; every summer camp; every Easter; at 9:30 a.m. yesterday; at 3 p.m. on; at noon on the 12th; at 22:30 on 4 September; Feb. 20/69; Feb. 20/; Jan. 8th - 1970; Jan 8 -; Feb. 20th,1969; Feb 3,; Sept. 3/1971-; May 5/99th; Ash Wednesday 1969; St. Patrick's Day; Valentine's; Thanksgiving Day, 2024; Memorial Day last year; Mother's Day; Whit Monday; last nite; tonite",
}

// FuzzTag checks that the tagger never panics, that its spans always make
// a valid document, with and without an anchor, and that the fast paths
// change nothing: trying only the rules a token's mask holds (token.rules;
// none at cold words) gives what trying every rule everywhere gives, scan
// what scanRef does (with the rule masks its guards agree with),
// splitSentences what splitSentencesRef does and textRegister what
// textRegisterRef does.
func FuzzTag(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, anchored bool) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		var a time.Time
		if anchored {
			a = anchor
		}
		d := &doc.Document{Text: text, Published: a}
		res := Annotate(text, nil, a)
		if all := annotate(text, nil, nil, a, true); !reflect.DeepEqual(res, all) {
			t.Fatalf("Tag(%q): skipping cold words gives %+v; trying every rule gives %+v", text, res, all)
		}
		if err := checkScan(text); err != "" {
			t.Fatal(err)
		}
		if got, want := splitSentences(text), splitSentencesRef(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("splitSentences(%q) = %v; reference %v", text, got, want)
		}
		if got, want := textRegister(text, 2025), textRegisterRef(text, 2025); got != want {
			t.Fatalf("textRegister(%q) = %b; reference %b", text, got, want)
		}
		d.Dates = res.Dates
		for _, s := range res.Unresolved {
			d.Diagnose("when", s, "unresolved")
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("Tag(%q): %v", text, err)
		}
		for _, dt := range d.Dates {
			if dt.Start >= dt.End || dt.Value == "" || dt.Type == "" {
				t.Fatalf("Tag(%q): empty date %+v", text, dt)
			}
		}
	})
}

// benchText is a news report written for the benchmark.
const benchText = `Ministers from the bloc met in Brussels on Tuesday to discuss the budget, which will be put to a vote next Monday. ` +
	`The talks, first proposed in June, collapsed last week after two days of negotiation, officials said. ` +
	`"We will not accept cuts before the end of the year," the finance minister told reporters on Dec. 3, 2024. ` +
	`Growth slowed to 0.4% in the third quarter of 2025 and is expected to recover by mid-2026, the commission said in its forecast published on 2025-08-12. ` +
	`Farmers have protested every week since the summer, and unemployment is currently at its highest level since the 1990s. ` +
	`The previous agreement, signed three years ago, ran for two years and expired in March.` + "\n\n"

func BenchmarkTag(b *testing.B) { benchmarkTag(b, strings.Repeat(benchText, 20)) }
