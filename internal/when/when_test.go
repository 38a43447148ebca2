package when

import (
	"strings"
	"testing"
	"time"

	"chronicle/internal/doc"
)

// anchor is a Tuesday.
var anchor = time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)

// tagOne tags sentence and returns the expression whose text is expr.
func tagOne(t *testing.T, sentence, expr string, a time.Time) (doc.Date, bool) {
	t.Helper()
	for _, d := range Tag(sentence, nil, a) {
		if sentence[d.Start:d.End] == expr {
			return d, true
		}
	}
	return doc.Date{}, false
}

func TestTagValues(t *testing.T) {
	tests := []struct {
		sentence, expr, value, typ string
	}{
		{"The minister said on Tuesday that talks would go on.", "Tuesday", "2025-08-19", "DATE"},
		{"They met Monday in Washington.", "Monday", "2025-08-18", "DATE"},
		{"The envoys will meet next Monday.", "next Monday", "2025-08-25", "DATE"},
		{"He met Putin in Alaska last week.", "last week", "2025-W33", "DATE"},
		{"Leaders gathered this week in Washington.", "this week", "2025-W34", "DATE"},
		{"Spain raised hackles in June by seeking an exemption.", "in June", "2025-06", "DATE"},
		{"The alliance will decide in June.", "in June", "2026-06", "DATE"},
		{"The strike began two days ago.", "two days ago", "2025-08-17", "DATE"},
		{"Prices rose earlier this year.", "earlier this year", "2025", "DATE"},
		{"Inflation was high in the 1990s.", "1990s", "199", "DATE"},
		{"Sales fell in Q3.", "Q3", "2025-Q3", "DATE"},
		{"Sales will rise in Q3 2026.", "Q3 2026", "2026-Q3", "DATE"},
		{"Tourism peaked this summer.", "this summer", "2025-SU", "DATE"},
		{"She lived in Madrid for two years.", "two years", "P2Y", "DURATION"},
		{"The committee meets every week.", "every week", "P1W", "SET"},
		{"The country is now at war.", "now", "PRESENT_REF", "DATE"},
		{"He is currently in Kyiv.", "currently", "PRESENT_REF", "DATE"},
		{"The treaty was signed on June 12, 2024.", "June 12, 2024", "2024-06-12", "DATE"},
		{"The vote was held on Dec. 3.", "Dec. 3", "2024-12-03", "DATE"},
		{"The vote will be held on Dec. 3.", "Dec. 3", "2025-12-03", "DATE"},
		{"Growth should resume by mid-2026.", "mid-2026", "2026-05/2026-08", "DATE"},
		{"Inflation soared in the late 1970s.", "late 1970s", "1975/1979", "DATE"},
		{"The firm was founded in the early 1980s.", "early 1980s", "1980/1984", "DATE"},
		{"Prices peaked in the mid-1990s.", "mid-1990s", "1992/1998", "DATE"},
		{"The town grew in the late 20th century.", "late 20th century", "1975/1999", "DATE"},
		{"The port was built in the early 1600s.", "early 1600s", "1600/1625", "DATE"},
		{"The band was popular in the early 2000s.", "early 2000s", "2000/2004", "DATE"},
		{"The band was popular in the 2000s.", "2000s", "200", "DATE"},
		{"Crowds came in the late sixties.", "late sixties", "1965/1969", "DATE"},
		{"The vote was held in late April.", "in late April", "2025-04-15/2025-04-30", "DATE"},
		{"The rains return in early October.", "in early October", "2025-10-01/2025-10-15", "DATE"},
		{"The plant will open in late 2027.", "late 2027", "2027-09/2027-12", "DATE"},
		{"The plant will open early next year.", "early next year", "2026-01/2026-04", "DATE"},
		{"Theodorus (c. 314 – 368) led the monks.", "314", "0314", "DATE"},
		{"Theodorus (c. 314 – 368) led the monks.", "368", "0368", "DATE"},
		{"The poet Sikong (837 – 908) wrote it.", "908", "0908", "DATE"},
		{"He died on 30 September 420, in Bethlehem.", "30 September 420", "0420-09-30", "DATE"},
		{"The law took effect on 2024-06-12.", "2024-06-12", "2024-06-12", "DATE"},
		{"The talks ended on 12 June 2024.", "12 June 2024", "2024-06-12", "DATE"},
		{"Turnout in the 2024 election was low.", "2024", "2024", "DATE"},
		{"The city was founded in the 17th century.", "17th century", "16", "DATE"},
		{"Exports grew last year.", "last year", "2024", "DATE"},
		{"Exports will grow next year.", "next year", "2026", "DATE"},
		{"The report came out last month.", "last month", "2025-07", "DATE"},
		{"The talks resume tomorrow.", "tomorrow", "2025-08-20", "DATE"},
		{"Officials spoke yesterday.", "yesterday", "2025-08-18", "DATE"},
		{"The summit is planned for Friday.", "Friday", "2025-08-22", "DATE"},
		{"The deal collapsed Friday.", "Friday", "2025-08-15", "DATE"},
		{"The ceasefire started at 3 p.m.", "3 p.m.", "2025-08-19T15:00", "TIME"},
		{"It was built in 347 AD.", "347 AD", "0347", "DATE"},
		{"Markets fell sharply in March 2020.", "March 2020", "2020-03", "DATE"},
		{"The company will report on the third quarter of 2025.", "the third quarter of 2025", "2025-Q3", "DATE"},
		{"He lectured there every Monday.", "every Monday", "XXXX-WXX-1", "SET"},
		{"The rebels were active in the '80s.", "'80s", "198", "DATE"},
		// Written on a Tuesday, a past "this weekend" is the one just gone.
		{"Fighting resumed this weekend.", "this weekend", "2025-W33-WE", "DATE"},
		{"Fighting will resume this weekend.", "this weekend", "2025-W34-WE", "DATE"},
		{"The fair opens this weekend.", "this weekend", "2025-W34-WE", "DATE"},
		// A present perfect or negated past "this week" is the week so far.
		{"I haven't slept well this week.", "this week", "2025-08-18/2025-08-19", "DATE"},
		{"Prices have risen this week.", "this week", "2025-08-18/2025-08-19", "DATE"},
		{"I wasn't checking my phone much this week.", "this week", "2025-08-18/2025-08-19", "DATE"},
		{"She missed this week's talks.", "this week", "2025-W34", "DATE"},
		{"The summit meets this week.", "this week", "2025-W34", "DATE"},
		{"It was founded in 1921. Two years later it closed.", "Two years later", "1923", "DATE"},
		{"The temple dates from the 5th century BC.", "5th century BC", "BC0500/BC0401", "DATE"},
		{"Greek colonists came in the eighth century B.C.", "eighth century B.C.", "BC0800/BC0701", "DATE"},
		// The next weekday after the day just named; a time on that day.
		{"The festival opened on Saturday. I went back the next Tuesday night.", "the next Tuesday night", "2025-08-19TNI", "TIME"},
		{"The festival opened on August 2. We left the following Friday.", "the following Friday", "2025-08-08", "DATE"},
		{"Yesterday the polls closed at 22:30.", "22:30", "2025-08-18T22:30", "TIME"},
		{"On 4 September 2010 the polls closed at 22:30.", "22:30", "2010-09-04T22:30", "TIME"},
		{"He was born on 3 May 1990. On 8 June he fell ill, and the day after he died.", "the day after", "1990-06-09", "DATE"},
		{"The duel was fought on 30 May 1832. He wrote all the night before.", "the night before", "1832-05-29TNI", "TIME"},
		{"On 3 May 1990 he fell ill. He was tired. He slept at 6 pm, and the next day he died.", "the next day", "1990-05-04", "DATE"},
		// Two-digit decades, as speech is transcribed.
		{"Grunge ruled the 90s.", "90s", "199", "DATE"},
		{"She was big in the late 80's.", "late 80's", "1985/1989", "DATE"},
		// "and a half", "back".
		{"We moved here a year and a half ago.", "a year and a half ago", "2024-02", "DATE"},
		{"It opened six and a half months ago.", "six and a half months ago", "2025-02-04", "DATE"},
		{"I quit smoking a couple of years back.", "a couple of years back", "2023", "DATE"},
		{"Two years back, the mill closed.", "Two years back", "2023", "DATE"},
		{"We ran an article a couple of years back that was funny.", "a couple of years back", "2023", "DATE"},
		{"Three years back we ran it.", "Three years back", "2022", "DATE"},
		{"He came back home two years back in 1990.", "two years", "P2Y", "DURATION"},
		// A range's closing year is its opening end's too; a dash makes
		// a range of months one interval (monthrange.go).
		{"Power was cut from January-June 2016.", "January-June 2016", "2016-01/2016-06", "DATE"},
		{"Power was cut from January to June 2016.", "January", "2016-01", "DATE"},
		{"They toured between May and June in 1981.", "May", "1981-05", "DATE"},
		{"Voting runs from November 20 to December 11, 2026.", "November 20", "2026-11-20", "DATE"},
		// A month of the year just named.
		{"He married in 1920. He left in March the same year.", "March the same year", "1920-03", "DATE"},
		{"He married in 1920 and left in June of the following year.", "June of the following year", "1921-06", "DATE"},
		// A weekday the recent year does not fit leaves it for the anchor's.
		{"(class of '71) Tonight is Tuesday, August 19th.", "Tuesday, August 19th", "2025-08-19", "DATE"},
		{"(class of '71) Tonight is Thursday, August 19th.", "Thursday, August 19th", "1971-08-19", "DATE"},
		// A weekday fixes the year of a day far from the anchor, within the
		// clause's tense; close to it the anchor's year stands.
		{"They met on Sunday, March 3.", "Sunday, March 3", "2024-03-03", "DATE"},
		{"They met on Monday, March 3.", "Monday, March 3", "2025-03-03", "DATE"},
		{"They met on Tuesday, March 3.", "Tuesday, March 3", "2025-03-03", "DATE"},
		{"The letter is dated Thursday, August 14th.", "Thursday, August 14th", "2025-08-14", "DATE"},
		{"The letter is dated Friday, August 14th.", "Friday, August 14th", "2025-08-14", "DATE"},
		// Full dates before Christ, and counts from them.
		{"Caesar was killed on March 15, 44 BC.", "March 15, 44 BC", "BC0044-03-15", "DATE"},
		{"He died on 10 September 210 BC.", "10 September 210 BC", "BC0210-09-10", "DATE"},
		{"He became emperor in 221 BC. Two years later he burned the books.", "Two years later", "BC0219", "DATE"},
		{"He became emperor in 221 BC. The following year he toured the east.", "The following year", "BC0220", "DATE"},
		{"He fell ill on 10 September 210 BC. He died the next day.", "the next day", "BC0210-09-11", "DATE"},
		// Weekdays joined to a recurring one recur too.
		{"She uploads a new video every Wednesday / Thursday.", "every Wednesday / Thursday", "XXXX-WXX-3", "SET"},
		{"We meet every Monday and Friday.", "every Monday and Friday", "XXXX-WXX-1", "SET"},
		// A street or a rule is no year, a year before a street name is.
		{"In 1990 Main Street was paved.", "1990", "1990", "DATE"},
		// A two-digit decade joined to a decade is in its century.
		{"It boomed in the 1960s and 70s.", "70s", "197", "DATE"},
		{"It boomed in the 80s and 90s.", "90s", "199", "DATE"},
		{"It boomed in the 1980s-90s.", "90s", "199", "DATE"},
		{"It boomed in the 1990s and 00s.", "00s", "200", "DATE"},
		// Modified centuries before Christ count down.
		{"The temple dates to the late 6th century BC.", "late 6th century BC", "BC0525/BC0501", "DATE"},
		{"The city flourished in the mid-5th century BC.", "mid-5th century BC", "BC0460/BC0440", "DATE"},
		{"The wall went up in the early 5th century BC.", "early 5th century BC", "BC0500/BC0475", "DATE"},
		// A year that bounds a span is no time the text moves to.
		{"Since 2019, 400 people have died. The truce, agreed on 10 October, held.", "10 October", "2024-10-10", "DATE"},
		{"By 2030, emissions must halve. The law passed on 3 June.", "3 June", "2025-06-03", "DATE"},
		{"In 2019 the firm moved. On 10 October it opened.", "10 October", "2019-10-10", "DATE"},
		// What someone said would happen lies after the saying.
		{"The minister said on Tuesday that talks would resume on Thursday.", "Thursday", "2025-08-21", "DATE"},
		{"He said talks would have met on Thursday.", "Thursday", "2025-08-14", "DATE"},
		{"On 3 May 1850 he said he would leave on Friday.", "Friday", "1850-05-10", "DATE"},
		// "Would" in a story of its own is no report and no future.
		{"In 1850 he moved to Paris, where he would teach until June.", "June", "1850-06", "DATE"},
		{"In 1850 he moved to Paris. He would return to Rome in May.", "in May", "1850-05", "DATE"},
		// A weekday joined to one that "next" or "last" placed is of its week.
		{"Talks are set for next Tuesday and Wednesday.", "Wednesday", "2025-08-27", "DATE"},
		{"They met last Thursday or Friday.", "Friday", "2025-08-15", "DATE"},
		{"They met last Thursday or Friday.", "last Thursday", "2025-08-14", "DATE"},
		{"They met on Monday and Friday.", "Friday", "2025-08-15", "DATE"},
		{"Talks resume next week, on Wednesday.", "Wednesday", "2025-08-27", "DATE"},
		{"The envoys met last week on Friday.", "Friday", "2025-08-15", "DATE"},
		{"The envoys met last week on Monday.", "Monday", "2025-08-11", "DATE"},
		// "In" and a count in a future clause is a point after the anchor.
		{"The ministers will meet again in two weeks.", "two weeks", "2025-09-02", "DATE"},
		{"The rate rise takes effect in three months' time.", "three months' time", "2025-11", "DATE"},
		{"The plant will reopen in a year.", "a year", "2026", "DATE"},
		{"Results are expected in 10 days.", "10 days", "2025-08-29", "DATE"},
		{"The bridge was built in two years.", "two years", "P2Y", "DURATION"},
		{"He would finish the job in two years, he said.", "two years", "P2Y", "DURATION"},
		{"We will meet in a month from now.", "a month from now", "2025-09", "DATE"},
		// A clock time takes the day told after its zone.
		{"The truce expired at 6 p.m. local time (1500 GMT) on Saturday.", "6 p.m.", "2025-08-16T18:00", "TIME"},
		{"The polls closed at 21:00 GMT on Sunday.", "21:00", "2025-08-17T21:00", "TIME"},
		// A day or week said by "it is" to be the present one.
		{"Good morning! It's a new day, a little rainy outside.", "a new day", "2025-08-19", "DATE"},
		{"It's kind of an interesting week for us.", "an interesting week", "2025-W34", "DATE"},
		{"This is a big day for Spain.", "a big day", "2025-08-19", "DATE"},
		{"It's going to be a busy week.", "a busy week", "2025-W34", "DATE"},
		{"It has been a long day.", "a long day", "2025-08-19", "DATE"},
		// A fortnight is two weeks.
		{"The decision, announced a fortnight ago, was reversed.", "a fortnight ago", "2025-08-05", "DATE"},
		{"She stayed for a fortnight.", "a fortnight", "P2W", "DURATION"},
		{"The vote will be held in a fortnight.", "a fortnight", "2025-09-02", "DATE"},
		// The time of writing is the publication day.
		{"The archive holds, at the time of writing, 3,800 items.", "the time of writing", "2025-08-19", "DATE"},
		{"At the time of going to press, no one had claimed it.", "the time of going to press", "2025-08-19", "DATE"},
		// A greeting asks after the present day or week.
		{"Ugh. How's your week been, Alex?", "your week", "2025-W34", "DATE"},
		{"How was your weekend?", "your weekend", "2025-W33-WE", "DATE"},
		{"How is your day going?", "your day", "2025-08-19", "DATE"},
		// A length told in two units is one duration.
		{"He has ruled for 9 years and 10 months.", "9 years and 10 months", "P9Y10M", "DURATION"},
		{"The trial lasted two weeks and three days.", "two weeks and three days", "P17D", "DURATION"},
		{"The flight takes 1 hour and 20 minutes.", "1 hour and 20 minutes", "PT1H20M", "DURATION"},
		{"She waited 3 days, 4 hours.", "3 days, 4 hours", "P3DT4H", "DURATION"},
		{"They left two years and three months ago.", "three months ago", "2025-05", "DATE"},
		// Two-digit decades of speech.
		{"Jazz filled the swinging 60s.", "swinging 60s", "196", "DATE"},
		{"Stop wanting the crazy 90s back.", "crazy 90s", "199", "DATE"},
		// "Spring" and "fall" without a preposition, where they are still
		// the season.
		{"I was thirteen. It was spring, and the fields were bare.", "spring", "2025-SP", "DATE"},
		{"The birds are back because it is spring.", "spring", "2026-SP", "DATE"},
		{"Spring and late autumn are the best times to visit.", "Spring", "2026-SP", "DATE"},
		{"The roads close between summer and fall.", "fall", "2025-FA", "DATE"},
		// Parts of a period named by deixis take the period's value, but
		// the end of a year or month is its last day (a deadline).
		{"The plant should open by the end of the year.", "the end of the year", "2025-12-31", "DATE"},
		{"Talks will resume at the start of next month.", "the start of next month", "2025-09", "DATE"},
		{"The deal closes by the end of next week.", "the end of next week", "2025-W35", "DATE"},
		{"In 2019 the firm moved. By the end of the year it had 40 staff.", "the end of the year", "2019-12-31", "DATE"},
		{"Rents are due by the end of the month.", "the end of the month", "2025-08-31", "DATE"},
		{"Results are expected by the end of the day.", "the end of the day", "2025-08-19", "DATE"},
		{"Rates will be cut by the end of the quarter.", "the end of the quarter", "2025-09-30", "DATE"},
		{"Sales rose at the start of the quarter.", "the start of the quarter", "2025-Q3", "DATE"},
		{"The merger closes at the end of next quarter.", "the end of next quarter", "2025-12-31", "DATE"},
		{"The fund closes at the end of next month.", "the end of next month", "2025-09-30", "DATE"},
		{"The mine will shut by the close of next year.", "the close of next year", "2026-12-31", "DATE"},
		{"Talks begin at the beginning of the year.", "the beginning of the year", "2025", "DATE"},
		{"The ministry aims to clear the backlog by year-end.", "year-end", "2025-12-31", "DATE"},
		{"The ministry aims to clear the backlog by year end.", "year end", "2025-12-31", "DATE"},
		{"In 2019 the firm moved, and by year end it had 40 staff.", "year end", "2019-12-31", "DATE"},
		// Postposed last and next, in formal and older English.
		{"The bill passed on the 12th of October last.", "the 12th of October last", "2024-10-12", "DATE"},
		{"Payment is due on the 1st day of February next.", "the 1st day of February next", "2026-02-01", "DATE"},
		{"He wrote to the council in March last.", "in March last", "2025-03", "DATE"},
		{"Fees rise on March 3 next, the board said.", "March 3 next", "2026-03-03", "DATE"},
		{"The board met on Tuesday last.", "Tuesday last", "2025-08-12", "DATE"},
		{"The vote is on Friday next.", "Friday next", "2025-08-22", "DATE"},
		{"They met in October last year.", "October last year", "2024-10", "DATE"},
		{"They lost in March last season.", "in March", "2025-03", "DATE"},
		// The day, the month's name and the year joined by hyphens or slashes.
		{"Signed: Anna Holt, 8-May-2006.", "8-May-2006", "2006-05-08", "DATE"},
		{"The memo of 10-February-2006 was lost.", "10-February-2006", "2006-02-10", "DATE"},
		{"Invoice dated 3/dec/19 enclosed.", "3/dec/19", "2019-12-03", "DATE"},
		{"Batch 12-Jan-2019-4 was recalled.", "2019", "2019", "DATE"},
		// Deep time without a thousands separator.
		{"The temple was built 2500 years ago.", "2500 years ago", "BC0500", "DATE"},
		{"The road was laid 1500 years ago.", "1500 years ago", "0500", "DATE"},
		// The first of two coordinated centuries.
		{"Trade grew in the 18th and 19th centuries.", "18th", "17", "DATE"},
		{"Poets wrote from the 15th to the 19th century.", "15th", "14", "DATE"},
		{"It grew in the fifth and fourth centuries BC.", "fifth", "BC0500/BC0401", "DATE"},
		// A count restated by its date.
		{"Doctors tried it. It was not until about 170 years later, in 1896 that a doctor found a way.", "170 years later", "1896", "DATE"},
		{"He was born in 1800. Two years later, on 3 May 1805, he moved.", "Two years later", "1805", "DATE"},
		{"He was born in 1800. Three days later, on 3 May 1805, he moved.", "Three days later", "1805-05-03", "DATE"},
		{"He was born in 1800. Two years later in Paris he moved.", "Two years later", "1802", "DATE"},
		// A sentence opening on "In" and three digits before a name.
		{"In 348 Pachomius died. His heir died later that year.", "that year", "0348", "DATE"},
		{"In 300 BC the city fell.", "300 BC", "BC0300", "DATE"},
		// A range of years closed by two digits.
		{"The stories of her first period (1892 – 94) were short.", "94", "1894", "DATE"},
		{"He served in the war (1939–45).", "45", "1945", "DATE"},
		{"He was mayor from 1990-94.", "94", "1994", "DATE"},
		{"They camped there in the winter of 1776 - 77.", "winter of 1776", "1776-WI", "DATE"},
		// Halves of a year; a half of a century is the century, as GUM marks it.
		{"Sales fell in the first half of 2016.", "the first half of 2016", "2016-H1", "DATE"},
		{"Sales will rise in the second half of the year.", "the second half of the year", "2025-H2", "DATE"},
		{"Sales fell in the latter half of last year.", "the latter half of last year", "2024-H2", "DATE"},
		{"It grew in the second half of the 20th century.", "20th century", "19", "DATE"},
		// Counts forward from now or today.
		{"Three weeks from now he will retire.", "Three weeks from now", "2025-09-09", "DATE"},
		{"Five years from now, who knows.", "Five years from now", "2030", "DATE"},
		{"A year from today we will know.", "A year from today", "2026-08-19", "DATE"},
		{"Some years from now it will be clear.", "Some years from now", "FUTURE_REF", "DATE"},
		{"He came from Paris two days from the start.", "two days", "P2D", "DURATION"},
		// Contractions the scanner splits: "'ll" and "won't" look ahead.
		{"She'll arrive in March.", "in March", "2026-03", "DATE"},
		{"They won't hear until Sept 29th.", "Sept 29th", "2025-09-29", "DATE"},
		{"They won’t decide before March.", "March", "2026-03", "DATE"},
		{"He won the race on Sept 29th.", "Sept 29th", "2024-09-29", "DATE"},
		// A bare count that repeats an anniversary's names its day again.
		{"Three years ago tonight I spoke here. The plans I made 3 years ago stand.", "3 years ago", "2022-08-19", "DATE"},
		{"Three years ago tonight I spoke here. The plans I made 2 years ago stand.", "2 years ago", "2023", "DATE"},
		{"The plans I made 3 years ago stand.", "3 years ago", "2022", "DATE"},
		// Days of the month in words.
		{"I wrote to her on May twentieth, 1969.", "May twentieth, 1969", "1969-05-20", "DATE"},
		{"The vote was held on March the third.", "March the third", "2025-03-03", "DATE"},
		{"The vote was held on March the 3rd.", "March the 3rd", "2025-03-03", "DATE"},
		{"The twenty-first of June was hot.", "The twenty-first of June", "2025-06-21", "DATE"},
		{"They met on June thirty-first.", "June", "2025-06", "DATE"},
		{"They met on June 31.", "June", "2025-06", "DATE"},
		{"Signed this 4th day of May, 1969.", "4th day of May, 1969", "1969-05-04", "DATE"},
		{"On the third day of June we left.", "the third day of June", "2025-06-03", "DATE"},
		{"They wed on July thirtieth.", "July thirtieth", "2025-07-30", "DATE"},
		// Informal spellings of "night".
		{"I washed my face last nite and slept.", "last nite", "2025-08-18TNI", "TIME"},
		{"There is a party tonite.", "tonite", "2025-08-19TNI", "TIME"},
		{"We leave tomorrow nite.", "tomorrow nite", "2025-08-20TNI", "TIME"},
		// Feasts beyond Christmas and Easter (feasts.go): a fixed day, a day
		// counted from Easter, a weekday counted in its month.
		{"He proposed on Valentine's Day.", "Valentine's Day", "2025-02-14", "DATE"},
		{"They marched on Saint Patrick's Day 2019.", "Saint Patrick's Day 2019", "2019-03-17", "DATE"},
		{"Shops reopened on Boxing Day.", "Boxing Day", "2024-12-26", "DATE"},
		{"The letter is headed Ash Wednesday 1969.", "Ash Wednesday 1969", "1969-02-19", "DATE"},
		{"The church was full on Palm Sunday.", "Palm Sunday", "2025-04-13", "DATE"},
		{"The synod will meet at Pentecost.", "Pentecost", "2026-05-24", "DATE"},
		{"We had turkey on Thanksgiving.", "Thanksgiving", "2024-11-28", "DATE"},
		{"We will eat turkey on Thanksgiving Day.", "Thanksgiving Day", "2025-11-27", "DATE"},
		{"The pool opened on Memorial Day.", "Memorial Day", "2025-05-26", "DATE"},
		{"The pool will close on Labor Day.", "Labor Day", "2025-09-01", "DATE"},
		{"She called me on Mother's Day.", "Mother's Day", "2025-05-11", "DATE"},
		{"In 1990, they met on Father's Day.", "Father's Day", "1990-06-17", "DATE"},
		{"Good Monday morning, everyone.", "Monday morning", "2025-08-18TMO", "TIME"},
		// A feast's weekend: its week's, or the one before a Monday feast.
		{"We met over Memorial Day weekend.", "Memorial Day weekend", "2025-W21-WE", "DATE"},
		{"We met over the Easter weekend.", "Easter weekend", "2025-W16-WE", "DATE"},
		// A letter's year after a slash, a dash or a tight comma (letterdate.go).
		{"Dear Mom, I wrote this on Feb. 20/69 at school.", "Feb. 20/69", "1969-02-20", "DATE"},
		{"The note is dated Sept. 3/1971.", "Sept. 3/1971", "1971-09-03", "DATE"},
		{"Jan. 8th - 1970 was a cold day.", "Jan. 8th - 1970", "1970-01-08", "DATE"},
		{"Written Feb. 20th,1969 in Andover.", "Feb. 20th,1969", "1969-02-20", "DATE"},
		{"Feb. 20/21 was a long night.", "Feb.", "2025-02", "DATE"},
		{"Written Feb. 20th., 1969, at school.", "Feb. 20th., 1969", "1969-02-20", "DATE"},
		{"Dear Jean, Oct 1st-69 was the day.", "Oct 1st-69", "1969-10-01", "DATE"},
		{"Eau Gallie, Sept. 2d, 1951.", "Sept. 2d, 1951", "1951-09-02", "DATE"},
		{"I will see you on Sept. 23d.", "Sept. 23d", "2025-09-23", "DATE"},
		// A clock time takes the day told right after it.
		{"We met at 9:30 a.m. yesterday.", "9:30 a.m.", "2025-08-18T09:30", "TIME"},
		{"We will meet at 3 p.m. on Monday.", "3 p.m.", "2025-08-25T15:00", "TIME"},
		{"The polls closed at 22:30 on 4 September 2010.", "22:30", "2010-09-04T22:30", "TIME"},
		{"The train leaves at noon tomorrow.", "noon", "2025-08-20T12:00", "TIME"},
		{"He left at 6 a.m. on the 12th.", "6 a.m.", "2025-08-12T06:00", "TIME"},
		{"He left at 6 a.m. on the 12th floor.", "6 a.m.", "2025-08-19T06:00", "TIME"},
		// Seasons, parts of the day and fixed feasts recur after every/each.
		{"Every summer the town fills with tourists.", "Every summer", "XXXX-SU", "SET"},
		{"Each winter the lake freezes.", "Each winter", "XXXX-WI", "SET"},
		{"They walk there every morning.", "every morning", "XXXX-XX-XXTMO", "SET"},
		{"Every Christmas we go home.", "Every Christmas", "XXXX-12-25", "SET"},
		// A day's year told after "of" or ", in".
		{"He died on 5 May of 1850.", "5 May of 1850", "1850-05-05", "DATE"},
		{"In May 5th of 1850 he died.", "May 5th of 1850", "1850-05-05", "DATE"},
		{"He died on May 5th, in 1850.", "May 5th", "1850-05-05", "DATE"},
		{"He was born on the 1st day of May in 1850.", "the 1st day of May", "1850-05-01", "DATE"},
		{"He died May 5 in Paris.", "May 5", "2025-05-05", "DATE"},
		// A week counted within a named month (weekofmonth.go).
		{"The report came out in the first week of July.", "the first week of July", "2025-07-01/2025-07-07", "DATE"},
		{"The report came out in the last week of June.", "the last week of June", "2025-06-24/2025-06-30", "DATE"},
		{"The vote is in the second week of January 2026.", "the second week of January 2026", "2026-01-08/2026-01-14", "DATE"},
		{"The vote was in the final week of February 2024.", "the final week of February 2024", "2024-02-23/2024-02-29", "DATE"},
		{"He spent the last week in Paris.", "the last week", "P1W", "DURATION"},
		{"We met the week of March 3.", "the week of March 3", "2025-W10", "DATE"},
		{"The fair ran over the weekend of 14 June 2025.", "the weekend of 14 June 2025", "2025-W24-WE", "DATE"},
		{"We met the week before last.", "the week before last", "2025-W32", "DATE"},
		{"We met the weekend before last.", "the weekend before last", "2025-W32-WE", "DATE"},
		// A weekday and a day of the month closed by a year: the month of
		// that year whose day fits the weekday, nearest the anchor's.
		{"Sunday the 17th, 2025 was wet.", "Sunday the 17th, 2025", "2025-08-17", "DATE"},
		{"Dear John, Sun. 16th, 1969 and still cold.", "Sun. 16th, 1969", "1969-11-16", "DATE"},
		{"We arrived on Sunday 17th and left.", "Sunday 17th", "2025-08-17", "DATE"},
		// A month told from the last date named.
		{"He moved to Rome in November 1850. The following October he married.", "The following October", "1851-10", "DATE"},
		{"He moved to Rome in March 1850. The following October he married.", "The following October", "1850-10", "DATE"},
		{"He moved to Rome in March 1850. The previous October he had married.", "The previous October", "1849-10", "DATE"},
		{"He moved to Rome in 1850. That October he married.", "That October", "1850-10", "DATE"},
		// "Earlier in the week", "later in the year": that unit, of the
		// anchor or of the date just told (at its precision).
		{"Earlier in the week the minister resigned.", "Earlier in the week", "2025-W34", "DATE"},
		{"The law takes effect later in the year.", "later in the year", "2025", "DATE"},
		{"In 1850 he moved. Later in the year he married.", "Later in the year", "1850", "DATE"},
		{"On Friday, 8 March 1850 he resigned. Earlier in the week he had married.", "Earlier in the week", "1850-W10", "DATE"},
		{"In 1850 he moved. Later in the week he married.", "Later in the week", "1850", "DATE"},
		// A range of weekdays ends after it starts; told in the past, it
		// ends by the anchor.
		{"We went away Monday through Friday.", "Monday", "2025-08-11", "DATE"},
		{"We went away Monday through Friday.", "Friday", "2025-08-15", "DATE"},
		{"The strike lasted from Friday to Monday.", "Monday", "2025-08-18", "DATE"},
		{"We will be away from Thursday to Monday.", "Monday", "2025-08-25", "DATE"},
		{"The shop will open Mon. - Fri. next week.", "Fri.", "2025-08-29", "DATE"},
		// "couple of" without its article counts two.
		{"I saw him couple of weeks ago.", "couple of weeks ago", "2025-08-05", "DATE"},
		{"The last couple of weeks were hard.", "The last couple of weeks", "P2W", "DURATION"},
		// Spoken years after "it was" or opening the sentence.
		{"It was nineteen ninety-eight and we were young.", "nineteen ninety-eight", "1998", "DATE"},
		{"Nineteen ninety-eight was a great year.", "Nineteen ninety-eight", "1998", "DATE"},
		{"He was fifteen twenty minutes late.", "twenty minutes", "PT20M", "DURATION"},
		// A count back from this month or week is that month or week then.
		{"I started the podcast two years ago this month.", "two years ago", "2023-08", "DATE"},
		{"We met a year ago this week.", "a year ago", "2024-W34", "DATE"},
		// Compound ordinal centuries.
		{"In the twenty-first century, people read less.", "twenty-first century", "20", "DATE"},
		{"In the Twenty First Century, people read less.", "Twenty First Century", "20", "DATE"},
		{"It grew in the twentieth and twenty-first centuries.", "twentieth", "19", "DATE"},
		{"It was built in the first century.", "first century", "00", "DATE"},
		// Numeric dates with the day first: dots, or a first number no
		// month can be.
		{"The lease expired on 30.09.2021.", "30.09.2021", "2021-09-30", "DATE"},
		{"The lease expired on 30/09/2021 at noon.", "30/09/2021", "2021-09-30", "DATE"},
		{"The lease expired on 30-09-2021 at noon.", "30-09-2021", "2021-09-30", "DATE"},
		{"The lease expired on 05/09/2021 at noon.", "05/09/2021", "2021-05-09", "DATE"},
		// "N years on" is "N years later".
		{"The war ended in 1945. Five years on, the city was rebuilt.", "Five years on", "1950", "DATE"},
		{"He spent two years on the job.", "two years", "P2Y", "DURATION"},
		// "Today is Friday": the day of speaking, no later than the anchor.
		{"Today is Friday, and tomorrow is my exam.", "Friday", "2025-08-15", "DATE"},
		{"Good morning, it's Sunday.", "Sunday", "2025-08-17", "DATE"},
		{"Today is Tuesday, the fair opens.", "Tuesday", "2025-08-19", "DATE"},
		{"In the weeks ahead, talks will resume.", "the weeks ahead", "PXW", "DURATION"},
		// An abbreviated circa dates a three-digit year.
		{"Jerome (c. 347 – 30 September 420) was a priest.", "347", "0347", "DATE"},
		{"The abbey was founded ca. 512, and burned down.", "512", "0512", "DATE"},
		{"The church was built c. 347 and rebuilt later.", "347", "0347", "DATE"},
		// A range of years is no telephone number, a year in a citation
		// no page.
		{"The abbey stood c. 850-1066, then fell.", "1066", "1066", "DATE"},
		{"Smith (2011): 1999 was the turning point.", "1999", "1999", "DATE"},
		// A month's abbreviation in capitals is a month with its day or
		// full stop, an acronym alone.
		{"The office closes on SEP 30.", "SEP 30", "2025-09-30", "DATE"},
		{"Rent is due in SEP. Pay early.", "in SEP.", "2025-09", "DATE"},
		// A month of the year counted from the anchor.
		{"The first episode came out in January of last year.", "January of last year", "2024-01", "DATE"},
		{"Prices rose in March last year and will rise in June next year.", "March last year", "2024-03", "DATE"},
		{"Prices rose in March last year and will rise in June next year.", "June next year", "2026-06", "DATE"},
		{"In May this year, the plant closed.", "May this year", "2025-05", "DATE"},
		{"The plant closed in the summer of last year.", "summer of last year", "2024-SU", "DATE"},
		{"The plant will open in spring next year.", "spring next year", "2026-SP", "DATE"},
		{"In January last year's champion lost.", "In January", "2025-01", "DATE"},
		// "The week before", "the month after": of the last day or month told.
		{"On 5 June 1944 they landed. The week before, they had trained.", "The week before", "1944-W22", "DATE"},
		{"On 12 May 1940 the town fell. The month before, the king had fled.", "The month before", "1940-04", "DATE"},
		{"On 12 May 1940 the town fell. The month after, it was rebuilt.", "The month after", "1940-06", "DATE"},
		// Named periods of history, where a time preposition dates by them.
		{"Following the American Revolutionary War, he opened a firm.", "the American Revolutionary War", "1775/1783", "DATE"},
		{"He served on the staff for the remainder of the American Revolution.", "the American Revolution", "1775/1783", "DATE"},
		{"The abbey was rebuilt in the Middle Ages.", "the Middle Ages", "0500/1499", "DATE"},
		{"Pilgrims crowded the port during the Crusades.", "the Crusades", "1095/1291", "DATE"},
		{"The house was built after the American Civil War.", "the American Civil War", "1861/1865", "DATE"},
		{"Trade grew after the end of the Cold War.", "the Cold War", "1947/1991", "DATE"},
		{"The day before the outbreak of World War II, the city had 672,000 people.", "The day before", "1939-08-31", "DATE"},
		{"The day after World War I, the bells rang.", "The day after", "1918-11-12", "DATE"},
		{"The year after the end of the Cold War, the treaty was signed.", "The year after", "1992", "DATE"},
		{"In the year before the American Revolution, trade fell.", "the year before", "1774", "DATE"},
	}
	for _, tc := range tests {
		d, ok := tagOne(t, tc.sentence, tc.expr, anchor)
		if !ok {
			t.Errorf("Tag(%q): no expression %q; got %v", tc.sentence, tc.expr, Tag(tc.sentence, nil, anchor))
			continue
		}
		if d.Value != tc.value || d.Type != tc.typ {
			t.Errorf("Tag(%q) %q = %s %s; want %s %s", tc.sentence, tc.expr, d.Value, d.Type, tc.value, tc.typ)
		}
	}
}

