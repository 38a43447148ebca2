package event

import "slices"

// Prepositions that introduce a target of a verb or noun trigger ("met
// with", "protested against", "attack on", "appealed to").
var targetPreps = []string{"with", "against", "on", "upon", "to", "at", "toward", "towards", "into", "from", "of", "for", "over"}

// Prepositions that introduce the target of a noun trigger ("talks with",
// "attack on", "criticism of"); "at" and "over" there mostly name a
// place or a topic ("a deal at Ukraine's expense").
var nounTargetPreps = []string{"with", "against", "on", "upon", "to", "toward", "towards", "into", "of", "for"}

// Verbs whose object is the subject of their infinitive: in "urged Iran
// to withdraw" Iran withdraws.
var objectControl = []string{"urge", "ask", "call", "press", "force", "persuade", "order", "tell",
	"invite", "allow", "encourage", "pressure", "request", "help", "compel", "advise", "warn", "appeal", "prevent"}

// Verbs that put the clause they govern in the future or the conditional.
var intentVerbs = []string{"threaten", "plan", "intend", "want", "hope", "seek", "promise", "vow",
	"pledge", "offer", "agree", "refuse", "decline", "propose", "consider", "prepare", "try",
	"attempt", "aim", "expect", "urge", "ask", "call", "demand", "wish", "push", "press", "warn",
	"prevent", "need", "work", "plead", "appeal", "would", "will"}

// Modal auxiliaries (and their contractions) of the future and conditional.
var modals = []string{"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll", "’ll", "'d", "’d", "wo", "ca"}

var negators = []string{"not", "n't", "n’t", "never", "no"}

// participants returns the actors of argument token a and of its
// conjuncts, in order.
func (c *coder) participants(a int, dst []int32) []int32 {
	return c.conjuncts(a, 8, dst)
}

// conjuncts is participants with a bound on the chain of conjuncts, so
// that a malformed tree with a cycle cannot recurse forever.
func (c *coder) conjuncts(a, limit int, dst []int32) []int32 {
	if a < 0 || limit == 0 {
		return dst
	}
	dst = c.argActors(a, 2, dst)
	for _, k := range c.s.kids[a] {
		if c.s.dep(k) == "conj" || c.listedName(a, k) {
			dst = c.conjuncts(k, limit-1, dst)
		}
	}
	return dst
}

// argActors resolves argument token a to actors: those covering its
// word, he/she to the person before, else (depth > 0) an actor inside
// its phrase: a modifier, possessor or nominal dependent. An actor of no
// country and no code (a name the KB does not know, or a speaker the
// quote stage made of "which" or "the minister") gives way to what the
// apposition, the relative clause's noun, the pronoun's antecedent or the
// phrase says: it cannot be coded, so it is kept only when nothing else
// is found.
func (c *coder) argActors(a int, depth int, dst []int32) []int32 {
	s := c.s
	n := len(dst)
	if l := s.nameEnd(a); l != a {
		// "Czech Republic President Vaclav Havel" parsed with "Czech" as
		// the head and the rest as its flat name: a name is its last
		// word's, Havel's, not the country's.
		if dst = s.covering(l, dst); len(dst) > n && !c.codeless(dst[n:]) {
			return dst
		}
		dst = dst[:n]
	}
	dst = s.covering(a, dst)
	if len(dst) > n && !c.codeless(dst[n:]) {
		return dst
	}
	var covered []int32
	if len(dst) > n {
		covered = append(covered, dst[n:]...)
		dst = dst[:n]
	}
	dst = c.argActorsInside(a, depth, dst)
	if len(dst) > n && (!c.codeless(dst[n:]) || len(covered) == 0) {
		return dst
	}
	if len(covered) > 0 {
		return append(dst[:n], covered...)
	}
	return dst
}

