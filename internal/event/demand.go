package event

import (
	"slices"

	"chronicle/internal/doc"
)

// Demands. "Russia said Ukraine must withdraw its troops" reports no
// withdrawal: Russia demands one, and CAMEO codes what one actor says
// another must or should do as a demand (10), PLOVER's REQUEST, by the
// speaker of the one who is to act. An act with "must" or "should" in a
// clause of a speech verb, whose speaker is someone other than its doer,
// is that demand.

// obligationModals make an act something owed.
var obligationModals = []string{"must", "should"}

// demand returns the sources and targets of the demand cd's clause
// reports, and whether it is one: the speech verb's subject demands, of
// the act's own subject (or, without one, of its target).
func (c *coder) demand(cd *candidate) (src, tgt []int32, ok bool) {
	s := c.s
	t := cd.tok
	if !cd.verbal || s.dep(t) != "ccomp" {
		return nil, nil, false
	}
	owed := false
	for _, k := range s.kids[t] {
		if s.dep(k) == "aux" && slices.Contains(obligationModals, s.lemmas[k]) {
			owed = true
		}
	}
	g := s.head(t)
	if !owed || g < 0 || !slices.Contains(speechVerbs, s.lemmas[g]) && !slices.Contains(demandSpeech, s.lemmas[g]) {
		return nil, nil, false
	}
	speaker, passive := c.subject(g)
	if speaker < 0 || passive {
		return nil, nil, false
	}
	src = c.participants(speaker, nil)
	if len(src) == 0 && !s.isNoun(speaker) {
		// A speaker no actor stands for is still one when it is a noun
		// ("the conference concluded that…"); a pronoun without an
		// antecedent says nothing.
		return nil, nil, false
	}
	if subj, _ := c.subject(t); subj >= 0 {
		tgt = c.participants(subj, nil)
	}
	if len(tgt) == 0 {
		tgt = slices.Clone(cd.targets)
	}
	for _, a := range tgt {
		if slices.Contains(src, a) || c.sameCountry(a, src) {
			// "Iran said it must defend itself": no demand on another.
			return nil, nil, false
		}
	}
	return src, tgt, true
}

// demandSpeech are verbs of concluding or stating that report a demand
// as well as the speech verbs do.
var demandSpeech = []string{"conclude", "stress", "argue", "warn", "urge", "maintain"}

// sameCountry reports whether actor a has the country of one of ids.
func (c *coder) sameCountry(a int32, ids []int32) bool {
	ca := c.d.Actors[a].Country
	if ca == "" {
		return false
	}
	for _, b := range ids {
		if c.d.Actors[b].Country == ca {
			return true
		}
	}
	return false
}

// asDemand recodes e as the demand cd's clause reports.
func (c *coder) asDemand(e *doc.Event, src, tgt []int32) {
	recode(e, "100")
	e.Sources, e.Targets = src, nonNil(tgt)
}