func TestNoFalsePositives(t *testing.T) {
	for _, s := range []string{
		"You may go now-defunct routes.",
		"At the end of the day, voters decide.",
		"It was, at the end of the day, a good deal.",
		"Prices fall and winter sales rise.",
		"A worker can make 20 pins in a day.",
		"As you work through your day, check off each item.",
		"Ten workers together could make 48,000 pins in a day.",
		"It takes a day to dry.",
		"It was a day later that he left.",
		"He said it is a week-long festival.",
		"It is an hour away.",
		"If it's a clear day you can see the coast.",
		"A survey of 1709 schoolchildren found gaps.",
		"The strike of 2400 steelworkers ended.",
		"Trading resumed (1430 GMT) after a halt.",
		"The convoy left at 1500 UTC.",
		"The club is open to the over 50s.",
		"She is still acting in her 80s.",
		"By the afternoon it was in the high 90s.",
		"Men in their 40s and 50s were asked.",
		"The door is spring-loaded.",
		"It was fall-out from the vote.",
		"Year-end results were poor.",
		"Every summer camp was full.",
		"He wrote it later in the year of his death.",
		"The score was fifteen twenty.",
		"Version 1.2.2021.3 is out.",
		"See example.com/news/2017/04/16/story for more.",
		"The answer is twenty twenty.",
		"The army has 2000 soldiers and 1500 tanks.",
		"He will march on the capital.",
		"Prices fall when supply rises.",
		"The score was 3:2 at half time.",
		"He is in his 80s and still runs.",
		"It was in the 80's, so we swam.",
		"Highs will be in the low 30s.",
		"He scored in the first half of the game.",
		"In 348 cases it failed.",
		"He came 2nd and 3rd in the race.",
		"She is in her 80s and 90s.",
		"Wikipedia has 1000+ admins and 2000 + editors.",
		"She voted for H.R. 1280 and S. 1234.",
		"Call G W Taxi at 1696 Bergen Blvd for a ride.",
		"Disclosures under Rule 2016 and Section 1983 are due.",
		"As Jasny wrote (p. 1225), replication is the standard.",
		"It drew on ca. 350 authors and c. 120 letters.",
		"Send it to Washington, D.C. 205 people came.",
		"The club, 1355 Elm Terrace, opens at six.",
		"Call the park on 1 201 461-1776 or (201) 555-1999 or 1-800-555-1234.",
		"See Journal of Psychology. 92 (6): 1087–1101.",
		"See Journal of Psychology, 12 (3): 1999.",
		"He left school to enlist in the American Revolutionary War.",
		"She was an early opponent of the Vietnam War.",
		"The Cold War museum is open.",
		"I gather that the SEP favors Taft, and the DEC board agreed.",
		"I gather that the SEP, a magazine, favors Taft.",
	} {
		for _, d := range Tag(s, nil, anchor) {
			t.Errorf("Tag(%q) found %q = %s", s, s[d.Start:d.End], d.Value)
		}
	}
}

