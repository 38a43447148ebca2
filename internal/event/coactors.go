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
