package event

import (
	"cmp"
	"slices"

	"chronicle/internal/doc"
)

// Participants the syntax did not name. A PLOVER record almost always has
// a source and a target: a coder who reads "Israeli aircraft bombed
// targets in Gaza" codes Palestine as the target, and "Police detained
// dozens in Minsk" as Belarus against Belarus. When the parse (and the
// surface fallback) leave a side empty, the event takes:
//
//   - as target, a place with a country named after the trigger (the
//     place the act happened in), else the first other actor after it
//     (an object the parse hung elsewhere), else a place anywhere in the
//     sentence, else, for acts a government or its people turn on their
//     own country (protest, coercion, violence, demands, concessions), an
//     actor of the source's country;
//   - as source, the sentence's first actor of a country that is not a
//     target, else a place with a country in it.
//
// Actors without a country or code are never guessed: they cannot be
// coded.

// domesticTypes are the types whose target, with nothing named, is the
// source's own country.
var domesticTypes = []string{"PROTEST", "COERCE", "ASSAULT", "REQUEST", "CONCEDE"}

// guess fills the empty sides of e.
func (c *coder) guess(e *doc.Event) {
	sent := c.d.Sentences[c.s.idx].Span
	// A side of only actors that cannot be coded ("the committee", a name
	// the KB does not know, a president of no known country) is guessed
	// too; they stay if nothing is found.
	codelessSrc, codelessTgt := c.uncoded(e.Sources), c.uncoded(e.Targets)
	if codelessSrc {
		keep := e.Sources
		e.Sources = nil
		defer func() {
			if len(e.Sources) == 0 {
				e.Sources = keep
			}
		}()
	}
	if codelessTgt {
		keep := e.Targets
		e.Targets = nil
		defer func() {
			if len(e.Targets) == 0 {
				e.Targets = keep
			}
		}()
	}
	if len(e.Sources) == 0 {
		if a := c.firstActor(sent, e.Targets, false); a >= 0 {
			e.Sources = append(e.Sources, a)
		} else if a := c.firstActor(sent, e.Targets, true); a >= 0 {
			e.Sources = append(e.Sources, a)
		}
	}
	if len(e.Targets) == 0 {
		if a := c.firstActor(doc.Span{Start: e.Trigger.End, End: sent.End}, e.Sources, true); a >= 0 {
			e.Targets = append(e.Targets, a)
		} else if a := c.firstActor(doc.Span{Start: e.Trigger.End, End: sent.End}, e.Sources, false); a >= 0 {
			e.Targets = append(e.Targets, a)
		} else if a := c.firstActor(sent, e.Sources, true); a >= 0 {
			e.Targets = append(e.Targets, a)
		} else if len(e.Sources) > 0 && slices.Contains(domesticTypes, e.Type) {
			if a := c.compatriot(e.Sources[0]); a >= 0 {
				e.Targets = append(e.Targets, a)
			}
		}
	}
}

// firstActor returns the actor with the first mention inside sp that is
// not one of skip and has a country or code: a place when places is set,
// else any other kind. It returns -1 when there is none.
//
// It reads the mentions in the order that decides, by start and the
// longer first at a start (mentionsByStart), and stops at the first that
// qualifies, instead of scanning every mention of every actor at each of
// the stage's few calls per event (TestFirstActorMatchesScan).
func (c *coder) firstActor(sp doc.Span, skip []int32, places bool) int32 {
	ms := c.mentionsByStart()
	if ms == nil {
		return c.firstActorScan(sp, skip, places)
	}
	i, _ := slices.BinarySearchFunc(ms, sp.Start, func(m actorMention, off int32) int { return cmp.Compare(m.Start, off) })
	for ; i < len(ms) && ms[i].Start <= sp.End; i++ {
		m, a := ms[i].Span, ms[i].actor
		if !sp.Contains(m) || !c.guessable(a, skip, places) {
			continue
		}
		if c.insideOf(m, skip) || possessiveMention(c.d, m) {
			// "US" in the target "US servicemen" is part of its
			// name, not another party.
			continue
		}
		return a
	}
	return -1
}

