package quote

import "math"

// The cue model's features are hashed (FNV-1a, 64 bits) from a template
// number and the strings the template joins, so that extracting them
// allocates nothing and the model stores no text.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hStart(tmpl byte) uint64 { return (fnvOffset ^ uint64(tmpl)) * fnvPrime }

// hStrLower is hStr of s with ASCII letters lower-cased, without
// allocating.
func hStrLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// hStr mixes s and a separator into h.
func hStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// cueCandidate reports whether token i is a word the cue model judges: a
// verb, auxiliary, noun or adjective (a cue phrase has one: "said",
// "claims", "made it clear", "according to"). It needs POS tags.
func (f *finder) cueCandidate(i int) bool {
	switch f.d.Tokens[i].POS {
	case "VERB", "AUX", "NOUN", "ADJ":
		return true
	}
	return false
}

// cueFeatures appends the hashed features of token i to buf. It needs the
// parse (f.tree) and the quotation marks (scanMarks).
func (f *finder) cueFeatures(i int, buf []uint64) []uint64 {
	t := &f.d.Tokens[i]
	w := f.words[i]
	lem := lower(t.Lemma)
	if lem == "" {
		lem = w
	}
	add := func(h uint64) { buf = append(buf, h) }
	add(hStart(1))
	add(hStr(hStart(2), w))
	add(hStr(hStart(3), lem))
	add(hStr(hStart(4), t.POS))
	add(hStr(hStart(5), t.Tag))
	add(hStr(hStart(6), t.Dep))
	add(hStr(hStr(hStart(7), lem), t.Dep))
	add(hStr(hStr(hStart(8), lem), t.POS))
	h := f.head(i)
	hl, hp := "ROOT", "ROOT"
	if h >= 0 {
		hl, hp = f.d.Tokens[h].Lemma, f.d.Tokens[h].POS
	}
	add(hStrLower(hStart(9), hl))
	add(hStr(hStr(hStart(10), t.Dep), hp))
	add(hStrLower(hStr(hStart(11), t.Dep), hl))
	if h >= 0 && f.cueLex(h) {
		add(hStr(hStart(12), t.Dep)) // the dependent of a lexicon cue ("said he wanted")
	}
	nkids := 0
	hasComp := false
	for c := f.tree.first[i]; c >= 0; c = f.tree.next[c] {
		k := int(c)
		dep := f.d.Tokens[k].Dep
		if dep == "punct" {
			continue
		}
		nkids++
		side := "R"
		if k < i {
			side = "L"
		}
		add(hStr(hStr(hStart(13), dep), side))
		add(hStr(hStr(hStart(14), lem), dep))
		switch dep {
		case "ccomp", "xcomp", "advcl", "obl", "acl", "nmod", "obj", "parataxis", "csubj":
			fw := f.words[f.tree.lo[k]]
			add(hStr(hStr(hStart(15), dep), fw))
			add(hStr(hStr(hStr(hStart(16), lem), dep), fw))
			add(hStr(hStr(hStart(17), dep), f.d.Tokens[k].POS))
			if dep == "ccomp" || dep == "xcomp" || dep == "parataxis" {
				hasComp = true
			}
		case "nsubj", "nsubj:pass", "nmod:poss":
			sp := f.d.Tokens[k].POS
			add(hStr(hStr(hStart(18), dep), sp))
			if sp == "PRON" {
				add(hStr(hStr(hStart(19), dep), f.words[k]))
			}
			if speakerNouns[f.words[k]] {
				add(hStr(hStart(20), dep))
			}
			add(hStrLower(hStr(hStart(42), dep), f.d.Tokens[k].Lemma))
			add(hStr(hStr(hStr(hStart(21), lem), dep), sp))
		case "aux", "aux:pass", "mark", "case":
			add(hStr(hStr(hStart(22), dep), f.words[k]))
		}
	}
	switch {
	case nkids == 0:
		add(hStart(23))
	case nkids > 3:
		add(hStart(24))
	}
	if hasComp {
		add(hStr(hStart(25), lem))
	}
	prev, prev2, next, next2 := "<s>", "<s>", "</s>", "</s>"
	lo, hi := f.sentBounds(i)
	if i-1 >= lo {
		prev = f.words[i-1]
	}
	if i-2 >= lo {
		prev2 = f.words[i-2]
	}
	if i+1 < hi {
		next = f.words[i+1]
	}
	if i+2 < hi {
		next2 = f.words[i+2]
	}
	add(hStr(hStart(26), prev))
	add(hStr(hStart(27), next))
	add(hStr(hStr(hStart(28), prev2), prev))
	add(hStr(hStr(hStart(29), next), next2))
	add(hStr(hStr(hStart(30), lem), next))
	add(hStr(hStr(hStart(31), prev), lem))
	if f.inSeg[i] >= 0 {
		add(hStart(32))
		add(hStr(hStart(33), lem))
	}
	for k := max(lo, i-3); k < i; k++ {
		if f.marks[k] != markNone {
			add(hStart(34))
			break
		}
	}
	for k := i + 1; k < min(hi, i+4); k++ {
		if f.marks[k] != markNone {
			add(hStart(35))
			break
		}
	}
	if c, ok := f.lex.class[w]; ok {
		add(hStr(hStr(hStart(36), string(rune('0'+c))), t.POS))
	}
	if nominalCues[w] {
		add(hStart(37))
	}
	if len(w) > 3 {
		add(hStr(hStr(hStart(38), w[len(w)-3:]), t.POS))
	}
	if i == lo {
		add(hStart(39))
	}
	pp := "<s>"
	if i-1 >= lo {
		pp = f.d.Tokens[i-1].POS
	}
	add(hStr(hStr(hStart(43), pp), t.POS))
	for k := lo; k < hi; k++ {
		if f.marks[k] != markNone {
			add(hStr(hStart(44), t.POS)) // a quotation in the sentence
			break
		}
	}
	// nested under a lexicon cue ("said his government had asked for …"):
	// the relation that joins the branch to that cue, and how deep it is
	u := i
	for depth := 1; depth <= 5; depth++ {
		p := f.head(u)
		if p < 0 {
			break
		}
		if f.cueLex(p) && f.d.Tokens[p].POS == "VERB" {
			add(hStr(hStr(hStart(40), f.d.Tokens[u].Dep), string(rune('0'+depth))))
			add(hStr(hStr(hStart(41), lem), f.d.Tokens[u].Dep))
			break
		}
		u = p
	}
	return buf
}

// cueLex reports whether token i is a verb of the cue lexicon, without
// asking the model.
func (f *finder) cueLex(i int) bool {
	_, ok := f.lex.class[f.words[i]]
	return ok
}

// cueScore returns the cue model's score of token i, computed once per
// token, and whether there is one: there is none without a model or a
// parse, or when i is no candidate.
func (f *finder) cueScore(i int) (float32, bool) {
	if f.cm == nil || f.tree == nil || !f.cueCandidate(i) {
		return 0, false
	}
	if f.scores == nil {
		f.scores = make([]float32, len(f.words))
		for k := range f.scores {
			f.scores[k] = float32(math.NaN())
		}
	}
	if s := f.scores[i]; s == s {
		return s, true
	}
	f.fbuf = f.cueFeatures(i, f.fbuf[:0])
	s := f.cm.score(f.fbuf)
	f.scores[i] = s
	return s, true
}
