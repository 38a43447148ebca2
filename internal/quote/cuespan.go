package quote

import (
	"strings"

	"chronicle/internal/doc"
)

// cueSpan is the text span a quote reports as its cue: the cue's own
// tokens, widened to the words PolNeAR's gold cues take with the verb, as
// measured on its train split (each word class below is inside the gold
// cue in most of the cases where it stands next to it):
//   - before the verb, its auxiliaries and modals, "been", negation
//     (also as a contraction: "doesn’t think", "did not say", "never
//     said"), and its adverbs in -ly or of time and degree ("grudgingly
//     agreed", "still believes", "have long criticized", "was more eager
//     to", "just said", "might be asking");
//   - the "to" of an infinitive cue ("rushing to TV to say"), and the
//     verb of trying, going on, refusing or seeming whose complement it
//     is, with that verb's own auxiliaries ("seemed to mock", "has
//     declined to comment", "went on to promote", "is likely to say");
//   - after it, its particle ("called out", "blasted out", "laid out",
//     where the cue took the verb alone), and "in a statement" (twice in three times in the gold
//     cue), but not "in an interview", "in an email" or a weekday, which
//     the gold cues take about as often as not.
//
// Words inside the speaker mention, the content or a quotation are never
// taken. The medium is read from the draft, so "in a statement" is still
// reported as the medium too.
func (f *finder) cueSpan(dr draft) doc.Span {
	first, last := dr.cue.first, dr.cue.last
	if f.hasPOS {
		for j := first - 1; j >= 0; j = first - 1 {
			if f.cueWordBefore(dr, j, first, last) {
				first = j
			} else if k := f.chainVerb(dr, j, first); k >= 0 {
				first = k
			} else {
				break
			}
		}
		last = f.particleAfter(dr, first, last)
		last = f.statementAfter(dr, last)
	}
	return f.tokSpan(first, last)
}

// cueAdverbs are the adverbs not in -ly that gold cues take before their
// verb.
var cueAdverbs = toSet("also not never still just even often once ever always again already now later then first long soon more very further " +
	"n't n’t")

// cueWordBefore reports whether token j, just before the cue tokens
// first..last, belongs to the cue.
func (f *finder) cueWordBefore(dr draft, j, first, last int) bool {
	if !f.free(dr, j) || f.sentOf[j] != f.sentOf[first] {
		return false
	}
	t := f.d.Tokens[j]
	if f.hasDeps && t.Head >= 0 && !(int(t.Head) >= first && int(t.Head) <= last) {
		return false // a word of another phrase
	}
	w := f.words[j]
	switch t.POS {
	case "AUX":
		return true
	case "PART":
		if w == "to" {
			// the infinitive's marker, only right before the verb
			return j == first-1 && f.d.Tokens[first].POS == "VERB"
		}
		return cueAdverbs[w]
	case "ADV":
		return cueAdverbs[w] || (strings.HasSuffix(w, "ly") && len(w) > 4)
	}
	return false
}

// chainVerbs are the lemmas of the verbs and adjectives whose infinitive
// complement gold cues take with them: the cue is "tried to defend",
// "continued to refute", "is likely to endorse", never the infinitive
// alone.
var chainVerbs = toSet("seem appear try continue refuse decline seek fail attempt struggle begin start " +
	"likely able unable ready eager quick willing")

// chainVerb returns the first token of the verb whose infinitive
// complement the cue starting with "to" at token first is (j, or j-1 for
// "went on"), when it ends at token j; else -1.
func (f *finder) chainVerb(dr draft, j, first int) int {
	if !f.hasDeps || f.words[first] != "to" || first+1 >= len(f.words) || !f.free(dr, j) || f.sentOf[j] != f.sentOf[first] {
		return -1
	}
	v := f.d.Tokens[first+1]
	h := j
	if f.words[j] == "on" && j > 0 && int(f.d.Tokens[j].Head) == j-1 && f.d.Tokens[j-1].Lemma == "go" && f.free(dr, j-1) {
		// "went on to promote", the parse making the infinitive a
		// complement or an adverbial clause of "went"
		if int(v.Head) == j-1 && (v.Dep == "xcomp" || v.Dep == "advcl") {
			return j - 1
		}
		return -1
	}
	if !chainVerbs[f.d.Tokens[j].Lemma] && !chainVerbs[f.words[j]] || int(v.Head) != h || v.Dep != "xcomp" {
		return -1
	}
	return h
}

// cueParticles are the verb particles gold cues take after the verb
// (PolNeAR's train split never leaves "out", "up" or "off" outside).
var cueParticles = toSet("out up off back down")

// particleAfter returns the token after last when it is the particle of
// the cue's verb ("called out"), else last.
func (f *finder) particleAfter(dr draft, first, last int) int {
	k := last + 1
	if k >= len(f.words) || !cueParticles[f.words[k]] || !f.free(dr, k) || f.sentOf[k] != f.sentOf[last] {
		return last
	}
	t := f.d.Tokens[k]
	if t.Dep == "compound:prt" || (t.POS == "ADP" || t.POS == "ADV" || t.POS == "PART") && !f.hasDeps {
		if !f.hasDeps || (int(t.Head) >= first && int(t.Head) <= last) {
			return k
		}
	}
	return last
}

// statementAfter returns the last token of "in a statement" right after
// token last (a determiner or possessive and at most one modifier
// between: "in a written statement"), else last.
func (f *finder) statementAfter(dr draft, last int) int {
	k := last + 1
	if k+2 >= len(f.words) || f.words[k] != "in" {
		return last
	}
	switch f.words[k+1] {
	case "a", "the", "his", "her", "its", "their":
	default:
		return last
	}
	for m := k + 2; m <= k+3 && m < len(f.words); m++ {
		if f.words[m] == "statement" {
			for i := k; i <= m; i++ {
				if !f.free(dr, i) || f.sentOf[i] != f.sentOf[last] {
					return last
				}
			}
			return m
		}
	}
	return last
}

// free reports whether token i lies outside dr's speaker mention, its
// content and any quotation.
func (f *finder) free(dr draft, i int) bool {
	if f.inSeg[i] >= 0 {
		return false
	}
	if dr.spk[0] >= 0 && dr.spk[0] <= i && i <= dr.spk[1] {
		return false
	}
	if dr.first <= i && i <= dr.last {
		return false
	}
	return true
}
