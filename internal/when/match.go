package when

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"

	"chronicle/internal/doc"
)

// hit is one recognised expression: tokens [i, j) of the matcher.
type hit struct {
	i, j     int
	value    string
	typ      string
	relative bool // the value needed the anchor and there was none
	explicit bool // the value names its year (set by rules whose tokens do not show it)
	// weekdayFixed marks a year-less day whose weekday, told with it,
	// agrees with the year chosen (weekdayYear).
	weekdayFixed bool
	span         string // for an anchored DURATION, the interval it covers (see Result.Spans)
	// _ makes a hit 80 bytes, a multiple of 16. At 72 the compiler copied
	// every rule's result with an overlapping 16-byte load that the
	// processor cannot forward from the callee's stores: a stall of some
	// 15 cycles twice per rule tried, a fifth of the tagger's time
	// (matcher.run tries every rule at every token).
	_ int
}

// matcher walks one text's tokens sentence by sentence. It is created per
// call and never shared.
type matcher struct {
	text   string // the whole text, for register.go; "" in Resolve
	reg    register
	toks   []token
	a, b   int       // token range of the current sentence
	anchor time.Time // the day relative expressions count from (see dateline.go)
	pub    time.Time // the publication date the caller gave
	has    bool      // anchor is known
	force  Tense     // TenseUnknown: infer from the clause

	// ref is the last fully specified date mentioned, for anaphoric
	// expressions ("that year", "two years later"); refGran is its unit.
	ref     time.Time
	refGran unit
	sent    int // index of the current sentence
	// quartiles is set once the text has spoken of quartiles (statistics).
	quartiles bool
	refSent   int // sentence of ref

	// spokenEnd is the token after the last spoken year ("fifteen
	// sixteen") of sentence spokenSent, so that a list goes on (spoken.go).
	spokenEnd, spokenSent int

	// dayRef is the last day any expression named, however it was
	// resolved ("Tuesday", "yesterday", "5 June"), for "the next day"
	// (nextday.go); dayRefSent is its sentence, -1 before any.
	dayRef     time.Time
	dayRefSent int
	// story is the last day named by its month and day (story.go);
	// storySent the sentence + 1 where the story last spoke, 0 for none.
	story     time.Time
	storySent int
	// listMonth is the first day of the last month a hit of sentence
	// listSent named, at or after the anchor's month (monthlist.go);
	// listSent is the sentence + 1, 0 for none.
	listMonth time.Time
	listSent  int
	// monthRef is the first day of the last month a DATE named, however
	// it was resolved, for "the next month" (monthlist.go);
	// monthRefSent its sentence + 1, 0 for none.
	monthRef     time.Time
	monthRefSent int
	// tryAll makes run try every rule at every token, cold or not
	// (startWords), whatever the rules' guards (rule.may) say: the tests
	// compare the two ways.
	tryAll bool

	// anniv is the last anniversary day "N units ago today" named
	// (anniversary.go), for a later bare "N units ago"; annivN is 0 for
	// none.
	anniv  time.Time
	annivN int
	annivU unit

	// lastValue is the value of the last DATE taken, in sentence
	// lastSent - 1 (0 for none), for "the week before that"
	// (beforethat.go).
	lastValue string
	lastSent  int
}

func (m *matcher) t(k int) *token {
	if k < m.a || k >= m.b {
		return nil
	}
	return &m.toks[k]
}

func (m *matcher) low(k int) string {
	if t := m.t(k); t != nil {
		return t.low
	}
	return ""
}

// adj reports whether token k follows token k-1 without space.
func (m *matcher) adj(k int) bool {
	t := m.t(k)
	return t != nil && !t.gap
}

func (m *matcher) tense(i, j int) Tense {
	if m.force != TenseUnknown {
		return m.force
	}
	return clauseTense(m.toks, m.a, m.b, i, j)
}

// rule is one pattern: try matches at token i. may, when not nil, is a
// cheap condition on token i without which try cannot match there (the
// first test try makes itself), so that the common token skips the call.
// may reads only the token (its kind, case, low form, table bits and, for
// "Q", text) and, for anaphora, the matcher's state, which anaphora tests
// again itself: scan sums the guards up per token as token.rules
// (ruleMask), and run tries only the rules there.
type rule struct {
	try func(m *matcher, i int) (hit, bool)
	may func(m *matcher, t *token) bool
}

// rules are tried at every token; the longest match wins, and on equal
// length the earlier rule.
var rules = []rule{
	{(*matcher).isoDate, func(_ *matcher, t *token) bool { return t.kind == kNum }},
	{(*matcher).monthDate, func(_ *matcher, t *token) bool {
		// [in] [early|mid|late] then a weekday or month (capitalised),
		// "the", a day's number or ordinal
		switch t.low {
		case "in", "the", "later", "thirtieth":
			return true
		}
		return t.kind != kWord || t.upper || t.lex&(lxDateMod|lxOrdinalWord|lxTensOrdinal) != 0
	}},
	{(*matcher).monthRange, func(_ *matcher, t *token) bool { return t.upper && t.lex&lxMonth != 0 }},
	{(*matcher).yearExpr, func(_ *matcher, t *token) bool {
		// [the] [early|mid|late] [earlier] then a number, ', AD or A.D.,
		// a decade's word or an ordinal
		switch t.low {
		case "the", "later", "earlier", "a":
			return true
		}
		return t.kind != kWord || t.upper || t.lex&(lxDateMod|lxDecadeWord|lxOrdinalWord|lxTensOrdinal|lxEra) != 0
	}},
	{(*matcher).relative, func(_ *matcher, t *token) bool {
		switch t.low {
		case "earlier", "later", "early", "mid", "middle", "late":
			return true
		}
		return t.lex&lxRelMod != 0
	}},
	{(*matcher).deictic, func(_ *matcher, t *token) bool {
		return t.low == "today" || t.low == "tonight" || t.low == "yesterday" || t.low == "tomorrow"
	}},
	{(*matcher).weekday, func(_ *matcher, t *token) bool { return t.upper }},
	{(*matcher).ago, func(_ *matcher, t *token) bool { return t.low == "[" || mayQuantity(t) }},
	{(*matcher).duration, func(_ *matcher, t *token) bool { return t.low == "the" || t.low == "these" || mayQuantity(t) }},
	{(*matcher).set, func(_ *matcher, t *token) bool {
		return t.lex&lxSetWord != 0 || t.low == "every" || t.low == "each"
	}},
	{(*matcher).present, func(_ *matcher, t *token) bool {
		switch t.low {
		case "at", "recently", "lately", "the":
			return true
		}
		return t.lex&lxPresentWord != 0
	}},
	{(*matcher).quarter, func(_ *matcher, t *token) bool {
		return t.text == "Q" || t.low == "the" || t.lex&lxOrdinalWord != 0
	}},
	{(*matcher).season, func(_ *matcher, t *token) bool {
		return t.low == "the" || t.lex&(lxDateMod|lxSeason) != 0
	}},
	{(*matcher).clock, func(_ *matcher, t *token) bool {
		return t.kind == kNum || t.low == "noon" || t.low == "midday" || t.low == "midnight"
	}},
	{(*matcher).holiday, func(_ *matcher, t *token) bool {
		return t.upper || t.low == "last" || t.low == "this" || t.low == "next"
	}},
	{(*matcher).anaphora, func(m *matcher, t *token) bool {
		return (t.low == "the" || t.low == "that") && (m.refGran != uNone || m.monthRefSent != 0 || m.dayRefSent != 0)
	}},
	{(*matcher).eventDay, isThe},
	{(*matcher).historicalPeriod, isThe},
	{(*matcher).namedPeriod, func(_ *matcher, t *token) bool {
		switch t.low {
		case "the", "world", "wwi", "wwii", "first", "second":
			return true
		}
		return false
	}},
	{(*matcher).spokenYear, func(_ *matcher, t *token) bool { return t.lex&lxNumberWord != 0 }},
	{(*matcher).nextDay, isThe},
	{(*matcher).thisDay, func(_ *matcher, t *token) bool { return t.low == "this" || t.low == "that" }},
	{(*matcher).recentPeriod, func(_ *matcher, t *token) bool { return t.low == "recent" }},
	{(*matcher).monthlessDay, func(_ *matcher, t *token) bool { return t.upper || t.low == "on" }},
	{(*matcher).agoWithout, func(_ *matcher, t *token) bool {
		switch t.low {
		case "a", "some", "long", "while", "little":
			return true
		}
		return t.lex&lxUnit != 0
	}},
	{(*matcher).twoDaysOff, isThe},
	{(*matcher).partOf, isThe},
	{(*matcher).unitBeforeThat, isThe},
	{(*matcher).inTime, func(_ *matcher, t *token) bool { return t.low == "in" }},
	{(*matcher).itsADay, func(_ *matcher, t *token) bool { return t.low == "a" || t.low == "an" }},
	{(*matcher).diaryDay, func(_ *matcher, t *token) bool { return t.low == "my" || t.low == "our" }},
	{(*matcher).howsYourDay, func(_ *matcher, t *token) bool { return t.low == "your" }},
	{(*matcher).yearEnd, func(_ *matcher, t *token) bool { return t.low == "year" }},
	{(*matcher).theWeekend, isThe},
	{(*matcher).later, func(_ *matcher, t *token) bool {
		return t.kind == kNum || t.low == "this" || t.low == "the" || t.low == "that" || t.lex&lxNumberWord != 0
	}},
}

func isThe(_ *matcher, t *token) bool { return t.low == "the" }

// mayQuantity is the guard of quantityAt: a number, a number word or a
// vague quantity.
func mayQuantity(t *token) bool {
	switch t.low {
	case "several", "many", "some", "a", "few", "couple":
		return true
	}
	return t.kind == kNum || t.lex&lxNumberWord != 0
}

// later tries, by the first token, the rules added last (deep time,
// anniversaries, days of a deictic month, 9/11, anaphoric seasons and
// months, halves, weeks of a month, ends of year ranges): one
// call per token instead of five keeps the tagger's speed. The longest
// match wins, the earlier on a tie, as in rules.
func (m *matcher) later(i int) (hit, bool) {
	t := m.t(i)
	if t == nil {
		return hit{}, false
	}
	var cands [8]func(*matcher, int) (hit, bool)
	n := 0
	switch {
	case t.kind == kNum:
		cands[0], cands[1], cands[2], n = (*matcher).deepAgo, (*matcher).namedEvent, (*matcher).yearRangeEnd, 3
	case t.low == "this":
		cands[0], n = (*matcher).thisTimeLast, 1
	case t.low == "the":
		cands = [8]func(*matcher, int) (hit, bool){(*matcher).dayOfDeicticMonth, (*matcher).anaphoricSeason, (*matcher).halfOf,
			(*matcher).monthlyWeekday, (*matcher).weekOfMonth, (*matcher).anaphoricMonth, (*matcher).weekOfDay, (*matcher).timeOfWriting}
		n = 8
	case t.low == "that":
		cands[0], cands[1], n = (*matcher).anaphoricSeason, (*matcher).anaphoricMonth, 2
	case t.kind == kWord:
		if _, ok := look(t, lxNumberWord, numberWords); ok {
			cands[0], n = (*matcher).deepAgo, 1
		}
	}
	var best hit
	found := false
	for _, r := range cands[:n] {
		if h, ok := r(m, i); ok && h.j > h.i && (!found || h.j > best.j) {
			best, found = h, true
		}
	}
	return best, found
}

// run tags the current sentence and appends its hits.
func (m *matcher) run(out []hit) []hit {
	first := len(out)
	defer func() { m.dateline(out[first:]) }()
	for i := m.a; i < m.b; {
		t := &m.toks[i]
		if t.kind == kPunct && t.low != "'" && t.low != "[" {
			i++ // no rule starts at punctuation but '90s, '71 and "[Ten] years ago"
			continue
		}
		// Only the rules whose guards accept the token (token.rules), none
		// for most words (startWords). The guards read only the token but
		// anaphora's, whose rule tests the matcher's state first itself.
		mask := t.rules
		if m.tryAll {
			mask = 1<<len(rules) - 1
		}
		var best hit
		found := false
		for ; mask != 0; mask &= mask - 1 {
			r := &rules[bits.TrailingZeros64(mask)]
			if h, ok := r.try(m, i); ok && h.j > h.i && (!found || h.j > best.j) {
				best, found = h, true
			}
		}
		if !found {
			i++
			continue
		}
		out = append(out, best)
		if !boundLeads[m.low(best.i-1)] {
			m.noteRef(best)
		}
		m.noteListMonth(best)
		m.noteMonthRef(best)
		m.noteLast(best)
		if presentTurn[m.toks[best.i].low] {
			m.storySent = 0 // the narrator is back in the present (story.go)
		}
		i = best.j
	}
	return out
}

// boundLeads are the words that make a date the bound of a span reaching
// to the present or the future ("since 2019", "by 2030", "until 2027")
// rather than the time a text moves to: a year-less date after them
// ("agreed on 10 October") is the anchor's, not that year's.
var boundLeads = map[string]bool{"since": true, "by": true, "until": true, "till": true, "through": true}

// noteRef remembers an absolute date value as the reference for later
// anaphoric expressions.
func (m *matcher) noteRef(h hit) {
	m.noteDayRef(h)
	if h.typ != doc.DateDate || len(h.value) < 4 {
		return
	}
	if !m.namesYear(h) {
		return
	}
	v, sign := h.value, 1
	if strings.HasPrefix(v, "BC") { // a year before Christ counts as negative
		v, sign = v[2:], -1
	}
	if len(v) < 4 {
		return
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return
	}
	y *= sign
	mo, d := 1, 1
	g := uYear
	if len(v) >= 7 && v[4] == '-' {
		if n, err := strconv.Atoi(v[5:7]); err == nil && n >= 1 && n <= 12 {
			mo, g = n, uMonth
			if len(v) == 10 {
				if n, err := strconv.Atoi(v[8:10]); err == nil {
					d, g = n, uDay
				}
			}
		}
	}
	m.ref, m.refGran, m.refSent = day(y, mo, d), g, m.sent
}

// namesYear reports whether h's own words give its year (a number of
// three or more digits, or a rule's explicit year).
func (m *matcher) namesYear(h hit) bool {
	explicit := h.explicit
	for k := h.i; k < h.j && !explicit; k++ {
		explicit = (m.toks[k].kind == kNum || m.toks[k].kind == kDecade) && m.toks[k].digits >= 3
	}
	return explicit
}

// --- token readers ---------------------------------------------------------

var fullMonthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

// monthAt reads a capitalised month name or abbreviation (with its full stop).
func (m *matcher) monthAt(k int) (mo, next int, ok bool) {
	t := m.t(k)
	if t == nil || t.kind != kWord || !t.upper {
		return 0, 0, false
	}
	mo, ok = look(t, lxMonth, months)
	if !ok {
		return 0, 0, false
	}
	next = k + 1
	if !fullMonthNames[t.low] && m.low(next) == "." && m.adj(next) {
		next++
	}
	return mo, next, true
}

// dayAt reads a day of the month: 12, 12th.
func (m *matcher) dayAt(k int) (d, next int, ok bool) {
	t := m.t(k)
	if t == nil || (t.kind != kNum && t.kind != kOrd) || t.digits > 2 || t.num < 1 || t.num > 31 {
		return 0, 0, false
	}
	if n := m.t(k + 1); n != nil && !n.gap && (n.low == ":" || n.low == "/" || n.low == "%") {
		return 0, 0, false
	}
	return t.num, k + 1, true
}

