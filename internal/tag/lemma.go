package tag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The lemmatiser learns two things from the treebank: suffix-rewrite rules
// ("for an NNS ending in -ies, cut 3 bytes and add y") chosen by the
// longest suffix seen at least twice, and the exceptions those rules get
// wrong (went → go, 's as VBZ → be, n't → not). Only exceptions are stored,
// which keeps the table small; the rules carry regular words, seen or not.

// maxLemmaSuffix is the longest suffix, in bytes, a rule is keyed by.
const maxLemmaSuffix = 6

// editRule turns a form into its lemma: cut bytes from the end, then add.
type editRule struct {
	cut int
	add string
}

// lemmatizer is the learnt lemma table and rules.
type lemmatizer struct {
	except   map[string]string   // lower-cased form + "\x00" + XPOS → lemma
	rules    map[string]editRule // XPOS + "\x00" + suffix of the base → rule
	keepCase map[string]bool     // XPOS whose lemmas keep the form's case (NNP)
	// lowered holds, for the XPOS that keep case, the lower-cased forms
	// (+ "\x00" + XPOS) seen mostly in lower case in training: a
	// capitalised "Nervous" (JJ) is the adjective "nervous" at the start
	// of a sentence, while "American" (JJ) keeps its capital.
	lowered map[string]bool
	// lens has, per XPOS, bit k set when some rule is keyed by a suffix
	// of k bytes, so that rule looks up only the suffixes that can match:
	// most tags have rules of few lengths. Set by indexRules.
	lens map[string]uint8
}

// indexRules fills l.lens from l.rules.
func (l *lemmatizer) indexRules() {
	l.lens = map[string]uint8{}
	for k := range l.rules {
		xpos, suffix, _ := strings.Cut(k, "\x00")
		l.lens[xpos] |= 1 << len(suffix)
	}
}

// lemma returns the lemma of a word tagged xpos; norm and low are its
// normalised and lower-cased bytes. It allocates only when the lemma is
// not a string it already has.
func (l *lemmatizer) lemma(s *scratch, word string, norm, low []byte, xpos string) string {
	s.key = append(append(append(s.key[:0], low...), 0), xpos...)
	if lem, ok := l.except[string(s.key)]; ok {
		return lem
	}
	base := low
	if l.keepCase[xpos] && !l.lowered[string(s.key)] {
		base = norm
	}
	r := l.rule(s, base, xpos)
	if r.cut == 0 && r.add == "" {
		if string(base) == word {
			return word
		}
		return string(base)
	}
	out := append(base[:len(base)-r.cut:len(base)-r.cut], r.add...)
	if !utf8.Valid(out) {
		return string(base)
	}
	return string(out)
}

// rule finds the rule of the longest known suffix of base.
func (l *lemmatizer) rule(s *scratch, base []byte, xpos string) editRule {
	lens := l.lens[xpos]
	for k := min(maxLemmaSuffix, len(base)); k >= 0; k-- {
		if lens&(1<<k) == 0 {
			continue
		}
		s.key = append(append(append(s.key[:0], xpos...), 0), base[len(base)-k:]...)
		if r, ok := l.rules[string(s.key)]; ok && r.cut <= len(base) {
			return r
		}
	}
	return editRule{}
}

// apply is rule application for training, where allocation does not
// matter.
func (l *lemmatizer) apply(base, xpos string) string {
	var s scratch
	r := l.rule(&s, []byte(base), xpos)
	out := base[:len(base)-r.cut] + r.add
	if !utf8.ValidString(out) {
		return base
	}
	return out
}

// editOf returns the rule that turns base into lemma.
func editOf(base, lemma string) editRule {
	p := 0
	for p < len(base) && p < len(lemma) && base[p] == lemma[p] {
		p++
	}
	return editRule{cut: len(base) - p, add: lemma[p:]}
}

// lemmaSample is one (form, XPOS, lemma) occurrence in training data.
type lemmaSample struct{ form, xpos, lemma string }

