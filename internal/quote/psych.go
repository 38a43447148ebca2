package quote

import (
	"strings"

	"chronicle/internal/doc"
)

// Verbs of feeling whose subject causes the feeling and whose object feels
// it ("The remark alarmed some analysts", "the ruling has startled many
// lawmakers") put the attribution the other way round from a reporting
// verb: PolNeAR marks the subject as the content, what the feeling is
// about, and the object as the source, whose stance it is (on its train
// split some forty such attributions, of which the sieves found three,
// reading the subject as the speaker if at all).

// psychVerbs are the base forms of such verbs. Verbs whose object more
// often is told or moved to act ("encourage", "inspire") or is a topic
// ("concern", "interest") are left out.
var psychVerbs = toSet("alarm anger annoy appall appal baffle bother delight disappoint disgust dismay " +
	"embarrass enrage exasperate frighten frustrate hearten horrify impress infuriate irk irritate " +
	"offend outrage please puzzle rattle reassure sadden scare shock spook startle stun surprise " +
	"terrify thrill trouble unnerve upset worry")

// psychCues makes a draft of each active verb of feeling with a subject
// before it and, after it, an object that can feel: the subject is the
// content and the object the source.
func (f *finder) psychCues() {
	if f.tree == nil || !f.hasPOS {
		return
	}
	for v := range f.words {
		t := &f.d.Tokens[v]
		if t.POS != "VERB" || f.usedCue[v] || f.inSeg[v] >= 0 || !psychVerbs[strings.ToLower(t.Lemma)] {
			continue
		}
		if f.child(v, "aux:pass", "nsubj:pass") >= 0 {
			continue // "was alarmed by …": the subject feels (adjective.go)
		}
		s, o := f.child(v, "nsubj"), f.child(v, "obj")
		if s < 0 || s > v || o < v || !f.canFeel(o) {
			continue
		}
		a, b := f.trimContent(int(f.tree.lo[s]), int(f.tree.hi[s]))
		if a > b || b >= v || f.inDraft(v) {
			continue
		}
		c := cue{first: v, last: v, class: cueThink, base: strings.ToLower(t.Lemma)}
		spk := [2]int{int(f.tree.lo[o]), int(f.tree.hi[o])}
		f.drafts = append(f.drafts, draft{first: a, last: b, span: f.tokSpan(a, b), kind: doc.QuoteIndirect,
			cue: c, hasCue: true, seg: -1, spk: spk, name: spk, inherit: -1})
		f.useCue(c)
	}
}

// canFeel reports whether the object at token o can be a source: a
// personal pronoun, a name, a plural noun ("many analysts"), a
// quantifier ("some of …"), a noun of people or a phrase naming an actor.
func (f *finder) canFeel(o int) bool {
	t := &f.d.Tokens[o]
	switch t.POS {
	case "PRON":
		switch f.words[o] {
		case "him", "her", "them", "us", "me", "you", "many", "some", "others", "everyone", "everybody":
			return true
		}
		return false
	case "PROPN":
		return true
	case "DET", "ADJ", "NUM":
		switch f.words[o] {
		case "some", "many", "most", "all", "several", "few", "both":
			return true // "startled some of the party's leaders"
		}
		return false
	case "NOUN":
		return t.Tag == "NNS" || speakerNouns[f.words[o]] || f.actorAt(o)
	}
	return false
}

// actorAt reports whether an actor mention covers token k.
func (f *finder) actorAt(k int) bool {
	s := f.d.Tokens[k].Span
	for _, a := range f.d.Actors {
		for _, m := range a.Mentions {
			if m.Contains(s) {
				return true
			}
		}
	}
	return false
}