// TestQuantifiedThatYear: "that year" after "each year" is any year, no
// date; with no such quantifier it is the year last told.
func TestQuantifiedThatYear(t *testing.T) {
	s := "In 1990 the law changed. Annual payments let each year's population claim that year's rent."
	if d, ok := tagOne(t, s, "that year", anchor); ok {
		t.Errorf("Tag(%q): that year = %s", s, d.Value)
	}
	s = "In 1990 the law changed. Each tenant paid rent that year."
	if d, ok := tagOne(t, s, "that year", anchor); !ok || d.Value != "1990" {
		t.Errorf("Tag(%q): that year = %v %v; want 1990", s, d.Value, ok)
	}
}

// TestVagueDaysBefore: "the days before" counts no days from the last day
// told, as "the day before" does.
func TestVagueDaysBefore(t *testing.T) {
	s := "On 12 May 1940 the town fell. In the days before, the king had fled."
	if d, ok := tagOne(t, s, "the days before", anchor); ok {
		t.Errorf("Tag(%q): %q = %s", s, "the days before", d.Value)
	}
	if d, ok := tagOne(t, s, "12 May 1940", anchor); !ok || d.Value != "1940-05-12" {
		t.Errorf("Tag(%q): 12 May 1940 = %v %v", s, d.Value, ok)
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		expr  string
		tense Tense
		want  string
	}{
		{"Tuesday", TensePast, "2025-08-19"},
		{"Monday", TensePast, "2025-08-18"},
		{"Monday", TenseFuture, "2025-08-25"},
		{"in June", TensePast, "2025-06"},
		{"in June", TenseFuture, "2026-06"},
		{"Dec. 3", TensePast, "2024-12-03"},
		{"Dec. 3", TenseFuture, "2025-12-03"},
		{"last week", TenseUnknown, "2025-W33"},
		{"the 1990s", TenseUnknown, "199"},
		{"summer", TenseUnknown, "2025-SU"},
		{"for two years", TenseUnknown, "P2Y"},
	}
	for _, tc := range tests {
		got, _, ok := Resolve(tc.expr, anchor, tc.tense)
		if !ok || got != tc.want {
			t.Errorf("Resolve(%q, %v) = %q, %v; want %q", tc.expr, tc.tense, got, ok, tc.want)
		}
	}
}

