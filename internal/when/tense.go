package when

import "strings"

// Tense is the time orientation of the clause around an expression, used to
// choose between the previous and the next occurrence of a weekday, month or
// day of the year.
type Tense int8

// Tenses. TenseUnknown lets the tagger decide per expression from the words
// around it; the others force an orientation (see Resolve).
const (
	TenseUnknown Tense = iota
	TensePast
	TensePresent
	TenseFuture
)

func (t Tense) String() string {
	switch t {
	case TensePast:
		return "past"
	case TensePresent:
		return "present"
	case TenseFuture:
		return "future"
	}
	return "unknown"
}

// cueTense returns the tense a single folded word signals, or TenseUnknown.
func cueTense(t *token) Tense {
	if t.kind != kWord && t.low != "'ll" && t.low != "'d" {
		return TenseUnknown
	}
	w := t.low
	if t.tag != "" && !futureCues[w] {
		// A tagger's verdict beats the word lists: "-ed" adjectives are
		// not past verbs, and "cut" or "put" can be.
		switch t.tag {
		case "VBD":
			return TensePast
		case "VBZ", "VBP":
			return TensePresent
		}
		if pastCues[w] && !strings.HasPrefix(t.tag, "VB") {
			return TensePast // ago, yesterday
		}
		return TenseUnknown
	}
	switch {
	case futureCues[w]:
		return TenseFuture
	case pastCues[w]:
		return TensePast
	case presentCues[w]:
		return TensePresent
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPastEd[w] && !t.upper {
		return TensePast
	}
	return TenseUnknown
}

// clauseTense finds the tense cue nearest to toks[i:j] inside the sentence
// toks[a:b] (up to 30 tokens away, so that a long list of plans keeps the
// "going to" that opened it); "since" right before the expression makes it
// past whatever the verb. On a tie the cue on the left wins, since English reports put
// the verb before its time adjunct ("said Tuesday"). Quotation marks and
// semicolons do not stop the search: the nearest verb is a better guess
// than none.
func clauseTense(toks []token, a, b, i, j int) Tense {
	return clauseTenseOf(toks, a, b, i, j, false)
}

// reportingVerbs tell who said something, not when it happens.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true,
	"noted": true, "announced": true, "reported": true, "explained": true, "argued": true, "claimed": true, "stated": true}

// clauseTenseOf is clauseTense; unreported, it passes over reporting
// verbs, so that "plans to vote at the convention this summer, Welch
// said" is told by its own verb.
func clauseTenseOf(toks []token, a, b, i, j int, unreported bool) Tense {
	if i > a && toks[i-1].low == "since" {
		return TensePast // "since Sunday", "since March"
	}
	cue := func(k int) Tense {
		if unreported && reportingVerbs[toks[k].low] {
			return TenseUnknown
		}
		return cueAt(toks, a, k)
	}
	for d := 1; d <= 30; d++ {
		if l := i - d; l >= a {
			if t := cue(l); t != TenseUnknown {
				return t
			}
		}
		if r := j - 1 + d; r < b {
			if t := cue(r); t != TenseUnknown {
				return t
			}
		}
		if i-d < a && j-1+d >= b {
			break
		}
	}
	return TenseUnknown
}

// cueAt is cueTense for toks[k], looking through a passive or perfect
// auxiliary: "will be held" and "is expected to be signed" are future,
// "has been delayed" past.
func cueAt(toks []token, a, k int) Tense {
	if isContractedIs(toks, a, k) {
		return TensePresent
	}
	if t, ok := contractedTense(toks, a, k); ok {
		return t
	}
	if k+1 < len(toks) && toks[k+1].low == "to" {
		switch toks[k].low {
		case "set", "is", "are":
			return TenseFuture // "set to take place on May 16", "is to be held"
		}
		if commitVerbs[toks[k].low] {
			return TenseFuture // "vowed to remain in the fight through June 7"
		}
	}
	t := cueTense(&toks[k])
	if toks[k].low == "ve" && k > a && toks[k-1].low == "'" && !toks[k].gap && !toks[k-1].gap && perfect(toks, k+1, false) {
		return TensePast // "I've been", scanned "'", "ve": a present perfect
	}
	if t == TensePresent && perfectAux[toks[k].low] {
		if perfect(toks, k+1, false) {
			return TensePast // the present perfect tells what has happened
		}
	}
	if t != TensePast {
		return t
	}
	have := false
	for l := k - 1; l >= a && l >= k-3; l-- {
		switch toks[l].low {
		case "would":
			if have {
				return TensePast // "would have met": what did not happen
			}
			return TenseFuture
		case "will", "'ll", "shall", "to", "going":
			return TenseFuture
		case "have":
			have = true
			continue
		case "be", "been", "not", "also", "then", "soon", "being":
			continue
		}
		break
	}
	return t
}

