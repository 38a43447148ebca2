package quote

import "strings"

// subjectOf finds the speaker phrase of cue c: from the dependency parse
// when there is one (the nsubj of the cue verb, with its subtree), else
// from the surface: the noun phrase left of the cue, past adverbs and
// auxiliaries and past an apposition or relative clause set off by commas
// ("Hugh Hill, a doctor who treated him, said"), or the phrase right of an
// inverted cue (", said Hugh Hill"). It returns the mention and its naming
// part (the mention without the apposition) as inclusive token ranges.
func (f *finder) subjectOf(c cue) (spk, name [2]int) {
	none := [2]int{-1, -1}
	if f.hasDeps {
		if s, n, ok := f.depSubject(c.first); ok {
			return s, n
		}
		if f.tree != nil && f.child(c.first, "nsubj:pass") >= 0 {
			return none, none // a passive cue without an agent
		}
		if f.tree != nil && c.first > 0 && f.words[c.first-1] == "to" {
			// "Lee took a moment to point out …": an infinitive's subject
			// is its governing verb's, not the noun before "to"
			if s, n := f.depSource(c.first); s[0] >= 0 {
				return s, n
			}
		}
	}
	lo, _ := f.sentBounds(c.first)
	e := c.first - 1
	for e >= lo && between[f.words[e]] {
		e--
	}
	if e < lo {
		return none, none
	}
	if f.words[e] == "," || f.words[e] == ")" {
		// An apposition or relative clause ends here; its head is before
		// the matching comma.
		for k := e - 1; k > lo && k >= e-maxSpeakerGap; k-- {
			w := f.words[k]
			if isEndPunct(w) || f.marks[k] != markNone {
				break
			}
			if w == "," || w == "(" {
				st := f.npLeft(k-1, lo)
				if st < 0 {
					return none, none
				}
				return [2]int{st, e - 1}, [2]int{st, k - 1}
			}
		}
		return none, none
	}
	if f.marks[e] != markNone || f.usedCue[e] {
		return none, none
	}
	st := f.npLeft(e, lo)
	if st < 0 {
		return none, none
	}
	return [2]int{st, e}, [2]int{st, e}
}

// depSubject reads the subject of the verb at token v from the parse.
func (f *finder) depSubject(v int) (spk, name [2]int, ok bool) {
	toks := f.d.Tokens
	lo, hi := f.sentBounds(v)
	for i := v - 1; i >= lo; i-- { // the subject nearest the verb: a bad parse may give two
		if int(toks[i].Head) != v || !strings.HasPrefix(toks[i].Dep, "nsubj") {
			continue
		}
		if toks[i].Dep == "nsubj:pass" && !stanceAdjectives[f.words[v]] { // "are worried that …" is the subject's worry
			// "it was announced that …", "the offer would be discussed":
			// the subject of a passive cue is said, not saying; its agent
			// ("by the ministry") is the source
			if ag := f.agent(v); ag[0] >= 0 {
				return ag, ag, true
			}
			return [2]int{-1, -1}, [2]int{-1, -1}, false
		}
		a, b := i, i
		if f.tree != nil {
			a, b = int(f.tree.lo[i]), int(f.tree.hi[i])
			// A bad parse may split one subject in two, both on the cue
			// ("[Leaders of the Economic Community] [of West African
			// States] agreed", "[Ana Ruiz, speaking …,] [Youssef Benali,]
			// said"): when another subject's subtree ends right before
			// this one, the subject is both, headed by the first.
			// Only a subject that opens the sentence takes the other in
			// ("…, Kyiv's military, the people said" is no such case).
			for j := a - 1; j >= lo; j-- {
				if int(toks[j].Head) == v && toks[j].Dep == "nsubj" && f.onlyCommas(int(f.tree.hi[j])+1, a-1) && !f.hasDash(int(f.tree.lo[j]), a) &&
					f.onlyPunct(lo, int(f.tree.lo[j])-1) {
					i, a = j, int(f.tree.lo[j])
				}
			}
		} else {
			for j := lo; j < hi; j++ {
				if f.descends(j, i, lo, hi) {
					a, b = min(a, j), max(b, j)
				}
			}
		}
		if b >= v { // an inverted or odd tree: keep to the left of the cue
			b = v - 1
		}
		for k := i - 1; k >= a; k-- { // a bad parse may reach into a quotation before the subject
			if f.marks[k] != markNone || f.inSeg[k] >= 0 {
				a = k + 1
				break
			}
		}
		for a < i && isEdgePunct(f.words[a]) { // the parser hangs commas on the subject
			a++
		}
		for j := i - 1; j > a; j-- { // a dateline is no part of it ("RENO, Nev. (AP) — Trump")
			if w := f.words[j]; w == ":" || f.datelineDash(j) {
				a = j + 1
				break
			}
		}
		if a > b {
			return [2]int{-1, -1}, [2]int{-1, -1}, false
		}
		if f.tree != nil {
			if a2, b2, ok := f.subjectOutsideParens(a, b, lo); ok {
				return [2]int{a2, b2}, [2]int{a2, b2}, true
			}
			a = f.titleHead(v, a, lo)
		}
		nb := b
		for j := i + 1; j <= b; j++ { // the naming part stops at an apposition
			if f.words[j] == "," {
				nb = j - 1
				break
			}
		}
		return [2]int{a, b}, [2]int{a, max(nb, i)}, true
	}
	return [2]int{-1, -1}, [2]int{-1, -1}, false
}