func TestNoAnchor(t *testing.T) {
	tests := []struct{ sentence, expr, value string }{
		{"Spain raised hackles in June.", "in June", "XXXX-06"},
		{"They met Monday.", "Monday", "XXXX-WXX-1"},
		{"He met Putin last week.", "last week", "XXXX-WXX"},
		{"The strike began two days ago.", "two days ago", "XXXX-XX-XX"},
		{"The treaty was signed on June 12, 2024.", "June 12, 2024", "2024-06-12"},
		{"The rising began on Easter Monday, 1916.", "Easter Monday, 1916", "1916-04-24"},
		{"We met at Christmas 1969 in Rome.", "Christmas 1969", "1969-12-25"},
		{"The plant should open by the end of the year.", "the end of the year", "XXXX-12-31"},
		{"In 2019 the firm moved. By the end of the year it had 40 staff.", "the end of the year", "2019-12-31"},
		{"Talks will resume at the start of next month.", "the start of next month", "XXXX-XX"},
		{"The backlog should be cleared by year-end.", "year-end", "XXXX-12-31"},
		{"It's a new day.", "a new day", "XXXX-XX-XX"},
		{"The ministers will meet again in two weeks.", "two weeks", "XXXX-WXX"},
	}
	for _, tc := range tests {
		d, ok := tagOne(t, tc.sentence, tc.expr, time.Time{})
		if !ok || d.Value != tc.value {
			t.Errorf("Tag(%q) without anchor: %q = %q, %v; want %q", tc.sentence, tc.expr, d.Value, ok, tc.value)
		}
	}
	res := Annotate("They met Monday. The treaty was signed on June 12, 2024.", nil, time.Time{})
	if len(res.Unresolved) != 1 {
		t.Errorf("Annotate without anchor: %d unresolved; want 1 (Monday)", len(res.Unresolved))
	}
}

