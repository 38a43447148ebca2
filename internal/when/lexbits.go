package when

import "strings"

// The rules try every token against the word tables (months, units,
// number words, ...) at every position, some twenty lookups a token, and
// most tokens are in none of them. scan looks each token up once in
// tableBits, which says which of the hot tables hold the word, and the
// rules hash the word into a table only when its bit is set. The bits are
// derived from the tables themselves, so a word added to a table is seen.

// Bits of token.lex: the tables that hold the token's low form.
const (
	lxMonth uint32 = 1 << iota
	lxWeekday
	lxWeekdayAbbr
	lxNumberWord
	lxOrdinalWord
	lxTensOrdinal
	lxUnit
	lxSeason
	lxRelMod
	lxSetWord
	lxEra
	lxDecadeWord
	lxDateMod
	lxPresentWord
	lxSpokenYearPrep
	lxStart
)

// tableBits maps every key of the tables above to the bits of the tables
// that hold it. Read-only after package initialisation.
var tableBits = buildTableBits()

func buildTableBits() map[string]uint32 {
	bits := map[string]uint32{}
	addKeys(bits, lxMonth, months)
	addKeys(bits, lxWeekday, weekdays)
	addKeys(bits, lxWeekdayAbbr, weekdayAbbr)
	addKeys(bits, lxNumberWord, numberWords)
	addKeys(bits, lxOrdinalWord, ordinalWords)
	addKeys(bits, lxTensOrdinal, tensOrdinal)
	addKeys(bits, lxUnit, units)
	addKeys(bits, lxSeason, seasons)
	addKeys(bits, lxRelMod, relMods)
	addKeys(bits, lxSetWord, setWords)
	addKeys(bits, lxEra, eras)
	addKeys(bits, lxDecadeWord, decadeWords)
	addKeys(bits, lxDateMod, dateMods)
	addKeys(bits, lxPresentWord, presentWords)
	addKeys(bits, lxSpokenYearPrep, spokenYearPreps)
	addKeys(bits, lxStart, startWords)
	return bits
}

func addKeys[V any](bits map[string]uint32, bit uint32, table map[string]V) {
	for k := range table {
		if k == "" {
			// A token outside the sentence reads as "" (matcher.low) and
			// has no bits: an empty key would be missed.
			panic("when: empty key in a word table")
		}
		bits[k] |= bit
	}
}

// look returns table[t.low] (bit names table), and the zero value for a
// nil token, without hashing a word that table does not hold.
func look[V any](t *token, bit uint32, table map[string]V) (V, bool) {
	if t == nil || t.lex&bit == 0 {
		var zero V
		return zero, false
	}
	v, ok := table[t.low]
	return v, ok
}

// lookValue is look without the second result.
func lookValue[V any](t *token, bit uint32, table map[string]V) V {
	v, _ := look(t, bit, table)
	return v
}

// startWords are the lower-case words, besides the keys of the tables
// above, at which some rule can begin: the literal words of the rules'
// guards (rule.may). A lower-case word in no table and not here is cold:
// it starts no expression, so its rule mask is empty (kindRules) and run
// passes over it without trying a rule. Most words of a text are such
// words. A guard that comes to accept another lower-case word must add it
// here; TestColdTokensStartNothing and FuzzTag check that skipping changes
// nothing, TestScanRef that every token's mask is what its guards say.
var startWords = map[string]bool{
	// monthDate, yearExpr, namedPeriod, anaphora, later
	"in": true, "the": true, "that": true, "this": true, "world": true, "wwi": true, "wwii": true,
	"first": true, "second": true, "thirtieth": true, "a": true, "b": true,
	"early": true, "mid": true, "middle": true, "late": true, "later": true, "earlier": true,
	// the guards of the other rules
	"today": true, "tonight": true, "yesterday": true, "tomorrow": true, "these": true,
	"several": true, "many": true, "some": true, "few": true, "couple": true, "every": true, "each": true,
	"at": true, "recently": true, "lately": true, "noon": true, "midday": true, "midnight": true,
	"last": true, "next": true, "recent": true, "on": true, "long": true, "while": true, "little": true,
	"an": true, "my": true, "our": true, "your": true,
	// quarter reads "Q" by its text
	"q": true,
}

// lexEntry is what scan learns of a word that a table holds: its table
// bits and, for its lower-case and its capitalised form, the rules whose
// guards may accept it (ruleMask).
type lexEntry struct {
	lex   uint32
	rules [2]uint64
}

