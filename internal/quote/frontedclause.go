package quote

// A cue in a sentence's opening subordinate clause ("While the mayor
// claimed that the tapes exist, experts say …", "Having announced that he
// would resign, the senator left") reports only up to the comma that ends
// that clause; the main clause after it is the writer's. The parser often
// hangs the main clause inside the cue's complement (the subordinate verb
// made the root), and the content then ran to the end of the sentence.

// frontedClauseEnd narrows the reported content first..last of a cue
// after it at the first comma, outside quotation marks, that is followed
// right away by a clause with its own subject, when the cue stands in an
// opening subordinate clause: the sentence opens with a subordinating
// conjunction or "having", or with the cue itself as a participle, and no
// comma comes between that opening and the cue.
func (f *finder) frontedClauseEnd(first, last, cueAt int) (int, int) {
	if f.tree == nil || cueAt >= first || last-first < 3 {
		return first, last
	}
	lo, _ := f.sentBounds(cueAt)
	for lo < cueAt && f.marks[lo] != markNone {
		lo++
	}
	switch {
	case openingMarks[f.words[lo]] || f.words[lo] == "having":
	case lo == cueAt && (f.d.Tokens[cueAt].Tag == "VBG" || f.d.Tokens[cueAt].Tag == "VBN"):
	default:
		return first, last
	}
	for j := lo; j < cueAt; j++ {
		if f.words[j] == "," || f.words[j] == ";" {
			return first, last
		}
	}
	for j := first + 1; j < last-1; j++ {
		if f.words[j] != "," || f.inSeg[j] >= 0 {
			continue
		}
		if f.clauseSubjectAt(j+1, last) {
			return f.trimContent(first, j-1)
		}
	}
	return first, last
}

// clauseSubjectAt reports whether the phrase at token s is the nominal
// subject of a verb after it, no later than last.
func (f *finder) clauseSubjectAt(s, last int) bool {
	for k := s; k <= last; k++ {
		if int(f.tree.lo[k]) != s {
			continue
		}
		switch f.d.Tokens[k].Dep {
		case "nsubj", "nsubj:pass", "expl":
			// not a relative clause ("the bridge, which opened in 1950,
			// is safe")
			h := f.head(k)
			return h > k && h <= last && !relativePronouns[f.words[k]] && f.d.Tokens[h].Dep != "acl:relcl"
		}
	}
	return false
}