// nameEnd returns the last word of the name that a heads through flat
// dependents after it ("Vaclav [Havel]"), or a.
func (s *sentence) nameEnd(a int) int {
	for hops := 0; hops < 8; hops++ {
		next := -1
		for _, k := range s.kids[a] {
			if k > a && s.deps[k] == "flat" {
				next = k
			}
		}
		if next < 0 {
			return a
		}
		a = next
	}
	return a
}

// argActorsInside is argActors for a token no coded actor covers.
func (c *coder) argActorsInside(a int, depth int, dst []int32) []int32 {
	s := c.s
	t := s.tok(a)
	n := len(dst)
	if t.POS == "PRON" || s.lemmas[a] == "who" || s.lemmas[a] == "which" {
		switch s.lemmas[a] {
		case "who", "which", "that":
			// "the rebels, who attacked the base": the noun the
			// relative clause modifies.
			if v := s.head(a); v >= 0 && s.dep(v) == "acl" {
				if g := s.head(v); g >= 0 && g != a {
					return c.argActors(g, depth, dst)
				}
			}
		case "he", "she", "him", "her":
			if p := actorBefore(s.d, t.Start, true); p >= 0 {
				dst = append(dst, p)
			}
		case "it", "they", "them":
			// "Iran said it would retaliate": a country, organisation or
			// group named before.
			if p := actorBefore(s.d, t.Start, false); p >= 0 {
				dst = append(dst, p)
			}
		}
		return dst
	}
	if depth == 0 {
		return dst
	}
	// "Mikhail Petrov, Russia's deputy foreign minister": the apposition
	// says who an unknown name is.
	if ap := s.child(a, "appos"); ap >= 0 {
		if dst = c.argActors(ap, depth-1, dst); len(dst) > n && !c.codeless(dst[n:]) {
			return dst
		}
		dst = dst[:n]
	}
	// The doer of an event noun first: "the attack on Gaza by Israel",
	// "the killing of civilians by troops" are Israel's and the troops'.
	if s.isNoun(a) {
		for _, k := range s.kids[a] {
			if s.dep(k) != "nmod" {
				continue
			}
			by := -1
			if s.marker(k) == "by" {
				by = k
			} else if s.marker(k) == "of" {
				// "the killing of civilians by troops" with the by-phrase
				// hung on "civilians".
				for _, g := range s.kids[k] {
					if s.dep(g) == "nmod" && s.marker(g) == "by" {
						by = g
					}
				}
			}
			if by >= 0 {
				if dst = c.argActors(by, depth-1, dst); len(dst) > n {
					return dst
				}
			}
		}
	}
	poss := -1
	for _, k := range s.kids[a] {
		switch s.dep(k) {
		case "compound", "amod", "nmod", "flat", "appos":
			if s.dep(k) == "nmod" && s.rels[k] != "nmod:poss" && !slices.Contains(targetPreps, s.marker(k)) {
				continue
			}
			if s.possessivePronoun(k) {
				if poss < 0 {
					poss = k
				}
				continue
			}
			dst = c.argActors(k, depth-1, dst)
			if len(dst) > n {
				// "the presidents of Ghana and Togo": every owner.
				for _, g := range s.kids[k] {
					if s.dep(g) == "conj" {
						dst = c.argActors(g, depth-1, dst)
					}
				}
				return dst
			}
		}
	}
	if poss >= 0 && (!c.targeting || len(c.owners) > 0) {
		// A possessive pronoun the coreference stage linked to an actor
		// comes last, as what the phrase says of an owner ("criticised
		// its treatment of refugees"). In a target's phrase it is no
		// target when it stands for the trigger's own source, or when
		// the source is unknown, as it then most often is the doer the
		// parse missed: "Ethiopia agreed to re-open its borders" is no
		// act on Ethiopia, and "closed its border with Iran and Turkey"
		// is on both neighbours.
		dst = c.argActors(poss, depth-1, dst)
		if c.targeting {
			dst = append(dst[:n], slices.DeleteFunc(dst[n:], func(x int32) bool { return slices.Contains(c.owners, x) })...)
		}
	}
	return dst
}

