package event

import (
	"slices"

	"chronicle/internal/doc"
)

// Which candidate triggers of a sentence become events, PLOVER's way: an
// event is something an actor did, said it will do, or threatened; so
//
//   - a trigger in a purpose clause of another trigger is part of that
//     event ("talks to discuss the war", "met to discuss trade");
//   - a trigger governed by a verb of prevention did not happen and is
//     no one's threat or promise ("to prevent Russia demanding…");
//   - a trigger with no participant is kept only when it is strong
//     (strong): a verb of the sentence's main clause ("Fighting
//     erupted") or a noun that is its subject or object ("held talks");
//     a noun wanted ("we need a ceasefire") or an embedded verb
//     ("sufficient to meet") with nobody doing it is no event.

// preventVerbs govern clauses whose events are kept from happening.
var preventVerbs = []string{"prevent", "avoid", "stop", "deter", "forestall", "avert", "preclude", "thwart"}

// verdict is what selection makes of a candidate.
type verdict int

const (
	keepEvent verdict = iota // an event
	weakEvent                // an event only when the sentence has no other
	noEvent                  // part of another event, or not one at all
)

// judge decides whether candidate cd is an event of its own. A weak one
// (no participant, not strong) stands only for a sentence with nothing
// better: news sentences report an event, and a parse that lost the
// participants has not made the event go away.
func (c *coder) judge(cd *candidate, all []candidate) verdict {
	s := c.s
	if !s.parsed {
		return keepEvent
	}
	t := cd.tok
	if c.purposeOf(t, all) || c.prevented(t) {
		return noEvent
	}
	if len(cd.sources)+len(cd.targets) > 0 || c.strong(cd) {
		return keepEvent
	}
	if c.wanted(cd) || c.negated(t) || c.hypothetical(t) != moodReal || cd.verbal != s.isVerb(t) ||
		c.modifiedBy(t, irrealis) || c.predicative(cd) {
		// Wished for, denied, possible, a word the tagger did not
		// take for what the lexicon lists it as ("no sign of"), or what
		// something is said to be ("is the best security guarantee"):
		// with nobody named either, nothing says it happened.
		return noEvent
	}
	return weakEvent
}

// predicative reports whether noun trigger cd is the predicate of a
// copula: "is the best guarantee", "was a violation".
func (c *coder) predicative(cd *candidate) bool {
	s := c.s
	if cd.verbal {
		return false
	}
	if s.child(cd.tok, "cop") >= 0 {
		return true
	}
	return s.predicateNoun(cd.tok)
}

// irrealis are modifiers of a noun trigger that put it in the future or
// in doubt: "a future agreement", "a possible attack".
var irrealis = []string{"future", "possible", "potential", "eventual", "proposed", "planned", "prospective", "new"}

// modifiedBy reports whether t has a modifier with one of the lemmas ws.
func (c *coder) modifiedBy(t int, ws []string) bool {
	s := c.s
	for _, k := range s.kids[t] {
		if d := s.dep(k); (d == "amod" || d == "advmod") && slices.Contains(ws, s.lemmas[k]) {
			return true
		}
	}
	return false
}

// wanted reports whether trigger cd names something wished for or held
// possible rather than done: the object of a verb of intent ("we need a
// ceasefire", "called for talks") or a clause of an adjective
// ("sufficient to meet", "ready to talk").
func (c *coder) wanted(cd *candidate) bool {
	s := c.s
	g := s.head(cd.tok)
	if g < 0 {
		return false
	}
	if !cd.verbal {
		return slices.Contains(intentVerbs, s.lemmas[g])
	}
	switch s.dep(cd.tok) {
	case "xcomp", "advcl", "ccomp":
		return s.tok(g).POS == "ADJ"
	}
	return false
}

// strong reports whether a trigger with no participant still reports an
// event: a verb of the main clause ("Fighting erupted", "Talks resumed"),
// or a noun that is the subject or object of one ("held talks", "a strike
// paralysed the port") but not the thing wanted ("we need a ceasefire",
// "called for talks").
func (c *coder) strong(cd *candidate) bool {
	s := c.s
	t := cd.tok
	if cd.verbal {
		return c.mainClause(t)
	}
	if d := s.dep(t); d == "root" {
		return s.child(t, "cop") < 0
	} else if d != "obj" && d != "nsubj" {
		return false
	}
	g := s.head(t)
	return g >= 0 && !slices.Contains(intentVerbs, s.lemmas[g]) && c.mainClause(g)
}

// purposeOf reports whether trigger t is an infinitival clause ("to
// discuss") of another candidate trigger, or of the noun a light verb
// trigger governs, without a subject of its own.
func (c *coder) purposeOf(t int, all []candidate) bool {
	s := c.s
	d := s.dep(t)
	if d != "acl" && d != "advcl" {
		return false
	}
	if s.child(t, "nsubj", "nsubj:pass") >= 0 || !s.hasMark(t, "to") {
		return false
	}
	g := s.head(t)
	if g >= 0 && slices.ContainsFunc(all, func(o candidate) bool { return o.tok == g }) {
		return true
	}
	// "the reason for its absence from talks to discuss the war" with
	// the clause hung on "reason": right after a noun trigger it is
	// that trigger's purpose, however the parse hangs it.
	n := t - 2
	return n >= 0 && s.lemmas[t-1] == "to" && s.isNoun(n) &&
		slices.ContainsFunc(all, func(o candidate) bool { return o.tok == n && !o.verbal })
}

