package actor

import (
	"sort"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// resolver holds the per-document state of one resolution. Everything is
// a flat slice indexed by token, filled in a few passes.
type resolver struct {
	kb   *KB
	d    *doc.Document
	toks []doc.Token
	keys []string // folded text of each token
	lo   []int32  // first token of each token's sentence
	hi   []int32  // token just past each token's sentence
	hits []hit    // KB phrases found in the tokens, in order
	// hitAt maps a token to the hit covering it, or -1.
	hitAt []int32
	// entAt maps a token to the entity covering it, or -1.
	entAt []int32
	// used marks tokens already explained: a person's role, a group.
	used []bool
	// peopleTok marks the nationality words of peoples (peoples.go),
	// whose country is where they live; nil until one is found.
	peopleTok map[int32]bool
	acts      actorTable
	entActor  []int32 // entity → actor, -1
	persons   []*cluster
	buf       []byte
	foldEnds  []int // see foldChain
	// last is the KB's answer for the text asked about last (ref): an
	// entity's text is asked about for several slots in a row.
	last struct {
		text string
		e    *entry
		t    string
		ok   bool
		set  bool
	}
	// dominant caches the article's dominant country (contextCountry).
	dominant *string
}

// hit is one KB phrase found in the tokens [lo, hi).
type hit struct {
	lo, hi int32
	e      *entry
	slots  uint16 // the slots whose case rule the text meets
}

func (h hit) has(slot int) bool { return h.slots&(1<<slot) != 0 }

// ref returns the KB index the hit names in slot.
func (h hit) ref(slot int) int32 { return h.e.ref[slot] - 1 }

func newResolver(kb *KB, d *doc.Document) *resolver {
	n := len(d.Tokens)
	r := &resolver{kb: kb, d: d, toks: d.Tokens,
		keys: make([]string, n), lo: make([]int32, n), hi: make([]int32, n),
		hitAt: make([]int32, n), entAt: make([]int32, n), used: make([]bool, n),
		entActor: make([]int32, len(d.Entities))}
	text := d.Text
	// The keys are fold's of the tokens; those that need folding (the
	// capitalised ones) are folded into one buffer that becomes one
	// string, rather than one string each.
	var folded []byte
	var refold []int32 // token, start in folded, token, start, ...
	for i, t := range d.Tokens {
		if t.Start < 0 || t.End > int32(len(text)) || t.Start > t.End {
			continue // Validate's business; a bad token stays unmatched
		}
		if s := text[t.Start:t.End]; isFolded(s) {
			r.keys[i] = s
		} else {
			refold = append(refold, int32(i), int32(len(folded)))
			folded = appendFold(folded, s)
		}
		r.lo[i], r.hi[i] = 0, int32(n)
		r.hitAt[i], r.entAt[i] = -1, -1
	}
	all := string(folded)
	for k := 0; k < len(refold); k += 2 {
		end := int32(len(all))
		if k+3 < len(refold) {
			end = refold[k+3]
		}
		r.keys[refold[k]] = all[refold[k+1]:end]
	}
	for _, s := range d.Sentences {
		a, b := max(s.TokenStart, 0), min(s.TokenEnd, int32(n))
		for k := a; k < b; k++ {
			r.lo[k], r.hi[k] = a, b
		}
	}
	for i := range r.entActor {
		r.entActor[i] = -1
	}
	for i, e := range d.Entities {
		a, b := r.tokenRange(e.Span)
		for k := a; k < b; k++ {
			if r.entAt[k] < 0 {
				r.entAt[k] = int32(i)
			}
		}
	}
	return r
}

// tokenRange returns the tokens [a, b) that overlap s.
func (r *resolver) tokenRange(s doc.Span) (int32, int32) {
	n := len(r.toks)
	a := sort.Search(n, func(i int) bool { return r.toks[i].End > s.Start })
	b := a
	for b < n && r.toks[b].Start < s.End {
		b++
	}
	return int32(a), int32(b)
}

// span returns the byte span of tokens [a, b).
func (r *resolver) span(a, b int32) doc.Span {
	return doc.Span{Start: r.toks[a].Start, End: r.toks[b-1].End}
}

// matchHits finds KB phrases in the tokens, longest first, left to right,
// within sentences.
func (r *resolver) matchHits() {
	text := r.d.Text
	n := int32(len(r.toks))
	for i := int32(0); i < n; {
		m := int32(r.kb.first[firstWord(r.keys[i])])
		if m == 0 || r.keys[i] == "" {
			i++
			continue
		}
		found := false
		kmax := min(m, r.hi[i]-i)
		chained := r.foldChain(i, kmax)
		for k := kmax; k >= 1; k-- {
			s := r.span(i, i+k)
			if s.Start > s.End {
				continue
			}
			t := text[s.Start:s.End]
			var key []byte
			if chained {
				key = r.buf[:r.foldEnds[k-1]]
			} else {
				r.buf = appendFold(r.buf[:0], t)
				key = r.buf
			}
			idx, ok := r.kb.phrases[string(key)]
			if !ok {
				continue
			}
			e := &r.kb.entries[idx]
			var mask uint16
			for sl := 0; sl < nSlots; sl++ {
				if e.ref[sl] != 0 && caseOK(e.rule[sl], t) {
					mask |= 1 << sl
				}
			}
			if mask == 0 {
				continue
			}
			for j := i; j < i+k; j++ {
				r.hitAt[j] = int32(len(r.hits))
			}
			r.hits = append(r.hits, hit{lo: i, hi: i + k, e: e, slots: mask})
			i += k
			found = true
			break
		}
		if !found {
			i++
		}
	}
}

// ref is kb.ref(text, slot), remembering the lookup of the last text.
func (r *resolver) ref(text string, slot int) int32 {
	l := &r.last
	if !l.set || l.text != text {
		l.e, l.t, l.ok = r.kb.lookup(text)
		l.text, l.set = text, true
	}
	if !l.ok || l.e.ref[slot] == 0 || !caseOK(l.e.rule[slot], l.t) {
		return -1
	}
	return l.e.ref[slot] - 1
}

// foldChain folds the text of tokens [i, i+kmax) into r.buf once, in
// pieces token by token, and records in r.foldEnds[k-1] the length of
// the fold of tokens [i, i+k): matchHits looks up the phrases of k tokens
// for every k down to 1, and each is a prefix of the longest one's fold.
// It reports false, leaving each phrase to be folded alone, when the
// tokens' spans do not follow each other in the text or a token ends
// inside a character (where folding in pieces could differ).
func (r *resolver) foldChain(i, kmax int32) bool {
	text := r.d.Text
	r.buf, r.foldEnds = r.buf[:0], r.foldEnds[:0]
	start := r.toks[i].Start
	if start < 0 {
		return false
	}
	space := false
	for k := i; k < i+kmax; k++ {
		end := r.toks[k].End
		if end < start || int(end) > len(text) || int(end) < len(text) && !utf8.RuneStart(text[end]) {
			return false
		}
		r.buf, space = appendFoldFrom(r.buf, 0, text[start:end], space)
		r.foldEnds = append(r.foldEnds, len(r.buf))
		start = end
	}
	return true
}

// hitEndingAt returns the hit whose last token is j-1 (that ends just
// before token j), or nil.
func (r *resolver) hitEndingAt(j int32) *hit {
	if j <= 0 || int(j) > len(r.hitAt) || r.hitAt[j-1] < 0 {
		return nil
	}
	h := &r.hits[r.hitAt[j-1]]
	if h.hi != j {
		return nil
	}
	return h
}

// hitStartingAt returns the hit whose first token is j, or nil.
func (r *resolver) hitStartingAt(j int32) *hit {
	if j < 0 || int(j) >= len(r.hitAt) || r.hitAt[j] < 0 {
		return nil
	}
	h := &r.hits[r.hitAt[j]]
	if h.lo != j {
		return nil
	}
	return h
}

// countryOf returns the country a hit names as a country, adjective or
// capital.
func (r *resolver) countryOf(h *hit) (string, bool) {
	for _, sl := range []int{slotCountry, slotAdjective, slotCapital, slotCity} {
		if h.has(sl) {
			return r.kb.countries[h.ref(sl)].Code, true
		}
	}
	return "", false
}
