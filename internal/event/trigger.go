package event

import (
	"slices"
	"strings"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// match returns the lexicon entry token i triggers, or nil.
func (s *sentence) match(lx *lexicon, i int) (e *entry, verbal bool) {
	var m map[string][]*entry
	predicate := false
	switch {
	case s.predicateNoun(i):
		m, predicate = lx.nouns, true
	case s.isVerb(i):
		m, verbal = lx.verbs, true
	case s.isNoun(i):
		m = lx.nouns
	case s.adjectivalVerb(i):
		// "is threatening to impose", tagged as an adjective.
		m, verbal = lx.verbs, true
	default:
		return nil, false
	}
	list, ok := m[s.lemmas[i]]
	if !ok {
		// A lemmatiser that missed an inflection ("shelled" as "shel"):
		// try the word form without its common endings.
		list, ok = m[s.stemAt(i, m)]
	}
	if !ok && verbal {
		// A past form the lemmatiser kept because the tagger called it a
		// present ("troops shot/VBP dead two men").
		if l, hit := irregularPast[s.lemmas[i]]; hit {
			list, ok = m[l]
		}
	}
	if !ok && !predicate && (verbal || s.verbLike(i)) {
		// A tagger that took the verb for a noun or the other way round
		// ("protests", "attack"): the word's other lexicon. A noun takes
		// the verbs' only when the parse gives it a verb's dependents, so
		// "the best security guarantee" is no act of guaranteeing.
		other := lx.nouns
		if !verbal {
			other = lx.verbs
		}
		if l, hit := other[s.lemmas[i]]; hit {
			list, verbal = l, !verbal
		}
	}
	if !verbal && s.parsed && s.rels[i] == "nmod:poss" {
		// A possessor names who owns something ("the alliance's new
		// target"), not an act.
		return nil, false
	}
	for _, e := range list {
		if e.word != "" && !s.hasWord(i, e.word) {
			continue
		}
		if len(e.deps) > 0 && !s.hasDep(i, e.deps, verbal) {
			continue
		}
		if len(e.not) > 0 && s.hasDep(i, e.not, verbal) {
			continue
		}
		return e, verbal
	}
	return nil, false
}

// hasWord reports whether trigger i has the particle or preposition w: a
// child that is w ("pull out") or is marked by w ("call for talks"). With
// no parse, w must follow within three tokens.
func (s *sentence) hasWord(i int, w string) bool {
	if !s.parsed {
		for k := i + 1; k < s.n && k <= i+3; k++ {
			if s.lemmas[k] == w {
				return true
			}
		}
		return false
	}
	for _, c := range s.kids[i] {
		if s.lemmas[c] == w && (s.dep(c) == "compound" || s.dep(c) == "advmod" || s.dep(c) == "case" || s.dep(c) == "mark") {
			return true
		}
		if s.marker(c) == w {
			return true
		}
	}
	// A particle right after a verb, whatever the parse hung it on
	// ("handed over 700 kg of medicine" with "over" made a modifier of
	// the number).
	if i+1 < s.n && s.lemmas[i+1] == w && s.isVerb(i) {
		switch s.tok(i + 1).POS {
		case "ADP", "ADV", "PART":
			return true
		}
	}
	return false
}

// hasDep reports whether trigger i has a dependent with one of the lemmas
// ws ("*" for a verb: any object): for a verb its object (or passive subject, or their conjuncts), for
// a noun a compound or modifier. With no parse, the words after a verb or
// before a noun stand in.
func (s *sentence) hasDep(i int, ws []string, verbal bool) bool {
	if !s.parsed {
		if len(ws) == 1 && ws[0] == "*" {
			return i+1 < s.n && (s.isNoun(i+1) || s.tok(i+1).POS == "DET" || s.tok(i+1).POS == "PROPN")
		}
		lo, hi := i+1, min(s.n, i+5)
		if !verbal {
			lo, hi = max(0, i-2), i
		}
		for k := lo; k < hi; k++ {
			if s.wordIn(k, ws) {
				return true
			}
		}
		return false
	}
	any := len(ws) == 1 && ws[0] == "*"
	for _, c := range s.kids[i] {
		if any {
			if verbal && s.dep(c) == "obj" {
				return true
			}
			continue
		}
		var ok bool
		if verbal {
			// advmod: a noun object the tagger took for an adverb ("imposed
			// an arms embargo" with embargo/RB) hangs there; only the
			// lexicon's nouns are matched, so a real adverb never is.
			ok = s.dep(c) == "obj" || s.rels[c] == "nsubj:pass" && !s.stativeForm(i) || s.dep(c) == "xcomp" || s.dep(c) == "obl" || s.dep(c) == "advmod"
		} else {
			ok = s.dep(c) == "compound" || s.dep(c) == "amod" || s.dep(c) == "nmod"
		}
		if !ok {
			continue
		}
		if s.wordIn(c, ws) {
			return true
		}
		for _, g := range s.kids[c] {
			if s.dep(g) == "conj" && s.wordIn(g, ws) {
				return true
			}
			if verbal && s.dep(c) == "obj" && s.dep(g) == "compound" && g == c-1 && s.wordIn(g, ws) {
				// "halt mediation efforts", "cut aid flows": the noun
				// before the object's head names what is meant.
				return true
			}
			if verbal && s.dep(c) == "obj" && s.dep(g) == "nmod" && (s.marker(g) == "of" || s.marker(g) == "in") && s.wordIn(g, ws) {
				// "shipped 20,000 tonnes of rice", "sent dozens of
				// troops", "gave $100 million in loans": the measure's
				// noun is the object meant.
				return true
			}
		}
	}
	if verbal && !any && s.dep(i) == "amod" && s.tok(i).Tag == "VBN" {
		// "banned palm oil exports" parsed as a noun phrase: the noun a
		// past participle modifies is what was done to, its object.
		if h := s.head(i); h > i && s.isNoun(h) && s.wordIn(h, ws) {
			return true
		}
	}
	return false
}

// wordIn reports whether token k's lemma, or its form without a plural
// ending (-s, -es, -ies for -y), is one of ws.
func (s *sentence) wordIn(k int, ws []string) bool {
	l := s.lemmas[k]
	if slices.Contains(ws, l) {
		return true
	}
	for _, suf := range [...]string{"s", "es"} {
		if w, ok := strings.CutSuffix(l, suf); ok && slices.Contains(ws, w) {
			return true
		}
	}
	// "supplies", "militias" left unlemmatised.
	if w, ok := strings.CutSuffix(l, "ies"); ok && slices.Contains(ws, w+"y") {
		return true
	}
	return false
}

// stemAt is stemOf of token i's lower-cased form, without lower-casing
// (a string for a capitalised word) when the form's last byte rules out
// every ending: an ASCII byte stays last, lower-cased, whatever comes
// before it.
func (s *sentence) stemAt(i int, m map[string][]*entry) string {
	sp, text := s.tok(i).Span, s.d.Text
	if sp.Start >= 0 && sp.End <= int32(len(text)) && sp.Start < sp.End {
		switch c := text[sp.End-1]; {
		case c >= utf8.RuneSelf, c == 'd', c == 's', c == 'g', c == 'D', c == 'S', c == 'G':
		default:
			return ""
		}
	}
	return stemOf(lowerLemma(s.d, &doc.Token{Span: sp}), m)
}

// stemOf returns the form w without the first common ending (-ed, -ing,
// -s, -es, -ied, with or without a doubled final consonant) that leaves a
// key of m, or "".
func stemOf(w string, m map[string][]*entry) string {
	if len(w) < 4 {
		return "" // every ending leaves more than two letters
	}
	var ends []stemEnding
	switch w[len(w)-1] {
	// the last letters of stemEndings (checked by a test)
	case 'd':
		ends = stemEndingsD
	case 's':
		ends = stemEndingsS
	case 'g':
		ends = stemEndingsG
	default:
		return "" // most words, cheaply
	}
	for _, e := range ends {
		if stem, ok := strings.CutSuffix(w, e.suf); ok && len(stem) > 2 {
			if _, hit := m[stem+e.add]; hit {
				return stem + e.add
			}
		}
	}
	return ""
}

// stemEndings are the endings stemOf takes off, in order, with what it
// puts back.
var stemEndings = [...]stemEnding{
	{"ied", "y"}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"d", ""}, {"ing", ""}, {"ing", "e"},
	{"es", ""}, {"s", ""}, {"led", "l"}, {"ped", "p"}, {"ted", "t"}, {"ned", "n"}, {"ged", "g"},
	// A doubled final consonant: "committed", "banning", "shipped".
	{"tted", "t"}, {"pped", "p"}, {"nned", "n"}, {"gged", "g"}, {"dded", "d"}, {"rred", "r"}, {"mmed", "m"}, {"bbed", "b"},
	{"tting", "t"}, {"pping", "p"}, {"nning", "n"}, {"gging", "g"}, {"dding", "d"}, {"rring", "r"}, {"mming", "m"}, {"bbing", "b"}, {"lling", "l"},
}