// yearAt reads a year: four digits in 1000..2199 that do not look like a
// quantity, or '71. loose also accepts one to three digits (after "of" or
// before an era).
func (m *matcher) yearAt(k int, loose bool) (y, next int, ok bool) {
	t := m.t(k)
	if t == nil {
		return 0, 0, false
	}
	if t.low == "'" {
		n := m.t(k + 1)
		if n != nil && !n.gap && n.kind == kNum && n.digits == 2 && !(k > m.a && m.toks[k-1].kind == kWord && !t.gap) {
			return twoDigitYear(n.num, m.anchor, m.has), k + 2, true
		}
		return 0, 0, false
	}
	if t.kind != kNum {
		return 0, 0, false
	}
	if !(t.digits == 4 && t.num >= 1000 && t.num <= 2199) && !(loose && t.digits <= 3 && t.num > 0) {
		return 0, 0, false
	}
	if n := m.t(k + 1); n != nil {
		if !n.gap && (n.low == "%" || n.low == ":" || n.low == "," || n.low == "." || n.low == "/") {
			if nn := m.t(k + 2); nn != nil && !nn.gap && nn.kind == kNum {
				return 0, 0, false // 2014.5, 1,2000, 2000-01 handled elsewhere
			}
		}
		if !n.gap && n.low == "%" || n.low == "+" {
			return 0, 0, false // 40%, 1000+: counts
		}
		if n.kind == kWord && (numberStops[n.low] || !n.upper && countCompound(n.low)) {
			return 0, 0, false
		}
		if n.kind == kWord && n.upper && (streetWords[n.low] || streetWords[m.low(k+2)] && m.t(k+2).upper) &&
			(!yearPreps[m.low(k-1)] || m.low(k-1) == ",") {
			return 0, 0, false // "1696 Bergen Blvd", "Center, 1355 Inwood Terrace": a street number
		}
		if n.kind == kWord && !n.upper && len(n.low) > 3 && strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") &&
			!yearPreps[m.low(k-1)] && !m.yearBeforeConj(k-1) {
			return 0, 0, false // "has 1500 tanks"
		}
	}
	if p := m.t(k - 1); p != nil {
		if numberBefore[p.low] {
			return 0, 0, false
		}
		if !t.gap && (p.low == "." || p.low == "," || p.low == "/" || p.kind == kWord) {
			return 0, 0, false
		}
		if m.phoneEnd(k) || m.pageNumber(k) {
			return 0, 0, false
		}
		if p.low == "." && k-2 >= m.a && m.toks[k-2].kind == kWord &&
			(len(m.toks[k-2].text) == 1 && m.toks[k-2].upper || m.toks[k-2].low == "p" || m.toks[k-2].low == "pp") {
			return 0, 0, false // "H.R. 1280", "S. 1234": a bill's number; "p. 1225": a page
		}
	}
	return t.num, k + 1, true
}

// phoneEnd reports whether the number at k closes a telephone number: it
// hangs by a hyphen on a three-digit group that follows another group
// ("201 461-1776", "(201) 461-1776", "1-800-555-1234"). A range of years
// ("c. 850-1066") has no group before its start.
func (m *matcher) phoneEnd(k int) bool {
	g := m.t(k - 2)
	if m.low(k-1) != "-" || !m.adj(k) || !m.adj(k-1) || g == nil || g.kind != kNum || g.digits != 3 {
		return false
	}
	b := m.t(k - 3)
	return b != nil && (b.kind == kNum || b.low == ")" || b.low == "-")
}

// pageNumber reports whether the number at k is a page of a citation:
// after a volume and issue, "92 (6): 1087", or the end of such a range of
// pages, "92 (6): 1087–1101".
func (m *matcher) pageNumber(k int) bool {
	if m.low(k-1) == "-" && m.t(k-2) != nil && m.t(k-2).kind == kNum {
		k -= 2
	}
	issue, vol := m.t(k-3), m.t(k-5)
	return m.low(k-1) == ":" && m.low(k-2) == ")" && issue != nil && issue.kind == kNum &&
		m.low(k-4) == "(" && vol != nil && vol.kind == kNum
}

// yearPreps are words after which a four-digit number followed by a plural
// noun is still a year ("the 2024 elections", "in 2019 sales fell").
var yearPreps = map[string]bool{"in": true, "since": true, "by": true, "until": true, "of": true,
	"from": true, "to": true, "the": true, "a": true, "'s": true, ",": true, "(": true, "early": true,
	"late": true, "mid": true, "-": true, "during": true, "after": true, "before": true, "through": true}

// yearBeforeConj reports whether token k is "and"/"or" after a year
// ("the 2011 and 2017 censuses").
func (m *matcher) yearBeforeConj(k int) bool {
	if l := m.low(k); l != "and" && l != "or" {
		return false
	}
	p := m.t(k - 1)
	return p != nil && p.kind == kNum && p.digits == 4
}

func twoDigitYear(n int, a time.Time, has bool) int {
	if has && 2000+n <= a.Year() {
		return 2000 + n
	}
	if !has && n < 30 {
		return 2000 + n
	}
	return 1900 + n
}

// weekdayAt reads a capitalised weekday or an abbreviation with a full stop.
func (m *matcher) weekdayAt(k int) (wd, next int, ok bool) {
	t := m.t(k)
	if t == nil || t.kind != kWord || !t.upper {
		return 0, 0, false
	}
	if wd, ok := look(t, lxWeekday, weekdays); ok {
		return wd, k + 1, true
	}
	if wd, ok := look(t, lxWeekdayAbbr, weekdayAbbr); ok && m.low(k+1) == "." && m.adj(k+1) {
		return wd, k + 2, true
	}
	return 0, 0, false
}

// quantityAt reads a count: 3, three, a, several, a few, a couple of.
// n is -1 for a vague quantity.
func (m *matcher) quantityAt(k int) (n, next int, ok bool) {
	t := m.t(k)
	if t == nil {
		return 0, 0, false
	}
	if t.kind == kNum && t.digits <= 3 {
		if p := m.t(k - 1); p != nil && !t.gap && (p.low == "." || p.low == "," || p.low == "/") {
			return 0, 0, false // 2.5, 1,000, the 2 of 1/2
		}
		return t.num, k + 1, true
	}
	if t.kind != kWord {
		return 0, 0, false
	}
	switch t.low {
	case "several", "many", "some":
		return -1, k + 1, true
	case "a":
		switch m.low(k + 1) {
		case "few":
			return -1, k + 2, true
		case "couple":
			if m.low(k+2) == "of" {
				return 2, k + 3, true
			}
			return 2, k + 2, true
		}
	case "few":
		return -1, k + 1, true
	case "couple":
		if m.low(k+1) == "of" {
			return 2, k + 2, true // "the last couple of weeks", "couple of days ago"
		}
	}
	if v, ok := look(t, lxNumberWord, numberWords); ok {
		// twenty-five, twenty five
		if v >= 20 && v < 100 {
			j := k + 1
			if m.low(j) == "-" && m.adj(j) {
				j++
			}
			// "one" closes a compound (twenty-one), the article "a",
			// also 1 in numberWords, does not.
			if u, ok := look(m.t(j), lxNumberWord, numberWords); ok && u < 10 && (u > 1 || m.low(j) == "one") {
				return v + u, j + 1, true
			}
		}
		return v, k + 1, true
	}
	return 0, 0, false
}

// unitAt reads a calendar unit word.
func (m *matcher) unitAt(k int) (unit, bool) {
	t := m.t(k)
	if t == nil || t.kind != kWord {
		return uNone, false
	}
	return look(t, lxUnit, units)
}

// --- rules -------------------------------------------------------------

// isoDate: 2024-06-12, 2024/06/12, 06/12/2024 (US order).
func (m *matcher) isoDate(i int) (hit, bool) {
	t := m.t(i)
	if t == nil || t.kind != kNum {
		return hit{}, false
	}
	sep := m.low(i + 1)
	if (sep != "-" && sep != "/" && sep != ".") || !m.adj(i+1) || !m.adj(i+2) || m.low(i+3) != sep || !m.adj(i+3) || !m.adj(i+4) {
		return hit{}, false
	}
	b, c := m.t(i+2), m.t(i+4)
	if b != nil && c != nil && b.kind == kWord && c.kind == kNum && sep != "." {
		return m.namedMonthDate(i, t, b, c)
	}
	if b == nil || c == nil || b.kind != kNum || c.kind != kNum {
		return hit{}, false
	}
	if n := m.t(i + 5); n != nil && !n.gap && (n.low == sep && sep != "." || n.low == "." && m.adjNum(i+6)) {
		return hit{}, false // "1.2.3.4", "30.09.2021.5": a version or a number
	}
	var y, mo, d int
	switch {
	case t.digits == 4 && b.digits <= 2 && c.digits <= 2 && sep != ".":
		y, mo, d = t.num, b.num, c.num
	case sep == "." && t.digits <= 2 && b.digits <= 2 && c.digits == 4:
		// 30.09.2021: the day first, as the dots are written in Europe.
		y, mo, d = c.num, b.num, t.num
	case (sep == "/" || sep == "-") && t.digits <= 2 && b.digits <= 2 && t.num > 12 && b.num <= 12 && c.digits == 4:
		// 30/09/2021, 30-09-2021: no month 30, so the day comes first.
		y, mo, d = c.num, b.num, t.num
	case sep == "/" && t.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2):
		y, mo, d = c.num, t.num, b.num
		if c.digits == 2 {
			y = twoDigitYear(c.num, m.anchor, m.has)
		}
	default:
		return hit{}, false
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return hit{}, false
	}
	return hit{i: i, j: i + 5, value: fmtYMD(y, mo, d), typ: doc.DateDate}, true
}

// namedMonthDate reads the day, the month's name and the year joined by
// hyphens or slashes (8-May-2006, 12/jan/07), as forms, logs and letters
// date themselves: isoDate has matched the three parts and separators.
func (m *matcher) namedMonthDate(i int, d, mon, y *token) (hit, bool) {
	mo, ok := look(mon, lxMonth, months)
	if !ok || d.digits > 2 || d.num < 1 || d.num > 31 || (y.digits != 4 && y.digits != 2) {
		return hit{}, false
	}
	if n := m.t(i + 5); n != nil && !n.gap && (n.low == "-" || n.low == "/") {
		return hit{}, false // 8-May-2006-12: a code, not a date
	}
	year := y.num
	if y.digits == 2 {
		year = twoDigitYear(y.num, m.anchor, m.has)
	}
	return hit{i: i, j: i + 5, value: fmtYMD(year, mo, d.num), typ: doc.DateDate}, true
}

// dateMods are the modifiers "early", "mid" and "late" that TIMEX3 records
// as a MOD attribute and that leave the value as it is.
var dateMods = map[string]bool{"early": true, "mid": true, "late": true, "middle": false}

// skipMod passes over early/mid/late (and mid-) at k.
func (m *matcher) skipMod(k int) int {
	if lookValue(m.t(k), lxDateMod, dateMods) {
		k++
		if m.low(k) == "-" && m.adj(k) {
			k++
		}
	}
	return k
}

// monthPreps are words after which an ambiguous month name (May, March)
// is a month.
var monthPreps = map[string]bool{"in": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "through": true, "during": true, "early": true, "late": true, "mid": true, "of": true,
	"before": true, "after": true, "between": true, "to": true, "-": true, "and": true, "or": true}

// monthDate: [Weekday,] June 12[, 2024] | 12 June [2024] | the 12th of June |
// June 2024 | June of 2024 | [in] [early] June.
func (m *matcher) monthDate(i int) (hit, bool) {
	k := i
	in := false
	if m.low(k) == "in" {
		in = true
		k++
	}
	modAt := k
	mod, k := m.modAt(k)
	h, monthOnly, ok := m.monthDateCore(k)
	if !ok {
		return hit{}, false
	}
	h, _ = m.postposedMonthDate(h)
	if k > modAt {
		h.i = modAt
		if monthOnly {
			h.value = modMonthValue(h.value, mod)
		}
	}
	if in {
		if !monthOnly {
			return hit{}, false // the date itself matches at the next token
		}
		h.i = i // "In June": the seed and news usage keep the preposition
	}
	return h, true
}

func (m *matcher) monthDateCore(i int) (h hit, monthOnly, ok bool) {
	k := i
	wd := 0
	if w, k2, ok := m.weekdayAt(k); ok {
		wd, k = w, k2
		if m.low(k) == "," {
			k++
		}
	}
	// Month first.
	if mo, k2, ok := m.monthAt(k); ok {
		if d, y, k3, ok := m.slashYearDay(k2, mo); ok { // "Feb. 20/69"
			return hit{i: i, j: k3, value: fmtYMD(y, mo, d), typ: doc.DateDate}, false, true
		}
		if d, k3, ok := m.monthDayAt(k2, mo); ok {
			d2 := 0
			if e, k3b, ok := m.dayRangeEnd(k3, d, mo); ok && !m.monthNext(k3b) {
				d2, k3 = e, k3b // "May 5-7", "May 5 through 9, 2019"
			}
			if y, k5, ok := m.looseYear(k3); ok { // "Jan. 8th - 1970", "Feb. 20th,1969"
				return withDayRange(hit{i: i, j: k5, value: fmtYMD(y, mo, d), typ: doc.DateDate}, d2), false, true
			}
			k4 := k3
			if m.low(k4) == "," {
				k4++
			} else if m.low(k4) == "of" && m.t(k4+1) != nil && m.t(k4+1).digits == 4 {
				k4++ // "May 5th of 1850"
			}
			if y, k5, ok := m.eraYearAt(k4); ok {
				return withDayRange(hit{i: i, j: k5, value: fmtYMD(y, mo, d), typ: doc.DateDate}, d2), false, true
			}
			if y, k5, ok := m.yearAt(k4, false); ok {
				return withDayRange(hit{i: i, j: k5, value: fmtYMD(y, mo, d), typ: doc.DateDate}, d2), false, true
			}
			if y, k5, ok := m.dateSpokenYear(k3); ok {
				return withDayRange(hit{i: i, j: k5, value: fmtYMD(y, mo, d), typ: doc.DateDate, explicit: true}, d2), false, true
			}
			return withDayRange(m.monthDayWeekday(i, k3, mo, d, wd), d2), false, true
		}
		k3 := k2
		if m.low(k3) == "of" || m.low(k3) == "," {
			k3++
		}
		if y, k4, ok := m.yearAt(k3, m.low(k3-1) == "of"); ok {
			return hit{i: i, j: k4, value: fmtMonth(y, mo), typ: doc.DateDate}, false, true
		}
		if sy, ok := m.spokenYear(k3); ok { // April of fifteen eighteen
			return hit{i: i, j: sy.j, value: fmtMonth(atoiYear(sy.value), mo), typ: doc.DateDate, explicit: true}, false, true
		}
		if wd != 0 {
			return hit{}, false, false
		}
		if t := m.toks[k]; !fullMonthNames[t.low] && len(t.text) > 1 && t.text == strings.ToUpper(t.text) && !(m.low(k+1) == "." && m.adj(k+1)) {
			return hit{}, false, false // "the SEP favors Taft": an acronym, where a month alone would be written Sep. or Sept.
		}
		if ambiguousMonths[m.low(k)] && !monthPreps[m.low(k-1)] {
			return hit{}, false, false
		}
		if y, ok := m.rangeYear(k2); ok {
			return hit{i: i, j: k2, value: fmtMonth(y, mo), typ: doc.DateDate, explicit: true}, true, true
		}
		if y, k3, ok := m.sameYear(k2); ok {
			return hit{i: i, j: k3, value: fmtMonth(y, mo), typ: doc.DateDate, explicit: true}, false, true
		}
		if off, k3, ok := m.deicticYearAfter(k2); ok {
			// "in January last year", "March of next year": that month of
			// the year the words count from the anchor.
			return hit{i: i, j: k3, value: fmtMonth(m.anchor.Year()+off, mo), typ: doc.DateDate}, false, true
		}
		if !m.has {
			return hit{i: i, j: k2, value: fmt.Sprintf("XXXX-%02d", mo), typ: doc.DateDate, relative: true}, true, true
		}
		if rangeWords[m.low(k-1)] && m.monthRefSent == m.sent+1 {
			// "during last August to September": the range's end follows
			// its start.
			y := m.monthRef.Year()
			if mo < int(m.monthRef.Month()) {
				y++
			}
			return hit{i: i, j: k2, value: fmtMonth(y, mo), typ: doc.DateDate}, true, true
		}
		tense := m.tense(i, k2)
		if y, ok := m.recentYear(tense); ok {
			return hit{i: i, j: k2, value: fmtMonth(m.listYear(y, mo), mo), typ: doc.DateDate}, true, true
		}
		y := m.listYear(monthYear(m.anchor, mo, tense), mo)
		return hit{i: i, j: k2, value: fmtMonth(y, mo), typ: doc.DateDate}, true, true
	}
	// Day first.
	if m.low(k) == "the" {
		k++
	}
	d, k2, ok := m.dayAt(k)
	if !ok {
		if v, k3, ok2 := m.ordinalDayAt(k); ok2 && (m.low(k3) == "of" || m.low(k3) == "day" && m.low(k3+1) == "of") {
			d, k2, ok = v, k3, true
		}
	}
	if !ok {
		return hit{}, false, false
	}
	d2 := 0
	if e, k2b, ok := m.dayRangeEnd(k2, d, 0); ok && m.monthNext(k2b) {
		d2, k2 = e, k2b // "5–6 September 2019", "5 to 7 May"
	}
	k3 := k2
	if m.low(k3) == "day" && m.low(k3+1) == "of" && m.toks[k].kind != kNum {
		k3++ // "this 4th day of May", "the third day of June"
	}
	if m.low(k3) == "of" {
		k3++
	}
	mo, k4, ok := m.monthAt(k3)
	if !ok || (k3 == k2 && m.toks[k].kind != kNum && m.toks[k].kind != kOrd) {
		return hit{}, false, false
	}
	k5 := k4
	if m.low(k5) == "," {
		k5++
	} else if m.low(k5) == "of" && m.t(k5+1) != nil && m.t(k5+1).digits == 4 {
		k5++ // "5 May of 1850"
	}
	if d2 > day(2000, mo+1, 0).Day() {
		return hit{}, false, false
	}
	if y, k6, ok := m.eraYearAt(k5); ok {
		return withDayRange(hit{i: i, j: k6, value: fmtYMD(y, mo, d), typ: doc.DateDate}, d2), false, true
	}
	if y, k6, ok := m.yearAt(k5, m.shortYearEnd(k5)); ok {
		return withDayRange(hit{i: i, j: k6, value: fmtYMD(y, mo, d), typ: doc.DateDate}, d2), false, true
	}
	if y, k6, ok := m.dateSpokenYear(k4); ok {
		return withDayRange(hit{i: i, j: k6, value: fmtYMD(y, mo, d), typ: doc.DateDate, explicit: true}, d2), false, true
	}
	return withDayRange(m.monthDayWeekday(i, k4, mo, d, wd), d2), false, true
}