// tableEntries holds the lexEntry of every key of tableBits. Read-only
// after package initialisation.
var tableEntries = func() map[string]lexEntry {
	e := make(map[string]lexEntry, len(tableBits))
	for w, bits := range tableBits {
		lower := token{kind: kWord, text: w, low: w, num: -1, lex: bits}
		upper := lower
		upper.upper, upper.text = true, strings.ToUpper(w[:1])+w[1:]
		e[w] = lexEntry{lex: bits, rules: [2]uint64{ruleMask(&lower), ruleMask(&upper)}}
	}
	return e
}()

// ruleMask is the set of rules whose guard (rule.may) accepts t, a token
// standing for every token of its kind, case and low form: the guards
// read only those, the table bits that follow from the low form and, for
// "Q", the text. A guard that reads the matcher's state (anaphora's) is
// asked of a matcher in which it holds; run asks it again.
func ruleMask(t *token) uint64 {
	if len(rules) > 64 {
		panic("when: more than 64 rules for a rule mask")
	}
	m := &matcher{refGran: uYear, monthRefSent: 1, dayRefSent: 1}
	var mask uint64
	for r := range rules {
		if rules[r].may == nil || rules[r].may(m, t) {
			mask |= 1 << r
		}
	}
	return mask
}

// Rule masks of the tokens that no table holds: numbers by their kind,
// capitalised words, the two punctuation marks a rule may begin with ("'90s",
// "[Ten] years ago"); other punctuation and lower-case (cold) words begin
// none.
var (
	numRules     = ruleMask(&token{kind: kNum, text: "0", low: "0", num: 0})
	ordRules     = ruleMask(&token{kind: kOrd, text: "0th", low: "0th", num: 0})
	decadeRules  = ruleMask(&token{kind: kDecade, text: "0s", low: "0s", num: 0})
	upperRules   = ruleMask(&token{kind: kWord, text: "Xyzzy", low: "xyzzy", num: -1, upper: true})
	quoteRules   = ruleMask(&token{kind: kPunct, text: "'", low: "'", num: -1})
	bracketRules = ruleMask(&token{kind: kPunct, text: "[", low: "[", num: -1})
)

// kindRules is the rule mask of t, a token no word table holds.
func kindRules(t *token) uint64 {
	switch t.kind {
	case kNum:
		return numRules
	case kOrd:
		return ordRules
	case kDecade:
		return decadeRules
	case kWord:
		if t.upper {
			return upperRules
		}
	case kPunct:
		switch t.low {
		case "'":
			return quoteRules
		case "[":
			return bracketRules
		}
	}
	return 0
}

// wordFilter tells, without hashing into a map, that most words are keys
// of no table: it holds one bit for each key, chosen by the key's length
// and its first, second and last bytes. A word whose bit is clear is no
// key; one whose bit is set may be. Keying on the first byte alone let
// through every short word that began like a key ("for", "was", "to"),
// and most went on to miss in the map.
type wordFilter [1 << 16 / 64]uint64

func filterKey(w string) int {
	if w == "" {
		return 0
	}
	return filterHash(len(w), w[0], w[min(1, len(w)-1)], w[len(w)-1])
}

func filterHash(n int, first, second, last byte) int {
	h := uint32(min(n, 15))<<24 | uint32(first)<<16 | uint32(second)<<8 | uint32(last)
	return int(h * 2654435761 >> 16)
}

func (f *wordFilter) add(w string) {
	k := filterKey(w)
	f[k>>6] |= 1 << (k & 63)
}

func (f *wordFilter) mayHave(w string) bool {
	k := filterKey(w)
	return f[k>>6]&(1<<(k&63)) != 0
}

// mayHaveFolded is mayHave of fold(w) for w an ASCII word (letters only),
// without folding it: only the bytes of the key matter, lower-cased.
func (f *wordFilter) mayHaveFolded(w string) bool {
	k := filterHash(len(w), w[0]|0x20, w[min(1, len(w)-1)]|0x20, w[len(w)-1]|0x20)
	return f[k>>6]&(1<<(k&63)) != 0
}

// filterOf returns the filter of the keys of table.
func filterOf[V any](table map[string]V) *wordFilter {
	f := new(wordFilter)
	for k := range table {
		f.add(k)
	}
	return f
}

// tableFilter and fillerFilter spare scan the hashing of most tokens into
// tableBits and fillers. Read-only after package initialisation.
var (
	tableFilter  = filterOf(tableBits)
	fillerFilter = filterOf(fillers)
)