// codeless reports whether no actor of ids has a country or a code: what
// cannot be coded in PLOVER terms.
func (c *coder) codeless(ids []int32) bool {
	for _, a := range ids {
		if ac := &c.d.Actors[a]; ac.Country != "" || ac.Code != "" {
			return false
		}
	}
	return true
}

// nounAgent returns the doer a noun names in its phrase, for a verb
// trigger whose subject the noun is: "an attack by Somali militants on a
// base killed nine soldiers", "Israel's strike killed ten": the "by"
// phrase, else the possessor or an adjective of country.
func (c *coder) nounAgent(n int, dst []int32) []int32 {
	s := c.s
	if !s.isNoun(n) {
		return dst
	}
	k0 := len(dst)
	for _, k := range s.kids[n] {
		if s.dep(k) == "nmod" && s.marker(k) == "by" {
			if dst = c.participants(k, dst); len(dst) > k0 {
				return dst
			}
		}
	}
	if e, _ := s.match(c.lx, n); e == nil {
		// Only an event noun has a doer: "the president's convoy" is no
		// act of the president.
		return dst
	}
	for _, k := range s.kids[n] {
		if s.rels[k] == "nmod:poss" || s.dep(k) == "amod" {
			if dst = c.participants(k, dst); len(dst) > k0 {
				return dst
			}
		}
	}
	return dst
}

// subject returns the local index of the subject of verb v, borrowing the
// governor's when v has none ("agreed to meet", "met X and signed"), and
// whether v is passive.
func (c *coder) subject(v int) (subj int, passive bool) {
	s := c.s
	for hops := 0; v >= 0 && hops < 6; hops++ {
		for _, k := range s.kids[v] {
			switch s.rels[k] {
			case "nsubj", "csubj":
				return k, passive
			case "nsubj:pass", "csubj:pass":
				// Passive only with a passive auxiliary or a "by" agent:
				// a parser that took "resigned" for a participle has
				// not made the president the one resigned.
				if hops == 0 && (s.child(v, "aux:pass") >= 0 || c.agent(v) >= 0) && !c.stative(v) {
					passive = true
				}
				return k, passive
			case "aux:pass":
				if hops == 0 && !c.stative(v) {
					passive = true
				}
			}
		}
		g := s.head(v)
		if g < 0 {
			return -1, passive
		}
		switch s.dep(v) {
		case "xcomp":
			if slices.Contains(objectControl, s.lemmas[g]) {
				if o := s.child(g, "obj", "iobj"); o >= 0 {
					return o, passive
				}
				if o := s.child(g, "obl"); o >= 0 && s.lemmas[g] == "call" {
					return o, passive
				}
			}
		case "conj", "advcl":
		case "acl":
			// "the rebels who attacked", "forces attacking the town": the
			// noun the clause modifies is the subject, unless the clause
			// has its own (handled above) or is passive.
			if s.isNoun(g) || s.tok(g).POS == "PROPN" || s.tok(g).POS == "PRON" {
				if passive {
					return -1, passive
				}
				return g, passive
			}
			return -1, passive
		default:
			return -1, passive
		}
		v = g
	}
	return -1, passive
}

// stativeVerbs have a passive form that tells what the subject does, with
// the preposition it takes: "forces were engaged in ethnic cleansing",
// "troops were involved in the killings", "Hanoi is committed to the
// plan".
var stativeVerbs = map[string]string{"engage": "in", "involve": "in", "commit": "to", "dedicate": "to"}

// stative reports whether v is such a form, with no "by" agent.
func (c *coder) stative(v int) bool {
	return c.s.stativeForm(v) && c.agent(v) < 0
}

