package event

import (
	"time"

	"chronicle/internal/doc"
)

// date returns the value of the date expression attached to the trigger
// (or to its light verb) in the parse; else one attached to a clause that
// governs the trigger's ("In June, Spain raised hackles by seeking…");
// else the publication day; else "". Without a parse the sentence's first
// date stands in for an attached one.
func (c *coder) date(cd *candidate) string {
	s := c.s
	if s.parsed {
		anchor, light := cd.tok, cd.light
		for hops := 0; hops < 3 && anchor >= 0; hops++ {
			if v := c.dateOn(anchor, light); v != "" {
				return v
			}
			t := anchor
			if light >= 0 {
				t = light
			}
			if d := s.dep(t); d != "advcl" && d != "xcomp" && d != "conj" {
				break
			}
			anchor, light = s.head(t), -1
		}
	} else if v := c.dateOn(-1, -1); v != "" {
		return v
	}
	if !c.d.Published.IsZero() {
		return c.d.Published.Format(time.DateOnly)
	}
	return ""
}

// dateOn returns the value of a date expression of the sentence whose
// phrase hangs on token a or b, or without a parse its first date.
func (c *coder) dateOn(a, b int) string {
	s := c.s
	sent := c.d.Sentences[s.idx].Span
	for _, dt := range c.d.Dates {
		if !sent.Contains(dt.Span) || dt.Value == "" || (dt.Type != doc.DateDate && dt.Type != doc.DateTime) {
			continue
		}
		if !s.parsed {
			return dt.Value
		}
		h := s.spanHead(dt.Span)
		if h < 0 {
			continue
		}
		g := s.head(h)
		if g >= 0 && (g == a || g == b) {
			return dt.Value
		}
		// "attacked by Russia on Sunday": parsers often hang the date on
		// the nearest noun of the clause.
		if g >= 0 && !s.isVerb(g) {
			if gg := s.head(g); gg >= 0 && (gg == a || gg == b) {
				return dt.Value
			}
		}
	}
	return ""
}

// spanHead returns the local index of the token of span sp whose head lies
// outside it (the syntactic head of the phrase), or -1.
func (s *sentence) spanHead(sp doc.Span) int {
	for i := range s.n {
		t := s.tok(i)
		if !sp.Overlaps(t.Span) {
			continue
		}
		h := s.head(i)
		if h < 0 || !sp.Overlaps(s.tok(h).Span) {
			return i
		}
	}
	return -1
}

// location returns the place of an "in/at X" phrase attached to the
// trigger, to its light verb, or to one of their arguments ("met with
// Putin in Alaska" often hangs the place on Putin), or "".
func (c *coder) location(cd *candidate) string {
	s := c.s
	if !s.parsed {
		return ""
	}
	level := []int{cd.tok}
	if cd.light >= 0 {
		level = append(level, cd.light)
	}
	for depth := 0; depth < 3 && len(level) > 0; depth++ {
		var next []int
		for _, t := range level {
			for _, k := range s.kids[t] {
				d := s.dep(k)
				if d != "obl" && d != "nmod" && d != "obj" && d != "nsubj" && d != "conj" && d != "appos" && d != "flat" {
					continue
				}
				if m := s.marker(k); (d == "obl" || d == "nmod") && (m == "in" || m == "at") {
					if p := c.placeAt(k); p != "" {
						return p
					}
				}
				next = append(next, k)
			}
		}
		level = next
	}
	return ""
}

// placeAt names the place token k stands for: a LOC entity, an actor of
// kind place or country, or (with Config.Location) whatever that function
// knows as a place.
func (c *coder) placeAt(k int) string {
	d := c.d
	sp := c.s.tok(k).Span
	name := ""
	isPlace := false
	if e := entityAt(d, sp); e >= 0 {
		name = d.Slice(d.Entities[e].Span)
		isPlace = d.Entities[e].Label == "LOC" || d.Entities[e].Label == "GPE"
		if a := d.Entities[e].Actor; a >= 0 && int(a) < len(d.Actors) {
			switch d.Actors[a].Kind {
			case "place", "country":
				isPlace = true
			case "person", "group":
				isPlace = false
			}
		}
	}
	if !isPlace {
		for _, a := range actorsCovering(d, sp, nil) {
			if k := d.Actors[a].Kind; k == "place" || k == "country" {
				isPlace = true
				if name == "" {
					name = d.Actors[a].Name
				}
			}
		}
	}
	if name == "" {
		name = d.Slice(sp)
	}
	if p, ok := c.place(name); ok {
		return p
	}
	if isPlace {
		return name
	}
	return ""
}
