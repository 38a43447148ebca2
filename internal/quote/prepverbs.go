package quote

import "strings"

// prepVerbs are verbs outside the lexicon that report a stance or speech
// only through a prepositional complement ("reacted to the ruling",
// "ripped into the plan", "sided with the union", "weighed in on the
// bill"), by base form, with the prepositions that bring their content.
// Alone they are seldom cues ("the mayor reacted", "the roof ripped"), so
// they are cues only when the parse hangs an oblique with one of these
// prepositions on them, close after the verb. The list is written from
// general English knowledge, not taken from any corpus; the cue model may
// still refuse one it is sure is none here, as it does the lexicon's.
// They stay out of the lexicon (newLexicon) because the cue model's
// features read it.
var prepVerbs = map[string]string{
	"react": "to", "object": "to", "allude": "to", "appeal": "to for",
	"rip": "into", "tear": "into", "lash": "at", "swipe": "at", "balk": "at", "bristle": "at",
	"sneer": "at", "jab": "at", "hit": "at",
	"pounce": "on", "seize": "on upon", "weigh": "on", "harp": "on", "dwell": "on", "expound": "on",
	"sound": "on", "reflect": "on",
	"disagree": "with on over about", "side": "with against", "sympathize": "with", "sympathise": "with",
	"empathize": "with", "empathise": "with", "clash": "with over", "spar": "with over", "feud": "with over",
	"quarrel": "with over", "tangle": "with", "wrangle": "over", "bicker": "over about",
	"campaign": "for against", "fight": "for against", "lobby": "for against", "cheer": "for", "root": "for",
	"plead": "for", "beg": "for", "vouch": "for", "advocate": "for", "push": "for against", "press": "for",
	"rail": "against", "inveigh": "against", "speak": "about against", "turn": "against",
	"grumble": "about over", "fret": "about over", "rant": "about against", "rave": "about", "brag": "about",
	"gripe": "about", "whine": "about", "lie": "about", "care": "about", "obsess": "over about",
	"agonize": "over", "agonise": "over",
}

// prepVerbJoins reports whether preposition p brings the content of the
// verb of base b in prepVerbs.
func prepVerbJoins(b, p string) bool {
	for _, q := range strings.Fields(prepVerbs[b]) {
		if q == p {
			return true
		}
	}
	return false
}

// prepFits reports whether preposition p joins the cue verb at v, of base
// b, to its content: a measured pairing of the lexicon (prepCues), one of
// prepVerbs, or any of learntPreps after a verb the cue model added.
func (f *finder) prepFits(v int, b, p string) bool {
	return prepJoins(b, p) || prepVerbJoins(b, p) || f.learntPrep(v, p)
}

// oblPrep returns the preposition that opens oblique k of the verb at v
// when it stands right after the verb, or after a particle or an adverb
// or two that then join the cue ("ripped into", "lashed out at", "pushed
// back against", "talked more about"), and -1 otherwise.
func (f *finder) oblPrep(v, k int) int {
	p := int(f.tree.lo[k])
	if p <= v || p > v+3 || f.d.Tokens[p].Dep != "case" || int(f.tree.hi[k]) <= p {
		return -1
	}
	for j := v + 1; j < p; j++ {
		t := f.d.Tokens[j]
		if t.Dep != "compound:prt" && t.POS != "ADV" && f.words[j] != "more" {
			return -1
		}
	}
	return p
}

// prepVerbCue reports a verb of prepVerbs at i whose parse has an oblique
// with one of its prepositions.
// The verdict is kept by token, as matchCue asks about a token many times.
func (f *finder) prepVerbCue(i int) (cue, bool) {
	if f.asTrained || !f.hasPOS || f.tree == nil || f.d.Tokens[i].POS != "VERB" {
		return cue{}, false
	}
	if f.prepSeen == nil {
		f.prepSeen = make([]uint8, len(f.words))
	}
	switch f.prepSeen[i] {
	case 1:
		return cue{}, false
	case 2:
		return cue{first: i, last: i, class: cueSpeech, base: lower(f.d.Tokens[i].Lemma)}, true
	}
	c, ok := f.judgePrepVerb(i)
	f.prepSeen[i] = 1
	if ok {
		f.prepSeen[i] = 2
	}
	return c, ok
}

// judgePrepVerb is prepVerbCue's judgement of the verb at i.
func (f *finder) judgePrepVerb(i int) (cue, bool) {
	base := lower(f.d.Tokens[i].Lemma)
	if _, ok := prepVerbs[base]; !ok {
		return cue{}, false
	}
	switch f.d.Tokens[i].Dep {
	case "amod", "compound", "nmod", "obl", "nsubj", "obj", "appos":
		return cue{}, false // "the pushed-for vote": not a predicate
	}
	for k := f.tree.first[i]; k >= 0; k = f.tree.next[k] {
		if f.d.Tokens[k].Dep != "obl" || int(k) < i {
			continue
		}
		if l := lower(f.d.Tokens[k].Lemma); timeWords[l] || l == "decade" || l == "hour" {
			continue // "fought for years", "pushed for a decade": how long, not what
		}
		if p := f.oblPrep(i, int(k)); p >= 0 && prepVerbJoins(base, f.words[p]) {
			if s, ok := f.cueScore(i); ok && s < f.cm.Drop {
				return cue{}, false // the model is sure this use is no cue
			}
			return cue{first: i, last: i, class: cueSpeech, base: base}, true
		}
	}
	return cue{}, false
}
