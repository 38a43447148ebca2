package when

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text written in no one's voice — a travel guide, a textbook, an
// encyclopedia entry, a how-to — says "today" for the present age: "Today,
// textile mills take their place", "a tradition that continues today".
// TIMEX3 gives that reading PRESENT_REF, and GUM leaves it unannotated. A
// text with a speaker (a speech, a vlog, a letter, an interview) or one
// that keeps a calendar of its own days (news: "on Tuesday", "yesterday",
// "last week") means the day it was written or said.
//
// A text keeps its own timeline when it has no such expression and does
// not name the anchor's year or the one before (a news report of 2016
// that says "2016" tells its bare days in 2016, not in the last year it
// named).
//
// The register is read once per text, the first time a rule needs it:
// the text is impersonal when first-person words (I, we, my, our, me, us)
// are fewer than impersonalRate per thousand words and it has at most one
// other expression that counts days from the anchor (yesterday, tomorrow,
// tonight, ago, a capitalised weekday, last/this/next week, month, year,
// weekend, night): one may be a name ("the Friday Mosque") or a quotation,
// a news report has several. A weekday in a range or before a clock time ("open
// Monday to Friday", "Sun 10-4") is a guide's opening hours, no day.

// registerMinWords is the length below which a text gives too little
// evidence of its register, and "today" keeps the anchor day.
const registerMinWords = 60

// impersonalRate is the first-person words per thousand below which a
// text has no speaker; GUM's guides, textbooks and encyclopedic texts have
// 0–4, its speeches, letters, vlogs and interviews 9 and more.
const impersonalRate = 5

// register caches what register.go found: 0 not read yet, else regRead
// with regImpersonal and regNoCalendar as they apply.
type register byte

const (
	regRead register = 1 << iota
	regImpersonal
	regNoCalendar
	regDiary
)

// diaryRate is the first-person words per thousand from which a text is
// a diary, a vlog or a personal letter (GUM's vlogs have 53–94, its
// speeches and interviews under 45), whose weekdays may follow the story
// rather than the anchor (story.go).
const diaryRate = 50

// diary reports whether the text speaks in the first person throughout.
func (m *matcher) diary() bool {
	return m.readRegister()&regDiary != 0
}

var firstPerson = map[string]bool{"i": true, "we": true, "my": true, "our": true, "me": true, "us": true}

var dayCounting = map[string]bool{"yesterday": true, "tomorrow": true, "tonight": true, "ago": true}

var deicticUnits = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "night": true}

// impersonal reports whether the text is impersonal (see above). Without
// the whole text (Resolve) it is not.
func (m *matcher) impersonal() bool {
	return m.readRegister()&regImpersonal != 0
}

// ownTimeline reports whether the text has no expression counting days
// from the anchor (see above), so that it tells its events on a timeline
// of its own years. Without the whole text it has not.
func (m *matcher) ownTimeline() bool {
	return m.readRegister()&regNoCalendar != 0
}

func (m *matcher) readRegister() register {
	if m.reg == 0 {
		m.reg = regRead
		if m.text != "" {
			y := 0
			if m.has {
				y = m.pub.Year()
			}
			m.reg |= textRegister(m.text, y)
		}
	}
	return m.reg
}

// textRegister reads the register of text. It walks the words itself
// rather than through scan, which would build a token per word of the
// whole text, and reads ASCII without decoding runes. Most words are in
// none of the word lists it counts: an ASCII word that registerFilter
// turns away is not folded (the word before is folded only when a
// weekday or a unit needs it).
func textRegister(text string, year int) register {
	words, first, calendar := 0, 0, 0
	contemporary := false // the text names the anchor's year or the one before
	prevW := ""           // the word before, as written
	rangeBefore := false  // a range dash stands between the word before and this one
	weekday := false      // the last word was a weekday counted as a day
	for i := 0; i < len(text); {
		var r rune
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			if asciiQuiet[c] {
				i++ // a space or a mark that changes nothing here
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if r >= '0' && r <= '9' && (i == 0 || text[i-1] < '0' || text[i-1] > '9') {
			n, j := 0, i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' && j-i < 5 {
				n = n*10 + int(text[j]-'0')
				j++
			}
			if j-i == 4 && year > 0 && (n == year || n == year-1) {
				contemporary = true
			}
		}
		if !(r < utf8.RuneSelf && asciiLetter(byte(r)) || r >= utf8.RuneSelf && unicode.IsLetter(r)) {
			switch {
			case r == '-' || r == '–' || r == '&':
				rangeBefore = true
			case r >= '0' && r <= '9' && weekday:
				calendar-- // "Sat 10-4": opening hours after all
				weekday = false
			}
			i += size
			continue
		}
		j := i
		ascii := true
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if !asciiLetter(c) {
					break
				}
				j++
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			ascii = false
			j += s2
		}
		w := text[i:j]
		words++
		weekday = false
		if !ascii || registerFilter.mayHaveFolded(w) {
			cur := fold(w)
			switch {
			case firstPerson[cur]:
				if !(cur == "i" && w != "I" || cur == "us" && w == "US") {
					first++
				}
			case dayCounting[cur]:
				calendar++
			case weekdays[cur] != 0 && unicode.IsUpper(r) && !rangeBefore && !rangeWords[fold(prevW)] && !nextRange(text, j):
				calendar++
				weekday = true
			case deicticUnits[cur]:
				if prev := fold(prevW); prev == "last" || prev == "this" || prev == "next" {
					calendar++
				}
			}
		}
		prevW, rangeBefore = w, false
		i = j
	}
	var r register
	if words < registerMinWords {
		return r
	}
	if calendar <= 0 && !contemporary {
		r |= regNoCalendar
	}
	if first*1000 >= diaryRate*words {
		r |= regDiary
	}
	if calendar <= 1 && first*1000 < impersonalRate*words {
		r |= regImpersonal
	}
	return r
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// asciiQuiet holds the ASCII bytes that are no letter, digit, '-' or '&':
// textRegister passes over them as its loop would, doing nothing.
var asciiQuiet = func() (q [utf8.RuneSelf]bool) {
	for c := range q {
		q[c] = !asciiLetter(byte(c)) && !(c >= '0' && c <= '9') && c != '-' && c != '&'
	}
	return q
}()

// registerFilter holds the words textRegister counts (firstPerson,
// dayCounting, weekdays, deicticUnits). Read-only after package
// initialisation.
var registerFilter = func() *wordFilter {
	f := new(wordFilter)
	for _, t := range []map[string]bool{firstPerson, dayCounting, deicticUnits} {
		for k := range t {
			f.add(k)
		}
	}
	for k := range weekdays {
		f.add(k)
	}
	return f
}()

// nextRange reports whether the word after a weekday ending at j is a
// range word or a range dash ("Monday to Friday", "Mon–Fri").
func nextRange(text string, j int) bool {
	k := j
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k < len(text) && (text[k] == '-' || text[k] == '&' || strings.HasPrefix(text[k:], "–")) {
		return true
	}
	e := k
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	return rangeWords[text[k:e]]
}

// rangeWords join the ends of a range of days.
var rangeWords = map[string]bool{"-": true, "to": true, "through": true, "till": true, "until": true, "&": true, "thru": true}
