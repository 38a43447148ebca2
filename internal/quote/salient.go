package quote

import (
	"slices"
	"strings"

	"chronicle/internal/coref/names"
	"chronicle/internal/doc"
)

// salienceWindow is how many sentences back a speaker "he" or "she" looks
// for its person, as the coref stage's pronouns do.
const salienceWindow = 10

// salient resolves a speaker "he" or "she" at span at the way the coref
// stage resolves its pronouns (internal/coref, after Lappin & Leass): of
// the people mentioned before it outside quotations in the ten sentences
// before, whose sex does not contradict the pronoun, the one with the most
// salience, where each mention weighs 1, a subject 2, halved for every
// sentence back. The nearest person alone lost a paragraph's subject to a
// person named in passing after it ("Lee met Ana Ruiz. He said …").
func (r *resolver) salient(w string, at doc.Span) int32 {
	f := r.f
	want := byte('m')
	if w == "she" {
		want = 'f'
	}
	t := r.tokenAt(at.Start)
	if t < 0 || f.sentOf[t] < 0 {
		return -1
	}
	sent := int(f.sentOf[t])
	type score struct {
		actor   int32
		w       float64
		lastEnd int32
		counted []doc.Span
	}
	var scores []score
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.span.End > at.Start || at.Start-m.span.End > 20000 {
			continue
		}
		if f.d.Actors[m.actor].Kind != "person" {
			continue
		}
		if g := r.sexOf(m.actor); g != 0 && g != want {
			continue
		}
		if !m.known {
			r.read(m)
		}
		if m.tok < 0 || int(m.sent) < sent-salienceWindow || m.quoted {
			continue
		}
		i := slices.IndexFunc(scores, func(s score) bool { return s.actor == m.actor })
		if i < 0 {
			scores = append(scores, score{actor: m.actor})
			i = len(scores) - 1
		}
		s := &scores[i]
		if slices.ContainsFunc(s.counted, m.span.Overlaps) {
			continue // a speaker mention noted over the actor's own mention
		}
		s.counted = append(s.counted, m.span)
		wt := 1.0
		if m.subj {
			wt = 2
		}
		for d := int(m.sent); d < sent; d++ {
			wt /= 2
		}
		s.w += wt
		s.lastEnd = max(s.lastEnd, m.span.End)
	}
	best := -1
	for i, s := range scores {
		if best < 0 || s.w > scores[best].w || s.w == scores[best].w && s.lastEnd > scores[best].lastEnd {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	return scores[best].actor
}

// read fills in what salient needs to know of mention m.
func (r *resolver) read(m *mention) {
	m.known = true
	m.tok, m.sent = -1, -1
	t := r.tokenAt(m.span.Start)
	if t < 0 || r.f.sentOf[t] < 0 {
		return
	}
	m.tok, m.sent = int32(t), r.f.sentOf[t]
	m.subj = r.subject(t, m.span.End)
	m.quoted = r.quoted(m.span)
}

// subject reports whether a token from t up to byte offset end is a
// subject in the parse.
func (r *resolver) subject(t int, end int32) bool {
	toks := r.f.d.Tokens
	for k := t; k < len(toks) && toks[k].Start < end; k++ {
		if strings.HasPrefix(toks[k].Dep, "nsubj") {
			return true
		}
	}
	return false
}

// sexOf returns what is known of actor a's sex, 'm', 'f' or 0: from an
// honorific before a mention or a pronoun already resolved to it
// (r.gender), else from its given name in the coref stage's lists.
func (r *resolver) sexOf(a int32) byte {
	if g, ok := r.gender[a]; ok {
		return g
	}
	var g byte
	if fs := strings.Fields(r.f.d.Actors[a].Name); len(fs) > 1 {
		g = names.Sex(fs[0])
	}
	if g != 0 {
		r.gender[a] = g
	}
	return g
}

// tokenAt returns the index of the token starting at or covering byte
// offset off, or -1.
func (r *resolver) tokenAt(off int32) int {
	toks := r.f.d.Tokens
	i, _ := slices.BinarySearchFunc(toks, off, func(t doc.Token, off int32) int { return int(t.Start - off) })
	if i < len(toks) && toks[i].Start == off {
		return i
	}
	if i > 0 && toks[i-1].Start <= off && off < toks[i-1].End {
		return i - 1
	}
	return -1
}
