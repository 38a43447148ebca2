package quote

import "chronicle/internal/doc"

// reducedRelatives reads a cue's past participle that modifies the noun
// before it, a reduced relative clause ("a plan announced earlier this
// year", "the report released by the council", "A $40 million merger
// announced Monday would …"): PolNeAR marks the noun phrase as the
// content and the by-phrase's agent, when there is one, as the source.
// The sieves took what follows the participle for its content, and the
// noun for its speaker ("[Monday would turn …] | A $40 million merger |
// announced"), or the noun for a nominal cue whose content was the
// participle's phrase ("plan" → "announced earlier this year"). It runs
// before the other reported-speech sieves, so that the cue is used.
func (f *finder) reducedRelatives() {
	if f.tree == nil || !f.hasPOS {
		return
	}
	for v := range f.words {
		if t := f.d.Tokens[v].Tag; f.usedCue[v] || f.inSeg[v] >= 0 || t != "VBN" && t != "VBD" {
			continue
		}
		a, b, ok := f.reducedNoun(v)
		if !ok {
			continue
		}
		c, ok := f.matchCue(v)
		if !ok || c.class == cueAccord || c.class == cueThink || c.first != c.last {
			continue
		}
		ag := f.agent(v)
		f.drafts = append(f.drafts, draft{first: a, last: b, span: f.tokSpan(a, b),
			kind: doc.QuoteIndirect, cue: c, hasCue: true, seg: -1,
			spk: ag, name: ag, inherit: -1})
		f.useCue(c)
	}
}

// reducedNoun returns the noun phrase that the participle at v modifies
// right after it, without its preposition: the noun the parse hangs the
// participle on as an acl, or, where the tagger and the parse made it the
// verb of the noun as subject, one before a time word the parse took for
// the subject of the clause after it. (A VBN tag alone says little: the
// tagger gives it to many a past tense.)
func (f *finder) reducedNoun(v int) (int, int, bool) {
	if v == 0 || f.child(v, "aux", "aux:pass", "cop") >= 0 || f.child(v, "ccomp") >= 0 && f.d.Tokens[v].Dep == "acl" {
		return 0, 0, false
	}
	h := -1
	switch {
	case f.d.Tokens[v].Tag == "VBD":
		// "A $40 million merger announced Monday would turn …", tagged
		// and parsed as the verb of "merger", with "Monday" the subject
		// of "would turn": the weekday or time word right after the
		// participle is no clause's subject
		k := f.child(v, "ccomp")
		if s := f.child(v, "nsubj"); s == v-1 && f.d.Tokens[s].POS == "NOUN" && k > v && f.child(k, "nsubj") == v+1 && timeWords[f.words[v+1]] {
			h = s
		}
	case f.d.Tokens[v].Dep == "acl":
		// not on a root noun: "The union called for a vote" parsed
		// without a verb
		if p := f.head(v); p >= 0 && p == v-1 && (f.d.Tokens[p].POS == "NOUN" || f.d.Tokens[p].POS == "PROPN") && f.d.Tokens[p].Dep != "root" {
			h = p
		}
	}
	if h < 0 {
		return 0, 0, false
	}
	a := int(f.tree.lo[h])
	for a < h && (f.d.Tokens[a].Dep == "case" || f.d.Tokens[a].Dep == "cc" || isEdgePunct(f.words[a])) {
		a++
	}
	b := v - 1
	if f.marks[a] != markNone || f.inSeg[a] >= 0 {
		return 0, 0, false
	}
	return a, b, a <= b
}
