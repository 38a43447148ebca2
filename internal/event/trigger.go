package event

import "slices"

// match returns the lexicon entry token i triggers, or nil.
func (s *sentence) match(lx *lexicon, i int) (e *entry, verbal bool) {
	var list []*entry
	switch {
	case s.isVerb(i):
		list, verbal = lx.verbs[s.lemmas[i]], true
	case s.isNoun(i):
		list = lx.nouns[s.lemmas[i]]
	default:
		return nil, false
	}
	for _, e := range list {
		if e.word != "" && !s.hasWord(i, e.word) {
			continue
		}
		if len(e.deps) > 0 && !s.hasDep(i, e.deps, verbal) {
			continue
		}
		return e, verbal
	}
	return nil, false
}

// hasWord reports whether trigger i has the particle or preposition w: a
// child that is w ("pull out") or is marked by w ("call for talks"). With
// no parse, w must follow within three tokens.
func (s *sentence) hasWord(i int, w string) bool {
	if !s.parsed {
		for k := i + 1; k < s.n && k <= i+3; k++ {
			if s.lemmas[k] == w {
				return true
			}
		}
		return false
	}
	for _, c := range s.kids[i] {
		if s.lemmas[c] == w && (s.dep(c) == "compound" || s.dep(c) == "advmod" || s.dep(c) == "case" || s.dep(c) == "mark") {
			return true
		}
		if s.marker(c) == w {
			return true
		}
	}
	return false
}

// hasDep reports whether trigger i has a dependent with one of the lemmas
// ws: for a verb its object (or passive subject, or their conjuncts), for
// a noun a compound or modifier. With no parse, the words after a verb or
// before a noun stand in.
func (s *sentence) hasDep(i int, ws []string, verbal bool) bool {
	if !s.parsed {
		lo, hi := i+1, min(s.n, i+5)
		if !verbal {
			lo, hi = max(0, i-2), i
		}
		for k := lo; k < hi; k++ {
			if slices.Contains(ws, s.lemmas[k]) {
				return true
			}
		}
		return false
	}
	for _, c := range s.kids[i] {
		var ok bool
		if verbal {
			ok = s.dep(c) == "obj" || s.tok(c).Dep == "nsubj:pass" || s.dep(c) == "xcomp" || s.dep(c) == "obl"
		} else {
			ok = s.dep(c) == "compound" || s.dep(c) == "amod" || s.dep(c) == "nmod"
		}
		if !ok {
			continue
		}
		if slices.Contains(ws, s.lemmas[c]) {
			return true
		}
		for _, g := range s.kids[c] {
			if s.dep(g) == "conj" && slices.Contains(ws, s.lemmas[g]) {
				return true
			}
		}
	}
	return false
}
