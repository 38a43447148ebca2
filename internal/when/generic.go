package when

import "strings"

// Words that look like dates but, by their neighbours, are not one or name
// no particular one. The rules hold across registers (news, travel guides,
// fiction, transcribed speech), not for one kind of text:
//
//   - a calendar word that modifies a noun names a kind of thing, not a
//     time: "winter storms", "summer camp", "Christmas trees", "spring
//     cleaning";
//   - a capitalised calendar word inside a run of capitalised words is
//     part of a name: "the Summer Institute", "Saturday Evening Post",
//     "Yucatan Today", "Johnnie Christmas";
//   - "the fall of Rome", "the spring of the trap": fall and spring followed
//     by "of" and no year are nouns;
//   - a greeting ("Merry Christmas", "Happy Halloween") is no reference to
//     a date;
//   - "on a Monday", "Saturday mornings" are any such day: TIMEX3 SETs.
//
// A bare season in the present tense stays anchored: "it can get very cold
// in the winter" (a habit, XXXX-WI) and "the winter here is hard" (this
// winter) read alike, and GUM's letters use the second.

// compoundHeads are nouns that a calendar word commonly modifies, used to
// spot a modifier when the tokens carry no POS tags.
var compoundHeads = map[string]bool{
	"storm": true, "storms": true, "weather": true, "wheat": true, "camp": true, "camps": true,
	"cleaning": true, "break": true, "holiday": true, "holidays": true, "vacation": true,
	"tree": true, "trees": true, "dinner": true, "party": true, "parties": true, "gift": true,
	"gifts": true, "card": true, "cards": true, "shopping": true, "miracle": true, "lights": true,
	"market": true, "markets": true, "carol": true, "carols": true, "costume": true, "costumes": true,
	"candy": true, "decorations": true, "season": true, "solstice": true, "term": true,
	"semester": true, "session": true, "school": true, "job": true, "jobs": true, "clothes": true,
	"sale": true, "sales": true, "tires": true, "coat": true, "sports": true, "best": true,
	"collection": true, "fashion": true, "menu": true, "special": true, "edition": true,
	"egg": true, "eggs": true, "bunny": true, "parade": true, "service": true, "mass": true,
}

// modifiesNoun reports whether token k, right after a calendar word, is a
// noun the calendar word modifies. With POS tags a common noun (NN, NNS)
// or a gerund counts; without them, the compoundHeads list decides.
func (m *matcher) modifiesNoun(k int) bool {
	t := m.t(k)
	if t == nil || t.kind != kWord || t.upper {
		return false
	}
	if _, ok := partsOfDay[t.low]; ok {
		return false
	}
	if units[t.low] != uNone {
		return true // "summer months": the existing reading of a modifier
	}
	if t.tag != "" {
		return t.tag == "NN" || t.tag == "NNS" || (t.tag == "VBG" && compoundHeads[t.low])
	}
	return compoundHeads[t.low]
}

// inName reports whether the capitalised calendar word at [i, j) stands in
// a run of capitalised words that is a name: a capitalised word other
// than a calendar word follows it, or one precedes it inside the sentence
// (not its first word, which is capitalised anyway).
func (m *matcher) inName(i, j int) bool {
	return m.nameAfter(j) || m.nameBefore(i)
}

// nameAfter reports whether token j is a capitalised word that continues
// a name ("Saturday Evening Post"); the pronoun I does not.
func (m *matcher) nameAfter(j int) bool {
	n := m.t(j)
	return n != nil && n.kind == kWord && n.upper && n.text != "I" && !calendarWord(n.low)
}

// nameBefore reports whether the token before i is a capitalised word
// that is not the sentence's first ("Yucatan Today").
func (m *matcher) nameBefore(i int) bool {
	p := m.t(i - 1)
	return p != nil && i-1 > m.a && p.kind == kWord && p.upper && !calendarWord(p.low) && !m.sentenceStart(i-1)
}

// sentenceStart reports whether token k opens the sentence or follows a
// line break's worth of punctuation (a heading, a quotation).
func (m *matcher) sentenceStart(k int) bool {
	if k <= m.a {
		return true
	}
	switch m.low(k - 1) {
	case ".", "!", "?", ":", "\"", "“", "(", "/":
		return true
	}
	return false
}

// calendarWord reports whether a folded word belongs to the calendar
// vocabulary (months, weekdays, parts of the day, seasons, holidays'
// second words), which may follow one another inside one expression.
func calendarWord(w string) bool {
	if _, ok := months[w]; ok {
		return true
	}
	if _, ok := weekdays[w]; ok {
		return true
	}
	if _, ok := partsOfDay[w]; ok {
		return true
	}
	if _, ok := seasons[w]; ok {
		return true
	}
	switch w {
	case "day", "eve", "night", "am", "pm", "a", "p", "ad", "bc", "bce", "ce":
		return true
	}
	return false
}

// greeting reports whether the word before k makes it a greeting.
func (m *matcher) greeting(k int) bool {
	l := m.low(k - 1)
	return l == "merry" || l == "happy"
}

// pluralPartOfDay reports whether token k is a plural part of the day
// ("Saturday mornings"), which makes the weekday a SET.
func (m *matcher) pluralPartOfDay(k int) bool {
	l := m.low(k)
	if !strings.HasSuffix(l, "s") {
		return false
	}
	_, ok := partsOfDay[strings.TrimSuffix(l, "s")]
	return ok
}
