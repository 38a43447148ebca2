package when

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
// guards (matcher.run) and of the first tokens that monthDate, yearExpr,
// namedPeriod, anaphora and later read. A lower-case word in no table and
// not here starts no expression, so run passes over it without trying a
// rule (coldToken). Most words of a text are such words. A rule that comes
// to begin with another lower-case word must add it here;
// TestColdTokensStartNothing and FuzzTag check that skipping changes
// nothing.
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
}

// coldToken reports whether no rule can begin at t: a lower-case word
// that no word table holds and that is no start word. The words that may
// only introduce a spoken year (spokenYearPreps: "of", "to", "by", ...) are
// read as the token before one, never as a rule's first word, so they are
// cold too unless another table holds them.
func coldToken(t *token) bool {
	return t.kind == kWord && !t.upper && t.lex&^lxSpokenYearPrep == 0
}

// wordFilter tells, without hashing, that most words are keys of no
// table: it holds the pairs (length up to 15, first byte) of the keys. A
// word whose pair is not there is no key; one whose pair is may be.
type wordFilter [16 * 256 / 64]uint64

func filterKey(w string) int {
	if w == "" {
		return 0
	}
	return min(len(w), 15)<<8 | int(w[0])
}

func (f *wordFilter) add(w string) {
	k := filterKey(w)
	f[k>>6] |= 1 << (k & 63)
}

func (f *wordFilter) mayHave(w string) bool {
	k := filterKey(w)
	return f[k>>6]&(1<<(k&63)) != 0
}

// mayHaveFolded is mayHave of fold(w) for w an ASCII word (a letter
// first), without folding it: only its first letter matters to the key.
func (f *wordFilter) mayHaveFolded(w string) bool {
	k := min(len(w), 15)<<8 | int(w[0]|0x20)
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
