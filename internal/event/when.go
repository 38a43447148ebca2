package event

import (
	"time"

	"chronicle/internal/doc"
)

// date returns the value of the date expression attached to the trigger
// (or to its light verb) in the parse, else the publication day, else "".
// Without a parse the sentence's first date stands in for an attached one.
func (c *coder) date(cd *candidate) string {
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
		for g, hops := s.head(h), 0; g >= 0 && hops < 4; g, hops = s.head(g), hops+1 {
			if g == cd.tok || g == cd.light {
				return dt.Value
			}
			if s.isVerb(g) {
				break
			}
		}
	}
	if !c.d.Published.IsZero() {
		return c.d.Published.Format(time.DateOnly)
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
// trigger or its light verb, or "".
func (c *coder) location(cd *candidate) string {
	s := c.s
	if !s.parsed {
		return ""
	}
	for _, t := range [2]int{cd.tok, cd.light} {
		if t < 0 {
			continue
		}
		for _, k := range s.kids[t] {
			if d := s.dep(k); d != "obl" && d != "nmod" {
				continue
			}
			if m := s.marker(k); m != "in" && m != "at" {
				continue
			}
			if p := c.placeAt(k); p != "" {
				return p
			}
		}
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