// prevented reports whether a verb of prevention governs t within two
// clause links ("prevent Russia demanding", "to avoid attacking"), or t
// is a participle right after the object of one, however the parse hangs
// it ("to prevent Russia demanding" with "demanding" made a clause of the
// sentence's speech verb).
func (c *coder) prevented(t int) bool {
	s := c.s
	if s.tok(t).Tag == "VBG" && s.child(t, "aux") < 0 {
		// "prevent [Russia] demanding", "stop [the rebels] attacking":
		// a short phrase between the verb of prevention and the
		// participle, hanging on either, is its object; so it is when
		// the participle hangs on that phrase, wherever the parse hung
		// the phrase ("to stop Serbia sending troops…, the diplomats
		// said" with Serbia made the subject of "said").
		h := s.head(t)
	back:
		for g := t - 2; g >= 0 && g >= t-7; g-- {
			if slices.Contains(preventVerbs, s.lemmas[g]) && s.isVerb(g) {
				onPhrase := h > g && h < t
				for k := g + 1; k < t; k++ {
					if kh := s.head(k); !onPhrase && (kh < g || kh > t) || s.tok(k).POS == "PUNCT" || s.isVerb(k) {
						break back
					}
				}
				return true
			}
			if s.tok(g).POS == "PUNCT" || s.isVerb(g) {
				break
			}
		}
	}
	for hops := 0; hops < 2; hops++ {
		switch s.dep(t) {
		case "xcomp", "ccomp", "advcl", "obl", "obj":
		default:
			return false
		}
		g := s.head(t)
		if g < 0 {
			return false
		}
		if slices.Contains(preventVerbs, s.lemmas[g]) {
			return true
		}
		t = g
	}
	return false
}

// mainClause reports whether t heads the sentence's main clause or one
// coordinated with it, or the clause a speech verb reports ("Iran said
// fighting resumed").
func (c *coder) mainClause(t int) bool {
	s := c.s
	for hops := 0; hops < 4; hops++ {
		switch s.dep(t) {
		case "root":
			return true
		case "conj", "parataxis":
		case "ccomp":
			g := s.head(t)
			if g < 0 || !slices.Contains(speechVerbs, s.lemmas[g]) {
				return false
			}
		default:
			return false
		}
		t = s.head(t)
		if t < 0 {
			return false
		}
	}
	return false
}

// speechVerbs report a clause without being an event themselves.
var speechVerbs = []string{"say", "tell", "add", "announce", "report", "state", "claim", "declare",
	"note", "insist", "confirm", "believe", "think", "write", "explain", "told"}

// hasMark reports whether i has a mark child w ("to attack").
func (s *sentence) hasMark(i int, w string) bool {
	for _, k := range s.kids[i] {
		if (s.dep(k) == "mark" || s.dep(k) == "aux") && s.lemmas[k] == w {
			return true
		}
	}
	return false
}

// dropRepeats removes a source-less event that repeats an earlier or later
// event of the document with the same type and targets and a source: the
// same aid reported twice ("… providing Ukraine with guarantees" and
// later "providing military equipment" to the Ukrainian army).
func dropRepeats(evs []doc.Event) []doc.Event {
	return slices.DeleteFunc(evs, func(e doc.Event) bool {
		if len(e.Sources) > 0 || len(e.Targets) == 0 {
			return false
		}
		return slices.ContainsFunc(evs, func(o doc.Event) bool {
			return len(o.Sources) > 0 && o.Type == e.Type && sameSet(o.Targets, e.Targets)
		})
	})
}

func sameSet(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// governorsFirst raises the rank of a candidate to follow every candidate
// that governs it in the parse, so that a clause a trigger governs ("urging
// Japan to provide aid", "refused to withdraw") never reports the
// sentence's event ahead of its governor, however the ranks by depth and
// finiteness came out.
func (c *coder) governorsFirst(cands []candidate) {
	s := c.s
	if !s.parsed {
		return
	}
	for pass := 0; pass < 3; pass++ {
		changed := false
		for i := range cands {
			for g, hops := s.head(cands[i].tok), 0; g >= 0 && hops < 12; g, hops = s.head(g), hops+1 {
				for j := range cands {
					if j != i && cands[j].tok == g && cands[j].rank >= cands[i].rank {
						cands[i].rank = cands[j].rank + 1
						changed = true
					}
				}
			}
		}
		if !changed {
			return
		}
	}
}

// vowVerbs are AGREE triggers that promise whatever their clause says.
var vowVerbs = []string{"vow", "pledge", "promise", "swear"}

// vowedActs puts a vowed act that is no cooperation before the vow that
// governs it: "vowed to investigate" and "vowed an investigation" are an
// investigation (ACCUSE),
// "pledged to retaliate" a threat, "promised to reject" a rejection;
// only a good act vowed is an AGREE (intent.go).
func (c *coder) vowedActs(cands []candidate) {
	s := c.s
	if !s.parsed {
		return
	}
	for i := range cands {
		cd := &cands[i]
		if _, good := refusedCodes[cd.e.typ]; good {
			continue
		}
		if d := s.dep(cd.tok); !(cd.verbal && d == "xcomp" || !cd.verbal && d == "obj") {
			continue
		}
		g := s.head(cd.tok)
		for j := range cands {
			if o := &cands[j]; o.tok == g && slices.Contains(vowVerbs, s.lemmas[g]) && o.rank < cd.rank {
				cd.rank, o.rank = o.rank, cd.rank
			}
		}
	}
}

// vowedNoun reports whether noun trigger cd is the object of vow verb g
// and no good act: "vowed an inquiry" is the inquiry's event, not part of
// the vow's.
func (c *coder) vowedNoun(cd *candidate, g int) bool {
	_, good := refusedCodes[cd.e.typ]
	return !good && c.s.dep(cd.tok) == "obj" && slices.Contains(vowVerbs, c.s.lemmas[g])
}
