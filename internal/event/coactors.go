package event

import (
	"slices"
	"strings"

	"chronicle/internal/doc"
)

// Co-sources the syntax hides. "France joined Romania in calling for a
// ceasefire" is a call by both; so is "Romania, along with France,
// called…", which parsers rarely read as one subject. The coder adds
// the object of "join" to the sources of the clause it governs, and the
// actor named right after a source's mention in ", along with X" or
// ", together with X".

// coSources adds the hidden co-sources of cd.
func (c *coder) coSources(cd *candidate) {
	s := c.s
	if !s.parsed || !cd.verbal || len(cd.sources) == 0 {
		return
	}
	if g := s.head(cd.tok); g >= 0 && s.lemmas[g] == "join" {
		switch s.dep(cd.tok) {
		case "advcl", "xcomp", "obl":
			if o := s.child(g, "obj"); o >= 0 {
				for _, a := range c.participants(o, nil) {
					if !slices.Contains(cd.sources, a) {
						cd.sources = append(cd.sources, a)
					}
				}
			}
		}
	}
	for _, a := range slices.Clone(cd.sources) {
		for _, m := range c.d.Actors[a].Mentions {
			if b := c.alongWith(m); b >= 0 && !slices.Contains(cd.sources, b) {
				cd.sources = append(cd.sources, b)
				cd.targets = slices.DeleteFunc(cd.targets, func(x int32) bool { return x == b })
			}
		}
	}
}

// alongWith returns the coded actor whose mention follows m after
// ", along with" or ", together with", or -1.
func (c *coder) alongWith(m doc.Span) int32 {
	sent := c.d.Sentences[c.s.idx].Span
	if !sent.Contains(m) {
		return -1
	}
	rest := c.d.Text[m.End:sent.End]
	trimmed := strings.TrimLeft(rest, " ,")
	var after string
	for _, p := range []string{"along with ", "together with "} {
		if t, ok := strings.CutPrefix(trimmed, p); ok {
			after = t
			break
		}
	}
	if after == "" || len(trimmed) == len(rest) {
		return -1
	}
	start := m.End + int32(len(rest)-len(after))
	for _, a := range c.actorsIn(doc.Span{Start: start, End: sent.End}, nil) {
		for _, am := range c.d.Actors[a].Mentions {
			if am.Start >= start && am.Start <= start+4 {
				return a
			}
		}
	}
	return -1
}

// coordinatedSubject returns the actors of a subject that coordinates
// several titled names, read from its text: parsers rarely get "Kenyan
// President Daniel Moi and Ugandan President Yoweri Museveni signed" right
// (the second name hung as part of the first, or each title made a
// subject of its own). The subject's phrase is the span of every subject
// of its verb, without their clauses; it is read only when it holds an
// "and" and more coded actors than the syntax found. It returns nil
// otherwise.
func (c *coder) coordinatedSubject(subj int, found []int32) []int32 {
	s := c.s
	v := s.head(subj)
	if v < 0 {
		return nil
	}
	sp, and := doc.Span{Start: -1}, false
	for _, k := range s.kids[v] {
		if s.dep(k) != "nsubj" || k > v {
			continue
		}
		ks := c.phraseSpan(k)
		if sp.Start < 0 {
			sp = ks
		}
		sp.Start, sp.End = min(sp.Start, ks.Start), max(sp.End, ks.End)
	}
	if sp.Start < 0 {
		return nil
	}
	for k := range s.n {
		if t := s.tok(k); sp.Contains(t.Span) && (s.lemmas[k] == "and" || s.lemmas[k] == "&") {
			and = true
		}
	}
	if !and {
		return nil
	}
	all := c.outermost(c.actorsIn(sp, nil), sp)
	if len(all) <= len(found) || c.codeless(all) {
		return nil
	}
	return all
}

// phraseSpan is the span of i's subtree without its clauses (relative
// and adverbial clauses, parentheticals), which name other actors.
func (c *coder) phraseSpan(i int) doc.Span {
	s := c.s
	sp := s.tok(i).Span
	stack := []int{i}
	for steps := 0; len(stack) > 0 && steps < 4*s.n; steps++ {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		t := s.tok(k)
		sp.Start, sp.End = min(sp.Start, t.Start), max(sp.End, t.End)
		for _, g := range s.kids[k] {
			switch s.dep(g) {
			case "acl", "advcl", "parataxis", "punct":
				continue
			case "nmod":
				// "the sides of the island of Cyprus": a place or owner
				// in the phrase, not one of the subjects.
				if s.rels[g] != "nmod:poss" {
					continue
				}
			}
			stack = append(stack, g)
		}
	}
	return sp
}

// outermost drops from ids the actors whose every mention inside sp lies
// within a longer mention of another of ids: "Spanish" in "Spanish and
// French officials" is part of the group "Spanish officials".
func (c *coder) outermost(ids []int32, sp doc.Span) []int32 {
	inner := func(a int32) bool {
		for _, m := range c.d.Actors[a].Mentions {
			if !sp.Contains(m) {
				continue
			}
			covered := false
			for _, b := range ids {
				if b == a {
					continue
				}
				for _, n := range c.d.Actors[b].Mentions {
					if n.Contains(m) && n.Len() > m.Len() {
						covered = true
					}
				}
			}
			if !covered {
				return false
			}
		}
		return true
	}
	var out []int32
	for _, a := range ids {
		if !inner(a) {
			out = append(out, a)
		}
	}
	return out
}