// withDayRange makes h, a day, the range of days up to d2 of its month
// (dayrange.go); d2 = 0 leaves it a day.
func withDayRange(h hit, d2 int) hit {
	if d2 > 0 {
		h.value = withRangeEnd(h.value, d2)
	}
	return h
}

// monthNext reports whether a month name (of any case) is at token k.
func (m *matcher) monthNext(k int) bool {
	_, ok := months[m.low(k)]
	return ok
}

// monthDay resolves a month and day without a year.
func (m *matcher) monthDay(i, j, mo, d int) hit {
	return m.monthDayWeekday(i, j, mo, d, 0)
}

// monthDayWeekday is monthDay with the weekday the text gave the date (0:
// none): a recent year in which the date falls on another weekday is not
// its year ("Thursday, May 30th" after a mention of '71 is not 1971's),
// and the anchor decides.
func (m *matcher) monthDayWeekday(i, j, mo, d, wd int) hit {
	if y, ok := m.rangeYear(j); ok {
		return hit{i: i, j: j, value: fmtYMD(y, mo, d), typ: doc.DateDate, explicit: true}
	}
	if y, ok := m.inYearAfter(j); ok {
		return hit{i: i, j: j, value: fmtYMD(y, mo, d), typ: doc.DateDate, explicit: true}
	}
	if !m.has {
		return hit{i: i, j: j, value: fmt.Sprintf("XXXX-%02d-%02d", mo, d), typ: doc.DateDate, relative: true}
	}
	tense := m.tense(i, j)
	y, ok := m.recentYear(tense)
	anchored := monthDayYear(m.anchor, mo, d, tense)
	if tense == TensePresent && m.namesMonth(i, j) {
		anchored = nearestMonthDayYear(m.anchor, mo, d)
	}
	if !ok || wd != 0 && isoWeekday(day(y, mo, d)) != wd {
		y = anchored
		if m.runsThroughAnchor(j, mo, d) {
			y = m.anchor.Year()
		}
		if wy, ok := weekdayYear(m.anchor.Year(), mo, d, wd); ok && !m.nearPub(day(y, mo, d)) && tenseAllows(m.anchor, day(wy, mo, d), tense) {
			y = wy
		}
	}
	fixed := wd != 0 && isoWeekday(day(y, mo, d)) == wd
	return hit{i: i, j: j, value: fmtYMD(y, mo, d), typ: doc.DateDate, weekdayFixed: fixed}
}

// namesMonth reports whether a month's name stands in tokens [i, j): a
// date ("January 1"), not a feast read as one ("Christmas").
func (m *matcher) namesMonth(i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := look(&m.toks[k], lxMonth, months); ok {
			return true
		}
	}
	return false
}

// nearestMonthDayYear is the year of the occurrence of month mo, day d
// nearest to a: a present clause ("the law enters into force on January
// 1", "the court hears the case on 12 February", said in August) states a
// schedule, which news gives for the coming months and a report of the
// past in the past tense. A feast ("for Christmas") keeps monthDayYear:
// what one wants for Christmas at New Year is the next one.
func nearestMonthDayYear(a time.Time, mo, d int) int {
	t := day(a.Year(), mo, d)
	switch {
	case t.Before(a) && a.Sub(t) > day(a.Year()+1, mo, d).Sub(a):
		return a.Year() + 1
	case t.After(a) && t.Sub(a) > a.Sub(day(a.Year()-1, mo, d)):
		return a.Year() - 1
	}
	return a.Year()
}

// nearPub reports whether t lies in the dateline window of the
// publication date (datelineWindow before it, a week after), where the
// publication date itself vouches for a year-less day.
func (m *matcher) nearPub(t time.Time) bool {
	return !t.Before(m.pub.Add(-datelineWindow)) && !t.After(m.pub.AddDate(0, 0, 7))
}

// tenseAllows reports whether day t may be meant by a clause of tense
// told on anchor a: a past clause tells no day after it, a future one no
// day before it.
func tenseAllows(a, t time.Time, tense Tense) bool {
	switch tense {
	case TensePast:
		return !t.After(a)
	case TenseFuture:
		return !t.Before(a)
	}
	return true
}

// weekdayYear finds the year, among y and the years either side of it,
// in which month mo, day d falls on weekday wd (1 Monday .. 7 Sunday; 0
// none). A date told with its weekday but no year ("Monday, May 3rd")
// fixes its year by the weekday: a day's weekday moves on by one or two
// each year, so of three years in a row at most one fits, and a text that
// names the weekday means that one, whatever its publication date implies
// (a video uploaded long after it was filmed, misdated metadata). With no
// fitting year, ok is false and the anchor and tense decide. Writers
// misname weekdays too (a letter of 30 May 1967 headed "Thursday, May
// 30th", a Tuesday), so a day close to the publication date (nearPub)
// keeps the publication year: there the metadata and the text agree; and
// the year must not contradict the clause's tense (tenseAllows).
func weekdayYear(y, mo, d, wd int) (int, bool) {
	if wd == 0 {
		return 0, false
	}
	for _, c := range []int{y, y - 1, y + 1} {
		if t := day(c, mo, d); int(t.Month()) == mo && isoWeekday(t) == wd {
			return c, true
		}
	}
	return 0, false
}

// runsThroughAnchor reports whether month mo, day d opens a range of days
// (closed at token k by "through March 9", "to 5 May", "until June") that
// holds the anchor within its year: a show that "is to run from January 23
// through March 9", told on January 28, opened five days before, whatever
// the tense says.
func (m *matcher) runsThroughAnchor(k, mo, d int) bool {
	if !rangeWords[m.low(k)] {
		return false
	}
	k++
	emo, ed := 0, 0
	if v, k2, ok := m.monthAt(k); ok {
		emo, ed = v, 0
		if v, _, ok := m.dayAt(k2); ok {
			ed = v
		}
	} else if v, k2, ok := m.dayAt(k); ok {
		if v2, _, ok := m.monthAt(k2); ok {
			emo, ed = v2, v
		}
	}
	if emo == 0 {
		return false
	}
	y := m.anchor.Year()
	end := day(y, emo+1, 0) // a month alone ends on its last day
	if ed > 0 {
		end = day(y, emo, ed)
	}
	start := day(y, mo, d)
	return !start.After(m.anchor) && !end.Before(m.anchor)
}

// rangeYear finds the year that closes a range a month (or a day of one)
// opens at token k: "January–June 2016", "between May and June in 1981",
// "from November 20 to December 11, 2015". The first end takes it.
func (m *matcher) rangeYear(k int) (int, bool) {
	if !rangeWords[m.low(k)] && m.low(k) != "and" {
		return 0, false
	}
	k++
	if _, ok := months[m.low(k)]; !ok {
		return 0, false
	}
	k++
	if m.low(k) == "." && m.adj(k) {
		k++
	}
	if _, k2, ok := m.dayAt(k); ok {
		k = k2
	}
	switch m.low(k) {
	case ",", "of", "in":
		k++
	}
	y, _, ok := m.yearAt(k, false)
	return y, ok
}

// inYearAfter reads at k, right after a month and day, the year they are
// in when the text tells it apart: "on May 5th, in 1850", "the 1st day of
// May in 1850". The year keeps its own hit.
func (m *matcher) inYearAfter(k int) (int, bool) {
	if m.low(k) == "," {
		k++
	}
	if m.low(k) != "in" {
		return 0, false
	}
	y, _, ok := m.yearAt(k+1, false)
	return y, ok
}

// recentYear returns the year of a date named with its year in this
// sentence or the one before (a few before for a full date, refWindow):
// in "He arrived in March 1831. On 14 July he was arrested", the July is
// 1831's, whatever the publication date. News
// rarely names a year right before a bare month unless it means it. A
// text that keeps no calendar of its own days (register.go: a biography,
// a history) tells everything on its own timeline, and there the last
// year named holds however far back it was.
func (m *matcher) recentYear(tense Tense) (int, bool) {
	if m.refGran == uNone || m.sent-m.refSent > refWindow(m.refGran) && !m.ownTimeline() {
		return 0, false
	}
	if m.has && tense == TenseFuture && m.ref.Year() < m.anchor.Year() {
		return 0, false // "will be held from November 20": not last year's
	}
	if m.has && m.ref.Year() == m.anchor.Year() {
		return 0, false // the anchor's own year: let the tense decide
	}
	return m.ref.Year(), true
}

// eras maps era words to a sign.
var eras = map[string]int{"ad": 1, "ce": 1, "bc": -1, "bce": -1}

// eraAt reads AD, BC, BCE, CE, A.D., B.C.
func (m *matcher) eraAt(k int) (sign, next int, ok bool) {
	t := m.t(k)
	if t == nil || t.kind != kWord {
		return 0, 0, false
	}
	if s, ok := look(t, lxEra, eras); ok && t.text == strings.ToUpper(t.text) {
		return s, k + 1, true
	}
	// A.D. / B.C.
	if (t.low == "a" || t.low == "b") && m.low(k+1) == "." && m.adj(k+1) && m.adj(k+2) {
		n := m.low(k + 2)
		if (t.low == "a" && n == "d") || (t.low == "b" && n == "c") {
			j := k + 3
			if m.low(j) == "." && m.adj(j) {
				j++
			}
			if t.low == "a" {
				return 1, j, true
			}
			return -1, j, true
		}
	}
	return 0, 0, false
}

// eraYearAt reads a year of one to four digits followed by its era, the
// end of a full date ("10 September 210 BC", "March 15, 44 BC"): the year
// is negative before Christ. AD may also come first ("19 August AD 14").
// Without an era a short number is no year.
func (m *matcher) eraYearAt(k int) (y, next int, ok bool) {
	if s, k2, ok := m.eraAt(k); ok && s > 0 {
		if t := m.t(k2); t != nil && t.kind == kNum && t.digits <= 4 && t.num > 0 && !m.isEra(k2+1) {
			return t.num, k2 + 1, true
		}
		return 0, 0, false
	}
	t := m.t(k)
	if t == nil || t.kind != kNum || t.digits > 4 || t.num <= 0 {
		return 0, 0, false
	}
	sign, k2, ok := m.eraAt(k + 1)
	if !ok {
		return 0, 0, false
	}
	return sign * t.num, k2, true
}

// isEra reports whether an era (AD, BC, B.C.) is at k.
func (m *matcher) isEra(k int) bool {
	_, _, ok := m.eraAt(k)
	return ok
}