// learnLemmas builds a lemmatiser from training occurrences. Forms must be
// normalised already.
func learnLemmas(samples []lemmaSample) lemmatizer {
	type typeKey struct{ low, xpos string }
	// Most frequent lemma and form per (lower-cased form, XPOS).
	lemmaCount := map[typeKey]map[string]int{}
	formCount := map[typeKey]map[string]int{}
	keep := map[string][2]int{} // per XPOS: lemma == form, lemma == lower(form)
	for _, s := range samples {
		low := lowerString(s.form)
		k := typeKey{low, s.xpos}
		if lemmaCount[k] == nil {
			lemmaCount[k], formCount[k] = map[string]int{}, map[string]int{}
		}
		lemmaCount[k][s.lemma]++
		formCount[k][s.form]++
	}
	types := make([]typeKey, 0, len(lemmaCount))
	for k := range lemmaCount {
		types = append(types, k)
	}
	// Whether an XPOS keeps the case of the form is decided over types:
	// "I" is frequent, but It, He, They are lemmatised in lower case.
	for _, k := range types {
		form, lemma := argmaxString(formCount[k]), argmaxString(lemmaCount[k])
		if form == k.low {
			continue
		}
		c := keep[k.xpos]
		if lemma == form {
			c[0]++
		} else if lemma == k.low {
			c[1]++
		}
		keep[k.xpos] = c
	}
	l := lemmatizer{except: map[string]string{}, rules: map[string]editRule{}, keepCase: map[string]bool{}, lowered: map[string]bool{}}
	for x, c := range keep {
		if c[0] > c[1] {
			l.keepCase[x] = true
		}
	}
	slices.SortFunc(types, func(a, b typeKey) int {
		if c := strings.Compare(a.low, b.low); c != 0 {
			return c
		}
		return strings.Compare(a.xpos, b.xpos)
	})
	bases := make([]string, len(types))
	lemmas := make([]string, len(types))
	// Count rules per (XPOS, suffix) over types, not tokens: unseen words
	// behave like rare types, not like frequent tokens.
	ruleCount := map[string]map[editRule]int{}
	for i, k := range types {
		lemmas[i] = argmaxString(lemmaCount[k])
		bases[i] = k.low
		if l.keepCase[k.xpos] {
			bases[i] = argmaxString(formCount[k])
			if bases[i] == k.low && strings.ToUpper(k.low) != k.low {
				l.lowered[k.low+"\x00"+k.xpos] = true
			}
		}
		r := editOf(bases[i], lemmas[i])
		for n := 0; n <= min(maxLemmaSuffix, len(bases[i])); n++ {
			rk := k.xpos + "\x00" + bases[i][len(bases[i])-n:]
			if ruleCount[rk] == nil {
				ruleCount[rk] = map[editRule]int{}
			}
			ruleCount[rk][r]++
		}
	}
	best := map[string]editRule{}
	for rk, counts := range ruleCount {
		total := 0
		for _, c := range counts {
			total += c
		}
		xpos, suffix, _ := strings.Cut(rk, "\x00")
		if total < 2 && suffix != "" {
			continue
		}
		_ = xpos
		best[rk] = argmaxRule(counts)
	}
	// Keep a rule only where it differs from the rule of its parent suffix
	// (the parent, or its nearest kept ancestor, would answer the same).
	for rk, r := range best {
		xpos, suffix, _ := strings.Cut(rk, "\x00")
		if suffix == "" {
			l.rules[rk] = r
			continue
		}
		parent := suffix[1:]
		for {
			pr, ok := best[xpos+"\x00"+parent]
			if ok {
				if pr != r {
					l.rules[rk] = r
				}
				break
			}
			parent = parent[1:]
		}
	}
	l.indexRules()
	for i, k := range types {
		if l.apply(bases[i], k.xpos) != lemmas[i] {
			l.except[k.low+"\x00"+k.xpos] = lemmas[i]
		}
	}
	return l
}

// argmaxString returns the most frequent key, the smallest on ties.
func argmaxString(m map[string]int) string {
	best, bc := "", -1
	for k, c := range m {
		if c > bc || c == bc && k < best {
			best, bc = k, c
		}
	}
	return best
}

// argmaxRule returns the most frequent rule; ties go to the smaller cut,
// then the smaller addition, so the choice is deterministic.
func argmaxRule(m map[editRule]int) editRule {
	var best editRule
	bc := -1
	for r, c := range m {
		if c > bc || c == bc && (r.cut < best.cut || r.cut == best.cut && r.add < best.add) {
			best, bc = r, c
		}
	}
	return best
}
