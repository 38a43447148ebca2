package coref

import (
	"strings"

	"chronicle/internal/doc"
)

// appositions makes the noun phrases the parse sets beside a mention
// mentions of its actor: an apposition on either side ("John Kerry, the
// Secretary of State," and "Spain's top diplomat, José Manuel Albares")
// and a predicate noun ("Albares is the head of the delegation"). The
// phrase must be headed by a common noun: a name there is an actor of its
// own, which the actor stage has already resolved.
func (r *resolver) appositions() {
	for ai, a := range r.d.Actors {
		if a.Kind == "place" {
			continue // "Paris, the capital" names a place, not an actor
		}
		for _, m := range a.Mentions {
			r.besides(m, int32(ai))
		}
	}
}

// pronounPredicates gives the predicate nouns of the pronouns the stage
// resolved to their actors ("She is the mayor of Tromsø").
func (r *resolver) pronounPredicates() {
	for ai := range r.added {
		for i := 0; i < len(r.added[ai]); i++ {
			m := r.added[ai][i] // besides may append
			if w := strings.ToLower(r.d.Slice(m)); pronounSex(w) != unknown || pluralPronouns[w] {
				r.besides(m, int32(ai))
			}
		}
	}
}

// besides links to actor a the noun phrases beside its mention m: its
// appositions on either side, and its predicate noun after a copula or
// "become" ("Aas became the mayor of Tromsø").
func (r *resolver) besides(m doc.Span, a int32) {
	h := r.headOf(m)
	if h < 0 {
		return
	}
	for _, c := range r.tr.children(h) {
		if r.d.Tokens[c].Dep == "appos" && r.common(int(c)) && r.agree(h, int(c)) {
			r.linkNP(int(c), a)
		}
	}
	tk := r.d.Tokens[h]
	g := int(tk.Head)
	if g < 0 || g >= len(r.d.Tokens) {
		return
	}
	if g < h {
		// A name with others coordinated to it after a noun with words
		// after it ("a meeting between European leaders, President
		// Zelenskiy and President Trump") is a list the parser hung as
		// an apposition, not "Spain's top diplomat, Albares".
		if _, end, ok := r.tr.np(g); tk.Dep == "appos" && r.common(g) && ok && (end == g || r.tr.child(h, "conj") < 0) && r.agree(h, g) {
			r.linkNP(g, a)
		}
		return
	}
	if tk.Dep != "nsubj" {
		return
	}
	switch {
	case r.d.Tokens[g].POS == "NOUN" && r.tr.child(g, "cop") >= 0 && !r.negated(g) && r.agree(h, g):
		r.linkNP(g, a)
	case r.d.Tokens[g].Lemma == "become" && !r.negated(g):
		if x := r.tr.child(g, "xcomp"); x > g && r.d.Tokens[x].POS == "NOUN" {
			r.linkNP(x, a)
		}
	}
}

// common reports whether token t heads a common noun phrase: a common
// noun, or a capitalised role with "the" ("the Secretary of State"),
// which the tagger takes for a name.
func (r *resolver) common(t int) bool {
	switch r.d.Tokens[t].POS {
	case "NOUN":
		return true
	case "PROPN":
		return r.owner[t] < 0 && r.definiteDet(t) && r.roleOf(t, strings.ToLower(r.word(t))) != ""
	}
	return false
}

// definiteDet reports whether t has the determiner "the".
func (r *resolver) definiteDet(t int) bool {
	for _, c := range r.tr.children(t) {
		if r.d.Tokens[c].Dep == "det" && strings.EqualFold(r.word(int(c)), "the") {
			return true
		}
	}
	return false
}

// agree reports whether a mention's head h and the noun n beside it
// agree in number: "France, Germany and Britain, the three parties"
// (the apposition hung on the first of a coordination) and "according
// to two delegates, a proposal …" (a misparse) do not.
func (r *resolver) agree(h, n int) bool { return r.plural(h) == r.plural(n) }

// plural reports whether token t is a plural noun or pronoun. (A noun
// with others coordinated to it counted as plural too lost 0.007 CoNLL
// F1 on GUM's news dev.)
func (r *resolver) plural(t int) bool {
	switch r.d.Tokens[t].Tag {
	case "NNS", "NNPS":
		return true
	}
	return pluralPronouns[strings.ToLower(r.word(t))]
}

// headOf is the token of span s whose head lies outside it, or -1.
func (r *resolver) headOf(s doc.Span) int {
	a := r.tokenAt(s.Start)
	if a < 0 {
		return -1
	}
	b := a
	for b+1 < len(r.d.Tokens) && r.d.Tokens[b+1].Start < s.End {
		b++
	}
	for t := a; t <= b; t++ {
		if h := int(r.d.Tokens[t].Head); h < a || h > b {
			return t
		}
	}
	return b
}

