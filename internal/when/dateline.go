package when

import (
	"time"

	"chronicle/internal/doc"
)

// A text may state its own date: a letter's dateline ("Friday, May 30th"),
// a vlog's "Good morning, it is Monday May 3rd", a diary's "Today is
// Wednesday". What follows is told from that day, not from the day the
// text was published (a vlog uploaded on 30 May that films 3 to 7 May).
// After such a sentence the matcher re-anchors deictic and relative
// expressions ("today", "tomorrow", "Wednesday", "this week") on the
// stated day. Only a day close before the publication date is accepted
// (at most datelineWindow earlier, a week later), so a historical date
// never becomes "today"; a day the text dates fully, by its year ("It is
// October 21st, 2019") or by a weekday that fixes the year ("it is Monday
// May 3rd", weekdayYear), may lie up to a year earlier.
const datelineWindow = 62 * 24 * time.Hour

// datelineFiller are the words a dateline sentence may hold besides its
// date and clock time.
var datelineFiller = map[string]bool{"it": true, "is": true, "'s": true, "s": true, "today": true, "currently": true,
	"now": true, "good": true, "morning": true, "hi": true, "hey": true, "so": true, "and": true, "um": true,
	"uh": true, "dear": true, "on": true, "happy": true, "well": true, "okay": true, "guys": true, "the": true}

// dateline re-anchors m when the sentence's hits hs make it a dateline:
// either the sentence holds nothing but its date and filler words, or it
// states the day with a copula before anything else ("It is May 7th, the
// day of my final", "Today's Wednesday, it's gloomy out"), whatever
// follows.
func (m *matcher) dateline(hs []hit) {
	if !m.has || m.force != TenseUnknown || len(hs) == 0 {
		return
	}
	var date time.Time
	found, fixed := false, false
	for _, h := range hs {
		if h.typ != doc.DateDate || len(h.value) != 10 || h.value[4] != '-' || !m.namesDay(h) {
			continue
		}
		t, err := time.Parse(time.DateOnly, h.value)
		if err != nil {
			continue
		}
		date, found, fixed = t, true, h.weekdayFixed || m.namesYear(h)
	}
	if !found {
		return
	}
	if fixed {
		// The text dates itself fully, by its year or by a weekday that
		// fixed the year (weekdayYear), and that beats the publication
		// date up to a year before it (a video uploaded months after it
		// was filmed). A text is not published before the day it tells
		// as today, so the week after stays the limit.
		if date.Before(m.pub.AddDate(-1, 0, 0)) || date.After(m.pub.AddDate(0, 0, 7)) {
			return
		}
	} else if !m.nearPub(date) {
		return
	}
	if m.copulaBefore(hs[0].i) {
		m.anchor = date
		return
	}
	inHit := func(k int) bool {
		for _, h := range hs {
			if k >= h.i && k < h.j {
				return true
			}
		}
		return false
	}
	for k := m.a; k < m.b; k++ {
		t := &m.toks[k]
		if t.kind == kPunct || inHit(k) || datelineFiller[t.low] {
			continue
		}
		return
	}
	m.anchor = date
}

// copulaBefore reports whether the tokens from the sentence start to k are
// filler words ending in a copula with "it", "today" or "tonight" as its
// subject: "Good morning, it is", "Um today's", "Tonight is".
func (m *matcher) copulaBefore(k int) bool {
	if k-m.a < 2 {
		return false
	}
	j := k - 1
	switch {
	case m.low(j) == "is":
	case m.low(j) == "s" && m.low(j-1) == "'" && m.adj(j) && m.adj(j-1):
		j--
	default:
		return false
	}
	j--
	switch m.low(j) {
	case "it", "today", "tonight":
	default:
		return false
	}
	for l := m.a; l < j; l++ {
		if t := &m.toks[l]; t.kind != kPunct && !datelineFiller[t.low] {
			return false
		}
	}
	return true
}

// namesDay reports whether h names its day by a weekday or a month, not by
// "today" or "tomorrow", which only restate the anchor, nor by a feast
// whose name holds a weekday: "Ash Wednesday 1969" over a letter's
// "Thurs." names the week's occasion, and the letter is written on the
// Thursday after it.
func (m *matcher) namesDay(h hit) bool {
	if _, _, ok := m.holidayAt(h.i); ok {
		return false
	}
	for k := h.i; k < h.j; k++ {
		if _, ok := weekdays[m.toks[k].low]; ok {
			return true
		}
		if _, ok := months[m.toks[k].low]; ok {
			return true
		}
	}
	return false
}

// todaySubject reports whether the copula before token i has "today" or
// "tonight" as its subject ("Today is Friday", "tonight's Monday"), as
// copulaBefore found it.
func (m *matcher) todaySubject(i int) bool {
	j := i - 2 // "is" at i-1
	if m.low(i-1) == "s" {
		j = i - 3 // "'s"
	}
	l := m.low(j)
	return l == "today" || l == "tonight"
}

// clauseEnds reports whether token k ends the clause: the sentence's
// end, or punctuation.
func (m *matcher) clauseEnds(k int) bool {
	t := m.t(k)
	return t == nil || t.kind == kPunct && t.low != "'" && t.low != "-"
}