// subjectOutsideParens reads the subject a..b that the parse found
// inside a parenthesis ("Senator Ana Ruiz (I-VT) stated": "I") as the
// noun phrase before the parenthesis, the parenthesis included.
func (f *finder) subjectOutsideParens(a, b, lo int) (int, int, bool) {
	if a-2 < lo || f.words[a-1] != "(" {
		return 0, 0, false
	}
	e := b
	for e < len(f.words) && e <= b+3 && f.words[e] != ")" {
		e++
	}
	if e >= len(f.words) || f.words[e] != ")" {
		return 0, 0, false
	}
	st := f.npLeft(a-2, lo)
	if st < 0 || !f.capitalised(a-2) {
		return 0, 0, false
	}
	return st, e, true
}

// titleHead widens a subject starting at a to the title the parse made
// the head of the cue's clause ("[Democratic candidate] [Hillary Clinton]
// called …", the cue a relative clause on "candidate") or a dependent of
// the cue of its own ("[Union leader] [Tom Berg] said"): the title opens
// the sentence and ends right before the subject.
func (f *finder) titleHead(v, a, lo int) int {
	h := a - 1
	if h < lo || f.head(v) != h && (f.head(h) != v || f.tree.hi[h] != int32(h)) || timeWords[f.words[h]] {
		return a
	}
	switch f.d.Tokens[h].POS {
	case "NOUN", "PROPN":
	default:
		return a
	}
	st := int(f.tree.lo[h])
	for st < h && isEdgePunct(f.words[st]) {
		st++
	}
	if !f.onlyPunct(lo, st-1) {
		return a
	}
	for k := st; k < h; k++ {
		if f.words[k] == "," || f.marks[k] != markNone || f.head(k) < st || f.head(k) > h {
			return a
		}
	}
	return st
}

// trimSpeaker drops what no speaker phrase starts or ends with: a
// conjunction or preposition left by a split coordination ("vote and",
// "of West African States"), a determiner, and punctuation other than a
// closing parenthesis whose opening one it holds. name stays inside spk.
func (f *finder) trimSpeaker(spk, name [2]int) ([2]int, [2]int) {
	if spk[0] < 0 {
		return spk, name
	}
	a, b := spk[0], spk[1]
	b = f.beforeSetOff(a, b)
	for b-2 >= a && timeWords[f.words[b]] && isPrep(f.words[b-1]) {
		b -= 2 // "Hillary Clinton on Tuesday"
	}
	for a < b && (f.speakerEdgeWord(a, true) || isEdgePunct(f.words[a]) || f.marks[a] != markNone || f.leadingAdverb(a)) {
		a++
	}
	for b > a && (f.speakerEdgeWord(b, false) || isDeterminer(f.words[b]) && f.words[b] != "his" && f.words[b] != "her" ||
		(isEdgePunct(f.words[b]) || f.marks[b] != markNone) && !f.closesApposition(a, b)) {
		b--
	}
	if a == b && (f.speakerEdgeWord(a, true) || isEdgePunct(f.words[a])) {
		return [2]int{-1, -1}, [2]int{-1, -1}
	}
	a = f.leftConjuncts(a)
	if s, e := f.beforeTimePhrase(a, b); s >= 0 {
		return [2]int{s, e}, [2]int{s, e}
	}
	name[0], name[1] = max(name[0], a), min(name[1], b)
	if name[0] > name[1] {
		name = [2]int{a, b}
	}
	return [2]int{a, b}, name
}

