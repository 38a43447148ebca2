package quote

import (
	"context"
	"fmt"
	"sort"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

const stageName = "quote"

// Stage finds quotations and their speakers. It is immutable after
// NewStage and safe for concurrent use.
type Stage struct {
	lex *lexicon
	cm  *CueModel
}

// NewStage returns the "quote" stage. It requires tokens and sentences and
// uses POS tags, the dependency parse, entities and actors when the
// document has them, so run it after the actor stage when there is one (the
// actor stage replaces Document.Actors, which would orphan the speakers).
//
// The stage uses the embedded cue model (DefaultCueModel), loaded once and
// shared; when it does not load, the sieves work alone.
func NewStage() *Stage {
	m, _ := DefaultCueModel()
	return NewStageWith(m)
}

// NewStageWith returns the stage with cue model m (nil: the sieves alone).
func NewStageWith(m *CueModel) *Stage { return &Stage{lex: newLexicon(), cm: m} }

var _ pipeline.Stage = (*Stage)(nil)

// Name returns "quote".
func (*Stage) Name() string { return stageName }

// Requires returns the tokens and sentences layers.
func (*Stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerTokens, doc.LayerSentences} }

// Provides returns the quotes layer.
func (*Stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerQuotes} }

// Process replaces d.Quotes with the quotations found in d and appends an
// actor for each speaker no earlier stage named.
func (s *Stage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("quote: %w", err)
	}
	d.Quotes = Find(s, d)
	return nil
}

// Find returns the quotations of d without setting d.Quotes; it may append
// speaker actors to d.Actors. The spans of d's tokens must be valid.
func Find(s *Stage, d *doc.Document) []doc.Quote {
	if len(d.Tokens) == 0 {
		return nil
	}
	f := newFinder(d, s.lex)
	f.cm = s.cm
	f.scanMarks()
	f.attribute()
	f.dropColonCopies()
	order := make([]int, len(f.drafts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return f.drafts[order[a]].span.Start < f.drafts[order[b]].span.Start })
	for i := range f.drafts {
		dr := &f.drafts[i]
		dr.spk, dr.name = f.trimSpeaker(dr.spk, dr.name)
		if dr.spk[0] < 0 && dr.hasCue && f.participleAfterComma(dr.cue.first) {
			dr.spk, dr.name = f.inheritedMention(i)
		}
		if dr.seg < 0 && dr.first < dr.last {
			if e := f.datelineEnd(dr.first); e > dr.first && e <= dr.last {
				dr.first, dr.span = e, f.tokSpan(e, dr.last) // "NAIROBI, March 3 (Chronicle) — The World Health Organization will …"
			}
		}
		if dr.seg < 0 && dr.hasCue && dr.first < dr.last {
			if a, b := f.semicolonBounds(dr.first, dr.last, dr.cue.first); a <= b && (a != dr.first || b != dr.last) {
				dr.first, dr.last, dr.span = a, b, f.tokSpan(a, b)
			}
			if a, b := f.narratorTail(dr.first, dr.last, dr.cue.first, dr.spk); a <= b && (a != dr.first || b != dr.last) {
				dr.first, dr.last, dr.span = a, b, f.tokSpan(a, b)
			}
			if a, b := f.frontedClauseEnd(dr.first, dr.last, dr.cue.first); a <= b && (a != dr.first || b != dr.last) {
				dr.first, dr.last, dr.span = a, b, f.tokSpan(a, b)
			}
		}
		if dr.seg >= 0 && !dr.hasCue && f.segs[dr.seg].unclosed && !f.continued(dr.seg) {
			// a paragraph that opens a quotation and never closes it, with
			// no cue: on PolNeAR's train split a quoted article or
			// transcript, whose own attributions are inside it
			dr.span = doc.Span{}
			continue
		}
		if dr.seg < 0 && dr.first == dr.last && relativePronouns[f.words[dr.first]] {
			dr.span = doc.Span{} // "which the three countries formed …, has not yet responded"
			continue
		}
		if dr.spk[0] >= 0 && !f.sourceable(dr.name) {
			// "the deal showed that …": what was agreed or said is no speaker
			dr.spk, dr.name = [2]int{-1, -1}, [2]int{-1, -1}
			if dr.seg < 0 {
				dr.span = doc.Span{} // a reported clause without a speaker is rarely an attribution
			}
		}
	}
	f.dropNested()
	r := newResolver(f)
	speaker := make([]int32, len(f.drafts))
	done := make([]bool, len(f.drafts))
	var resolveDraft func(i int) int32
	resolveDraft = func(i int) int32 {
		if done[i] {
			return speaker[i]
		}
		done[i] = true
		speaker[i] = -1
		dr := f.drafts[i]
		if dr.spk[0] >= 0 {
			speaker[i] = r.resolve(dr.spk, dr.name)
		} else if dr.inherit >= 0 && dr.inherit != i {
			speaker[i] = resolveDraft(dr.inherit)
		}
		return speaker[i]
	}
	out := make([]doc.Quote, 0, len(f.drafts))
	for _, i := range order {
		resolveDraft(i)
	}
	for _, i := range order {
		dr := f.drafts[i]
		if dr.span.Start >= dr.span.End {
			continue
		}
		q := doc.Quote{Span: dr.span, Kind: dr.kind, Speaker: speaker[i]}
		if q.Speaker >= 0 {
			q.SpeakerName = d.Actors[q.Speaker].Name
		}
		if dr.spk[0] >= 0 {
			m := f.tokSpan(dr.spk[0], dr.spk[1])
			q.SpeakerMention = &m
		}
		if dr.hasCue {
			c := f.cueSpan(dr)
			q.Cue = &c
			q.Medium = f.medium(dr)
		}
		out = append(out, q)
	}
	return out
}

// inheritedMention returns the speaker phrase draft i takes over from the
// draft it inherits from when that phrase stands in the sentence of i's
// cue: a participle after a comma ("“…,” Lee said, adding that …", "he
// vowed, adding he …") has the subject of the verb before it as its source
// mention, as PolNeAR marks it. Else -1s.
func (f *finder) inheritedMention(i int) (spk, name [2]int) {
	none := [2]int{-1, -1}
	c := f.drafts[i].cue.first
	k := f.drafts[i].inherit
	if k < 0 {
		k = f.cueDraftBefore(c) // a quotation's draft, made before the reported cue it follows
	}
	for steps := 0; k >= 0 && k != i && steps < 8; k, steps = f.drafts[k].inherit, steps+1 {
		p := f.drafts[k]
		if p.spk[0] >= 0 {
			if p.spk[1] < c && f.sentOf[p.spk[0]] == f.sentOf[c] {
				return p.spk, p.name
			}
			return none, none
		}
	}
	return none, none
}

// continued reports whether a later segment continues segment si.
func (f *finder) continued(si int) bool {
	for j := si + 1; j < len(f.segs); j++ {
		if f.segs[j].continues == si {
			return true
		}
	}
	return false
}
