package quote

import "chronicle/internal/doc"

// attitudeObjects are nouns of opinion and mention that, as the object
// of any verb, make a stance of it with the preposition right after them
// ("had a favorable opinion of X", "offered an opinion on X", "makes no
// mention of X", "gave an account of X", "took issue with X", "voiced
// frustration over X"), the verb being none of the lexicon's; PolNeAR's
// cue runs from the verb to the preposition, the content is the
// preposition's object and the source the verb's subject.
var attitudeObjects = toSet("opinion opinions mention account issue frustration doubts")

// attitudeRoles are nouns of a stance held by the subject of a copula
// ("is a fervent supporter of X", "has been a critic of X", "is no fan
// of X").
var attitudeRoles = toSet("supporter supporters critic critics fan fans opponent opponents sponsor ally allies")

// attitudes adds the drafts of attitudeObjects and attitudeRoles.
func (f *finder) attitudes() {
	if f.tree == nil || !f.hasPOS {
		return
	}
	for n, w := range f.words {
		if f.d.Tokens[n].POS != "NOUN" || f.usedCue[n] || f.inSeg[n] >= 0 || f.inDraft(n) {
			continue
		}
		var v, first int // the verb (or the copular noun) and the cue's first token
		switch {
		case attitudeObjects[w] && f.d.Tokens[n].Dep == "obj":
			v = f.head(n)
			if v < 0 || v > n || f.d.Tokens[v].POS != "VERB" || f.usedCue[v] {
				continue
			}
			first = v
		case attitudeRoles[w]:
			cp := f.child(n, "cop")
			if cp < 0 || cp > n {
				continue
			}
			v, first = n, cp
		default:
			continue
		}
		p, last := f.prepAfter(n, v)
		if p < 0 {
			continue
		}
		a, b := f.trimContent(p+1, last)
		if a > b {
			continue
		}
		spk, name, ok := f.depSubject(v)
		if !ok {
			spk, name = [2]int{-1, -1}, [2]int{-1, -1}
		}
		c := cue{first: first, last: p, class: cueSpeech, base: w}
		f.drafts = append(f.drafts, draft{first: a, last: b, span: f.tokSpan(a, b), kind: doc.QuoteIndirect,
			cue: c, hasCue: true, seg: -1, spk: spk, name: name, inherit: -1})
		f.useCue(c)
	}
}

// prepAfter returns the preposition right after noun n and the last token
// of its phrase, whether the parse hangs the phrase on n or on v; else
// -1s.
func (f *finder) prepAfter(n, v int) (int, int) {
	for _, h := range [2]int{n, v} {
		for c := f.tree.first[h]; c >= 0; c = f.tree.next[c] {
			m := int(c)
			if dep := f.d.Tokens[m].Dep; m < n || dep != "nmod" && dep != "obl" {
				continue
			}
			p := int(f.tree.lo[m])
			if p == n+1 && attitudePreps[f.words[p]] && f.d.Tokens[p].Dep == "case" && int(f.tree.hi[m]) > p {
				return p, int(f.tree.hi[m])
			}
		}
	}
	return -1, -1
}

// attitudePreps bring the content of attitudeObjects and attitudeRoles.
var attitudePreps = toSet("of on about over with for")