// beforeTimePhrase returns the noun phrase right before the speaker
// phrase a..b when that phrase is only a time phrase the parse took for
// the subject ("Priebus later Thursday told …", "lawmakers this week
// passed …", "who last year threatened …"), or -1s.
func (f *finder) beforeTimePhrase(a, b int) (int, int) {
	for k := a; k <= b; k++ {
		if !timeWords[f.words[k]] && !timeModifiers[f.words[k]] {
			return -1, -1
		}
	}
	if !timeWords[f.words[b]] {
		return -1, -1
	}
	e := a - 1
	for e >= 0 && f.hasPOS && f.d.Tokens[e].POS == "ADV" {
		e-- // "Priebus later Thursday"
	}
	if e < 0 || !f.hasPOS {
		return -1, -1
	}
	switch f.d.Tokens[e].POS {
	case "NOUN", "PROPN", "PRON":
	default:
		return -1, -1
	}
	lo, _ := f.sentBounds(e)
	s := f.npLeft(e, lo)
	if s < 0 {
		return -1, -1
	}
	return s, e
}

// timeModifiers open a time phrase ("this week", "last year").
var timeModifiers = toSet("this last next early late earlier that")

// leadingAdverb reports an adverb at token i that PolNeAR's sources
// leave out at their start ("[Even] some Democrats", "[Instead,]
// Matthews"): on its train split "even" stands before a source 47 times
// and opens one 8 times, "instead", "still", "now" and "perhaps" never
// open one; "only" opens more than it precedes and stays.
func (f *finder) leadingAdverb(i int) bool {
	switch f.words[i] {
	case "even", "instead", "still", "now", "perhaps":
		return !f.hasPOS || f.d.Tokens[i].POS == "ADV"
	}
	return false
}

// speakerEdgeWord reports a conjunction or preposition at token i that
// cannot start (leading) or end a speaker phrase; "neither", "both" and
// "at least" can start one, a particle can end one ("storm out").
func (f *finder) speakerEdgeWord(i int, leading bool) bool {
	w := f.words[i]
	switch w {
	case "neither", "either", "both", "'s":
		return false
	case "at":
		if leading && i+1 < len(f.words) && (f.words[i+1] == "least" || f.words[i+1] == "most") {
			return false
		}
	}
	switch w {
	case "and", "or", "but", "nor", "of", "for", "to", "in", "on", "at", "with", "by", "from", "as", "than", "before", "after":
		return true
	}
	switch f.d.Tokens[i].POS {
	case "CCONJ":
		return true
	case "SCONJ":
		return leading
	case "ADP":
		return leading || f.d.Tokens[i].Dep == "case"
	}
	return false
}

// closesApposition reports whether the punctuation at token b closes a
// phrase set off inside [a, b): a parenthesis, or a comma or dash after an
// apposition ("Clinton, a Democrat," which PolNeAR's sources include).
func (f *finder) closesApposition(a, b int) bool {
	w := f.words[b]
	if f.marks[b] != markNone {
		for k := a; k < b; k++ {
			if f.marks[k] != markNone {
				return true // “Guccifer,”
			}
		}
		return false
	}
	open := w
	switch w {
	case ")":
		open = "("
	case ",", "—", "–", "--":
	default:
		return false
	}
	for k := a + 1; k < b; k++ {
		if f.words[k] == open {
			return true
		}
	}
	return false
}

// datelineDash reports a dash at token j that may close a dateline: a
// long dash, or a hyphen after the agency's parenthesis ("(Reuters) -").
func (f *finder) datelineDash(j int) bool {
	switch f.words[j] {
	case "—", "–", "--":
		return true
	case "-":
		return j > 0 && f.words[j-1] == ")"
	}
	return false
}

// onlyCommas reports whether tokens [a, b] are all commas (or none): a
// dash or colon there ends a dateline or a headline, not a phrase.
func (f *finder) onlyCommas(a, b int) bool {
	for k := a; k <= b; k++ {
		if f.words[k] != "," {
			return false
		}
	}
	return true
}

// hasDash reports whether tokens [a, b] hold a dash (datelineDash) or
// colon.
func (f *finder) hasDash(a, b int) bool {
	for k := a; k <= b; k++ {
		if f.words[k] == ":" || f.datelineDash(k) {
			return true
		}
	}
	return false
}

// onlyPunct reports whether tokens [a, b] are all punctuation (or none).
func (f *finder) onlyPunct(a, b int) bool {
	for k := a; k <= b; k++ {
		if !isEdgePunct(f.words[k]) {
			return false
		}
	}
	return true
}

// agent returns the by-phrase of passive verb v without its "by", or -1s.
func (f *finder) agent(v int) [2]int {
	for c := f.tree.first[v]; c >= 0; c = f.tree.next[c] {
		k := int(c)
		if k < v || f.d.Tokens[k].Dep != "obl:agent" && f.d.Tokens[k].Dep != "obl" {
			continue
		}
		a, b := int(f.tree.lo[k]), int(f.tree.hi[k])
		if f.words[a] == "by" && a < k {
			return [2]int{a + 1, b}
		}
	}
	return [2]int{-1, -1}
}