// yearExpr: 2024, mid-2026, the year 2030, 347 AD, AD 842, 400 BCE,
// the 1990s, '90s, the 1930's, the 17th century, the twentieth century.
func (m *matcher) yearExpr(i int) (hit, bool) {
	k := i
	if m.low(k) == "the" {
		k++
	}
	start := k
	mod, k := m.modAt(k)
	if m.low(k) == "earlier" {
		k++
	}
	if start == k && start > i && m.low(k) == "year" { // the year 2030
		if y, k2, ok := m.eraYearAt(k + 1); ok { // the year 31 BC
			return hit{i: i, j: k2, value: fmtYear(y), typ: doc.DateDate, explicit: true}, true
		}
		if y, k2, ok := m.yearAt(k+1, true); ok {
			return hit{i: i, j: k2, value: fmtYear(y), typ: doc.DateDate}, true
		}
	}
	if s, k2, ok := m.eraAt(k); ok && s > 0 { // AD 842
		if y, k3, ok := m.yearAt(k2, true); ok {
			return hit{i: start, j: k3, value: fmtYear(y), typ: doc.DateDate}, true
		}
	}
	t := m.t(k)
	if t == nil {
		return hit{}, false
	}
	// Decades in words: the sixties.
	if v, ok := look(t, lxDecadeWord, decadeWords); ok && m.low(start-1) == "the" || ok && start > i {
		return hit{i: start, j: k + 1, value: decadeValue(1900+10*v, mod), typ: doc.DateDate}, true
	}
	// Decades.
	if t.kind == kDecade && t.digits == 4 {
		return hit{i: start, j: k + 1, value: decadeValue(t.num, mod), typ: doc.DateDate}, true
	}
	// Decades in two digits, as speech is transcribed: "the 90s", "the
	// late 80's". Only after "the" or a modifier, since "in her 80s" is an
	// age, and not in talk of the weather ("it was in the 80's").
	if t.digits == 2 && t.num%10 == 0 && (start > i || k > start) {
		j := 0
		switch {
		case t.kind == kDecade:
			j = k + 1
		case t.kind == kNum && m.low(k+1) == "'" && m.adj(k+1) && m.low(k+2) == "s" && m.adj(k+2):
			j = k + 3
		}
		if j > 0 && !m.weatherTalk(i) {
			return hit{i: start, j: j, value: decadeValue(twoDigitYear(t.num, time.Time{}, false), mod), typ: doc.DateDate}, true
		}
	}
	// Speech puts a word between "the" and the decade ("the roaring 20s",
	// "the fucking 90s") and uses the decade bare before a noun ("90s
	// nostalgia", "80s music"); an age takes neither ("in her 80s", "the
	// over 50s").
	if d := m.t(k + 1); d != nil && d.kind == kDecade && d.digits == 2 && d.num%10 == 0 && start > i && k == start &&
		t.kind == kWord && !t.upper && t.lex&lxNumberWord == 0 && !decadeFillerStop[t.low] && !m.weatherTalk(i) {
		return hit{i: start, j: k + 2, value: decadeValue(twoDigitYear(d.num, time.Time{}, false), mod), typ: doc.DateDate}, true
	}
	if t.kind == kDecade && t.digits == 2 && t.num%10 == 0 && start == i && k == start && m.modifiesNoun(k+1) &&
		!decadeAgeLeads[m.low(k-1)] && !m.weatherTalk(i) {
		return hit{i: start, j: k + 1, value: decadeValue(twoDigitYear(t.num, time.Time{}, false), mod), typ: doc.DateDate}, true
	}
	// "the 1960s and 70s", "the 80s and 90s", "the 1980s-90s": a
	// two-digit decade after a decade and a conjunction is in its century.
	if t.kind == kDecade && t.digits == 2 && t.num%10 == 0 && start == i && k == start {
		if prev, ok := m.decadeBefore(k); ok {
			y := prev/100*100 + t.num
			if y <= prev {
				y += 100
			}
			return hit{i: start, j: k + 1, value: decadeValue(y, modNone), typ: doc.DateDate}, true
		}
	}
	if t.low == "'" {
		n := m.t(k + 1)
		if n != nil && !n.gap && n.digits == 2 {
			if n.kind == kDecade {
				return hit{i: start, j: k + 2, value: decadeValue(twoDigitYear(n.num, time.Time{}, false), mod), typ: doc.DateDate}, true
			}
			if n.kind == kNum && m.low(k+2) == "'" && m.adj(k+2) && m.low(k+3) == "s" && m.adj(k+3) {
				return hit{i: start, j: k + 4, value: decadeValue(twoDigitYear(n.num, time.Time{}, false), mod), typ: doc.DateDate}, true
			}
		}
	}
	if t.kind == kNum && t.digits == 4 && t.num%10 == 0 && m.low(k+1) == "'" && m.adj(k+1) && m.low(k+2) == "s" && m.adj(k+2) &&
		!m.possessiveYear(i, start, k) {
		return hit{i: start, j: k + 3, value: decadeValue(t.num, mod), typ: doc.DateDate}, true
	}
	// Centuries.
	n, ke := 0, k+1 // the ordinal and the token after it
	if t.kind == kOrd && t.digits <= 2 {
		n = t.num
	} else if tens, ok := look(t, lxTensOrdinal, tensOrdinal); ok {
		// "the twenty-first century", "the Twenty First Century": read as
		// "first century" alone it was the 1st.
		j := k + 1
		if m.low(j) == "-" && m.adj(j) {
			j++
		}
		if v, ok := look(m.t(j), lxOrdinalWord, ordinalWords); ok && v >= 1 && v <= 9 {
			n, ke = tens+v, j+1
		}
	} else if v, ok := look(t, lxOrdinalWord, ordinalWords); ok && v > 0 {
		n = v
	}
	if n > 0 {
		j := ke
		if m.low(j) == "-" {
			j++
		}
		if l := m.low(j); l == "century" || l == "centuries" {
			if s, k3, ok := m.eraAt(j + 1); ok && s < 0 {
				// The 5th century BC runs from 500 to 401 BC.
				return hit{i: start, j: k3, value: bcCenturyInterval(n, mod), typ: doc.DateDate, explicit: true}, true
			}
			return hit{i: start, j: j + 1, value: centuryInterval((n-1)*100, mod), typ: doc.DateDate}, true
		}
		if c, ok := m.coordinatedCentury(ke); ok {
			// "the 18th and 19th centuries", "from the 15th to the 19th
			// century": the first ordinal is a century too.
			if c < 0 {
				return hit{i: start, j: ke, value: bcCenturyInterval(n, mod), typ: doc.DateDate, explicit: true}, true
			}
			return hit{i: start, j: ke, value: centuryInterval((n-1)*100, mod), typ: doc.DateDate}, true
		}
		return hit{}, false
	}
	if t.low == "'" && k == start {
		if y, k2, ok := m.yearAt(k, false); ok {
			return hit{i: start, j: k2, value: fmtYear(y), typ: doc.DateDate, explicit: true}, true
		}
	}
	if t.kind == kNum && t.digits == 4 && t.num > 2199 {
		if s, k3, ok := m.eraAt(k + 1); ok {
			return hit{i: start, j: k3, value: fmtYear(s * t.num), typ: doc.DateDate, explicit: true}, true
		}
		if m.rangeEndsBC(k+1, t.num) {
			return hit{i: start, j: k + 1, value: fmtYear(-t.num), typ: doc.DateDate, explicit: true}, true
		}
	}
	// Three-digit years after "in", "since", ... at a clause end: "in 347,".
	if t.kind == kNum && t.digits == 3 && shortYearPreps[m.low(k-1)] && k == start {
		if n := m.t(k + 1); n == nil || (n.kind == kPunct && n.low != "%" && n.low != "-") {
			return hit{i: start, j: k + 1, value: fmtYear(t.num), typ: doc.DateDate, explicit: true}, true
		}
		// "In 348 Pachomius died": a sentence that opens on "In" and a
		// number told before a name is dated by it; a count ("in 348
		// cases") goes on in lower case.
		if n := m.t(k + 1); k-1 == m.a && m.low(k-1) == "in" && n.kind == kWord && n.upper && !numberStops[n.low] && !m.isEra(k+1) {
			return hit{i: start, j: k + 1, value: fmtYear(t.num), typ: doc.DateDate, explicit: true}, true
		}
	}
	// Three-digit years after an abbreviated circa, told before no count's
	// noun: "c. 347 – 30 September 420", "born ca. 347,"; "ca. 1000
	// authors" is a count.
	if t.kind == kNum && t.digits == 3 && k == start && m.circaBefore(k) {
		if n := m.t(k + 1); n == nil || n.kind == kPunct && n.low != "%" || circaJoins[n.low] || n.kind == kWord && n.upper {
			return hit{i: start, j: k + 1, value: fmtYear(t.num), typ: doc.DateDate, explicit: true}, true
		}
	}
	// Three-digit years in a range of dates: "(c. 314 – 368)", "(837 – 908)".
	if t.kind == kNum && t.digits == 3 && k == start && m.shortYearRange(k) {
		return hit{i: start, j: k + 1, value: fmtYear(t.num), typ: doc.DateDate, explicit: true}, true
	}
	// Years, with an optional era.
	if y, k2, ok := m.yearAt(k, true); ok {
		if s, k3, ok := m.eraAt(k2); ok {
			return hit{i: start, j: k3, value: fmtYear(s * y), typ: doc.DateDate}, true
		}
		if (m.t(k).digits >= 3) && m.rangeEndsBC(k2, y) {
			// "from about 1200 to about 400 BCE": the era closes both ends.
			return hit{i: start, j: k2, value: fmtYear(-y), typ: doc.DateDate, explicit: true}, true
		}
		if m.t(k).digits == 4 {
			return hit{i: start, j: k2, value: yearInterval(y, mod), typ: doc.DateDate, explicit: true}, true
		}
	}
	return hit{}, false
}

// circaJoins may follow a year told with circa ("c. 347 and 420").
var circaJoins = map[string]bool{"and": true, "or": true, "to": true, "until": true, "when": true}

// circaBefore reports whether "c." or "ca." (lower case, its full stop
// attached, not the end of a dotted abbreviation such as "a.c.") stands
// right before token k.
func (m *matcher) circaBefore(k int) bool {
	c := m.t(k - 2)
	return c != nil && (c.text == "c" || c.text == "ca") && m.low(k-1) == "." && m.adj(k-1) && m.low(k-3) != "."
}

// coordinatedCentury reports whether "and|or|to|through|- [the] <ordinal>
// century|centuries" follows at k, so that the ordinal before k names a
// century too; c is -1 when an era before Christ closes the phrase.
func (m *matcher) coordinatedCentury(k int) (c int, ok bool) {
	switch m.low(k) {
	case "and", "or", "to", "through", "-":
	default:
		return 0, false
	}
	k++
	if m.low(k) == "the" {
		k++
	}
	t := m.t(k)
	if t == nil {
		return 0, false
	}
	if _, tens := look(t, lxTensOrdinal, tensOrdinal); tens {
		k++ // "twenty-first", "twenty first"
		if m.low(k) == "-" && m.adj(k) {
			k++
		}
		t = m.t(k)
		if t == nil {
			return 0, false
		}
	}
	if _, isWord := look(t, lxOrdinalWord, ordinalWords); !(t.kind == kOrd && t.digits <= 2) && !isWord {
		return 0, false
	}
	k++
	if m.low(k) == "-" {
		k++
	}
	if l := m.low(k); l != "century" && l != "centuries" {
		return 0, false
	}
	if s, _, ok := m.eraAt(k + 1); ok && s < 0 {
		return -1, true
	}
	return 1, true
}

// decadeBefore reads the decade that a conjunction or dash before token k
// joins it to: "1960s and", "80s or", "'70s to", "1980s-"; y is its
// first year.
func (m *matcher) decadeBefore(k int) (y int, ok bool) {
	switch m.low(k - 1) {
	case "and", "or", "to", "through", "-":
	default:
		return 0, false
	}
	if k-2 < m.a {
		return 0, false
	}
	p := &m.toks[k-2]
	switch {
	case p.kind == kDecade && p.digits == 4 && p.num%10 == 0:
		return p.num, true
	case p.kind == kDecade && p.digits == 2 && p.num%10 == 0 && k-3 >= m.a && decadeOpeners2[m.low(k-3)] && !m.weatherTalk(k-2):
		// "the 80s", "'80s", "late 80s"; not an age ("her 80s and 90s").
		return twoDigitYear(p.num, time.Time{}, false), true
	}
	return 0, false
}

// decadeFillerStop are the words between "the" and a two-digit number
// that make it an age, a score or a temperature, not a decade.
var decadeFillerStop = map[string]bool{"over": true, "under": true, "top": true, "high": true, "low": true,
	"upper": true, "lower": true, "mid": true, "early": true, "late": true, "and": true, "or": true, "to": true}

// decadeAgeLeads before a bare two-digit decade make it an age or a
// temperature ("in 80s heat").
var decadeAgeLeads = map[string]bool{"in": true, "into": true, "by": true, "low": true, "high": true}

// decadeOpeners2 may stand before a two-digit decade that opens a pair.
var decadeOpeners2 = map[string]bool{"the": true, "'": true, "early": true, "mid": true, "late": true, "-": true}

// approximators may stand before the closing year of a range.
var approximators = map[string]bool{"about": true, "around": true, "roughly": true, "circa": true,
	"ca": true, "c": true, "approximately": true, "some": true, ".": true}

// rangeEndsBC reports whether the year y ending at token k opens a range
// whose closing year, smaller than y, is followed by BC or BCE: "from 1200
// to 400 BCE", "between 3000 and 2500 BC", "1200–400 BC".
func (m *matcher) rangeEndsBC(k, y int) bool {
	if !rangeWords[m.low(k)] && m.low(k) != "and" {
		return false
	}
	k++
	for approximators[m.low(k)] {
		k++
	}
	t := m.t(k)
	if t == nil || t.kind != kNum || t.digits > 4 || t.num >= y {
		return false
	}
	s, _, ok := m.eraAt(k + 1)
	return ok && s < 0
}

// decadeOpeners may stand before a decade written with an apostrophe
// ("in 1960's", "1950's and 1960's"); after anything else "2030's" is the
// year's possessive ("Vision 2030's goals").
var decadeOpeners = map[string]bool{"in": true, "since": true, "during": true, "by": true, "and": true,
	"or": true, "to": true, "through": true, "until": true, "from": true, "-": true, ",": true, "of": true}

// possessiveYear reports whether the year at k, followed by 's, is a
// possessive: no "the" or modifier (start..k) and no decadeOpeners word
// before it.
func (m *matcher) possessiveYear(i, start, k int) bool {
	return start == i && k == start && !decadeOpeners[m.low(k-1)]
}

// shortRangeOpeners may open a range of three-digit years.
var shortRangeOpeners = map[string]bool{"(": true, "c": true, "ca": true, "circa": true, "about": true,
	"around": true, "from": true, "between": true, ";": true}

// shortYearRange reports whether the three-digit number at k is one end
// of a range of years "A – B" with A < B ≤ A+120 (a lifetime, a reign),
// opened by a bracket or "c."/"about" and closed by punctuation: the
// shape of "(c. 314 – 368)", where both numbers are years.
func (m *matcher) shortYearRange(k int) bool {
	a, b := k, k+2
	if m.low(k-1) == "-" {
		a, b = k-2, k
	}
	ta, tb := m.t(a), m.t(b)
	if ta == nil || tb == nil || ta.kind != kNum || tb.kind != kNum || ta.digits != 3 || tb.digits != 3 ||
		m.low(a+1) != "-" || tb.num <= ta.num || tb.num-ta.num > 120 {
		return false
	}
	open := m.low(a - 1)
	if open == "." && m.low(a-2) == "c" {
		open = "c"
	}
	if !shortRangeOpeners[open] {
		return false
	}
	n := m.t(b + 1)
	return n == nil || (n.kind == kPunct && n.low != "%" && n.low != "-")
}

// shortYearEnd reports whether a number of one to three digits at k ends
// a date ("30 September 420)") and so may be its year.
func (m *matcher) shortYearEnd(k int) bool {
	t := m.t(k)
	if t == nil || t.kind != kNum || t.digits > 3 || t.digits < 3 {
		return false
	}
	n := m.t(k + 1)
	return n == nil || (n.kind == kPunct && n.low != "%" && n.low != "-" && n.low != ":" && n.low != ".")
}

// decadeWords are the decades of the 1900s in words.
var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
	"sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// shortYearPreps may introduce a year of three digits.
var shortYearPreps = map[string]bool{"in": true, "since": true, "until": true, "around": true, "c": true, "circa": true}

// decadeValue gives the TIMEX3 value of "the 1990s" (199), reading a
// round hundred ("the 1600s") as its century (16), as English does, except
// "the 2000s", which English uses for the decade; a modifier makes it an
// interval (modifier.go).
func decadeValue(y int, mod modifier) string {
	if y%100 == 0 && y != 2000 { // "the 2000s" is the decade
		return centuryInterval(y, mod)
	}
	return decadeInterval(y-y%10, mod)
}

// relative: [earlier|later|early|late] (last|this|next|past|coming)
// (week|month|year|weekend|quarter|decade|century|Monday|June|summer|night|morning).
func (m *matcher) relative(i int) (hit, bool) {
	k := i
	mod := modNone
	switch m.low(k) {
	case "earlier", "later":
		if h, ok := m.earlierInThe(i); ok {
			return h, true
		}
		k++
	default:
		mod, k = m.modAt(k)
	}
	off, ok := look(m.t(k), lxRelMod, relMods)
	if !ok {
		return hit{}, false
	}
	modTok := m.low(k)
	k++
	if modTok == "this" && m.low(k) == "past" { // "this past week"
		off, modTok = -1, "last"
		k++
	}
	if m.low(i-1) == "the" && k == i+1 && modTok != "this" && modTok != "current" {
		return hit{}, false // "the past year" is a duration (see duration)
	}
	if modTok == "past" || modTok == "previous" {
		if k == i+1 {
			return hit{}, false // "past week" without "the" is rare and vague
		}
	}
	t := m.t(k)
	if t == nil {
		return hit{}, false
	}
	if u, ok := look(t, lxUnit, units); ok && !strings.HasSuffix(t.low, "s") {
		if u == uDay || u < uDay {
			return hit{}, false
		}
		if !m.has {
			return hit{i: i, j: k + 1, value: underspecified(u), typ: doc.DateDate, relative: true}, true
		}
		v, _ := unitValue(m.anchor, u, off)
		if u == uWeekend && modTok == "this" && isoWeekday(m.anchor) < 6 && m.tense(i, k+1) == TensePast {
			// "took place this weekend", written on a Tuesday: the weekend
			// just gone, which closed the previous ISO week.
			v, _ = unitValue(m.anchor, u, -1)
		}
		if u == uWeek && modTok == "this" && mod == modNone && m.low(k+1) != "'s" && m.low(k+1) != "'" &&
			(m.soFar(i) || m.diary() && m.tense(i, k+1) == TensePast) {
			// "I haven't had them this week": the part of the week gone by;
			// in a diary's or a vlog's own week, a past clause too ("this
			// week I've been moving more", "I wasn't checking it this
			// week"). News keeps TIMEX3's whole week.
			mon := m.anchor.AddDate(0, 0, 1-isoWeekday(m.anchor))
			v = fmtDay(mon) + "/" + fmtDay(m.anchor)
		}
		switch {
		case mod != modNone && u == uYear:
			v = yearInterval(m.anchor.Year()+off, mod)
		case mod != modNone && u == uMonth:
			v = modMonthValue(v, mod)
		}
		return hit{i: i, j: k + 1, value: v, typ: doc.DateDate}, true
	}
	if wd, k2, ok := m.weekdayAt(k); ok {
		if !m.has {
			return hit{i: i, j: k2, value: fmt.Sprintf("XXXX-WXX-%d", wd), typ: doc.DateDate, relative: true}, true
		}
		var d time.Time
		switch {
		case off < 0:
			d = weekdayDate(m.anchor, wd, TensePast)
			if d.Equal(m.anchor) {
				d = d.AddDate(0, 0, -7)
			}
		case modTok == "coming":
			d = weekdayDate(m.anchor, wd, TenseFuture)
			if d.Equal(m.anchor) {
				d = d.AddDate(0, 0, 7)
			}
		default:
			d = weekdayOfWeek(m.anchor, wd, off)
		}
		return m.withPartOfDay(hit{i: i, j: k2, value: fmtDay(d), typ: doc.DateDate}), true
	}
	if mo, k2, ok := m.monthAt(k); ok {
		if !m.has {
			return hit{i: i, j: k2, value: fmt.Sprintf("XXXX-%02d", mo), typ: doc.DateDate, relative: true}, true
		}
		y, am := m.anchor.Year(), int(m.anchor.Month())
		switch {
		case off < 0 && mo >= am:
			y--
		case off > 0 && mo <= am:
			y++
		}
		return hit{i: i, j: k2, value: fmtMonth(y, mo), typ: doc.DateDate}, true
	}
	if s, ok := seasons[t.low]; ok {
		if !m.has {
			return hit{i: i, j: k + 1, value: "XXXX-" + s, typ: doc.DateDate, relative: true}, true
		}
		var y int
		switch {
		case off < 0: // "last summer": the last one over
			y = seasonLast(m.anchor, s)
		case off > 0: // "next summer": the next one to begin
			y = seasonNext(m.anchor, s)
		default: // "this summer": the one we are in, or the tense decides
			tense := m.force
			if tense == TenseUnknown {
				tense = clauseTenseOf(m.toks, m.a, m.b, i, k+1, true)
			}
			y = thisSeason(m.anchor, s, tense)
		}
		return hit{i: i, j: k + 1, value: fmt.Sprintf("%s-%s", fmtYear(y), s), typ: doc.DateDate}, true
	}
	if p, ok := partsOfDay[t.low]; ok && (modTok == "this" || (modTok == "last" && t.low == "night")) {
		if !m.has {
			return hit{i: i, j: k + 1, value: "XXXX-XX-XXT" + p, typ: doc.DateTime, relative: true}, true
		}
		d := m.anchor
		if off < 0 {
			d = d.AddDate(0, 0, -1)
		}
		return hit{i: i, j: k + 1, value: fmtDay(d) + "T" + p, typ: doc.DateTime}, true
	}
	return hit{}, false
}

