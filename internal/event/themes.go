package event

import (
	"slices"
	"strings"

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
	"commit", "mass", "mobilize", "mobilise", "redeploy", "transfer", "rush", "airlift", "base", "position",
	"offer", "provide", "pledge", "promise", "lend", "supply"}

// ownForce reports whether a is armed forces or police of one of the
// sources' countries, or a force of no country (peacekeepers) that a
// state or an international organisation among the sources can send;
// rebels send no peacekeepers.
func (c *coder) ownForce(a *doc.Actor, sources []int32) bool {
	if a.Kind != "group" || a.Sector != "MIL" && a.Sector != "COP" {
		return false
	}
	for _, x := range sources {
		src := &c.d.Actors[x]
		if a.Country != "" && src.Country == a.Country {
			return true
		}
		if a.Country == "" && (isState(src) || src.Country == "" && strings.HasPrefix(src.Code, "IGO")) {
			return true
		}
	}
	return false
}

// themesOf returns the own forces that verb v, the clause it governs
// ("refused to send peacekeepers") or a clause in its object's phrase
// ("rejected a request to deploy peacekeepers", "a call for its forces
// to be deployed") moves: the object of a verb of moving, or the noun
// such a clause modifies.
func (c *coder) themesOf(v int, sources []int32) []int32 {
	s := c.s
	var out []int32
	add := func(n int) {
		for _, a := range c.participants(n, nil) {
			if c.ownForce(&c.d.Actors[a], sources) && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	moves := func(w int) bool { return w >= 0 && slices.Contains(moveVerbs, s.lemmas[w]) }
	// The verb and its clause: their objects (and a passive subject).
	for _, w := range []int{v, s.child(v, "xcomp")} {
		if !moves(w) {
			continue
		}
		for _, k := range s.kids[w] {
			if d := s.rels[k]; d == "obj" || d == "nsubj:pass" {
				add(k)
			}
		}
	}
	// The object's phrase: a noun with a clause of moving, and that
	// clause's object.
	if o := s.child(v, "obj"); o >= 0 {
		nodes := []int{o}
		for _, k := range s.kids[o] {
			if s.dep(k) == "nmod" {
				nodes = append(nodes, k)
			}
		}
		for _, n := range nodes {
			for _, w := range s.kids[n] {
				if s.dep(w) != "acl" || !moves(w) {
					continue
				}
				add(n)
				if k := s.child(w, "obj"); k >= 0 {
					add(k)
				}
			}
		}
	}
	return out
}

// notThemes returns targets without cd's themes.
func (c *coder) notThemes(cd *candidate, targets []int32) []int32 {
	if len(cd.themes) == 0 {
		return targets
	}
	return slices.DeleteFunc(targets, func(a int32) bool { return slices.Contains(cd.themes, a) })
}