// descends reports whether token j is i or below i in the tree.
func (f *finder) descends(j, i, lo, hi int) bool {
	for steps := 0; steps < hi-lo && j >= 0; steps++ {
		if j == i {
			return true
		}
		j = int(f.d.Tokens[j].Head)
	}
	return false
}

// npLeft returns the first token of the noun phrase that ends at token e,
// or -1 when what ends there is no plausible speaker.
func (f *finder) npLeft(e, lo int) int {
	if e < lo || e < 0 {
		return -1
	}
	w := f.words[e]
	if isPronoun(w) {
		if w == "it" || w == "you" || w == "who" {
			return e
		}
		return e
	}
	weak := !f.speakerHead(e) // a lower-case head the lexicon does not know
	i := e
	for i-1 >= lo && e-(i-1) < 10 {
		p := i - 1
		pw := f.words[p]
		if pw == "," || f.marks[p] != markNone || npStop[pw] || f.usedCue[p] || isEndPunct(pw) {
			break
		}
		if f.hasPOS {
			switch f.d.Tokens[p].POS {
			case "VERB", "AUX", "SCONJ", "PUNCT":
				if pw != "-" {
					goto done
				}
			case "PRON":
				if !isPossessive(pw) {
					goto done
				}
			}
		} else if _, ok := f.lex.class[pw]; ok {
			break
		}
		i = p
	}
done:
	// A leading preposition or conjunction belongs to the clause before.
	for i < e && (isPrep(f.words[i]) || f.words[i] == "and") {
		i++
	}
	if i > lo && isPrep(f.words[i-1]) {
		return -1 // the object of a preposition ("at the same time cautioning"), not a subject
	}
	if weak {
		// Without tags, accept an unknown head only in a short phrase that
		// is plainly nominal: opened by a determiner or a capitalised word
		// ("the driver", "Aid workers"), or a bare plural ("farmers").
		lo2, _ := f.sentBounds(e)
		w := f.words[e]
		ok := e-i < 5 && (isDeterminer(f.words[i]) && i < e || f.capitalised(i) && i < e ||
			strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && e-i < 3 && (i == lo2 || f.words[i-1] == ","))
		if !ok || i > lo && isPrep(f.words[i-1]) { // "at the same time cautioning"
			return -1
		}
	}
	return i
}

// speakerHead reports whether token e can end a speaker phrase.
func (f *finder) speakerHead(e int) bool {
	w := f.words[e]
	if speakerNouns[w] || f.capitalised(e) {
		return true
	}
	if f.hasPOS {
		p := f.d.Tokens[e].POS
		return p == "NOUN" || p == "PROPN"
	}
	return f.actorEndsAt(e)
}

func (f *finder) actorEndsAt(e int) bool {
	end := f.d.Tokens[e].End
	for _, a := range f.d.Actors {
		for _, m := range a.Mentions {
			if m.End == end {
				return true
			}
		}
	}
	return false
}