// earlierInThe: "earlier in the week", "later in the month", "later in
// the year" at i are that week, month or year as "earlier this week" is:
// the anchor's, or in a story the one of the day or date just named ("On
// Friday he resigned. Earlier in the week he had ...", "In 1850 he moved.
// Later in the year he married").
func (m *matcher) earlierInThe(i int) (hit, bool) {
	if m.low(i+1) != "in" || m.low(i+2) != "the" {
		return hit{}, false
	}
	u, ok := look(m.t(i+3), lxUnit, units)
	if !ok || (u != uWeek && u != uMonth && u != uYear) || m.low(i+4) == "of" || m.low(i+4) == "'" {
		return hit{}, false // "later in the year of his death"
	}
	if !m.has {
		return hit{i: i, j: i + 4, value: underspecified(u), typ: doc.DateDate, relative: true}, true
	}
	base := m.anchor
	switch {
	case m.dayRefSent != 0 && m.sent+1-m.dayRefSent <= 1:
		base = m.dayRef
	case m.refGran != uNone && (m.sent-m.refSent <= 1 || m.ownTimeline()):
		base = m.ref // "In 1850 he moved. Later in the year he married."
		if m.refGran > u {
			// A week of a year told: only the year is known, as for
			// "two weeks later" (coarseShift).
			u = m.refGran
		}
	}
	v, _ := unitValue(base, u, 0)
	return hit{i: i, j: i + 4, value: v, typ: doc.DateDate}, true
}

// withPartOfDay extends a day hit by a following "morning", "night" ... .
func (m *matcher) withPartOfDay(h hit) hit {
	if p, ok := partsOfDay[m.low(h.j)]; ok {
		h.value += "T" + p
		h.typ = doc.DateTime
		h.j++
	}
	return h
}

// deictic: today, tonight, yesterday, tomorrow (+ morning ...).
func (m *matcher) deictic(i int) (hit, bool) {
	off := 0
	part := ""
	switch m.low(i) {
	case "today":
		if t := m.t(i); t.upper && !m.sentenceStart(i) && m.nameBefore(i) {
			return hit{}, false // "Yucatan Today": a name (generic.go)
		}
		if m.genericToday(i) {
			return hit{i: i, j: i + 1, value: "PRESENT_REF", typ: doc.DateDate}, true
		}
	case "tonight":
		part = "NI"
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	default:
		return hit{}, false
	}
	h := hit{i: i, j: i + 1, typ: doc.DateDate}
	if !m.has {
		h.value, h.relative = "XXXX-XX-XX", true
	} else {
		h.value = fmtDay(m.anchor.AddDate(0, 0, off))
	}
	if part != "" {
		h.value += "T" + part
		h.typ = doc.DateTime
		return h, true
	}
	return m.withPartOfDay(h), true
}

// genericTodayPrev are words right before a "today" that means "nowadays"
// ("what is today Germany", "known today as", "still used today").
var genericTodayPrev = map[string]bool{"is": true, "are": true, "known": true, "used": true, "seen": true,
	"exist": true, "exists": true, "remain": true, "remains": true, "survive": true, "survives": true,
	"alive": true, "available": true, "stands": true, "stand": true}

// todaySubject are verbs after which a sentence-opening "today" is the
// subject and names the day: "Today is two months until the election",
// "Today marks ..." ("Isfahan today is ..." keeps the age).
var todaySubject = map[string]bool{"is": true, "was": true, "marks": true, "marked": true}

// genericToday reports whether "today" at i means the present age rather
// than the publication day; TIMEX3 gives that reading PRESENT_REF. The
// cues: a present-tense verb right before it, or "still" earlier
// in the clause ("is still appreciated by the public today"). A news
// "said today" keeps the day.
func (m *matcher) genericToday(i int) bool {
	if m.impersonal() && !(m.sentenceStart(i) && todaySubject[m.low(i+1)]) {
		return true
	}
	if m.historicalContrast(i) {
		return true
	}
	if genericTodayPrev[m.low(i-1)] && m.low(i+1) != "'s" && m.low(i+1) != "'" {
		return true
	}
	if m.low(i+1) == "as" && m.low(i-2) == "as" {
		return true // "as strong today as it was then": the age, compared
	}
	for k := i - 1; k >= m.a && k >= i-10; k-- {
		switch m.low(k) {
		case "still":
			return true
		case ",", ";", ":", "said", "says":
			return false
		}
	}
	return false
}

// weekday: Tuesday, Tues., Monday morning; "Mondays" is a SET.
func (m *matcher) weekday(i int) (hit, bool) {
	t := m.t(i)
	if t != nil && t.upper && strings.HasSuffix(t.low, "s") {
		if wd, ok := weekdays[strings.TrimSuffix(t.low, "s")]; ok {
			return hit{i: i, j: i + 1, value: fmt.Sprintf("XXXX-WXX-%d", wd), typ: doc.DateSet}, true
		}
	}
	wd, j, ok := m.weekdayAt(i)
	if !ok {
		return hit{}, false
	}
	if p := m.t(i - 1); p != nil && p.upper && feastWeekdays[p.low]&(1<<wd) != 0 {
		return hit{}, false // "Good Friday", "Ash Wednesday": a feast (holiday), or a name the holiday rule turned away
	}
	if m.low(i-1) == "a" || m.pluralPartOfDay(j) {
		// "on a Monday", "Saturday mornings": any such day (generic.go)
		if m.pluralPartOfDay(j) {
			j++
		}
		return hit{i: i, j: j, value: fmt.Sprintf("XXXX-WXX-%d", wd), typ: doc.DateSet}, true
	}
	if e := m.withPartOfDay(hit{i: i, j: j}).j; m.nameAfter(e) {
		// "the Saturday Evening Post", "Saturday Morning Breakfast
		// Cereal": a name, when an article or a capitalised part of the
		// day shows it; "on Friday Parliament voted" keeps its date.
		if l := m.low(i - 1); l == "the" || l == "a" || l == "an" || (e > j && m.toks[j].upper) {
			return hit{}, false
		}
	}
	if h, ok := m.postposedWeekday(i, j, wd); ok {
		return h, true
	}
	if !m.has {
		return m.withPartOfDay(hit{i: i, j: j, value: fmt.Sprintf("XXXX-WXX-%d", wd), typ: doc.DateDate, relative: true}), true
	}
	if d, ok := m.weekdayRangeEnd(i, wd); ok {
		return m.withPartOfDay(hit{i: i, j: j, value: fmtDay(d), typ: doc.DateDate}), true
	}
	if d, ok := m.coordinatedWeekday(i, wd); ok {
		return m.withPartOfDay(hit{i: i, j: j, value: fmtDay(d), typ: doc.DateDate}), true
	}
	if d, ok := m.pastWeekdayRangeStart(i, j, wd); ok {
		return m.withPartOfDay(hit{i: i, j: j, value: fmtDay(d), typ: doc.DateDate}), true
	}
	if m.copulaBefore(i) && (m.todaySubject(i) || m.clauseEnds(j)) {
		// "Today is Friday", "Good morning, it's Monday.": the day of
		// speaking, which is no later than the publication (dateline.go);
		// read as a present clause it was the Friday to come. "It's
		// Saturday and we are going out" may be a plan and stays so.
		return m.withPartOfDay(hit{i: i, j: j, value: fmtDay(weekdayDate(m.anchor, wd, TensePast)), typ: doc.DateDate}), true
	}
	if d, ok := m.reportedPlanWeekday(i, wd); ok {
		return m.withPartOfDay(hit{i: i, j: j, value: fmtDay(d), typ: doc.DateDate}), true
	}
	tense := m.tense(i, j)
	d := weekdayDate(m.anchor, wd, tense)
	if t, ok := m.storyWeekday(wd, tense); ok {
		d = t
		m.storySent = m.sent + 1 // the story goes on, around its dated day
	}
	return m.withPartOfDay(hit{i: i, j: j, value: fmtDay(d), typ: doc.DateDate}), true
}

// coordinatedWeekday reads the weekday wd at i set after a week that
// next, last or this named (weekdayOfToldWeek), or joined by "and" or "or"
// to a weekday that "next", "last" or "this" placed ("next Tuesday and
// Wednesday", "last Monday or Tuesday"), as a day of that weekday's week:
// read alone it would fall back on the clause's tense and leave the week
// the first one names.
func (m *matcher) coordinatedWeekday(i, wd int) (time.Time, bool) {
	if d, ok := m.weekdayOfToldWeek(i, wd); ok {
		return d, true
	}
	if l := m.low(i - 1); l != "and" && l != "or" || m.dayRefSent != m.sent+1 {
		return time.Time{}, false
	}
	p := m.t(i - 2)
	if p == nil || p.kind != kWord {
		return time.Time{}, false
	}
	start, ok := weekdays[p.low]
	if !ok || isoWeekday(m.dayRef) != start {
		return time.Time{}, false
	}
	switch m.low(i - 3) {
	case "next", "last", "this", "coming", "past":
	default:
		return time.Time{}, false
	}
	return m.dayRef.AddDate(0, 0, wd-start), true
}

// reportedPlanWeekday reads the weekday wd at i in what someone said
// would happen ("the minister said on Tuesday that talks would resume on
// Thursday", "he said talks would resume on Friday"): the first such day
// after the saying, which is the day the sentence named before, or the
// anchor. Read by the reporting verb alone it was the Thursday before. In
// a story told from a date of its own ("In 1850 he moved to Paris, where
// he would teach") "would" is no report, and the rule needs the
// reporting verb before it.
func (m *matcher) reportedPlanWeekday(i, wd int) (time.Time, bool) {
	w := -1
	for k := i - 1; k >= m.a && k >= i-8; k-- {
		if m.low(k) == "would" {
			w = k
			break
		}
	}
	if w < 0 || m.low(w+1) == "have" {
		return time.Time{}, false // "would have met": what did not happen
	}
	reported := false
	for k := w - 1; k >= m.a && k >= w-12; k-- {
		if reportingVerbs[m.low(k)] {
			reported = true
			break
		}
	}
	if !reported {
		return time.Time{}, false
	}
	from := m.anchor
	switch {
	case m.dayRefSent == m.sent+1:
		from = m.dayRef // "said on Tuesday that ...", "on 3 May 1850 he said ..."
	case m.narrativeRef():
		return time.Time{}, false // a story's past: the story's rules place it
	}
	d := from
	for k := 0; k < 7; k++ {
		d = d.AddDate(0, 0, 1)
		if isoWeekday(d) == wd {
			break
		}
	}
	return d, true
}

// weekdayOfToldWeek reads the weekday wd at i, set after a week that
// next, last or this named ("talks resume next week, on Wednesday", "last
// week on Friday"), as the day of that week.
func (m *matcher) weekdayOfToldWeek(i, wd int) (time.Time, bool) {
	k := i - 1
	if m.low(k) == "on" {
		k--
	}
	if m.low(k) == "," {
		k--
	}
	if k == i-1 || m.low(k) != "week" {
		return time.Time{}, false
	}
	off := 0
	switch m.low(k - 1) {
	case "next":
		off = 1
	case "last":
		off = -1
	case "this":
	default:
		return time.Time{}, false
	}
	return weekdayOfWeek(m.anchor, wd, off), true
}

// weekdayRangeEnd reads the weekday wd at i as the end of a range opened
// by the day just named: "Monday through Friday", "from Monday to
// Wednesday" (a weekday right before the range word). The end is the
// first such weekday after the opening day, where read alone a past
// clause sent it back before it (Friday the 15th after Monday the 18th).
func (m *matcher) weekdayRangeEnd(i, wd int) (time.Time, bool) {
	if !rangeWords[m.low(i-1)] || m.dayRefSent != m.sent+1 {
		return time.Time{}, false
	}
	p := m.t(i - 2)
	if p == nil {
		return time.Time{}, false
	}
	if p.low == "." && m.adj(i-2) { // "Mon. - Fri."
		p = m.t(i - 3)
	}
	if p == nil || p.kind != kWord {
		return time.Time{}, false
	}
	start, ok := weekdays[p.low]
	if !ok {
		start, ok = weekdayAbbr[p.low]
	}
	if !ok || isoWeekday(m.dayRef) != start {
		return time.Time{}, false
	}
	return m.dayRef.AddDate(0, 0, (wd-start+6)%7+1), true
}

// pastWeekdayRangeStart reads the weekday wd at tokens [i, j) as the
// start of a range of weekdays told in the past ("The strike ran from
// Tuesday to Monday", told on a Thursday): the end is the last such
// weekday gone by, and the start the one before it, so that the range
// does not run into the future (weekdayRangeEnd then counts the end from
// it).
func (m *matcher) pastWeekdayRangeStart(i, j, wd int) (time.Time, bool) {
	if !rangeWords[m.low(j)] {
		return time.Time{}, false
	}
	ewd, k, ok := m.weekdayAt(j + 1)
	if !ok || m.tense(i, k) != TensePast {
		return time.Time{}, false
	}
	end := weekdayDate(m.anchor, ewd, TensePast)
	return end.AddDate(0, 0, -((ewd-wd+6)%7 + 1)), true
}

