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
// toks[a:b]; on a tie the cue on the left wins, since English reports put
// the verb before its time adjunct ("said Tuesday"). Quotation marks and
// semicolons do not stop the search: the nearest verb is a better guess
// than none.
func clauseTense(toks []token, a, b, i, j int) Tense {
	for d := 1; d <= 12; d++ {
		if l := i - d; l >= a {
			if t := cueAt(toks, a, l); t != TenseUnknown {
				return t
			}
		}
		if r := j - 1 + d; r < b {
			if t := cueAt(toks, a, r); t != TenseUnknown {
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
	t := cueTense(&toks[k])
	if t != TensePast {
		return t
	}
	for l := k - 1; l >= a && l >= k-3; l-- {
		switch toks[l].low {
		case "will", "'ll", "shall", "to", "would", "going":
			return TenseFuture
		case "be", "been", "have", "not", "also", "then", "soon", "being":
			continue
		}
		break
	}
	return t
}