func isPossessive(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

func isPrep(w string) bool {
	switch w {
	case "in", "on", "at", "of", "for", "from", "by", "with", "during", "after", "before", "to", "into", "over", "under":
		return true
	}
	return false
}

// npRight returns the speaker phrase that starts at token s after an
// inverted cue (", said Hugh Hill, a doctor."): to the end of the sentence,
// apposition included, with the naming part up to the first comma.
func (f *finder) npRight(s int) (spk, name [2]int) {
	none := [2]int{-1, -1}
	n := len(f.words)
	if s >= n || f.paraBreak(s) {
		return none, none
	}
	if isPronoun(f.words[s]) {
		return [2]int{s, s}, [2]int{s, s}
	}
	if w := f.words[s]; w == "that" || w == "this" || !f.capitalised(s) && !isDeterminer(w) && !speakerNouns[w] && !f.nounTagged(s) && !f.adjectiveOfName(s) {
		return none, none
	}
	if f.between(s) {
		return none, none
	}
	e, ne := s, -1
	for k := s; k < n && k < s+maxSpeakerGap; k++ {
		w := f.words[k]
		if isEndPunct(w) || f.marks[k] != markNone || (k > s && f.paraBreak(k)) || w == ";" {
			break
		}
		if w == "," {
			if ne < 0 {
				ne = k - 1
			}
			if k+1 < n {
				if _, ok := f.matchCue(k + 1); ok {
					break
				}
			}
			if f.participleNear(k+1, n) {
				break // ", half joking", ", smiling": how it was said, no apposition
			}
		}
		e = k
	}
	for e > s && f.words[e] == "," {
		e--
	}
	if ne < 0 || ne > e {
		ne = e
	}
	return [2]int{s, e}, [2]int{s, ne}
}

// nounTagged reports whether token k is tagged a noun ("said lobbyist
// and strategist Ann Lee").
func (f *finder) nounTagged(k int) bool {
	return f.hasPOS && f.d.Tokens[k].POS == "NOUN"
}

// adjectiveOfName reports an adjective opening a speaker's title or
// description ("said former President Bill Clinton", "said longtime
// aide Ana Ruiz"): tagged ADJ, before a capitalised word or a noun.
func (f *finder) adjectiveOfName(k int) bool {
	if !f.hasPOS || f.d.Tokens[k].POS != "ADJ" || k+1 >= len(f.words) {
		return false
	}
	return f.capitalised(k+1) || f.nounTagged(k+1) || f.d.Tokens[k+1].POS == "PROPN"
}

// participleNear reports whether one of the two tokens from k is an -ing
// verb.
func (f *finder) participleNear(k, n int) bool {
	for j := k; j < n && j < k+2; j++ {
		if isParticiple(f.words[j]) && (!f.hasPOS || f.d.Tokens[j].POS == "VERB") {
			return true
		}
	}
	return false
}

// between reports a time word standing where a speaker would ("said
// Tuesday").
func (f *finder) between(i int) bool {
	return between[f.words[i]] || isPrep(f.words[i])
}

// beforeSetOff ends the speaker phrase a..b at the comma (kept for
// closesApposition to judge) that sets off a phrase hung on the name
// which PolNeAR's sources mostly leave out: a participle or adjective
// phrase ("Ana Ruiz, wearing a red cape, said"), a prepositional phrase
// ("Lee, in Ohio, said") or an adverbial clause. Appositions stay, and so
// do relative clauses, which its sources take about as often as not
// (leaving them out cost source exact F1 on train 0.6330 → 0.6311; the
// three cut 0.6330 → 0.6346).
func (f *finder) beforeSetOff(a, b int) int {
	if f.tree == nil {
		return b
	}
	for j := a + 1; j < b; j++ {
		if f.words[j] != "," {
			continue
		}
		for x := j + 1; x <= b; x++ {
			h := f.head(x)
			if h < a || h >= j {
				continue
			}
			dep := f.d.Tokens[x].Dep
			if dep == "acl" || dep == "advcl" || (dep == "nmod" || dep == "obl") && isPrep(f.words[j+1]) {
				return j
			}
			break
		}
	}
	return b
}

// leftConjuncts widens a speaker phrase starting at a, after "and" or
// "or", to the conjuncts before it when they open the clause ("[Ms. Henry
// and] other labor leaders remain confident …", "On Sunday, [Mr. Rubio
// and] Senator Ted Cruz urged …", "[unions, farm groups, and] many
// lawmakers claim …"): the parse often makes the first conjunct the root
// and leaves the last one the cue's subject alone. Conjuncts that do not
// reach the clause's start are left alone ("Lee thanked Ruiz and Park
// said …").
func (f *finder) leftConjuncts(a int) int {
	lo, _ := f.sentBounds(a)
	for lo < a && isEdgePunct(f.words[lo]) {
		lo++
	}
	if a-2 < lo || f.words[a-1] != "and" && f.words[a-1] != "or" {
		return a
	}
	k := a - 2
	if f.words[k] == "," {
		k-- // a serial comma
	}
	for range 6 {
		if k < lo || f.marks[k] != markNone || f.usedCue[k] {
			return a
		}
		st := f.npLeft(k, lo)
		if st < 0 || st > k {
			return a
		}
		if f.clauseOpens(lo, st) {
			return st
		}
		if st-2 < lo || f.words[st-1] != "," {
			return a
		}
		k = st - 2
	}
	return a
}

// clauseOpens reports whether a phrase at token st opens its clause: at
// the sentence's start lo, after an opening "but" or "and", or after an
// opening adverbial set off by a comma ("On Sunday,", "In 2008,").
func (f *finder) clauseOpens(lo, st int) bool {
	if st == lo {
		return true
	}
	if st-1 == lo {
		switch f.words[lo] {
		case "but", "and", "yet", "so":
			return true
		}
	}
	if f.words[st-1] != "," || st-2 < lo {
		return false
	}
	w := f.words[lo]
	opener := isPrep(w) || openingMarks[w] || timeWords[w] || f.hasPOS && f.d.Tokens[lo].POS == "ADV"
	return opener && f.frontedAdverbial(lo, st-2)
}