// stemEnding is an ending stemOf takes off and what it puts back.
type stemEnding struct{ suf, add string }

// stemEndingsD, S and G are the stemEndings that end in that letter, in
// their order: stemOf tries only those a word can have, rather than
// testing all 31 endings of every -d, -s or -g word the lexicon lacks.
var stemEndingsD, stemEndingsS, stemEndingsG = endingsIn('d'), endingsIn('s'), endingsIn('g')

func endingsIn(last byte) []stemEnding {
	var out []stemEnding
	for _, e := range stemEndings {
		if e.suf[len(e.suf)-1] == last {
			out = append(out, e)
		}
	}
	return out
}

// predicateNoun reports whether token i, tagged as a verb, is rather the
// head of a noun phrase after a copula that the tagger split: in "is the
// best security guarantee" the parse makes "security", which carries the
// copula, the subject of "guarantee". A subject never carries a copula;
// a predicate noun does.
func (s *sentence) predicateNoun(i int) bool {
	if !s.parsed || i == 0 || !s.isVerb(i) {
		return false
	}
	k := i - 1
	if !s.isNoun(k) || s.child(k, "cop") < 0 {
		return false
	}
	if subj := s.child(i, "nsubj", "nsubj:pass"); subj >= 0 && subj != k {
		return false
	}
	// The noun as the verb's subject, or both made clauses of one verb
	// ("said that sanctions are the best security guarantee"), or the verb
	// a clause of the noun with no subject and no participle's form, which
	// no real clause after a noun is ("the best security guarantee/VBP
	// available").
	if s.head(k) == i || s.head(k) == s.head(i) {
		return true
	}
	tag := s.tok(i).Tag
	return s.head(i) == k && s.dep(i) == "acl" && tag != "VBG" && tag != "VBN"
}