// negated reports whether a predicate carries a negation ("X is not the
// leader").
func (r *resolver) negated(t int) bool {
	for _, c := range r.tr.children(t) {
		switch strings.ToLower(r.word(int(c))) {
		case "not", "n't", "never", "no":
			return true
		}
	}
	return false
}

// linkNP links the noun phrase headed by token t to actor a, unless its
// head is already part of some actor's mention.
func (r *resolver) linkNP(t int, a int32) {
	if r.owner[t] >= 0 {
		return
	}
	lo, hi, ok := r.tr.np(t)
	if !ok {
		return
	}
	s := doc.Span{Start: r.d.Tokens[lo].Start, End: r.d.Tokens[hi].End}
	if r.inQuote(s) {
		return
	}
	r.link(s, a)
}

// descriptions resolves definite descriptions, "the" or "this" with a
// singular common noun, outside quotations:
//   - a role ("the minister", "the Secretary of State") to the most
//     salient person holding it, by the actor layer's roles;
//   - a word for a man or a woman ("the boy", "the woman") to the most
//     salient person of that sex, and an age ("the 42-year-old") to the
//     most salient person;
//   - a word for an organisation ("the company", "the group") to the
//     most salient organisation of a compatible sector, and "the
//     country" or "the city" to the most salient country or place.
//
// A phrase that sets its referent apart from the one before ("the other
// minister", "the former president") is left alone.
func (r *resolver) descriptions() {
	var buf [16]byte
	for t := range r.d.Tokens {
		tk := &r.d.Tokens[t]
		if tk.POS != "NOUN" && tk.POS != "ADJ" && tk.POS != "PROPN" {
			continue
		}
		if lo := r.ageAt(t); lo >= 0 {
			if a := r.salient(t, unknown, nil); a >= 0 {
				if s := (doc.Span{Start: r.d.Tokens[lo].Start, End: tk.End}); !r.inQuote(s) {
					r.link(s, a)
				}
			}
			continue
		}
		if tk.POS == "PROPN" && tk.Tag == "NNP" && r.owner[t] < 0 && r.definite(t) && !r.inQuote(tk.Span) {
			// A capitalised role, "The President", is a description too.
			if lo, hi, ok := r.tr.np(t); ok && lo < t && hi == t {
				if w, ok := lowerShort(r.word(t), buf[:]); ok {
					noun := string(w)
					if role := r.roleOf(t, noun); role != "" {
						if a := r.salient(t, unknown, func(p int32) bool { return roleMatches(r.d.Actors[p].Role, role, noun) }); a >= 0 {
							r.linkNP(t, a)
						}
					}
				}
			}
			continue
		}
		if tk.POS != "NOUN" || tk.Tag == "NNS" || r.owner[t] >= 0 || !r.definite(t) || r.inQuote(tk.Span) {
			continue
		}
		w, ok := lowerShort(r.word(t), buf[:])
		if !ok {
			continue // no word of the lists is longer
		}
		var a int32 = -1
		if k, ok := kindNouns[string(w)]; ok {
			if !r.named(t) {
				// "the agency" is first the International Atomic Energy
				// Agency, then any organisation.
				if a = r.salientOf(t, k, string(w)); a < 0 {
					a = r.salientOf(t, k, "")
				}
			}
		} else if sex, ok := personNouns[string(w)]; ok {
			if r.bare(t) {
				a = r.salient(t, sex, nil)
			}
		} else {
			noun := string(w)
			if role := r.roleOf(t, noun); role != "" {
				a = r.salient(t, unknown, func(p int32) bool { return roleMatches(r.d.Actors[p].Role, role, noun) })
				if a < 0 { // named before the window: roles are rarer than sexes
					a = r.onlyHolder(t, role, noun)
				}
			} else if r.bare(t) {
				a = r.namedBy(t, noun)
			}
		}
		if a >= 0 {
			r.linkNP(t, a)
		}
	}
}

// definite reports whether noun t has a definite determiner and no
// modifier that contrasts it with a referent before.
func (r *resolver) definite(t int) bool {
	def := false
	for _, c := range r.tr.children(t) {
		switch r.d.Tokens[c].Dep {
		case "det":
			w := r.word(int(c))
			def = strings.EqualFold(w, "the") || strings.EqualFold(w, "this") || strings.EqualFold(w, "that")
		case "amod", "nummod":
			if contrastive[strings.ToLower(r.word(int(c)))] {
				return false
			}
		}
	}
	return def
}

// contrastive modifiers set a description's referent apart.
var contrastive = map[string]bool{"other": true, "another": true, "former": true, "previous": true, "next": true,
	"new": true, "first": true, "second": true, "third": true, "last": true, "late": true, "same": true, "one": true}