// agent returns the "by" phrase of a passive verb, or -1.
func (c *coder) agent(v int) int {
	s := c.s
	for _, k := range s.kids[v] {
		if s.rels[k] == "obl:agent" || (s.dep(k) == "obl" && s.marker(k) == "by") {
			return k
		}
	}
	return -1
}

// oblique returns the first child of t with one of the relations rels
// marked by one of the target prepositions that resolves to an actor,
// with its actors appended to dst.
func (c *coder) oblique(t int, dst []int32, rels ...string) []int32 {
	s := c.s
	n := len(dst)
	preps := targetPreps
	if !s.isVerb(t) {
		preps = nounTargetPreps
	}
	for _, k := range s.kids[t] {
		if !slices.Contains(rels, s.dep(k)) || s.rels[k] == "nmod:poss" || s.rels[k] == "obl:tmod" {
			continue
		}
		if m := s.marker(k); !slices.Contains(preps, m) {
			continue
		}
		dst = c.participants(k, dst)
		if len(dst) > n {
			return dst
		}
	}
	return dst
}

// Nouns whose infinitive clause tells an act not done ("the failure to
// commit to the target", "its refusal to attend"), and adjectives whose
// clause tells an act only possible ("capable of guaranteeing",
// "able to deliver").
var (
	notDoneNouns = []string{"failure", "refusal", "inability", "unwillingness", "reluctance"}
	ableWords    = []string{"capable", "able", "ability", "capacity"}
)

// notDone reports whether t is the infinitive of a noun of failure or
// refusal: "the failure to commit", also when the parse made the noun the
// infinitive's subject ("that the nation's failure to commit … was").
func (c *coder) notDone(t int) bool {
	s := c.s
	if g := s.head(t); g >= 0 && (s.dep(t) == "acl" || s.dep(t) == "xcomp") && slices.Contains(notDoneNouns, s.lemmas[g]) {
		return true
	}
	k := s.child(t, "nsubj")
	return k >= 0 && k < t && slices.Contains(notDoneNouns, s.lemmas[k]) && s.hasMark(t, "to")
}

// negated reports whether token t is negated: "not", "never", "no", or
// the infinitive of a noun of failure or refusal.
func (c *coder) negated(t int) bool {
	s := c.s
	if c.notDone(t) {
		return true
	}
	for _, k := range s.kids[t] {
		switch s.dep(k) {
		case "advmod", "det", "neg":
			if slices.Contains(negators, s.lemmas[k]) {
				return true
			}
		}
	}
	return false
}

// mood is what hypothetical finds about a clause.
type mood int

const (
	moodReal        mood = iota
	moodModal            // a modal or "going to": will, would, could, may, ...
	moodConditional      // "if" or "unless": a conditional promise or threat
	moodGoverned         // under a verb of intent: "threatened to attack"
)

// hypothetical reports the mood of the clause of t: a modal or "if" on t
// or on the verbs governing it through advcl, conj (when the clause has
// no subject of its own) and, for a noun, the verb it depends on; or a
// governing verb of intent ("threatened to attack").
func (c *coder) hypothetical(t int) mood {
	s := c.s
	if s.isVerb(t) && (c.conditionInArguments(t) || c.conditionOfReport(t)) {
		return moodConditional
	}
	found := moodReal
	for hops := 0; t >= 0 && hops < 5; hops++ {
		for _, k := range s.kids[t] {
			switch s.dep(k) {
			case "aux":
				if slices.Contains(modals, s.lemmas[k]) && found == moodReal {
					found = moodModal
				}
				if s.lemmas[k] == "to" && hops == 0 {
					// "going to attack"
					if g := s.head(t); g >= 0 && s.lemmas[g] == "go" && found == moodReal {
						found = moodModal
					}
				}
			case "mark":
				if s.lemmas[k] == "if" || s.lemmas[k] == "unless" {
					return moodConditional
				}
			case "advcl":
				// "will impose sanctions if talks fail"
				if m := s.marker(k); m == "if" || m == "unless" {
					return moodConditional
				}
			}
		}
		if found != moodReal {
			return found
		}
		g := s.head(t)
		if g < 0 {
			return moodReal
		}
		if slices.Contains(ableWords, s.lemmas[g]) {
			switch s.dep(t) {
			case "xcomp", "acl", "advcl":
				// "capable of guaranteeing": a capacity, not an act.
				return moodModal
			}
		}
		switch s.dep(t) {
		case "xcomp", "ccomp", "acl":
			if slices.Contains(intentVerbs, s.lemmas[g]) {
				return moodGoverned
			}
			if s.dep(t) != "xcomp" {
				return moodReal
			}
		case "advcl", "conj":
			// A clause with a subject of its own keeps its own mood.
			if s.child(t, "nsubj", "csubj") >= 0 {
				return moodReal
			}
		case "obl", "obj", "nmod":
		default:
			return moodReal
		}
		t = g
	}
	return moodReal
}

