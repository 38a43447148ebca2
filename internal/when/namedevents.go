package when

import (
	"strconv"
	"strings"
	"time"

	"chronicle/internal/doc"
)

// 9/11 is a date every reader knows, and texts use it as one ("since
// 9/11", "my 9/11-related poems"); like the world wars (namedPeriod), GUM
// annotates it as the day it stands for.
//
// Other named wars and periods ("the American Revolution", "the Cold
// War") are years every reader knows too, but a text names them as often
// as events ("to enlist in the American Revolutionary War", "opponents of
// the Vietnam War") as it dates by them; GUM marks only the second use.
// historicalPeriod reads them only where a time preposition makes them a
// time: "following the American Revolutionary War", "during the Cold War",
// "for the remainder of the American Revolution".

// namedEvent: 9/11.
func (m *matcher) namedEvent(i int) (hit, bool) {
	t := m.t(i)
	if t == nil || t.kind != kNum || t.num != 9 || t.digits != 1 || m.low(i+1) != "/" || !m.adj(i+1) || !m.adj(i+2) {
		return hit{}, false
	}
	n := m.t(i + 2)
	if n == nil || n.kind != kNum || n.num != 11 || n.digits != 2 {
		return hit{}, false
	}
	if p := m.t(i - 1); p != nil && !t.gap && (p.kind == kNum || p.low == "/") {
		return hit{}, false // 19/9/11, a part of a longer figure
	}
	if a := m.t(i + 3); a != nil && !a.gap && (a.low == "/" || a.kind == kNum) {
		return hit{}, false // 9/11/2001 is a date (isoDate)
	}
	return hit{i: i, j: i + 3, value: "2001-09-11", typ: doc.DateDate}, true
}

// historicalPeriods are named periods of history and their years, by
// their lower-case words.
var historicalPeriods = map[string]string{
	"crusades":                   "1095/1291",
	"english civil war":          "1642/1651",
	"american civil war":         "1861/1865",
	"american revolution":        "1775/1783",
	"american revolutionary war": "1775/1783",
	"revolutionary war":          "1775/1783",
	"french revolution":          "1789/1799",
	"napoleonic wars":            "1803/1815",
	"crimean war":                "1853/1856",
	"boer war":                   "1899/1902",
	"russian revolution":         "1917",
	"great depression":           "1929/1939",
	"spanish civil war":          "1936/1939",
	"cold war":                   "1947/1991",
	"korean war":                 "1950/1953",
	"vietnam war":                "1955/1975",
	"gulf war":                   "1990/1991",
	"iraq war":                   "2003/2011",
	"middle ages":                "0500/1499",
}

// periodLeads are the prepositions after which a named period is a time;
// "in" only before a period that is no war or revolution ("in the Middle
// Ages"), since one serves or fights in a war.
var periodLeads = map[string]bool{"during": true, "after": true, "following": true, "before": true,
	"since": true, "until": true, "till": true, "throughout": true, "in": true}

// periodParts are the nouns whose "of" makes a named period a time: "the
// end of the Cold War", "the remainder of the American Revolution".
var periodParts = map[string]bool{"end": true, "start": true, "beginning": true, "outbreak": true,
	"remainder": true, "rest": true, "course": true, "height": true, "aftermath": true, "eve": true}

// historicalPeriod: "the Cold War", "the American Revolution" after a time
// preposition (see above), capitalised, with "the".
func (m *matcher) historicalPeriod(i int) (hit, bool) {
	if m.low(i) != "the" {
		return hit{}, false
	}
	lead := m.low(i - 1)
	if !periodLeads[lead] && !(lead == "of" && periodParts[m.low(i-2)]) {
		return hit{}, false
	}
	var name []string
	best, bestJ := "", 0
	for k := i + 1; k < i+5; k++ {
		t := m.t(k)
		if t == nil || t.kind != kWord || !t.upper {
			break
		}
		name = append(name, t.low)
		if v, ok := historicalPeriods[strings.Join(name, " ")]; ok {
			best, bestJ = v, k+1
		}
	}
	if best == "" {
		return hit{}, false
	}
	if last := m.low(bestJ - 1); lead == "in" && (strings.HasPrefix(last, "war") || strings.HasPrefix(last, "revolution")) {
		return hit{}, false // "to enlist in the Revolutionary War": a part in it
	}
	return hit{i: i, j: bestJ, value: best, typ: doc.DateDate}, true
}

// eventDay: "the day before the outbreak of World War II", "the year after
// the American Revolution": a day or year before or after the start of a
// named period or, after "the end of" or after "after" alone, its end.
// The period's own expression follows as a hit of its own.
func (m *matcher) eventDay(i int) (hit, bool) {
	if m.low(i) != "the" {
		return hit{}, false
	}
	u, ok := m.unitAt(i + 1)
	if !ok || u != uDay && u != uYear || strings.HasSuffix(m.low(i+1), "s") {
		return hit{}, false
	}
	dir := m.low(i + 2)
	if dir != "before" && dir != "after" {
		return hit{}, false
	}
	k, end := i+3, dir == "after"
	if m.low(k) == "the" && m.low(k+2) == "of" {
		switch m.low(k + 1) {
		case "outbreak", "start", "beginning":
			k, end = k+3, false
		case "end":
			k, end = k+3, true
		}
	}
	p, ok := m.namedPeriod(k)
	if !ok {
		if p, ok = m.historicalPeriod(k); !ok {
			return hit{}, false
		}
	}
	from, to, isRange := strings.Cut(p.value, "/")
	bound := from
	if end && isRange {
		bound = to
	}
	off := -1
	if dir == "after" {
		off = 1
	}
	v := ""
	switch {
	case u == uDay && len(bound) == 10:
		t, err := time.Parse(time.DateOnly, bound)
		if err != nil {
			return hit{}, false
		}
		v = fmtDay(t.AddDate(0, 0, off))
	case u == uYear && len(bound) >= 4:
		y, err := strconv.Atoi(bound[:4])
		if err != nil {
			return hit{}, false
		}
		v = fmtYear(y + off)
	default:
		return hit{}, false
	}
	return hit{i: i, j: i + 3, value: v, typ: doc.DateDate, explicit: true}, true
}
