package event

import (
	"slices"

	"chronicle/internal/doc"
)

// CAMEO codes a statement of what an actor will do as an event of its own
// (CAMEO 03 "express intent to cooperate", 12 "decline to…"), and PLOVER
// follows: "Egypt will send aid to Sudan" is an AGREE of Egypt's (PLOVER:
// "offer, promise, or otherwise indicate willingness or commitment"),
// "Iran will not attend the talks" a REJECT. The coder recodes a good act
// (one of promisedTypes) announced by its source with "will"/"would", or
// governed by a word of readiness or intent ("is ready to hold talks",
// "expressed its willingness to negotiate", "plans to visit"), as AGREE,
// and such an act announced as not to be done as REJECT. A harmful act
// announced is a threat (announced, conditional in code.go).

// promiseWords govern a clause their subject means to carry out.
var promiseWords = []string{"plan", "intend", "want", "hope", "wish", "aim", "prepare", "ready", "willing",
	"prepared", "eager", "keen", "determined", "willingness", "readiness", "intention", "intent", "plan",
	"commitment", "desire", "offer", "agree", "promise", "pledge", "vow", "commit"}

// threatWords govern a harmful act their subject means or weighs to do,
// which CAMEO codes as a threat: "plans to impose sanctions", "is
// considering expelling", "vowed to retaliate".
var threatWords = []string{"plan", "intend", "want", "prepare", "ready", "prepared", "determined", "vow",
	"promise", "pledge", "consider", "mull", "weigh", "aim", "intention", "readiness", "willingness", "willing"}

// promisedCodes gives the CAMEO code of a promised act of each good type:
// CAMEO 03's intents to cooperate (031), support (032), aid (033), yield
// (035), meet (036).
var promisedCodes = map[string]string{
	"AID": "033", "COOPERATE": "031", "CONSULT": "036", "RETREAT": "035", "CONCEDE": "035", "SUPPORT": "032",
}

// refusedCodes gives the CAMEO code of a good act announced as not to be
// done: CAMEO 12's refusals to cooperate (121), to aid (122), to yield
// (124), to meet (125), and rejection (120).
var refusedCodes = map[string]string{
	"AID": "122", "COOPERATE": "121", "CONSULT": "125", "RETREAT": "124", "CONCEDE": "124", "SUPPORT": "120", "AGREE": "120",
}

// stance reports whether the good act of candidate cd is promised or
// refused by its source: announced with a future modal, or governed by a
// word of intent, rather than done.
func (c *coder) stance(cd *candidate, negated bool) (promised, refused bool) {
	if _, ok := refusedCodes[cd.e.typ]; !ok || !c.s.parsed || !c.hasDoer(cd) {
		return false, false
	}
	if c.failed(cd) {
		// "failed to reach an agreement": the good act was refused.
		return false, true
	}
	future := c.futureModal(cd.tok) || (cd.light >= 0 && c.futureModal(cd.light))
	if negated {
		return false, future
	}
	if future {
		return cd.e.typ != "AGREE", false
	}
	return cd.e.typ != "AGREE" && c.intended(cd, promiseWords), false
}

// futureModal reports whether verb t has "will", "would" or "shall" as
// its auxiliary.
func (c *coder) futureModal(t int) bool {
	s := c.s
	for _, k := range s.kids[t] {
		if s.dep(k) == "aux" && slices.Contains(futureModals, s.lemmas[k]) {
			return true
		}
	}
	return false
}

// intended reports whether the clause of cd is governed, within three
// clause links, by one of words (of intent or readiness) before any other
// verb of intent ("urged X to be ready to talk" is a request, not a promise).
func (c *coder) intended(cd *candidate, words []string) bool {
	s := c.s
	t := cd.tok
	if cd.light >= 0 {
		if !cd.verbal && slices.Contains(words, s.lemmas[cd.light]) {
			// "is considering sanctions", "wants talks": the noun's own
			// verb is the word of intent.
			return true
		}
		t = cd.light
	}
	for hops := 0; hops < 3; hops++ {
		switch s.dep(t) {
		case "xcomp", "acl", "ccomp":
		default:
			return false
		}
		g := s.head(t)
		if g < 0 {
			return false
		}
		if slices.Contains(words, s.lemmas[g]) {
			return true
		}
		if o := s.child(g, "obj"); o >= 0 && slices.Contains(words, s.lemmas[o]) {
			// "expressed its willingness to negotiate", parsed with the
			// clause on the verb.
			return true
		}
		if slices.Contains(intentVerbs, s.lemmas[g]) {
			return false
		}
		t = g
	}
	return false
}

// recode gives e the type, mode and CAMEO root of CAMEO code code,
// through the crosswalk like every other code.
func recode(e *doc.Event, code string) {
	for _, r := range crosswalk {
		if r.code == code {
			e.Type, e.Mode, e.Cameo = r.typ, r.mode, cameoRoot(code)
			return
		}
	}
}

// hasDoer reports whether the act of cd has someone doing it: a source,
// or a subject the actors layer could not code ("the government will
// impose a curfew" in a story that names no country).
func (c *coder) hasDoer(cd *candidate) bool {
	if len(cd.sources) > 0 {
		return true
	}
	if !c.s.parsed {
		return false
	}
	for _, v := range []int{cd.tok, cd.light} {
		if v >= 0 && c.s.isVerb(v) {
			if subj, passive := c.subject(v); subj >= 0 && !passive {
				return true
			}
		}
	}
	return false
}

// failed reports whether the clause of cd is the complement of "fail"
// ("failed to reach an agreement", "failed to attend").
func (c *coder) failed(cd *candidate) bool {
	s := c.s
	t := cd.tok
	if cd.light >= 0 {
		t = cd.light
	}
	if s.dep(t) != "xcomp" {
		return false
	}
	g := s.head(t)
	return g >= 0 && s.lemmas[g] == "fail"
}
