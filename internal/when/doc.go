// Package when is chronicle's temporal tagger. It finds DATE, TIME,
// DURATION and SET expressions in a text and gives each a TIMEX3 value
// (SPEC.md §2), resolving relative expressions ("Tuesday", "last week",
// "in June", "two days ago") against an anchor: the article's publication
// date.
//
// Input is the text and, optionally, its sentence spans; the tagger does its
// own light word scanning inside each sentence, so it needs neither tokens
// nor part-of-speech tags. The tense of the clause around an expression
// (the nearest cue word: "said", "-ed" verbs, "will", "plans to") decides
// which way an ambiguous weekday or month points: "Tuesday" in a past-tense
// clause is the previous Tuesday, in a future-tense clause the next one, and
// the anchor's own weekday is the anchor day itself.
//
// A text that states its own day ("it is Monday May 3rd", a letter's
// dateline) re-anchors what follows on that day (dateline.go); a weekday
// told with a year-less day fixes its year when the anchor's year does
// not fit (weekdayYear), and a dateline's own ways of closing a day with
// its year ("Feb. 20/69", "Sept. 2d, 1951") are read (letterdate.go).
// Modified
// periods ("the late 1970s") are given as ISO intervals (modifier.go), and
// durations tied to the anchor or to a date just told ("the past five
// years", "joined in 1961 and spent ten years there") carry their span in
// Result.Spans (durspan.go).
//
// The reference time moves with the text (the temporal focus of
// narrative): a full date holds its year for the bare days of the next few
// sentences (refWindow), "that year", "the following month", "that
// summer", "the previous October", "two years later", "the next day"
// count from the last date
// named, a bare day or season takes the month or year just told, a list
// of plans moves forward into the next year (monthlist.go), a past "the
// past ten years" counts back from it (durspan.go), and a past weekday
// right after a day of history is a day of that day's week (story.go).
// News keeps the publication date: these rules wait for a date the text
// itself names. Ranges of days ("5–6 September 2019", dayrange.go) and
// of months joined by a dash ("May–October", monthrange.go) are
// intervals, the cut end of a range of years ("1892–94", yearrange.go) a
// year, halves of a year ("the first half of 2016", halves.go) TIMEX3's
// 2016-H1, deep time ("ten thousand years ago", deeptime.go) a year
// rounded to the count's precision, and a weekday counted within every
// month ("the first Sunday of each month", monthlyday.go) a SET, a week
// counted in a named month ("the last week of August", weekofmonth.go)
// its days, and a
// feast its day in the year told or meant ("Ash Wednesday 1969",
// "on Thanksgiving", feasts.go), and a named period of history its
// years where a time preposition dates by it ("following the American
// Revolutionary War", "in the Middle Ages", namedevents.go).
//
// A deadline's "the end of the year" (or month, or quarter) and "by year
// end" are the period's last day (endof.go); "in two weeks" told of the
// future is the day two weeks on (intime.go); "the week before that"
// counts from the period just named (beforethat.go); "9 years and 10
// months" is one duration, P9Y10M (compound.go); and "it's a new day" or
// "an interesting week" said of the present is the day or week of
// speaking (itsaday.go).
//
// The register of the whole text matters too (register.go): an
// impersonal text (a guide, a textbook) says "today" for the present age;
// one that keeps no calendar of its own days (a biography) tells bare
// days in the last year it named, however far back; a first-person story
// (a vlog, a diary) tells weekdays around the day it dated (story.go),
// and its "my day" or "our last day" is the day of telling (diaryday.go).
//
// Without an anchor, relative expressions keep an underspecified value
// (XXXX-06, XXXX-WXX-1) and are reported as unresolved; the machine's clock
// is never consulted.
//
// Most words of a text start no expression, and the tagger is built to
// pass over them cheaply: scan reads ASCII without decoding runes, looks
// a word up in the word tables only when a bit filter lets it through
// (lexbits.go), and gives each token the set of rules whose guards accept
// it, computed once per table word at start-up (token.rules); run tries
// only those, none at a lower-case word in no table (startWords). The
// tests keep the plain versions (scanRef, textRegisterRef,
// splitSentencesRef, trying every rule at every token) and FuzzTag
// checks that the fast ones agree with them.
//
// All tables are package-level and read-only; a Tagger has no mutable state,
// so one value is safe for concurrent use.
package when
