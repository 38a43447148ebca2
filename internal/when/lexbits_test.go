package when

import "testing"

// TestTableBits checks that every scanned token carries exactly the bits of
// the tables that hold its low form, so that look finds what a direct
// lookup finds.
func TestTableBits(t *testing.T) {
	text := "In early March, three weeks ago, the Q3 figures for the twenty-first of June 2024 came daily; " +
		"Tues. and Monday were the first days of spring AD 1990s, recently, in the twenties, next Sat. mid-May, nineteen eighty-four"
	toks := scan(text, 0, len(text), nil)
	tables := []struct {
		bit uint32
		has func(string) bool
	}{
		{lxMonth, func(w string) bool { _, ok := months[w]; return ok }},
		{lxWeekday, func(w string) bool { _, ok := weekdays[w]; return ok }},
		{lxWeekdayAbbr, func(w string) bool { _, ok := weekdayAbbr[w]; return ok }},
		{lxNumberWord, func(w string) bool { _, ok := numberWords[w]; return ok }},
		{lxOrdinalWord, func(w string) bool { _, ok := ordinalWords[w]; return ok }},
		{lxTensOrdinal, func(w string) bool { _, ok := tensOrdinal[w]; return ok }},
		{lxUnit, func(w string) bool { _, ok := units[w]; return ok }},
		{lxSeason, func(w string) bool { _, ok := seasons[w]; return ok }},
		{lxRelMod, func(w string) bool { _, ok := relMods[w]; return ok }},
		{lxSetWord, func(w string) bool { _, ok := setWords[w]; return ok }},
		{lxEra, func(w string) bool { _, ok := eras[w]; return ok }},
		{lxDecadeWord, func(w string) bool { _, ok := decadeWords[w]; return ok }},
		{lxDateMod, func(w string) bool { _, ok := dateMods[w]; return ok }},
		{lxPresentWord, func(w string) bool { _, ok := presentWords[w]; return ok }},
		{lxSpokenYearPrep, func(w string) bool { _, ok := spokenYearPreps[w]; return ok }},
		{lxStart, func(w string) bool { return startWords[w] }},
	}
	set := 0
	for _, tok := range toks {
		for _, tb := range tables {
			if got, want := tok.lex&tb.bit != 0, tb.has(tok.low); got != want {
				t.Errorf("token %q: bit %#x is %v, table holds it: %v", tok.low, tb.bit, got, want)
			}
			if tok.lex&tb.bit != 0 {
				set++
			}
		}
	}
	if set < 10 {
		t.Errorf("only %d bits set over %d tokens", set, len(toks))
	}
}

// TestWordFilter checks that a filter never turns away a key of its table
// and does turn away some other words.
func TestWordFilter(t *testing.T) {
	for k := range tableBits {
		if !tableFilter.mayHave(k) {
			t.Errorf("tableFilter turns away %q", k)
		}
	}
	for k := range fillers {
		if !fillerFilter.mayHave(k) {
			t.Errorf("fillerFilter turns away %q", k)
		}
	}
	away := 0
	for _, w := range []string{"minister", "said", "government", "Brussels", "", "x", "talks", "agreement"} {
		if !tableFilter.mayHave(w) {
			away++
		}
	}
	if away < 4 {
		t.Errorf("tableFilter turns away only %d of 8 common words", away)
	}
}