// conditionInArguments reports whether an "if" or "unless" clause hangs
// inside verb t's object or oblique phrases as a noun's clause, where the
// parse put a condition of the verb: "may halt mediation efforts between
// the republics if the fighting goes on" (a noun takes no "if" clause).
func (c *coder) conditionInArguments(t int) bool {
	s := c.s
	stack := []int{}
	for _, k := range s.kids[t] {
		if d := s.dep(k); d == "obj" || d == "obl" {
			stack = append(stack, k)
		}
	}
	for steps := 0; len(stack) > 0 && steps < s.n; steps++ {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, g := range s.kids[k] {
			switch s.dep(g) {
			case "acl", "advcl":
				// advcl on a noun is the parse's own slip for the
				// same attachment.
				if m := s.marker(g); m == "if" || m == "unless" {
					return true
				}
			case "nmod", "conj", "appos":
				stack = append(stack, g)
			}
		}
	}
	return false
}

// conditionOfReport reports whether verb t is the clause a speech verb
// reports and an "if" or "unless" clause of that speech verb follows t:
// "Ankara will expel the ambassador if the ban stays, Turkey said", where
// the parse hangs the condition, which sits inside the reported words, on
// "said". A condition before the reported verb ("If asked, he said he
// would go") may be the report's own, so it is left to the speech verb.
func (c *coder) conditionOfReport(t int) bool {
	s := c.s
	g := s.head(t)
	if g < 0 || s.dep(t) != "ccomp" || !slices.Contains(speechVerbs, s.lemmas[g]) {
		return false
	}
	for _, k := range s.kids[g] {
		if k > t && s.dep(k) == "advcl" {
			if m := s.marker(k); m == "if" || m == "unless" {
				return true
			}
		}
	}
	return false
}

// listedName reports whether k, an apposition of a, is rather the next
// name of a list the parser took for an apposition: "Egypt, Jordan and
// the Palestinians" with Jordan as Egypt's apposition. Both are names of
// coded actors, and different ones; an apposition that says who a is
// ("Petrov, Russia's deputy minister") is no name.
func (c *coder) listedName(a, k int) bool {
	s := c.s
	if s.dep(k) != "appos" || s.tok(k).POS != "PROPN" || s.tok(a).POS != "PROPN" {
		return false
	}
	ka := s.covering(k, nil)
	aa := s.covering(a, nil)
	if len(ka) == 0 || len(aa) == 0 || c.codeless(ka) || c.codeless(aa) {
		return false
	}
	for _, x := range ka {
		if slices.Contains(aa, x) {
			return false
		}
	}
	return true
}

// possessivePronoun reports whether token k is a possessive pronoun
// ("its", "their", "his") qualifying a noun.
func (s *sentence) possessivePronoun(k int) bool {
	return s.rels[k] == "nmod:poss" && (s.tok(k).Tag == "PRP$" || s.tok(k).POS == "PRON")
}