// commitVerbs, before "to", bind someone to what comes later, even told
// in the past: "vowed to fight on until June", "agreed to meet in May".
var commitVerbs = map[string]bool{"vowed": true, "vows": true, "vow": true, "promised": true, "promises": true,
	"pledged": true, "pledges": true, "threatened": true, "threatens": true, "agreed": true, "agrees": true,
	"decided": true, "decides": true, "planned": true, "intended": true, "hoped": true, "expected": true,
	"aimed": true, "aims": true}

// negatedTense gives the tense of the first part of a negative
// contraction, which the scanner splits as "won", "'", "t": "won't" is
// "will not", not the past of "win"; "didn't" is past, "doesn't" present.
var negatedTense = map[string]Tense{"won": TenseFuture, "didn": TensePast, "wasn": TensePast, "weren": TensePast,
	"don": TensePresent, "doesn": TensePresent, "isn": TensePresent, "aren": TensePresent}

// contractedTense reads a contraction the scanner split in three or two:
// the "won" of "won't" (and the like, negatedTense), and the "ll" of
// "we'll", which is "will". The word lists' "won't" and "'ll" never match
// a scanned token, and a tagger tags "wo" as MD, which the lists then took
// for the past "won".
func contractedTense(toks []token, a, k int) (Tense, bool) {
	t := &toks[k]
	if t.kind != kWord {
		return TenseUnknown, false
	}
	if t.low == "ll" && k > a && toks[k-1].low == "'" && !t.gap && !toks[k-1].gap {
		return TenseFuture, true
	}
	tense, ok := negatedTense[t.low]
	if !ok || k+2 >= len(toks) || toks[k+1].low != "'" || toks[k+1].gap || toks[k+2].low != "t" || toks[k+2].gap {
		return TenseUnknown, false
	}
	return tense, true
}

// contractedIsHosts are the words whose "'s" is "is", not a possessive.
var contractedIsHosts = map[string]bool{"it": true, "that": true, "there": true, "he": true, "she": true,
	"what": true, "here": true, "who": true, "where": true, "this": true}

// isContractedIs reports whether toks[k] is the s of "it's", "that's".
func isContractedIs(toks []token, a, k int) bool {
	if k < a+2 || toks[k].low != "s" || toks[k].gap || toks[k-1].low != "'" || toks[k-1].gap {
		return false
	}
	return contractedIsHosts[toks[k-2].low]
}

// perfectAux are the forms of "have" that open a present perfect; the
// scanner reads "haven't" as "haven", "'", "t".
var perfectAux = map[string]bool{"have": true, "has": true, "haven": true, "hasn": true}

// perfectSkip may stand between "have" and its participle.
var perfectSkip = map[string]bool{"'": true, "t": true, "not": true, "never": true, "just": true,
	"already": true, "really": true, "ever": true, "only": true, "also": true, "always": true}

// perfect reports whether a past participle (or "been") follows at k,
// past negation and adverbs: "has been", "haven't had", "have not seen".
// Strict, a participle counts only when it reads as a past verb (cueTense),
// as the tense cues always did; loose, also a VBN tag or, untagged, a
// participle's ending ("slept", "risen", "done").
func perfect(toks []token, k int, loose bool) bool {
	for end := k + 4; k < len(toks) && k < end; k++ {
		t := &toks[k]
		if t.low == "been" || cueTense(t) == TensePast {
			return true
		}
		if loose && t.kind == kWord && (t.tag == "VBN" || t.tag == "" && participleLike(t.low)) {
			return true
		}
		if !perfectSkip[t.low] {
			return false
		}
	}
	return false
}

// participleLike reports whether an untagged word ends like a past
// participle.
func participleLike(w string) bool {
	for _, suf := range []string{"ed", "en", "wn", "ght", "pt", "lt", "one", "un", "ung"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