// spanCase is an expression with the value and the anchored span
// (Result.Spans) Annotate must give it in its sentence.
type spanCase struct{ sentence, expr, value, span string }

// checkSpans annotates each case's sentence against anchor and checks
// the expression's value and span.
func checkSpans(t *testing.T, tests []spanCase) {
	t.Helper()
	for _, tc := range tests {
		res := Annotate(tc.sentence, nil, anchor)
		found := false
		for k, d := range res.Dates {
			if tc.sentence[d.Start:d.End] != tc.expr {
				continue
			}
			found = true
			if d.Value != tc.value || res.Spans[k] != tc.span {
				t.Errorf("Annotate(%q) %q = %s span %q; want %s span %q", tc.sentence, tc.expr, d.Value, res.Spans[k], tc.value, tc.span)
			}
		}
		if !found {
			t.Errorf("Annotate(%q): no %q in %v", tc.sentence, tc.expr, res.Dates)
		}
	}
}

func TestAnchoredSpans(t *testing.T) {
	tests := []spanCase{
		{"Prices have doubled over the past five years.", "the past five years", "P5Y", "2020-08-20/2025-08-19"},
		{"The plan covers the next two weeks.", "the next two weeks", "P2W", "2025-08-20/2025-09-02"},
		{"Sales fell over the last 30 days.", "the last 30 days", "P30D", "2025-07-21/2025-08-19"},
		// A single decade or century is the last calendar one to end by
		// the anchor's year (2025).
		{"The city changed a lot in the past decade.", "the past decade", "P1DE", "2010/2019"},
		{"The history of the last century was violent.", "the last century", "P1CE", "1900/1999"},
		{"Over the past two decades the city grew.", "the past two decades", "P2DE", "2005-08-20/2025-08-19"},
		{"Talks will go on in the coming weeks.", "the coming weeks", "PXW", "2025-08-20/2025-09-09"},
		{"Prices rose over the past few days.", "the past few days", "PXD", "2025-08-17/2025-08-19"},
		{"She lived in Madrid for two years.", "two years", "P2Y", ""},
		{"The plan covers the next five years.", "the next five years", "P5Y", "2026/2030"},
		{"In 1655 he went to Rome, where he stayed for the next five years.", "the next five years", "P5Y", "1655/1660"},
		{"He joined the faculty in 1961 and spent ten years there.", "ten years", "P10Y", "1961/1971"},
		{"She moved to Lyon in March 1990 and stayed six months.", "six months", "P6M", "1990-03/1990-09"},
		{"Unemployment has been cut in 3 years.", "3 years", "P3Y", "2022/2025-08-19"},
		{"She has lived there for two decades.", "two decades", "P2DE", "2005/2025-08-19"},
		{"I've been doing this for 20 years.", "20 years", "P20Y", "2005/2025-08-19"},
		{"He said he stayed there for two years.", "two years", "P2Y", ""},
		// Closed by a year later in the sentence.
		{"After 23 years at the college, he retired in 1994.", "23 years", "P23Y", "1971/1994"},
		{"She spent twelve years aboard the ship until 2008.", "twelve years", "P12Y", "1996/2008"},
		{"He spent ten years in Paris before returning home in 1990.", "ten years", "P10Y", "1980/1990"},
		{"He was jailed for ten years in 1990.", "ten years", "P10Y", ""},
		{"He will stay for ten years until 2035.", "ten years", "P10Y", ""},
		// Halves in figures: "1/2" is no count of its own.
		{"I have served for the past 5 1/2 years.", "the past 5 1/2 years", "P5.5Y", "2020-02-20/2025-08-19"},
		{"The work will take the next 2 1/2 months.", "the next 2 1/2 months", "P2.5M", "2025-08-20/2025-11-02"},
		// A past clause told from a date of its own counts back from it.
		{"In 1850 he moved to Paris, where he had taught for the past ten years.", "the past ten years", "P10Y", "1840/1850"},
		{"He came back in March 1850. He had been ill during the last three months.", "the last three months", "P3M", "1849-12/1850-03"},
		{"The ministry said in 2025 that prices rose over the past five years.", "the past five years", "P5Y", "2020-08-20/2025-08-19"},
	}
	checkSpans(t, tests)
}

