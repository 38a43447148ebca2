package quote

import "chronicle/internal/doc"

// stanceAdjectives report a stance or feeling towards something, which
// PolNeAR marks as an attribution with the adjective (and its preposition)
// as the cue, the subject as the source and what the stance is about as
// the content ("many voters are concerned about the cost", "the senator
// was critical of the deal", "aides are confident that she will win",
// "the council is willing to pay"). Written from general knowledge of
// English; on PolNeAR's train split such adjectives head about one cue in
// sixty. The second half of the list (sympathetic, distrustful, open, …)
// was added in session 5, when a held-out tenth of train had some twenty
// such cues with a preposition unfound; of them, sure and certain were
// right less than half the time on the whole train split, yet dropping
// them lowered dev.
var stanceAdjectives = toSet("worried concerned supportive critical skeptical sceptical confident convinced aware " +
	"hopeful optimistic pessimistic eager willing reluctant unwilling determined wary angry furious unhappy " +
	"happy pleased proud disappointed frustrated adamant doubtful enthusiastic nervous anxious fearful " +
	"sympathetic passionate cynical distrustful mistrustful suspicious hostile opposed committed dismissive contemptuous " +
	"resentful fond receptive favorable favourable averse upset outraged indignant sure unsure certain uncertain excited " +
	"alarmed troubled satisfied dissatisfied grateful ambivalent divided keen vocal outspoken open " +
	// feelings, added in session 7 when a held-out tenth of train had
	// "were thrilled with", "are shocked that", "would be scared if"
	// unfound or read as passives with the cause for a source; not
	// "encouraged" or "persuaded", whose passives are as often a hearer's
	// ("was encouraged to run")
	"thrilled delighted surprised shocked stunned impressed unimpressed dismayed horrified appalled aghast disturbed " +
	"scared afraid terrified comfortable uncomfortable confused puzzled baffled offended irritated annoyed exasperated " +
	"infuriated disgusted bothered intrigued embarrassed ashamed saddened impatient elated amused")

// adjectivePreps are the prepositions that join a stance adjective and
// bring its content ("concerned about", "critical of", "angry at").
var adjectivePreps = toSet("about of over with at by in on to for")

// adjectives adds drafts for stance adjectives from the parse.
func (f *finder) adjectives() {
	if f.tree == nil || !f.hasPOS {
		return
	}
	for v, w := range f.words {
		if !stanceAdjectives[w] || f.usedCue[v] || f.inSeg[v] >= 0 || !f.predicativeStance(v) {
			continue
		}
		if f.inDraft(v) {
			continue // "said he was confident that …": PolNeAR marks the outer attribution only
		}
		spk, name, ok := f.depSubject(v)
		if !ok {
			// "feel confident", "remain hopeful": the subject of the
			// verb the adjective completes
			h := f.head(v)
			if h < 0 || h > v || f.d.Tokens[v].Dep != "xcomp" {
				continue
			}
			if spk, name, ok = f.depSubject(h); !ok {
				continue
			}
		}
		c := cue{first: v, last: v, class: cueSpeech, base: w}
		first, last := -1, -1
		for k := f.tree.first[v]; k >= 0; k = f.tree.next[k] {
			kk := int(k)
			if kk < v {
				continue
			}
			lo := int(f.tree.lo[kk])
			switch f.d.Tokens[kk].Dep {
			case "ccomp", "xcomp", "advcl":
				if lo == v+1 && (f.words[lo] == "that" || f.words[lo] == "to" || f.d.Tokens[kk].Dep == "ccomp") {
					first, last = lo, int(f.tree.hi[kk])
				}
			case "obl", "obl:agent":
				if lo == v+1 && adjectivePreps[f.words[lo]] && f.d.Tokens[lo].Dep == "case" && int(f.tree.hi[kk]) > lo {
					c.last = lo
					first, last = lo+1, int(f.tree.hi[kk])
				}
			default:
				continue
			}
			break
		}
		if first < 0 {
			continue
		}
		first, last = f.trimContent(first, last)
		if last < first || f.words[first] == "to" && first == last {
			continue
		}
		if spk[1] >= v || spk[0] <= last && spk[1] >= first {
			continue
		}
		dr := draft{first: first, last: last, spk: spk, name: name, inherit: -1, seg: -1}
		dr.cue, dr.hasCue = c, true
		dr.span, dr.kind = f.tokSpan(dr.first, dr.last), doc.QuoteIndirect
		f.useCue(c)
		f.drafts = append(f.drafts, dr)
	}
}

// predicativeStance reports whether the stance word at v is an adjective,
// or a participle the parse read as a passive with its subject ("the
// senator was disappointed by the vote": the senator's feeling about the
// vote, not the vote's act on her); not an attributive participle ("the
// disappointed voters").
func (f *finder) predicativeStance(v int) bool {
	t := &f.d.Tokens[v]
	return t.POS == "ADJ" || t.POS == "VERB" && t.Tag == "VBN" && f.child(v, "nsubj:pass") >= 0
}

// inDraft reports whether token v lies inside the content of a draft.
func (f *finder) inDraft(v int) bool {
	for _, d := range f.drafts {
		if d.first <= v && v <= d.last {
			return true
		}
	}
	return false
}