// ago: two days ago, a year ago, several years ago; forward, three weeks
// from now, a year from today; and, anaphorically, two years later /
// three days earlier / a year before.
func (m *matcher) ago(i int) (hit, bool) {
	var n, k int
	var ok bool
	if m.low(i) == "[" {
		// An editor's bracketed word in a quotation: "[Ten] years ago".
		if n, k, ok = m.quantityAt(i + 1); !ok || m.low(k) != "]" {
			return hit{}, false
		}
		k++
	} else if n, k, ok = m.quantityAt(i); !ok {
		return hit{}, false
	}
	half := false
	if m.low(k) == "and" && m.low(k+1) == "a" && m.low(k+2) == "half" && n > 0 {
		half, k = true, k+3 // "six and a half months ago"
	} else if n > 0 && m.halfFraction(k) {
		half, k = true, k+3 // "33 1/2 months ago"
	}
	u, ok := m.unitAt(k)
	if !ok || u == uWeekend {
		return hit{}, false
	}
	if n > 0 && !half && isFortnight(m.low(k)) {
		n *= 2
	}
	k++
	if !half && m.low(k) == "and" && m.low(k+1) == "a" && m.low(k+2) == "half" && n > 0 {
		half, k = true, k+3 // "a year and a half ago"
	}
	dir := m.low(k)
	switch dir {
	case "back":
		// "a couple of years back": ago, unless it goes on ("back in 1990",
		// "back home").
		if nt := m.t(k + 1); nt == nil || nt.kind == kPunct || backEnds[nt.low] {
			dir = "ago"
		}
	case "on":
		// "Five years on, the city was rebuilt": later, when "on" ends the
		// phrase as "back" does ("two years on the job" goes on).
		if nt := m.t(k + 1); nt == nil || nt.kind == kPunct || backEnds[nt.low] {
			dir = "later"
		}
	}
	switch dir {
	case "ago":
		if n < 0 || u < uDay {
			return hit{i: i, j: k + 1, value: "PAST_REF", typ: doc.DateDate, span: m.vagueAgoSpan(u, n)}, true
		}
		if !m.has {
			return hit{i: i, j: k + 1, value: underspecified(u), typ: doc.DateDate, relative: true}, true
		}
		if h, ok := m.agoToday(i, k+1, u, n); ok && !half {
			return h, true
		}
		if h, ok := m.agoAgain(i, k+1, u, n); ok && !half {
			return h, true
		}
		v, _ := shift(m.anchor, u, -n)
		if half {
			v = halfAgo(m.anchor, u, n)
		}
		return hit{i: i, j: k + 1, value: v, typ: doc.DateDate}, true
	case "from":
		// "three weeks from now", "a year from today": ago's mirror, a
		// point as far after the anchor.
		// "From today" counts from the day, and so names a day, as "a
		// year ago today" does (anniversary.go).
		w := m.low(k + 1)
		if w != "now" && w != "today" || half {
			return hit{}, false
		}
		if n < 0 || u < uDay {
			return hit{i: i, j: k + 2, value: "FUTURE_REF", typ: doc.DateDate}, true
		}
		if !m.has {
			return hit{i: i, j: k + 2, value: underspecified(u), typ: doc.DateDate, relative: true}, true
		}
		v, _ := shift(m.anchor, u, n)
		if w == "today" {
			switch u {
			case uWeek:
				v = fmtDay(m.anchor.AddDate(0, 0, 7*n))
			case uMonth:
				v = fmtDay(m.anchor.AddDate(0, n, 0))
			case uYear:
				v = fmtDay(m.anchor.AddDate(n, 0, 0))
			}
		}
		return hit{i: i, j: k + 2, value: v, typ: doc.DateDate}, true
	case "later", "after", "earlier", "before", "prior":
		if u >= uDay && (dir == "later" || dir == "earlier") {
			if v, ok := m.appositionDate(k + 1); ok {
				// At the count's own precision: "two years later, on 3 May
				// 1805" is 1805.
				switch {
				case u >= uYear && len(v) >= 4 && allDigits(v[:4]):
					v = v[:4]
				case u == uMonth && len(v) >= 7 && allDigits(v[:4]):
					v = v[:7]
				}
				return hit{i: i, j: k + 1, value: v, typ: doc.DateDate}, true
			}
		}
		if n < 0 || u < uDay || m.refGran == uNone {
			return hit{}, false
		}
		if (dir == "after" || dir == "before") && m.t(k+1) != nil && m.t(k+1).kind == kWord && m.low(k+1) != "that" {
			return hit{}, false // "two years after the war": a reference we do not track
		}
		sign := 1
		if dir == "earlier" || dir == "before" || dir == "prior" {
			sign = -1
		}
		if m.refGran > u {
			if dir != "later" && dir != "earlier" {
				return hit{}, false
			}
			// A count finer than its reference: "In 1998 ... two months
			// later" is at the reference's own precision (coarseShift).
			return hit{i: i, j: k + 1, value: coarseShift(m.ref, m.refGran, u, sign*n), typ: doc.DateDate, explicit: true}, true
		}
		v, _ := shift(m.ref, u, sign*n)
		if m.refGran == uYear && u == uYear {
			v = fmtYear(m.ref.Year() + sign*n)
		}
		return hit{i: i, j: k + 1, value: v, typ: doc.DateDate, explicit: true}, true
	}
	return hit{}, false
}

// backEnds may follow the "back" of "a couple of years back" and end the
// phrase, where "back home" or "back in 1990" would go on: a conjunction,
// a relative word or a subject pronoun ("a couple of years back that
// was", "two years back when we met", "a year back we ran").
var backEnds = map[string]bool{"that": true, "when": true, "and": true, "but": true, "so": true, "or": true,
	"which": true, "where": true, "because": true, "i": true, "we": true, "you": true, "he": true, "she": true,
	"they": true, "it": true}

// appositionDate reads the date that restates an anaphoric count right
// after it, "[,] in 1896" or "[,] on 3 May 1896" at token k: "about 170
// years later, in 1896, a doctor found ..." names its year itself,
// whatever the reference date the count would run from. Only a date that
// names its year counts.
func (m *matcher) appositionDate(k int) (string, bool) {
	if m.low(k) == "," {
		k++
	}
	if m.low(k) != "in" && m.low(k) != "on" {
		return "", false
	}
	k++
	if h, ok := m.monthDate(k); ok && h.i == k && m.namesYear(h) {
		return h.value, true
	}
	if y, k2, ok := m.yearAt(k, false); ok && !m.monthNext(k2) {
		return fmtYear(y), true
	}
	return "", false
}

// unitsAhead: "the months ahead", "the weeks ahead", "the years to come"
// are "the coming months": a vague future duration (PXM) with the span
// of three such units after the anchor.
func (m *matcher) unitsAhead(i int) (hit, bool) {
	if m.low(i) != "the" {
		return hit{}, false
	}
	u, ok := m.unitAt(i + 1)
	if !ok || u < uDay || u == uWeekend || u == uQuarter || !strings.HasSuffix(m.low(i+1), "s") {
		return hit{}, false
	}
	j := i + 2
	switch {
	case m.low(j) == "ahead":
		j++
	case m.low(j) == "to" && m.low(j+1) == "come":
		j += 2
	default:
		return hit{}, false
	}
	h := hit{i: i, j: j, value: "PX" + durationLetter[u], typ: doc.DateDuration}
	if m.has {
		h.span = m.durationSpan(i, j, u, -1, 1)
	}
	return h, true
}

// theseSpan are the words after which "these" opens an anchored
// duration as "the" does.
var theseSpan = map[string]bool{"past": true, "last": true, "next": true, "coming": true}

// durationCues may precede "a year" to make it a duration ("for a year").
var durationCues = map[string]bool{"for": true, "over": true, "within": true, "during": true, "lasted": true, "spent": true, "took": true}

// duration: (for) two years, three months, several weeks, the past five
// years, the next two days → P2Y, P3M, PXW, P5Y, P2D. "these past two
// days", "these next few weeks" are "the past ...", told from inside.
func (m *matcher) duration(i int) (hit, bool) {
	if h, ok := m.unitsAhead(i); ok {
		return h, true
	}
	k := i
	span := false
	dir := 0 // -1: the N units up to the anchor, +1: the N units after it
	if l := m.low(k); l == "the" || l == "these" && theseSpan[m.low(k+1)] {
		switch m.low(k + 1) {
		case "past", "last":
			dir = -1
		case "next", "coming":
			dir = 1
		}
		switch m.low(k + 1) {
		case "past", "last", "next", "previous", "coming", "first", "following":
			k += 2
			span = true
		}
	}
	n, k2, ok := m.quantityAt(k)
	if !ok {
		if !span {
			return hit{}, false
		}
		if m.anaphoricUnit(i, k) {
			return hit{}, false // "the following year": a date (anaphora)
		}
		n, k2 = 1, k // "the past year"
		if strings.HasSuffix(m.low(k), "s") {
			n = -1 // "the coming weeks"
		}
	}
	half := false
	if ok && n > 0 && m.halfFraction(k2) {
		half, k2 = true, k2+3 // "the past 5 1/2 years"
	}
	if h, ok := m.hyphenDuration(i, k, k2, n, span); ok {
		return h, true
	}
	u, ok := m.unitAt(k2)
	if !ok || u == uWeekend || u == uQuarter {
		return hit{}, false
	}
	if span && k2 == k && u == uDay && m.low(k2) == "day" && m.low(i+1) != "past" && m.low(i+1) != "last" {
		return hit{}, false // "the next day" is a day, not a duration (nextday.go)
	}
	if t := m.t(k); t != nil && (t.low == "a" || t.low == "an" || t.low == "some" || t.low == "many") && !span && !durationCues[m.low(i-1)] {
		return hit{}, false
	}
	switch m.low(k2 + 1) {
	case "ago", "later", "earlier", "before", "after", "prior", "old", "-", "'s", "'":
		return hit{}, false
	}
	if u >= uDay && !strings.HasSuffix(m.low(k2), "s") && n > 1 {
		// "five year plan": a singular unit after a number is an adjective
		return hit{}, false
	}
	if n > 0 && !half && isFortnight(m.low(k2)) {
		n *= 2
	}
	letter := durationLetter[u]
	q := strconv.Itoa(n)
	if n < 0 {
		q = "X"
	}
	if half {
		q += ".5" // ISO 8601 allows a decimal in the last component
	}
	v := "P" + q + letter
	if strings.HasPrefix(letter, "T") {
		v = "PT" + q + letter[1:]
	}
	h := hit{i: i, j: k2 + 1, value: v, typ: doc.DateDuration}
	if !half {
		if cv, next, su, sn, ok := m.compoundTail(k2+1, u, n); ok {
			h.value, h.j = cv, next
			if m.has && su != uNone {
				h.span = m.durationSpan(i, next, su, sn, dir)
			}
			return h, true
		}
	}
	if m.has && u >= uDay {
		su, sn := u, n
		if half { // the span in the next finer unit
			switch u {
			case uYear:
				su, sn = uMonth, 12*n+6
			case uMonth:
				su, sn = uDay, 30*n+15
			case uWeek:
				su, sn = uDay, 7*n+3
			default:
				su = uNone
			}
		}
		if su != uNone {
			h.span = m.durationSpan(i, k2+1, su, sn, dir)
		}
	}
	return h, true
}

// anchoredSpan is the interval of n units u that ends on anchor a (dir -1:
// "the past five years" from a day after the same date five years before)
// or starts the day after it (dir +1: "the next two weeks"). It is what
// TIMEX3 records as the duration's beginPoint and endPoint.
func anchoredSpan(a time.Time, u unit, n, dir int) string {
	var lo, hi time.Time
	back := func(t time.Time, k int) time.Time {
		switch u {
		case uDay:
			return t.AddDate(0, 0, k)
		case uWeek:
			return t.AddDate(0, 0, 7*k)
		case uMonth:
			return t.AddDate(0, k, 0)
		case uQuarter:
			return t.AddDate(0, 3*k, 0)
		case uYear:
			return t.AddDate(k, 0, 0)
		case uDecade:
			return t.AddDate(10*k, 0, 0)
		case uCentury:
			return t.AddDate(100*k, 0, 0)
		}
		return t
	}
	if dir < 0 {
		lo, hi = back(a, -n).AddDate(0, 0, 1), a
	} else {
		lo, hi = a.AddDate(0, 0, 1), back(a, n)
	}
	return fmtDay(lo) + "/" + fmtDay(hi)
}

// setWords are single-word SET expressions.
var setWords = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
	"yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H", "biweekly": "P2W", "quarterly": "P3M"}

// set: every week, each year, every other month, every Monday, weekly.
func (m *matcher) set(i int) (hit, bool) {
	if v, ok := look(m.t(i), lxSetWord, setWords); ok {
		return hit{i: i, j: i + 1, value: v, typ: doc.DateSet}, true
	}
	if l := m.low(i); l != "every" && l != "each" {
		return hit{}, false
	}
	if h, ok := m.monthlyWeekday(i); ok {
		return h, true // "every first Monday of the month" (monthlyday.go)
	}
	k := i + 1
	n := 1
	if m.low(k) == "other" {
		n, k = 2, k+1
	} else if q, k2, ok := m.quantityAt(k); ok && q > 1 {
		n, k = q, k2
	}
	if wd, k2, ok := m.weekdayAt(k); ok {
		// "every Wednesday / Thursday", "every Monday and Friday": the
		// days joined to the first recur too, and stay inside the set.
		for {
			switch m.low(k2) {
			case "/", "and", "or", ",":
				if _, k3, ok := m.weekdayAt(k2 + 1); ok {
					k2 = k3
					continue
				}
			}
			break
		}
		return hit{i: i, j: k2, value: fmt.Sprintf("XXXX-WXX-%d", wd), typ: doc.DateSet}, true
	}
	if n == 1 {
		if h, ok := m.recurringDay(i, k); ok {
			return h, true
		}
	}
	u, ok := m.unitAt(k)
	if !ok || u == uWeekend {
		return hit{}, false
	}
	letter := durationLetter[u]
	v := "P" + strconv.Itoa(n) + letter
	if strings.HasPrefix(letter, "T") {
		v = "PT" + strconv.Itoa(n) + letter[1:]
	}
	return hit{i: i, j: k + 1, value: v, typ: doc.DateSet}, true
}

// recurringDay reads after "every"/"each" (token i) at k a season, a part
// of the day or a feast on a fixed day, which recur as TIMEX3 SETs: "every
// summer" XXXX-SU, "every morning" XXXX-XX-XXTMO, "every Christmas"
// XXXX-12-25. Read alone they were this year's summer, or this year's
// Christmas.
func (m *matcher) recurringDay(i, k int) (hit, bool) {
	t := m.t(k)
	if t == nil || t.kind != kWord || m.modifiesNoun(k+1) {
		return hit{}, false // "every summer camp" (generic.go)
	}
	if s, ok := seasons[t.low]; ok && !strings.HasSuffix(t.low, "s") {
		return hit{i: i, j: k + 1, value: "XXXX-" + s, typ: doc.DateSet}, true
	}
	if p, ok := partsOfDay[t.low]; ok {
		return hit{i: i, j: k + 1, value: "XXXX-XX-XXT" + p, typ: doc.DateSet}, true
	}
	if f, j, ok := m.holidayAt(k); ok && !f.moves() {
		return hit{i: i, j: j, value: fmt.Sprintf("XXXX-%02d-%02d", f.md/100, f.md%100), typ: doc.DateSet}, true
	}
	return hit{}, false
}

// present: now, currently, nowadays, at present, at the moment → PRESENT_REF;
// recently → PAST_REF; the future, soon → FUTURE_REF; in the past → PAST_REF.
func (m *matcher) present(i int) (hit, bool) {
	l := m.low(i)
	switch {
	case lookValue(m.t(i), lxPresentWord, presentWords):
		if l == "now" && m.low(i+1) == "-" {
			return hit{}, false // now-defunct
		}
		return hit{i: i, j: i + 1, value: "PRESENT_REF", typ: doc.DateDate}, true
	case l == "at" && m.low(i+1) == "present":
		return hit{i: i, j: i + 2, value: "PRESENT_REF", typ: doc.DateDate}, true
	case l == "at" && m.low(i+1) == "the" && m.low(i+2) == "moment":
		return hit{i: i, j: i + 3, value: "PRESENT_REF", typ: doc.DateDate}, true
	case l == "recently" || l == "lately":
		return hit{i: i, j: i + 1, value: "PAST_REF", typ: doc.DateDate}, true
	case l == "the" && m.low(i+1) == "future" && m.low(i-1) != "of":
		return hit{i: i, j: i + 2, value: "FUTURE_REF", typ: doc.DateDate}, true
	case l == "the" && m.low(i+1) == "past" && m.low(i-1) == "in":
		return hit{i: i, j: i + 2, value: "PAST_REF", typ: doc.DateDate}, true
	}
	return hit{}, false
}