func TestGenericToday(t *testing.T) {
	tests := []struct{ sentence, value string }{
		{"The method is still used today in aircraft.", "PRESENT_REF"},
		{"He crossed what is today Belgium.", "PRESENT_REF"},
		{"The plan, known today as the Grid, was drawn in 1791.", "PRESENT_REF"},
		{"The minister said today that talks would resume.", "2025-08-19"},
		{"Today's vote was close.", "2025-08-19"},
		{"As of today, the House has passed the bill.", "2025-08-19"},
		{"The craze is as strong today as it was in 1987, he said.", "PRESENT_REF"},
		// Set against a past the text has just told, "today" is the age.
		{"The fort was built in 1598 by the Dutch. Today, a museum fills its walls.", "PRESENT_REF"},
		{"The mill closed in 1921. Lodz today lives on tourism.", "PRESENT_REF"},
		{"The mill closed in 1921. Our museum opens today.", "2025-08-19"},
		{"The mill closed in 2019. Today, our town lives on tourism.", "2025-08-19"},
		{"The mill closed in 1921. Today, our mayor will visit it.", "2025-08-19"},
	}
	for _, tc := range tests {
		d, ok := tagOne(t, tc.sentence, firstWord(tc.sentence, "today", "Today"), anchor)
		if !ok || d.Value != tc.value {
			t.Errorf("Tag(%q) today = %q (found %v); want %q", tc.sentence, d.Value, ok, tc.value)
		}
	}
}

