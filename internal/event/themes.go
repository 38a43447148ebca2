package event

import (
	"slices"

	"chronicle/internal/doc"
)

// Themes. Verbs of sending and moving take what is moved as their object
// and where it goes in a phrase: in "Kenya sent troops to Somalia" and
// "Pakistan refused to send peacekeepers to Iraq" the troops are Kenya's
// and Pakistan's own means, and the target is Somalia and Iraq. An object
// of such a verb that is a force (armed forces, police, peacekeepers) of
// the source's country or of none is a theme: never the target, neither
// from the syntax nor guessed.

// moveVerbs take what they move as their object.
var moveVerbs = []string{"send", "deploy", "dispatch", "move", "withdraw", "pull", "station", "contribute",
	"commit", "mass", "mobilize", "mobilise", "redeploy", "transfer", "rush", "airlift", "base", "position"}

// isTheme reports whether object o of verb v is a theme: v moves things
// and every actor of o is a force of the source's country or of none.
func (c *coder) isTheme(v, o int, sources []int32) bool {
	s := c.s
	if v < 0 || !slices.Contains(moveVerbs, s.lemmas[v]) {
		return false
	}
	acts := c.participants(o, nil)
	if len(acts) == 0 {
		return false
	}
	for _, a := range acts {
		if !c.ownForce(&c.d.Actors[a], sources) {
			return false
		}
	}
	return true
}

// ownForce reports whether a is armed forces or police of one of the
// sources' countries, or of no country at all.
func (c *coder) ownForce(a *doc.Actor, sources []int32) bool {
	if a.Kind != "group" || a.Sector != "MIL" && a.Sector != "COP" {
		return false
	}
	if a.Country == "" {
		return true
	}
	for _, x := range sources {
		if c.d.Actors[x].Country == a.Country {
			return true
		}
	}
	return false
}

// themesOf returns the actors of the theme objects of verb v, of the
// clause it governs ("refused to send peacekeepers") and of the clause of
// its object ("rejected a request to deploy peacekeepers").
func (c *coder) themesOf(v int, sources []int32) []int32 {
	s := c.s
	var out []int32
	objClause := -1
	if o := s.child(v, "obj"); o >= 0 {
		objClause = s.child(o, "acl")
	}
	for _, w := range []int{v, s.child(v, "xcomp"), objClause} {
		if w < 0 {
			continue
		}
		for _, k := range s.kids[w] {
			if s.dep(k) == "obj" && c.isTheme(w, k, sources) {
				out = c.participants(k, out)
			}
		}
	}
	return out
}
