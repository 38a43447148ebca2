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