// personNouns are words for a person that give their sex.
var personNouns = map[string]gender{"man": male, "boy": male, "guy": male, "gentleman": male,
	"woman": female, "girl": female, "lady": female, "teenager": unknown, "teen": unknown}

// ageAt returns the first token of "the 42 - year - old" ending at token
// t, split as the tokenizer splits it and standing alone as a noun
// phrase (not "the 42-year-old man"), or -1.
func (r *resolver) ageAt(t int) int {
	toks := r.d.Tokens
	if t < 5 || len(r.word(t)) != 3 || !strings.EqualFold(r.word(t), "old") || t+1 < len(toks) && (toks[t+1].POS == "NOUN" || toks[t+1].POS == "PROPN") {
		return -1
	}
	if r.word(t-1) != "-" || r.word(t-3) != "-" || toks[t-4].POS != "NUM" || !strings.EqualFold(r.word(t-5), "the") {
		return -1
	}
	if y := strings.ToLower(r.word(t - 2)); y != "year" && y != "years" || r.owner[t] >= 0 {
		return -1
	}
	return t - 5
}

// kindNouns are words for organisations and places, with the actor kind
// and sectors they may stand for.
type nounKind struct {
	kind    string
	sectors string // space-separated sectors allowed; empty: any
}

var kindNouns = map[string]nounKind{
	"company": {"organisation", "BUS"}, "firm": {"organisation", "BUS"}, "corporation": {"organisation", "BUS"},
	"business": {"organisation", "BUS"}, "bank": {"organisation", "BUS"}, "airline": {"organisation", "BUS"},
	"carrier": {"organisation", "BUS"}, "manufacturer": {"organisation", "BUS"}, "retailer": {"organisation", "BUS"},
	"group": {"organisation", ""}, "organization": {"organisation", ""}, "organisation": {"organisation", ""},
	"agency": {"organisation", ""}, "team": {"organisation", ""}, "club": {"organisation", ""},
	"party": {"organisation", ""}, "alliance": {"organisation", ""}, "bloc": {"organisation", ""},
	"union": {"organisation", ""}, "association": {"organisation", ""}, "foundation": {"organisation", ""},
	"charity": {"organisation", ""}, "institute": {"organisation", ""}, "university": {"organisation", ""},
	"network": {"organisation", ""}, "newspaper": {"organisation", "MED"}, "paper": {"organisation", "MED"},
	"broadcaster": {"organisation", "MED"}, "ministry": {"organisation", ""}, "department": {"organisation", ""},
	"militia": {"organisation", ""}, "movement": {"organisation", ""}, "coalition": {"organisation", ""},
	"country": {"country", ""}, "nation": {"country", ""},
	"city": {"place", ""}, "town": {"place", ""}, "village": {"place", ""}, "island": {"place", ""},
	"region": {"place", ""}, "province": {"place", ""}, "county": {"place", ""}, "district": {"place", ""},
}

// salientOf is the most salient actor of kind k.kind (k.kind may list
// several, separated by spaces) and of one of k.sectors or of no sector,
// before token t outside quotations: each mention within the window
// weighs 1, halved for every sentence back. (On GUM train this beat the
// actor named last: CoNLL F1 0.3508 → 0.3513; "the city" of a travel
// guide is the one it is about, not the last one it names.)
func (r *resolver) salientOf(t int, k nounKind, name string) int32 {
	at := r.d.Tokens[t].Start
	sent := r.sentOf[t]
	best, bestW := int32(-1), 0.0
	for ai, a := range r.d.Actors {
		if !fits(a, k) ||
			name != "" && !hasWord(strings.ToLower(a.Name), name) {
			continue
		}
		w := 0.0
		for _, ms := range [2][]doc.Span{a.Mentions, r.added[ai]} {
			for _, m := range ms {
				if m.End > at || r.inQuote(m) {
					continue
				}
				mt := r.tokenAt(m.Start)
				if mt < 0 || r.sentOf[mt] < sent-window {
					continue
				}
				x := 1.0
				for d := r.sentOf[mt]; d < sent; d++ {
					x /= 2
				}
				w += x
			}
		}
		if w > bestW {
			best, bestW = int32(ai), w
		}
	}
	return best
}