// adjectivalVerb reports whether token i, tagged as an adjective, is a
// verb form heading a clause: ends in -ing or -ed and governs a clause, an
// object or a "to" phrase ("is threatening to impose", "is refusing to
// leave", "is committed to opening").
func (s *sentence) adjectivalVerb(i int) bool {
	t := s.tok(i)
	if !s.parsed || t.POS != "ADJ" {
		return false
	}
	w := strings.ToLower(s.d.Slice(t.Span))
	if !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return false
	}
	if s.child(i, "xcomp", "obj", "ccomp") >= 0 {
		return true
	}
	// "is committed to opening up the economy": a clause or phrase with
	// "to".
	for _, k := range s.kids[i] {
		if d := s.dep(k); (d == "advcl" || d == "obl") && s.marker(k) == "to" {
			return true
		}
	}
	return false
}

// irregularPast maps the irregular past forms of lexicon verbs to their
// lemma.
var irregularPast = map[string]string{
	"shot": "shoot", "fought": "fight", "struck": "strike", "sought": "seek", "met": "meet",
	"held": "hold", "sent": "send", "gave": "give", "given": "give", "took": "take", "taken": "take",
	"broke": "break", "broken": "break", "froze": "freeze", "frozen": "freeze", "withdrew": "withdraw",
	"withdrawn": "withdraw", "beat": "beat", "beaten": "beat", "blew": "blow", "blown": "blow",
	"threw": "throw", "thrown": "throw", "drove": "drive", "driven": "drive", "forbade": "forbid",
	"forbidden": "forbid", "overran": "overrun", "slew": "slay", "slain": "slay", "spoke": "speak",
	"spoken": "speak", "swore": "swear", "sworn": "swear", "led": "lead", "fled": "flee", "lent": "lend",
	"stood": "stand", "sold": "sell", "told": "tell", "won": "win", "paid": "pay", "laid": "lay",
	"cut": "cut", "hit": "hit", "set": "set", "put": "put", "quit": "quit", "bid": "bid",
}

// verbLike reports whether token i, tagged as a noun, has the dependents
// of a verb (a subject, an object or an auxiliary), as a verb the tagger
// missed has; without a parse any noun may be one.
func (s *sentence) verbLike(i int) bool {
	if !s.parsed {
		return true
	}
	if s.child(i, "cop") >= 0 {
		// "a ceasefire is the only guarantee": the subject is the
		// copula's, said of a noun.
		return false
	}
	for _, k := range s.kids[i] {
		switch s.dep(k) {
		case "nsubj", "obj", "aux", "iobj":
			return true
		}
	}
	return false
}

// stativeForm reports whether verb i is "engaged in", "involved in" or
// "committed to": its passive subject does the act rather than undergoing
// it (the coder's stative, without the agent check, for the trigger
// match).
func (s *sentence) stativeForm(i int) bool {
	prep, ok := stativeVerbs[s.lemmas[i]]
	if !ok {
		return false
	}
	for _, k := range s.kids[i] {
		if (s.dep(k) == "obl" || s.dep(k) == "advcl") && s.marker(k) == prep {
			return true
		}
	}
	return false
}