// firstWord returns whichever of words occurs in s.
func firstWord(s string, words ...string) string {
	for _, w := range words {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}

func TestNarrativeAnchor(t *testing.T) {
	// A vlog published on Sunday 30 May 2021 that films a week earlier in May.
	pub := time.Date(2021, 5, 30, 0, 0, 0, 0, time.UTC)
	text := "Good morning, it is Monday May 3rd.\nI have a lot to do today.\nIt's currently 2 a.m. on Wednesday.\nMy exam is tomorrow."
	want := map[string]string{"Monday May 3rd": "2021-05-03", "today": "2021-05-03", "Wednesday": "2021-05-05", "tomorrow": "2021-05-06"}
	for _, d := range Tag(text, nil, pub) {
		if w, ok := want[text[d.Start:d.End]]; ok && d.Value != w {
			t.Errorf("%q = %s; want %s", text[d.Start:d.End], d.Value, w)
		}
	}
	// A copula that states the day makes a dateline whatever follows it.
	text = "Good morning, it is Friday May 7th, the day of my final.\nToday is my friend's birthday."
	want = map[string]string{"Friday May 7th": "2021-05-07", "Today": "2021-05-07"}
	for _, d := range Tag(text, nil, pub) {
		if w, ok := want[text[d.Start:d.End]]; ok && d.Value != w {
			t.Errorf("%q = %s; want %s", text[d.Start:d.End], d.Value, w)
		}
	}
	// A day the text dates fully may lie months before the publication
	// date (a video uploaded long after it was filmed): by its weekday, ...
	late := time.Date(2021, 12, 30, 0, 0, 0, 0, time.UTC)
	text = "Good morning, it is Monday May 3rd.\nI have a lot to do today."
	want = map[string]string{"Monday May 3rd": "2021-05-03", "today": "2021-05-03"}
	for _, d := range Tag(text, nil, late) {
		if w, ok := want[text[d.Start:d.End]]; ok && d.Value != w {
			t.Errorf("uploaded later: %q = %s; want %s", text[d.Start:d.End], d.Value, w)
		}
	}
	// ... or by its year; but not after the publication date, nor a day
	// more than a year before it, nor a day that only the anchor dates so
	// far back.
	for _, c := range []struct{ text, want string }{
		{"Hi guys, today is March 21st, 2021.\nTomorrow I have an exam.", "2021-03-22"},
		{"Hi guys, today is October 21st, 2022.\nTomorrow I have an exam.", "2021-12-31"},
		{"Hi guys, today is October 21st, 2020.\nTomorrow I have an exam.", "2021-12-31"},
		{"Hi guys, today is March 21st.\nTomorrow I have an exam.", "2021-12-31"},
	} {
		for _, d := range Tag(c.text, nil, late) {
			if c.text[d.Start:d.End] == "Tomorrow" && d.Value != c.want {
				t.Errorf("%q: Tomorrow = %s; want %s", c.text, d.Value, c.want)
			}
		}
	}
	// A historical date is no dateline, and "Tomorrow." alone moves nothing.
	text = "June 4, 1832.\nTomorrow.\nThe museum opens today."
	for _, d := range Tag(text, nil, anchor) {
		if text[d.Start:d.End] == "today" && d.Value != "2025-08-19" {
			t.Errorf("today = %s; want the publication day", d.Value)
		}
	}
}

func TestTenseCues(t *testing.T) {
	tests := []struct{ sentence, expr, value string }{
		// Thursday 20 February 1969.
		{"I haven't heard from him since Sunday.", "Sunday", "1969-02-16"},
		{"I started my project on Sunday and have been working like mad.", "Sunday", "1969-02-16"},
		{"It's Saturday and we are going out.", "Saturday", "1969-02-22"},
		// "is to be held" looks ahead, past a year just named.
		{"The vote was first planned for 1968. It is to be held on March 16.", "March 16", "1969-03-16"},
		// "set to" looks ahead even after a present perfect.
		{"The board has planned a meeting, set to take place on March 16.", "March 16", "1969-03-16"},
		// The present perfect with a contracted negation is past.
		{"I haven't heard a word since Monday.", "Monday", "1969-02-17"},
		// A present-tense month more than half a year away is the nearest one.
		{"If I am at a convention in December, is that too late?", "in December", "1968-12"},
		{"The festival is in March.", "in March", "1969-03"},
		{"I am going to Rome next month, Paris in March, Madrid in December and Lisbon in January.", "in January", "1970-01"},
		// A list of plans moves forward, however far its verb.
		{"I am going to Rome next month, then Paris in April, with visits to Oslo, Bergen, Turku, Lund, Malmo, Aarhus, Odense and Riga, and in January Lisbon.", "in January", "1970-01"},
		{"We met in March, parted in May and met again in January.", "in January", "1969-01"},
		// A promise told in the past looks ahead.
		{"The campaign vowed to fight on through the primary on June 7 and the convention in July.", "June 7", "1969-06-07"},
		{"The campaign vowed to fight on through the primary on June 7 and the convention in July.", "in July", "1969-07"},
		{"They agreed to meet in May.", "in May", "1969-05"},
		// A month not yet past is no part of a list.
		{"The calendar looks better for him in March than in late February.", "in late February", "1969-02-15/1969-02-28"},
		// A weekday's month starts no list.
		{"On Monday the committee asked about his testimony in October.", "in October", "1968-10"},
		// Hopes and plans look ahead, even told in the past.
		{"I was really planning on seeing him this summer.", "this summer", "1969-SU"},
		{"We hope to visit you in January.", "in January", "1970-01"},
		{"We were looking forward to the fair on February 1.", "February 1", "1970-02-01"},
		{"He left on February 1.", "February 1", "1969-02-01"},
	}
	a := time.Date(1969, 2, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		d, ok := tagOne(t, tc.sentence, tc.expr, a)
		if !ok || d.Value != tc.value {
			t.Errorf("Tag(%q) %q = %q (found %v); want %q", tc.sentence, tc.expr, d.Value, ok, tc.value)
		}
	}
}

func TestTaggedTense(t *testing.T) {
	text := "She leaves for Rome on Friday."
	toks := []doc.Token{
		{Span: doc.Span{Start: 0, End: 3}, Tag: "PRP"}, {Span: doc.Span{Start: 4, End: 10}, Tag: "VBZ"},
		{Span: doc.Span{Start: 11, End: 14}, Tag: "IN"}, {Span: doc.Span{Start: 15, End: 19}, Tag: "NNP"},
		{Span: doc.Span{Start: 20, End: 22}, Tag: "IN"}, {Span: doc.Span{Start: 23, End: 29}, Tag: "NNP"},
		{Span: doc.Span{Start: 29, End: 30}, Tag: "."},
	}
	tests := []struct {
		name   string
		tokens []doc.Token
		want   string
	}{
		{"untagged: no cue, news default is the past", nil, "2025-08-15"},
		{"tagged: VBZ is present, the coming Friday", toks, "2025-08-22"},
	}
	for _, tc := range tests {
		res := AnnotateTagged(text, nil, tc.tokens, anchor)
		if len(res.Dates) != 1 || res.Dates[0].Value != tc.want {
			t.Errorf("%s: %v; want %s", tc.name, res.Dates, tc.want)
		}
	}
	// A tagger splits "won't" as "wo" (MD) and "n't": the scanned "won"
	// carries MD and must not read as the past of "win".
	text = "They won't meet on Friday."
	toks = []doc.Token{
		{Span: doc.Span{Start: 0, End: 4}, Tag: "PRP"}, {Span: doc.Span{Start: 5, End: 7}, Tag: "MD"},
		{Span: doc.Span{Start: 7, End: 10}, Tag: "RB"}, {Span: doc.Span{Start: 11, End: 15}, Tag: "VB"},
		{Span: doc.Span{Start: 16, End: 18}, Tag: "IN"}, {Span: doc.Span{Start: 19, End: 25}, Tag: "NNP"},
		{Span: doc.Span{Start: 25, End: 26}, Tag: "."},
	}
	if res := AnnotateTagged(text, nil, toks, anchor); len(res.Dates) != 1 || res.Dates[0].Value != "2025-08-22" {
		t.Errorf("won't, tagged: %v; want the coming Friday 2025-08-22", res.Dates)
	}
}

func TestQuartilesAreNoQuarters(t *testing.T) {
	text := "The first quartile, Q1, is the 25th percentile. Half the data lie between Q1 and Q3."
	for _, d := range Tag(text, nil, anchor) {
		t.Errorf("unexpected date %q = %s", text[d.Start:d.End], d.Value)
	}
	if d, ok := tagOne(t, "Sales fell in Q3.", "Q3", anchor); !ok || d.Value != "2025-Q3" {
		t.Errorf("Q3 in a business text = %v %v", d, ok)
	}
}
