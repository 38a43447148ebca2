package quote

// verbMistagged reports whether the lexicon cue at i, tagged a noun, is
// the verb all the same: a "that" the parse takes for the mark of a
// clause comes right after it, and nothing makes a noun of it (no
// determiner, possessor, adjective or preposition on it, no determiner,
// adjective or verb right before it). The tagger reads a plural
// subject's verb in the present as a noun now and then ("Mr. Lee and Mr.
// Kim emphasize that trade is one factor", "economists - a minority of
// the board - warn that …"), and the clause then went unattributed. The
// nominal cues ("claims that", "warnings that") are nominal.go's.
func (f *finder) verbMistagged(i int) bool {
	if i+1 >= len(f.words) || f.words[i+1] != "that" || f.d.Tokens[i+1].Dep != "mark" || nominalCues[f.words[i]] {
		return false
	}
	if f.tree != nil && f.child(i, "det", "nmod:poss", "amod", "case") >= 0 {
		return false
	}
	if i > 0 {
		switch f.d.Tokens[i-1].POS {
		case "DET", "ADJ", "VERB", "ADP", "NUM":
			return false
		}
		if isDeterminer(f.words[i-1]) {
			return false
		}
	}
	return true
}