// roleOf is the canonical role a description headed by noun t names, by
// the knowledge base ("the Secretary of State": foreign minister), else
// the noun itself when some person of the article holds a role ending in
// it ("the minister" for a foreign minister); or "".
func (r *resolver) roleOf(t int, noun string) string {
	if r.s.kb != nil {
		if lo, hi, ok := r.tr.np(t); ok {
			for lo < t && r.d.Tokens[lo].Dep == "det" {
				lo++
			}
			if ro, ok := r.s.kb.Role(r.d.Slice(doc.Span{Start: r.d.Tokens[lo].Start, End: r.d.Tokens[hi].End})); ok {
				return ro.Name
			}
			if ro, ok := r.s.kb.Role(r.d.Slice(doc.Span{Start: r.d.Tokens[lo].Start, End: r.d.Tokens[t].End})); ok {
				return ro.Name
			}
		}
	}
	for _, a := range r.d.Actors {
		if a.Kind == "person" && lastWord(a.Role) == noun {
			return noun
		}
	}
	return ""
}

// roleMatches reports whether a person with role has the role a
// description names: the same canonical role, or one ending in the
// description's noun ("foreign minister" for "the minister").
func roleMatches(role, described, noun string) bool {
	return role != "" && (role == described || lastWord(role) == noun)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// bare reports whether noun t has no dependent but its determiner,
// punctuation and a possessive clitic: "the team" goes back to the team
// named before, while "the US team", "the control group" or "the town of
// Gonzales" introduce one.
func (r *resolver) bare(t int) bool {
	for _, c := range r.tr.children(t) {
		switch r.d.Tokens[c].Dep {
		case "det", "punct":
		case "case":
			if int(c) < t {
				return false
			}
		default:
			if !outsideNP[r.d.Tokens[c].Dep] {
				return false
			}
		}
	}
	return true
}

// named reports whether the phrase headed by noun t names something
// itself, a proper noun or an actor's mention in it ("the US team", "the
// town of Gonzales"), so that it is no description of what came before.
func (r *resolver) named(t int) bool {
	lo, hi, ok := r.tr.np(t)
	if !ok {
		return true
	}
	for k := lo; k <= hi; k++ {
		if k != t && (r.d.Tokens[k].POS == "PROPN" || r.owner[k] >= 0) {
			return true
		}
	}
	return false
}

// hasWord reports whether the space-separated list has word w.
func hasWord(list, w string) bool {
	for list != "" {
		var f string
		f, list, _ = strings.Cut(list, " ")
		if f == w {
			return true
		}
	}
	return false
}

// institutionNouns are the heads of names of institutions and places
// that stand for the name alone with "the": the museum, the river.
var institutionNouns = map[string]bool{"museum": true, "university": true, "college": true, "school": true,
	"academy": true, "institute": true, "hospital": true, "church": true, "cathedral": true, "mosque": true,
	"temple": true, "synagogue": true, "monastery": true, "palace": true, "castle": true, "court": true,
	"council": true, "committee": true, "commission": true, "parliament": true, "assembly": true,
	"senate": true, "congress": true, "square": true, "park": true, "river": true, "lake": true,
	"mountain": true, "bridge": true, "airport": true, "station": true, "stadium": true, "hotel": true,
	"library": true, "gallery": true, "theatre": true, "theater": true, "festival": true, "fair": true,
	"office": true, "bureau": true, "service": true, "force": true, "army": true, "navy": true,
	"league": true, "society": true, "federation": true, "fund": true}

// namedBy is the most salient organisation or place whose name has noun
// as a word ("the museum" for the Cleveland Museum of Art, "the party"
// for the Labour Party), or -1.
func (r *resolver) namedBy(t int, noun string) int32 {
	if !institutionNouns[noun] {
		return -1
	}
	return r.salientOf(t, nounKind{kind: "organisation place"}, noun)
}

// onlyHolder is the one person named before token t who holds the role,
// however far back, or -1 when none or several do.
func (r *resolver) onlyHolder(t int, role, noun string) int32 {
	at := r.d.Tokens[t].Start
	found := int32(-1)
	for ai, a := range r.d.Actors {
		if a.Kind != "person" || !roleMatches(a.Role, role, noun) || len(a.Mentions) == 0 || a.Mentions[0].Start >= at {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = int32(ai)
	}
	return found
}

// describedSpeaker re-resolves a speaker mention that is a definite
// description of a kind ("the company", "the firm") when the quote stage
// gave it to actor a of another kind or sector: it returns the most
// salient actor the description fits, or -1 to keep a.
func (r *resolver) describedSpeaker(m doc.Span, a int32) int32 {
	h := r.headOf(m)
	if h < 0 || r.d.Tokens[h].POS != "NOUN" || !r.definite(h) || r.named(h) {
		return -1
	}
	k, ok := kindNouns[strings.ToLower(r.word(h))]
	if !ok || fits(r.d.Actors[a], k) {
		return -1
	}
	return r.salientOf(h, k, "")
}

// fits reports whether actor a is of kind k and of one of its sectors.
func fits(a doc.Actor, k nounKind) bool {
	return hasWord(k.kind, a.Kind) && (k.sectors == "" || a.Sector == "" || strings.Contains(k.sectors, a.Sector))
}