// guessable reports whether firstActor may give actor a.
func (c *coder) guessable(a int32, skip []int32, places bool) bool {
	ac := &c.d.Actors[a]
	return (ac.Kind == "place") == places && (ac.Country != "" || ac.Code != "") && !slices.Contains(skip, a) && !slices.Contains(c.themes, a)
}

// actorMention is a mention and its actor.
type actorMention struct {
	doc.Span
	actor int32
}

// mentionsByStart returns the mentions of the document's actors ordered
// as firstActor wants the first: by start, the longer first at one start
// ("Palestinian police" rather than the "Palestinian" inside it), and
// otherwise in actor and mention order. It is nil when a mention ends
// before it starts, which the order cannot place.
func (c *coder) mentionsByStart() []actorMention {
	if c.byStartSet {
		return c.byStart
	}
	c.byStartSet = true
	var ms []actorMention
	for a := range c.d.Actors {
		for _, m := range c.d.Actors[a].Mentions {
			if m.End < m.Start {
				return nil
			}
			ms = append(ms, actorMention{m, int32(a)})
		}
	}
	slices.SortStableFunc(ms, func(x, y actorMention) int {
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(y.Len(), x.Len()))
	})
	c.byStart = ms
	return ms
}

// firstActorScan is firstActor by a scan of every mention of every actor.
func (c *coder) firstActorScan(sp doc.Span, skip []int32, places bool) int32 {
	best, at, atLen := int32(-1), int32(-1), 0
	for a := range c.d.Actors {
		ac := &c.d.Actors[a]
		if (ac.Kind == "place") != places || (ac.Country == "" && ac.Code == "") || slices.Contains(skip, int32(a)) || slices.Contains(c.themes, int32(a)) {
			continue
		}
		for _, m := range ac.Mentions {
			// At the same start the longer mention: "Palestinian
			// police" rather than the "Palestinian" inside it. Where
			// and how long first: most mentions lie outside sp, and
			// the tests below cost more.
			if !sp.Contains(m) || !(at < 0 || m.Start < at || m.Start == at && m.Len() > atLen) {
				continue
			}
			if c.insideOf(m, skip) || possessiveMention(c.d, m) {
				// "US" in the target "US servicemen" is part of its
				// name, not another party.
				continue
			}
			best, at, atLen = int32(a), m.Start, m.Len()
		}
	}
	return best
}

// compatriot returns another actor of a's country, a country actor
// first, else a itself when it has a country ("Police detained dozens"
// is the country against its own people), or -1.
func (c *coder) compatriot(a int32) int32 {
	country := c.d.Actors[a].Country
	if country == "" {
		return -1
	}
	other := int32(-1)
	for b := range c.d.Actors {
		ac := &c.d.Actors[b]
		if int32(b) == a || ac.Country != country {
			continue
		}
		if ac.Kind == "country" {
			return int32(b)
		}
		if other < 0 {
			other = int32(b)
		}
	}
	if other >= 0 {
		return other
	}
	return a
}

// uncoded reports whether no actor of ids has a country or an
// international code (IGO, NGO, a region): a bare sector ("GOV" for a
// president of no known country) says nothing of who acted.
func (c *coder) uncoded(ids []int32) bool {
	for _, a := range ids {
		ac := &c.d.Actors[a]
		if ac.Country != "" || ac.Code != "" && (ac.Code != ac.Sector || ac.Sector == "IGO" || ac.Sector == "NGO") {
			return false
		}
	}
	return true
}

// insideOf reports whether mention m lies within a longer mention of one
// of the actors ids.
func (c *coder) insideOf(m doc.Span, ids []int32) bool {
	for _, a := range ids {
		for _, n := range c.d.Actors[a].Mentions {
			if n.Contains(m) && n.Len() > m.Len() {
				return true
			}
		}
	}
	return false
}