// quarter: Q3, Q3 2024, the third quarter (of 2024), FY2024 Q1.
func (m *matcher) quarter(i int) (hit, bool) {
	q, k := 0, i
	t := m.t(i)
	if t == nil {
		return hit{}, false
	}
	if t.kind == kWord && t.text == "Q" {
		if m.statistics() {
			return hit{}, false // Q1, Q3: quartiles
		}
		n := m.t(i + 1)
		if n == nil || n.gap || n.kind != kNum || n.num < 1 || n.num > 4 || n.digits != 1 {
			return hit{}, false
		}
		q, k = n.num, i+2
	} else {
		if t.low == "the" {
			k++
		}
		v, ok := look(m.t(k), lxOrdinalWord, ordinalWords)
		if !ok || v < 1 || v > 4 || m.low(k+1) != "quarter" {
			return hit{}, false
		}
		q, k = v, k+2
	}
	k2 := k
	if m.low(k2) == "of" || m.low(k2) == "," {
		k2++
	}
	if y, k3, ok := m.yearAt(k2, false); ok {
		return hit{i: i, j: k3, value: fmt.Sprintf("%s-Q%d", fmtYear(y), q), typ: doc.DateDate}, true
	}
	if !m.has {
		return hit{i: i, j: k, value: fmt.Sprintf("XXXX-Q%d", q), typ: doc.DateDate, relative: true}, true
	}
	y := m.anchor.Year()
	cur := (int(m.anchor.Month())-1)/3 + 1
	switch tense := m.tense(i, k); {
	case tense == TensePast && q > cur:
		y--
	case tense == TenseFuture && q < cur:
		y++
	}
	return hit{i: i, j: k, value: fmt.Sprintf("%04d-Q%d", y, q), typ: doc.DateDate}, true
}

// statistics reports whether the text so far (up to the current
// sentence's end) speaks of quartiles, where Q1 and Q3 are no quarters.
func (m *matcher) statistics() bool {
	if m.quartiles {
		return true
	}
	for k := m.a; k < m.b; k++ {
		switch m.toks[k].low {
		case "quartile", "quartiles", "iqr", "percentile", "percentiles", "interquartile":
			m.quartiles = true
			return true
		}
	}
	return false
}

// seasonPreps license a bare season word ("fall" is also a verb).
var seasonPreps = map[string]bool{"in": true, "during": true, "the": true, "this": true, "over": true,
	"until": true, "by": true, "since": true, "early": true, "late": true, "mid": true, "-": true, "through": true}

// season: summer, the summer of 2010, winter 2024, late autumn.
func (m *matcher) season(i int) (hit, bool) {
	k := i
	if m.low(k) == "the" {
		k++
	}
	k = m.skipMod(k)
	t := m.t(k)
	if t == nil {
		return hit{}, false
	}
	s, ok := look(t, lxSeason, seasons)
	if !ok {
		return hit{}, false
	}
	start := i
	if m.low(i) == "the" {
		start = i + 1
	}
	k2 := k + 1
	if m.low(k2) == "of" {
		if y, k3, ok := m.yearAt(k2+1, true); ok {
			return hit{i: start, j: k3, value: fmtYear(y) + "-" + s, typ: doc.DateDate}, true
		}
		if t.low == "fall" || t.low == "spring" {
			return hit{}, false // "the fall of Rome" (generic.go)
		}
	}
	if y, k3, ok := m.yearAt(k2, false); ok {
		return hit{i: start, j: k3, value: fmtYear(y) + "-" + s, typ: doc.DateDate}, true
	}
	if off, k3, ok := m.deicticYearAfter(k2); ok && (m.low(k2) == "of" || seasonPreps[m.low(k-1)]) {
		// "the summer of last year", "in spring next year"
		return hit{i: start, j: k3, value: fmtYear(m.anchor.Year()+off) + "-" + s, typ: doc.DateDate}, true
	}
	if (t.low == "fall" || t.low == "spring") && !seasonPreps[m.low(k-1)] && !(t.upper && k != m.a) &&
		!m.seasonIsTime(k) {
		return hit{}, false // "prices fall", "a hot spring"
	}
	if m.modifiesNoun(k2) || (t.upper && m.inName(k, k2)) {
		return hit{}, false // "summer months", "winter storms", "the Summer Institute"
	}
	if p := m.t(k - 1); t.upper && p != nil && p.kind == kWord && p.upper && k-1 > m.a && !seasonPreps[p.low] {
		return hit{}, false // "the Arab Spring", "Prague Spring"
	}
	if strings.HasSuffix(t.low, "s") { // "summers": a generic season
		return hit{i: start, j: k2, value: "XXXX-" + s, typ: doc.DateDate}, true
	}
	if !m.has {
		return hit{i: start, j: k2, value: "XXXX-" + s, typ: doc.DateDate, relative: true}, true
	}
	tense := m.tense(i, k2)
	y := seasonYear(m.anchor, s, tense)
	if ry, ok := m.recentYear(tense); ok && tense == TensePast {
		// "In 1850 he moved to Rome. In the summer he married." A season
		// ahead ("attacks Republicans are likely to use in the fall") is
		// the anchor's, whatever year was just named.
		y = ry
	}
	return hit{i: start, j: k2, value: fmtYear(y) + "-" + s, typ: doc.DateDate}, true
}

// seasonIsTime reports whether "spring" or "fall" at k, with no
// preposition before it, is still the season: the complement of an
// impersonal "it is" ("It was spring", "because it's spring"), or joined
// to another season ("summer and fall", and opening a sentence "Spring
// and late autumn are the best times").
func (m *matcher) seasonIsTime(k int) bool {
	if n := m.t(k + 1); n != nil && n.low == "-" && !n.gap {
		return false // "spring-loaded", "fall-out"
	}
	switch m.low(k - 1) {
	case "is", "was":
		if m.low(k-2) == "it" {
			return true
		}
	case "s":
		if m.low(k-2) == "'" && m.low(k-3) == "it" {
			return true
		}
	case "and", "or":
		if _, ok := seasons[m.low(k-2)]; ok {
			return true
		}
	}
	if c := m.low(k + 1); (c == "and" || c == "or") && (k == m.a || m.sentenceStart(k)) {
		// Only where the sentence opens with it: "prices fall and winter
		// sales rise" has a verb there.
		_, ok := seasons[m.low(m.skipMod(k+2))]
		return ok
	}
	return false
}

// anaphoricLead reads the words that point a season or month back at the
// last date told: "that" and, when same is set, "the same" (that year's),
// "the following" (the next one, off 1), "the previous" or "the
// preceding" (the last one, off -1). It returns the index after them.
func (m *matcher) anaphoricLead(i int, same bool) (k, off int, ok bool) {
	switch {
	case m.low(i) == "that":
		return i + 1, 0, true
	case same && m.low(i) == "the" && m.low(i+1) == "same":
		return i + 2, 0, true
	case m.low(i) == "the" && m.low(i+1) == "following":
		return i + 2, 1, true
	case m.low(i) == "the" && (m.low(i+1) == "previous" || m.low(i+1) == "preceding"):
		return i + 2, -1, true
	}
	return i, 0, false
}

// anaphoricSeason: that summer, the same winter, the following spring,
// the previous autumn — of the year of the last date told.
func (m *matcher) anaphoricSeason(i int) (hit, bool) {
	if m.refGran == uNone {
		return hit{}, false
	}
	k, off, ok := m.anaphoricLead(i, true)
	if !ok {
		return hit{}, false
	}
	s, ok := seasons[m.low(k)]
	if !ok || strings.HasSuffix(m.low(k), "s") {
		return hit{}, false
	}
	y := m.ref.Year() + off
	if m.refGran != uYear {
		// A date to the month: the season it lies in, or the next or last
		// one from it ("the following spring", told of August).
		switch sy, in := seasonNow(m.ref, s); {
		case in:
			y = sy + off
		case off > 0:
			y = seasonNext(m.ref, s)
		case off < 0:
			y = seasonLast(m.ref, s)
		}
	}
	return hit{i: i, j: k + 1, value: fmtYear(y) + "-" + s, typ: doc.DateDate, explicit: true}, true
}

// anaphoricMonth: that October, the following March, the previous
// December — a month told from the last date named, as anaphoricSeason
// tells a season: "that October" is the October of its year; "the
// following October" the first after its month ("In November 1850 ...
// the following October" is 1851's), "the previous October" the last
// before it; after a year alone, the next or last year's.
func (m *matcher) anaphoricMonth(i int) (hit, bool) {
	if m.refGran == uNone {
		return hit{}, false
	}
	k, off, ok := m.anaphoricLead(i, false)
	if !ok {
		return hit{}, false
	}
	mo, j, ok := m.monthAt(k)
	if !ok || m.t(j) != nil && m.t(j).kind == kNum || off == 0 && ambiguousMonths[m.low(k)] {
		return hit{}, false // "that October 5": a full date, read by monthDate; "said that May ..."
	}
	y := m.ref.Year() + off
	if m.refGran != uYear && off != 0 {
		rm := int(m.ref.Month())
		y = m.ref.Year()
		switch {
		case off > 0 && mo <= rm:
			y++
		case off < 0 && mo >= rm:
			y--
		}
	}
	return hit{i: i, j: j, value: fmtMonth(y, mo), typ: doc.DateDate, explicit: true}, true
}

// meridiemAt reads am, pm, a.m., p.m., A.M, P.M.
func (m *matcher) meridiemAt(k int) (pm bool, next int, ok bool) {
	switch m.low(k) {
	case "am":
		return false, k + 1, true
	case "pm":
		return true, k + 1, true
	case "a", "p":
		if m.low(k+1) == "." && m.adj(k+1) && m.low(k+2) == "m" && m.adj(k+2) {
			j := k + 3
			if m.low(j) == "." && m.adj(j) {
				j++
			}
			return m.low(k) == "p", j, true
		}
	}
	return false, 0, false
}

// clock: 10:55, 3 p.m., 7:30 am, noon, midnight → TIME on the day named
// in this sentence or the one before, else on the anchor day.
func (m *matcher) clock(i int) (hit, bool) {
	hh, mm, j := -1, 0, i
	t := m.t(i)
	if t == nil {
		return hit{}, false
	}
	switch {
	case t.low == "noon" || t.low == "midday":
		hh, j = 12, i+1
	case t.low == "midnight":
		hh, j = 0, i+1
	case t.kind == kNum && t.digits <= 2 && t.num <= 24:
		j = i + 1
		if m.low(i+1) == ":" && m.adj(i+1) && m.adj(i+2) {
			n := m.t(i + 2)
			if n == nil || n.kind != kNum || n.digits != 2 || n.num > 59 {
				return hit{}, false
			}
			hh, mm, j = t.num, n.num, i+3
		}
		if pm, k, ok := m.meridiemAt(j); ok && t.num <= 12 {
			if hh < 0 {
				hh = t.num
			}
			if pm && hh < 12 {
				hh += 12
			}
			if !pm && hh == 12 {
				hh = 0
			}
			j = k
		} else if hh < 0 && m.low(j) == "o" && m.low(j+1) == "'" && m.low(j+2) == "clock" {
			hh, j = t.num, j+3
		}
	}
	if hh < 0 {
		return hit{}, false
	}
	date := "XXXX-XX-XX"
	rel := true
	switch {
	case m.dayAfterClock(j) != "":
		// "at 9:30 a.m. yesterday", "at 3 p.m. on Monday": the day told
		// right after the time is its day.
		date, rel = m.dayAfterClock(j), false
	case m.dayRefSent != 0 && m.sent+1-m.dayRefSent <= 1:
		// A time of the day just named: "On 4 September 2010 the polls
		// closed at 22:30."
		date, rel = fmtDay(m.dayRef), false
	case m.has:
		date, rel = fmtDay(m.anchor), false
	}
	return hit{i: i, j: j, value: fmt.Sprintf("%sT%02d:%02d", date, hh, mm), typ: doc.DateTime, relative: rel}, true
}

// dayAfterClock is the day ("YYYY-MM-DD") a day expression right after a
// clock time names, at token k or after "on": yesterday, tomorrow
// morning, Monday, 4 September 2010; "" when there is none. The day keeps
// its own hit; only the time takes its date.
func (m *matcher) dayAfterClock(k int) string {
	k = m.skipClockZone(k)
	if m.low(k) == "on" {
		k++
	}
	t := m.t(k)
	if t == nil || t.kind == kPunct {
		return ""
	}
	var h hit
	ok := false
	switch {
	case t.low == "yesterday" || t.low == "today" || t.low == "tomorrow" || t.low == "tonight":
		h, ok = m.deictic(k)
	case t.upper:
		if h, ok = m.weekday(k); !ok {
			h, _, ok = m.monthDateCore(k)
		}
	case t.kind == kNum || t.kind == kOrd || t.low == "the":
		if h, _, ok = m.monthDateCore(k); !ok && m.low(k-1) == "on" {
			h, ok = m.monthlessDay(k - 1) // "on the 12th"
		}
	}
	if !ok || h.i != k || len(h.value) < 10 || !isDayValue(h.value[:10]) {
		return ""
	}
	return h.value[:10]
}

// skipClockZone passes over what may stand between a clock time and its
// day: its zone ("local time", "GMT") and a bracketed time in another zone
// ("6 p.m. local time (1500 GMT) on Saturday"). It returns k when there
// is none.
func (m *matcher) skipClockZone(k int) int {
	if m.low(k) == "local" && m.low(k+1) == "time" {
		k += 2
	} else if t := m.t(k); t != nil && t.kind == kWord && t.upper && clockZones[t.low] {
		k++
	}
	if m.low(k) == "(" {
		for e := k + 1; e < k+6 && e < m.b; e++ {
			if m.low(e) == ")" {
				return e + 1
			}
		}
	}
	return k
}

// clockZones are the time zones news gives clock times in.
var clockZones = map[string]bool{"gmt": true, "utc": true, "cet": true, "cest": true, "bst": true,
	"est": true, "edt": true, "pst": true, "pdt": true}

// holiday: Christmas (Day|Eve), New Year's Day, Halloween, Independence
// Day, Easter; with their year ("Christmas 1969") or a year told by
// deixis ("Christmas last year", "last year's Halloween").
func (m *matcher) holiday(i int) (hit, bool) {
	h, ok := m.holidayDay(i)
	if !ok || m.low(h.j) != "weekend" {
		return h, ok
	}
	// "Memorial Day weekend", "the Easter weekend": the weekend of the
	// feast's week, or the one just before a Monday's.
	d, err := time.Parse(time.DateOnly, h.value)
	if err != nil || len(h.value) != 10 {
		return hit{}, false
	}
	if isoWeekday(d) == 1 {
		d = d.AddDate(0, 0, -1)
	}
	h.value, h.j = fmtWeek(d)+"-WE", h.j+1
	return h, true
}

// holidayDay is holiday without the weekend: the feast's day.
func (m *matcher) holidayDay(i int) (hit, bool) {
	if off, k, ok := m.yearDeixis(i); ok && m.has {
		if m.low(k) == "'" && m.low(k+1) == "s" && m.adj(k) && m.adj(k+1) {
			k += 2 // "last year's Christmas"
		}
		if f, j, ok := m.holidayAt(k); ok {
			return hit{i: i, j: j, value: f.value(m.anchor.Year() + off), typ: doc.DateDate}, true
		}
		return hit{}, false
	}
	f, j, ok := m.holidayAt(i)
	if !ok {
		return hit{}, false
	}
	if off, k, ok := m.yearDeixis(j); ok && m.has { // "Halloween last year"
		return hit{i: i, j: k, value: f.value(m.anchor.Year() + off), typ: doc.DateDate}, true
	}
	if v, ok := m.holidayDateTold(i, j); ok {
		return hit{i: i, j: j, value: v, typ: doc.DateDate}, true
	}
	if f.moves() {
		return m.movingFeast(i, j, f), true
	}
	k := j
	if m.low(k) == "," || m.low(k) == "of" {
		k++
	}
	if y, k2, ok := m.yearAt(k, false); ok { // "Christmas 1969", "Christmas Day, 1969"
		return hit{i: i, j: k2, value: f.value(y), typ: doc.DateDate}, true
	}
	return m.monthDay(i, j, f.md/100, f.md%100), true
}

// holidayDateTold reads a day and month told right beside a holiday's
// name (tokens i to j), which is the holiday's own day: "On 25 March,
// Independence Day, Greeks march" is Greece's, not 4 July; "Christmas,
// 7 January" is an Orthodox one. The holiday table knows one country's
// calendar; a date the text states wins over it.
func (m *matcher) holidayDateTold(i, j int) (string, bool) {
	k := j
	switch {
	case holidayDateSeps[m.low(k)]:
		k++ // "Independence Day, 25 March", "Independence Day (25 March)"
	case holidayFalls[m.low(k)] && m.low(k+1) == "on":
		k += 2 // "Independence Day falls on 25 March"
	case m.low(k) == "on" && celebrates(m.low(i-1)):
		// "Greeks celebrate Independence Day on 25 March"; without the
		// verb the day may be another's: "home for Christmas on 20
		// December".
		k++
	}
	if h, _, ok := m.monthDateCore(k); ok && h.i == k && isDayValue(h.value) {
		return h.value, true
	}
	if !holidayDateSeps[m.low(i-1)] {
		return "", false
	}
	for s := i - 2; s >= i-6 && m.t(s) != nil; s-- {
		if h, _, ok := m.monthDateCore(s); ok && h.j == i-1 && isDayValue(h.value) {
			return h.value, true
		}
	}
	return "", false
}

// holidayDateSeps may stand between a holiday's name and the date told
// beside it.
var holidayDateSeps = map[string]bool{",": true, "(": true, "-": true, "–": true, "—": true, ":": true}

// holidayFalls, before "on", say which day a holiday is.
var holidayFalls = map[string]bool{"is": true, "was": true, "falls": true, "fell": true}

// celebrates reports whether w is a verb of keeping a holiday (celebrate,
// marked, observes, commemorating).
func celebrates(w string) bool {
	for _, p := range [...]string{"celebrat", "mark", "observ", "commemorat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// isDayValue reports whether v names one day (2025-03-25, XXXX-03-25).
func isDayValue(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-'
}

// yearDeixis reads "last year", "this year", "next year" at k: the
// offset from the anchor's year and the token after.
func (m *matcher) yearDeixis(k int) (off, next int, ok bool) {
	if m.low(k+1) != "year" {
		return 0, 0, false
	}
	switch m.low(k) {
	case "last":
		return -1, k + 2, true
	case "this":
		return 0, k + 2, true
	case "next":
		return 1, k + 2, true
	}
	return 0, 0, false
}

// deicticYearAfter reads "[of] last|this|next year" right after a month
// at k, with an anchor, unless the year is a possessive that opens the
// next phrase ("in January last year's champion").
func (m *matcher) deicticYearAfter(k int) (off, next int, ok bool) {
	if !m.has {
		return 0, 0, false
	}
	if m.low(k) == "of" {
		k++
	}
	off, next, ok = m.yearDeixis(k)
	if !ok || m.low(next) == "'" && m.adj(next) {
		return 0, 0, false
	}
	return off, next, true
}

// holidayAt reads a holiday's name at i: the day it stands for (for
// Christmas its month and day, for Easter and the days counted from it
// the offset in days; feasts.go has the others), and the token after the
// name. Names used as modifiers, in names or in greetings ("Christmas
// trees", "Merry Christmas") are not read.
func (m *matcher) holidayAt(i int) (f feast, j int, ok bool) {
	t := m.t(i)
	if t == nil || !t.upper {
		return feast{}, 0, false
	}
	md, eoff, easter := 0, 0, false
	j = i + 1
	switch t.low {
	case "christmas":
		md = 1225
		switch m.low(j) {
		case "eve":
			md, j = 1224, j+1
		case "day":
			j++
		}
	case "halloween":
		md = 1031
	case "new":
		// The scanner splits "Year's" into "Year", "'", "s".
		if m.low(i+1) == "year" && m.low(i+2) == "'" && m.adj(i+2) && m.low(i+3) == "s" && m.adj(i+3) {
			k := i + 4
			switch m.low(k) {
			case "day":
				md, j = 101, k+1
			case "eve":
				md, j = 1231, k+1
			}
		}
	case "independence":
		if m.low(i+1) == "day" {
			md, j = 704, i+2
		}
	case "easter":
		easter = true
		switch m.low(j) {
		case "sunday", "day":
			j++
		case "monday":
			eoff, j = 1, j+1
		}
	case "good":
		if m.low(j) == "friday" && m.t(j).upper {
			// "Good" before "Friday" is the holiday itself, no name; the
			// whole is filtered as Christmas is ("the Good Friday
			// Agreement", "Happy Good Friday").
			md, eoff, easter, j = 0, -2, true, j+1
		}
	}
	f = feast{md: md, easter: easter, eoff: eoff}
	if md == 0 && !easter {
		if f, j, ok = m.feastAt(i); !ok {
			return feast{}, 0, false
		}
	}
	if m.modifiesNoun(j) && m.low(j) != "weekend" || m.inName(i, j) || m.greeting(i) {
		return feast{}, 0, false // "Christmas trees", "Johnnie Christmas", "Merry Christmas", "Easter eggs" (generic.go)
	}
	return f, j, true
}

// anaphora: that year, the same year, the following year, the next day,
// the day before — resolved against the last date mentioned.
func (m *matcher) anaphora(i int) (hit, bool) {
	if m.refGran == uNone && m.monthRefSent == 0 && m.dayRefSent == 0 {
		return hit{}, false
	}
	k := i
	off := 0
	switch m.low(k) {
	case "that":
		k++
		if m.low(k) == "same" {
			k++
		}
	case "the":
		switch m.low(k + 1) {
		case "same":
			k += 2
		case "following", "next":
			off, k = 1, k+2
		case "previous", "preceding":
			off, k = -1, k+2
		default:
			k++
			if u, ok := m.unitAt(k); ok && (u == uYear || u == uMonth || u == uWeek || u == uDay) && !strings.HasSuffix(m.low(k), "s") {
				if n := m.t(k + 2); n != nil && (eventOpeners[n.low] || n.upper && n.kind == kWord) {
					// "the day after a man opened fire": after an event
					// the text does not date, not after the last day told.
					return hit{}, false
				}
				switch m.low(k + 1) {
				case "before":
					return m.anaphoraValue(i, k+2, u, -1)
				case "after":
					return m.anaphoraValue(i, k+2, u, 1)
				}
			}
			return hit{}, false
		}
	default:
		return hit{}, false
	}
	u, ok := m.unitAt(k)
	if !ok || (u != uYear && u != uDay && u != uMonth && u != uWeek) || strings.HasSuffix(m.low(k), "s") {
		return hit{}, false
	}
	if off > 0 && m.low(i+1) == "next" && !m.anaphoricUnit(i, k) {
		return hit{}, false // "over the next year": a duration
	}
	if off == 0 && m.quantifiedBefore(i, u) {
		return hit{}, false // "each year's population claims that year's rent": any year
	}
	return m.anaphoraValue(i, k+1, u, off)
}

// quantifiedBefore reports whether "each" or "every" with unit u stands
// before token i in its sentence, so that "that <u>" or "the same <u>"
// after it points back at any such unit, not at a date.
func (m *matcher) quantifiedBefore(i int, u unit) bool {
	for k := m.a; k+1 < i; k++ {
		if l := m.low(k); l == "each" || l == "every" {
			if v, ok := m.unitAt(k + 1); ok && v == u {
				return true
			}
		}
	}
	return false
}

// eventOpeners open a noun phrase after "the day before/after": the event
// it counts from ("the day before the donations were made").
var eventOpeners = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true,
	"its": true, "my": true, "our": true, "your": true, "this": true}

// anaphoricUnit reports whether "the following|previous|preceding|next
// <unit>" at i (the unit at k) names the unit after or before the last
// date told, not a stretch of time: "following", "previous" and
// "preceding" always do; "next" does in a past clause after a date, not
// after a word of duration ("for the next year", "over the next month").
func (m *matcher) anaphoricUnit(i, k int) bool {
	if m.refGran == uNone && m.monthRefSent == 0 && m.dayRefSent == 0 {
		return false
	}
	if u, ok := m.unitAt(k); !ok || strings.HasSuffix(m.low(k), "s") || u != uYear && u != uMonth && u != uWeek {
		return false
	}
	switch m.low(i + 1) {
	case "following", "previous", "preceding":
		return true
	case "next":
		return !durationCues[m.low(i-1)] && m.low(i-1) != "in" && m.tense(i, k+1) == TensePast
	}
	return false
}

func (m *matcher) anaphoraValue(i, j int, u unit, off int) (hit, bool) {
	switch {
	case u == uYear && m.refGran != uNone:
		return hit{i: i, j: j, value: fmtYear(m.ref.Year() + off), typ: doc.DateDate, explicit: true}, true
	case u == uMonth && m.monthRefSent != 0 && m.sent+1-m.monthRefSent <= 2:
		// The month last named, however it was resolved ("in September
		// ... The next month"), is nearer than the last full date.
		t := day(m.monthRef.Year(), int(m.monthRef.Month())+off, 1)
		return hit{i: i, j: j, value: fmtMonth(t.Year(), int(t.Month())), typ: doc.DateDate}, true
	case u == uMonth && (m.refGran == uMonth || m.refGran == uDay):
		// "that month", "the following month": of the last date told to
		// its month at least.
		t := day(m.ref.Year(), int(m.ref.Month())+off, 1)
		return hit{i: i, j: j, value: fmtMonth(t.Year(), int(t.Month())), typ: doc.DateDate, explicit: true}, true
	case u == uWeek && m.dayRefSent != 0 && m.sent+1-m.dayRefSent <= 2:
		return hit{i: i, j: j, value: fmtWeek(m.dayRef.AddDate(0, 0, 7*off)), typ: doc.DateDate}, true
	case u == uWeek && m.refGran == uDay:
		return hit{i: i, j: j, value: fmtWeek(m.ref.AddDate(0, 0, 7*off)), typ: doc.DateDate, explicit: true}, true
	case u == uDay && m.dayRefSent != 0 && m.sent+1-m.dayRefSent <= 2:
		// The last day named, with or without its year ("On 5 June ...
		// the next day"), is nearer than the last full date.
		return hit{i: i, j: j, value: fmtDay(m.dayRef.AddDate(0, 0, off)), typ: doc.DateDate, explicit: true}, true
	case u == uDay && m.refGran == uDay:
		return hit{i: i, j: j, value: fmtDay(m.ref.AddDate(0, 0, off)), typ: doc.DateDate, explicit: true}, true
	}
	return hit{}, false
}

// namedPeriod: the world wars, whose dates every reader knows.
func (m *matcher) namedPeriod(i int) (hit, bool) {
	k := i
	if m.low(k) == "the" {
		k++
	}
	n := 0
	switch {
	case m.low(k) == "world" && m.low(k+1) == "war":
		switch m.t(k + 2).textOr() {
		case "I", "One", "one", "1":
			n = 1
		case "II", "Two", "two", "2":
			n = 2
		}
		k += 3
	case m.low(k) == "wwi" || m.low(k) == "wwii":
		n = len(m.low(k)) - 2
		k++
	case (m.low(k) == "first" || m.low(k) == "second") && m.low(k+1) == "world" && m.low(k+2) == "war":
		n = 1
		if m.low(k) == "second" {
			n = 2
		}
		k += 3
	}
	if n == 0 || !m.t(k-1).upper {
		return hit{}, false
	}
	start := i
	if m.low(i) == "the" {
		start = i + 1
	}
	v := "1914-07-28/1918-11-11"
	if n == 2 {
		v = "1939-09-01/1945-09-02"
	}
	return hit{i: start, j: k, value: v, typ: doc.DateDate}, true
}

// textOr returns t's text, or "" for nil.
func (t *token) textOr() string {
	if t == nil {
		return ""
	}
	return t.text
}

// historicalContrast reports whether "today" at i sets the present against
// a past the text has just told: a year at least a generation before the
// anchor was named in this sentence or the two before, "today" opens the
// sentence or follows a noun, and the clause is not in the future
// ("capital of Persia from 1598 to 1722. Today, textile mills take their
// place"; "Lodz today"). Such a "today" is the present age.
func (m *matcher) historicalContrast(i int) bool {
	if !m.has || m.refGran == uNone || m.sent-m.refSent > 2 || m.anchor.Year()-m.ref.Year() < 20 {
		return false
	}
	if p := m.t(i - 1); !m.sentenceStart(i) && (p == nil || !strings.HasPrefix(p.tag, "NN") && !(p.tag == "" && p.upper)) {
		return false // only "Today, ..." and "the city today" set the age against the past
	}
	return m.tense(i, i+1) != TenseFuture
}

// soFar reports whether the clause before i is in the present perfect or a
// negated past ("I haven't had them this week", "I wasn't checking it
// this week"), which speak of a period only up to the anchor.
func (m *matcher) soFar(i int) bool {
	for k := max(m.a, i-12); k < i; k++ {
		switch l := m.low(k); {
		case perfectAux[l] && perfect(m.toks[:m.b], k+1, true):
			return true
		case l == "ve" && m.low(k-1) == "'" && perfect(m.toks[:m.b], k+1, true):
			return true
		case (l == "wasn" || l == "weren" || l == "didn") && m.low(k+1) == "'":
			return true
		case l == "'s" || (l == "s" && m.low(k-1) == "'"):
			if m.low(k+1) == "been" {
				return true
			}
		}
	}
	return false
}

// sameYear reads "(of) that year", "the same year", "the following year"
// after a month, resolved against the last year named: "in March the same
// year", "June of the following year".
func (m *matcher) sameYear(k int) (y, next int, ok bool) {
	if m.refGran == uNone {
		return 0, 0, false
	}
	if m.low(k) == "of" {
		k++
	}
	off := 0
	switch {
	case m.low(k) == "that":
		k++
	case m.low(k) == "the" && m.low(k+1) == "same":
		k += 2
	case m.low(k) == "the" && (m.low(k+1) == "following" || m.low(k+1) == "next"):
		off, k = 1, k+2
	case m.low(k) == "the" && (m.low(k+1) == "previous" || m.low(k+1) == "preceding"):
		off, k = -1, k+2
	default:
		return 0, 0, false
	}
	if m.low(k) != "year" {
		return 0, 0, false
	}
	return m.ref.Year() + off, k + 1, true
}

// halfFraction reports whether "1/2" is at k: "5 1/2 years".
func (m *matcher) halfFraction(k int) bool {
	t, d := m.t(k), m.t(k+2)
	return t != nil && d != nil && t.kind == kNum && t.num == 1 && t.gap && m.low(k+1) == "/" && m.adj(k+1) && m.adj(k+2) &&
		d.kind == kNum && d.num == 2 && d.digits == 1
}

// halfAgo is "n and a half units ago", at the next finer unit's
// precision: a year and a half ago is a month, six and a half months ago
// a day.
func halfAgo(a time.Time, u unit, n int) string {
	switch u {
	case uYear:
		t := day(a.Year(), int(a.Month())-12*n-6, 1)
		return fmtMonth(t.Year(), int(t.Month()))
	case uDecade:
		return fmtYear(a.Year() - 10*n - 5)
	case uCentury:
		return fmtYear(a.Year() - 100*n - 50)
	case uMonth:
		return fmtDay(a.AddDate(0, -n, -15))
	case uWeek:
		return fmtDay(a.AddDate(0, 0, -7*n-3))
	}
	v, _ := shift(a, u, -n)
	return v
}

// weatherWords mark a sentence about temperatures, where "the 80s" and
// "the low 30s" are degrees.
var weatherWords = map[string]bool{"temps": true, "weather": true, "hot": true, "warm": true,
	"cold": true, "cool": true, "highs": true, "lows": true, "low": true, "high": true, "upper": true,
	"humid": true, "sunny": true, "rain": true, "chilly": true, "heat": true}

// weatherTalk reports whether the decade at i (its "the" or modifier)
// speaks of degrees: the sentence names the weather, or it is "it was
// in the 80s".
func (m *matcher) weatherTalk(i int) bool {
	for k := m.a; k < m.b; k++ {
		l := m.toks[k].low
		if weatherWords[l] || l == "°" || strings.HasPrefix(l, "degree") || strings.HasPrefix(l, "temperat") {
			return true
		}
	}
	if m.low(i-1) != "in" {
		return false
	}
	switch m.low(i - 2) {
	case "was", "is", "be", "been", "were", "s", "stays", "stayed":
		return m.low(i-3) == "it" || m.low(i-3) == "'" && m.low(i-4) == "it"
	}
	return false
}

// refWindow is how many sentences after a date named with its year a bare
// month (and day) still takes that year: a full date ("made his debut on
// September 1, 2012") sets the story's day, and the days told in the few
// sentences after it ("On September 4, ...") are of its year even when the
// sentences between hold statistics and citations; a year alone
// ("in 2012") holds for the next sentence only.
func refWindow(g unit) int {
	if g == uDay {
		return 5
	}
	return 1
}
