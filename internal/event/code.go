package event

import (
	"slices"
	"strings"

	"chronicle/internal/doc"
)

// coder codes one document; it is not shared between goroutines.
type coder struct {
	d   *doc.Document
	lx  *lexicon
	cfg Config
	s   *sentence
	// themes are the current event's themes, which guess never takes.
	themes []int32
	// owners are the current trigger's sources while its targets are
	// read (targeting): a possessive pronoun in a target's phrase that
	// stands for one of them names no target ("re-open its borders").
	owners    []int32
	targeting bool
	// byStart lists the mentions of d's actors for firstActor, built at
	// its first call (byStartSet); nil when a mention ends before it
	// starts and firstActor scans instead.
	byStart    []actorMention
	byStartSet bool
}

// candidate is one trigger found in a sentence.
type candidate struct {
	tok     int // local index of the trigger
	e       *entry
	verbal  bool
	light   int // local index of the light verb governing a noun trigger; -1
	rank    int // prominence: lower is more prominent
	sources []int32
	targets []int32
	themes  []int32 // what the trigger moves: never a target (themes.go)
}

// codeDocument returns the events of d, sentence by sentence.
func codeDocument(d *doc.Document, lx *lexicon, cfg Config) []doc.Event {
	var out []doc.Event
	c := &coder{d: d, lx: lx, cfg: cfg, s: &sentence{}}
	var cands []candidate
	for i := range d.Sentences {
		if !newSentence(d, i, c.s) {
			continue
		}
		cands = c.candidates(cands[:0])
		if len(cands) == 0 {
			continue
		}
		for k := range cands {
			if c.s.parsed {
				c.argumentsParsed(&cands[k])
			} else {
				c.argumentsSurface(&cands[k])
			}
		}
		c.governorsFirst(cands)
		c.vowedActs(cands)
		slices.SortStableFunc(cands, func(a, b candidate) int { return a.rank - b.rank })
		// The most prominent trigger that is an event of its own is what
		// the sentence reports (selection.go); the others count only
		// with a participant.
		n, weak, none := len(out), -1, false
		for k := range cands {
			switch c.judge(&cands[k], cands) {
			case keepEvent:
				out = append(out, c.event(&cands[k]))
			case weakEvent:
				if weak < 0 {
					weak = k
				}
			case noEvent:
				none = true
			}
		}
		// A weak trigger stands in only for a sentence that has no other
		// and in which nothing was found not to happen.
		if len(out) == n && weak >= 0 && !none {
			out = append(out, c.event(&cands[weak]))
		}
	}
	return dropRepeats(out)
}

// candidates finds the triggers of the current sentence. A noun trigger
// governed by a verb trigger is part of that verb's event ("imposed
// sanctions", "threatened … with tariffs") and is dropped.
func (c *coder) candidates(dst []candidate) []candidate {
	s := c.s
	for i := range s.n {
		e, verbal := s.match(c.lx, i)
		if e == nil {
			continue
		}
		if !verbal && s.parsed && s.dep(i) == "compound" {
			// A modifier is no event: "aid agencies", "protest leaders".
			continue
		}
		cd := candidate{tok: i, e: e, verbal: verbal, light: -1}
		if s.parsed {
			cd.rank = 2 * s.depth(i)
		} else {
			cd.rank = 2 * i
		}
		if !verbal {
			cd.rank++
		} else if s.parsed && s.nonfinite(i) {
			// A finite verb reports the sentence's event before an
			// infinitive or participle, whatever the parse hangs them on:
			// "students marched … to demand", "protested, demanding".
			cd.rank += 3
		}
		dst = append(dst, cd)
	}
	if !s.parsed {
		// Without a parse a noun after a verb trigger is most likely its
		// object ("imposed sanctions"): keep the verbs when there are any.
		if slices.ContainsFunc(dst, func(o candidate) bool { return o.verbal }) {
			dst = slices.DeleteFunc(dst, func(o candidate) bool { return !o.verbal })
		}
		return dst
	}
	// Drop noun triggers inside a verb trigger's arguments; find the light
	// verb of the others.
	isVerbTrigger := func(g int) bool {
		return g >= 0 && s.isVerb(g) && slices.ContainsFunc(dst, func(o candidate) bool { return o.tok == g && o.verbal })
	}
	keep := make([]bool, len(dst))
	for k := range dst {
		cd := &dst[k]
		keep[k] = true
		if cd.verbal {
			continue
		}
		g := s.head(cd.tok)
		switch {
		case isVerbTrigger(g):
			// "imposed sanctions" is one event; but the subject of a verb
			// trigger is an event of its own ("Israel's attack killed ten").
			keep[k] = s.dep(cd.tok) == "nsubj"
			if c.vowedNoun(cd, g) {
				// "vowed an inquiry": the vow's subject makes the inquiry.
				keep[k], cd.light = true, g
			}
		case g >= 0 && s.isVerb(g) && (s.dep(cd.tok) == "obj" || s.dep(cd.tok) == "nsubj"):
			// "held talks", "the meeting took place"
			cd.light = g
		case g >= 0 && s.isVerb(g) && s.dep(cd.tok) == "obl" && s.marker(cd.tok) == stativeVerbs[s.lemmas[g]] && s.stativeForm(g):
			// "forces were engaged in ethnic cleansing"
			cd.light = g
		}
	}
	out := dst[:0]
	for k, cd := range dst {
		if keep[k] {
			out = append(out, cd)
		}
	}
	return out
}

// argumentsParsed fills the sources and targets of cd from the parse.
func (c *coder) argumentsParsed(cd *candidate) {
	s := c.s
	t := cd.tok
	if cd.verbal {
		subj, passive := c.subject(t)
		if passive {
			if a := c.agent(t); a >= 0 {
				cd.sources = c.participants(a, cd.sources)
			}
		} else if subj >= 0 {
			// "The shelling of Kharkiv by Russian forces killed…":
			// an event noun as subject names the doer in its phrase.
			cd.sources = c.nounAgent(subj, cd.sources)
			if len(cd.sources) == 0 {
				cd.sources = c.participants(subj, cd.sources)
				if all := c.coordinatedSubject(subj, cd.sources); all != nil {
					cd.sources = all
				}
			}
		}
		themes := c.themesOf(t, cd.sources)
		c.owners, c.targeting = cd.sources, true
		cd.themes = themes
		if passive {
			switch {
			case subj < 0:
			case len(cd.sources) == 0 && c.agent(t) < 0 && cd.e.typ == "RETREAT":
				// "the guerrillas have been demobilized", "troops were
				// withdrawn": with no one named doing it, those who
				// retreat are the source, as PLOVER codes a retreat.
				cd.sources = c.participants(subj, cd.sources)
			default:
				cd.targets = c.notThemes(cd, c.participants(subj, cd.targets))
			}
		} else {
			for _, k := range s.kids[t] {
				if d := s.dep(k); d == "obj" || d == "iobj" {
					if by := c.strandedAgent(t, k); by >= 0 {
						// "condemned the attack on Gaza by Israel"
						// with the by-phrase hung on the verb.
						cd.targets = c.notThemes(cd, c.participants(by, cd.targets))
						continue
					}
					cd.targets = c.notThemes(cd, c.participants(k, cd.targets))
				}
			}
		}
		if len(cd.targets) == 0 {
			cd.targets = c.notThemes(cd, c.between(t, cd))
		}
		if len(cd.targets) == 0 {
			cd.targets = c.notThemes(cd, c.oblique(t, cd.targets, "obl", "nmod"))
		}
		if len(cd.targets) == 0 {
			// "threatened to attack Israel", "pledged to cooperate with
			// Turkey": the target of the governed clause.
			if x := s.child(t, "xcomp"); x >= 0 && s.isVerb(x) {
				for _, k := range s.kids[x] {
					if d := s.dep(k); d == "obj" || d == "iobj" {
						cd.targets = c.notThemes(cd, c.participants(k, cd.targets))
					}
				}
				if len(cd.targets) == 0 {
					cd.targets = c.notThemes(cd, c.oblique(x, cd.targets, "obl"))
				}
			}
		}
		if len(cd.targets) == 0 {
			// "seeking an exemption from the alliance": the target
			// hides in the object's phrase.
			if o := s.child(t, "obj"); o >= 0 {
				cd.targets = c.notThemes(cd, c.oblique(o, cd.targets, "nmod"))
			}
		}
		if len(cd.targets) == 0 && len(themes) > 0 {
			// "sent troops to Somalia" with the phrase hung on the
			// troops.
			for _, w := range []int{t, s.child(t, "xcomp")} {
				if w < 0 || len(cd.targets) > 0 {
					continue
				}
				if o := s.child(w, "obj"); o >= 0 {
					cd.targets = c.notThemes(cd, c.oblique(o, cd.targets, "nmod"))
				}
			}
		}
	} else {
		for _, k := range s.kids[t] {
			switch {
			case s.rels[k] == "nmod:poss", s.dep(k) == "amod", s.dep(k) == "compound":
				if len(cd.sources) == 0 {
					cd.sources = c.participants(k, cd.sources)
				}
			case s.dep(k) == "nmod" && (s.marker(k) == "by" || s.marker(k) == "from"):
				cd.sources = c.participants(k, cd.sources)
			}
		}
		c.owners, c.targeting = cd.sources, true
		cd.targets = c.between(t, cd)
		if len(cd.targets) == 0 {
			cd.targets = c.oblique(t, cd.targets, "nmod")
		}
		if v := cd.light; v >= 0 && s.dep(cd.tok) != "nsubj" {
			subj, passive := c.subject(v)
			if passive {
				if a := c.agent(v); a >= 0 && len(cd.sources) == 0 {
					cd.sources = c.participants(a, cd.sources)
				}
			} else if subj >= 0 && len(cd.sources) == 0 {
				cd.sources = c.participants(subj, cd.sources)
			}
		}
		if v := cd.light; v >= 0 && len(cd.targets) == 0 {
			cd.targets = c.oblique(v, cd.targets, "obl")
		}
	}
	c.owners, c.targeting = nil, false
	c.converse(cd)
	c.fallback(cd)
	c.coSources(cd)
	cd.targets = slices.DeleteFunc(cd.targets, func(a int32) bool { return slices.Contains(cd.sources, a) })
	cd.sources = dedup(cd.sources)
	cd.targets = dedup(cd.targets)
}

// strandedAgent returns the "by" phrase that the parse hung on active
// verb t but that belongs to t's object o, an event noun: an active verb
// takes no agent, so "Egypt condemned the attack on Gaza by Israel" names
// Israel as the attack's doer wherever the phrase hangs. A gerund ("ended
// the strike by agreeing") is a means, not a doer, and so is a phrase
// naming no actor; -1 when there is none.
func (c *coder) strandedAgent(t, o int) int {
	s := c.s
	if !s.isNoun(o) {
		return -1
	}
	if e, _ := s.match(c.lx, o); e == nil {
		return -1
	}
	for _, k := range s.kids[t] {
		if k > o && s.dep(k) == "obl" && s.marker(k) == "by" && s.tok(k).Tag != "VBG" {
			if len(c.participants(k, nil)) > 0 {
				return k
			}
		}
	}
	return -1
}

// fallback fills a side of a verb trigger the syntax left empty from the
// text around it: the first actor before a clause's verb becomes the
// source, the first after the trigger inside its phrase the target. Parsers go wrong most on long news sentences; the
// actors near the trigger are then the best guess left.
func (c *coder) fallback(cd *candidate) {
	s := c.s
	if !cd.verbal {
		// A noun names its participants in its own phrase or not at
		// all: "a future agreement", "the war".
		return
	}
	trig := s.tok(cd.tok).Span
	sent := c.d.Sentences[s.idx].Span
	clausal := false
	switch s.dep(cd.tok) {
	case "root", "conj", "ccomp", "parataxis", "advcl", "":
		clausal = true
	}
	if len(cd.sources) == 0 && clausal {
		if all := c.actorsIn(doc.Span{Start: sent.Start, End: trig.Start}, nil); len(all) > 0 {
			// The first: a subject the parse lost is most often the
			// sentence's opening actor, while the nearest one before the
			// verb sits in a phrase of its own ("Iraq, after talks with
			// Iran, agreed…").
			first := all[0]
			if !slices.Contains(cd.targets, first) {
				cd.sources = append(cd.sources, first)
			}
		} else if a := c.weBefore(cd.tok); a >= 0 && !slices.Contains(cd.targets, a) {
			// "“That's what we are doing: providing equipment…,” he
			// added": the speaker's side does it.
			cd.sources = append(cd.sources, a)
		}
	}
	if len(cd.targets) == 0 {
		sub := s.subtreeSpan(cd.tok)
		for _, a := range c.actorsIn(doc.Span{Start: trig.End, End: sub.End}, nil) {
			if !slices.Contains(cd.sources, a) && !slices.Contains(cd.themes, a) {
				cd.targets = append(cd.targets, a)
				// "blows to the United States and Israel": the names
				// coordinated with it are targets too.
				for _, b := range c.conjunctsOf(a, doc.Span{Start: trig.End, End: sub.End}) {
					if !slices.Contains(cd.targets, b) && !slices.Contains(cd.sources, b) && !slices.Contains(cd.themes, b) {
						cd.targets = append(cd.targets, b)
					}
				}
				break
			}
		}
	}
}

// conjunctsOf returns the actors of the conjuncts of the word that heads
// actor a's first mention inside sp ("the United States and Israel").
func (c *coder) conjunctsOf(a int32, sp doc.Span) []int32 {
	s := c.s
	for _, m := range c.d.Actors[a].Mentions {
		if !sp.Contains(m) {
			continue
		}
		for k := range s.n {
			t := s.tok(k)
			if !m.Contains(t.Span) {
				continue
			}
			if h := s.head(k); h >= 0 && m.Contains(s.tok(h).Span) {
				continue // not the mention's head
			}
			var out []int32
			for _, g := range s.kids[k] {
				if s.dep(g) == "conj" {
					out = c.participants(g, out)
				}
			}
			return out
		}
	}
	return nil
}

// between handles "between A, B and C" (and "among"): A and B join the
// sources, C is the target; when the trigger has a source already (a
// mediator, a host), all three are targets. It returns the targets. The actors are read
// from the phrase's text span rather than its conjuncts, which parsers
// often get wrong in long lists of titled names.
func (c *coder) between(t int, cd *candidate) []int32 {
	s := c.s
	for _, k := range s.kids[t] {
		if m := s.marker(k); (m == "between" || m == "among") && (s.dep(k) == "nmod" || s.dep(k) == "obl") {
			all := c.actorsIn(s.subtreeSpan(k), nil)
			if len(all) == 0 {
				continue
			}
			if len(all) == 1 || len(cd.sources) > 0 {
				// One party, or a doer named already ("Kenya mediated
				// between Ethiopia and Eritrea"): all are targets.
				return append(cd.targets, all...)
			}
			cd.sources = append(cd.sources, all[:len(all)-1]...)
			return append(cd.targets, all[len(all)-1])
		}
	}
	return cd.targets
}

// actorsIn returns the actors with a mention inside sp, in text order,
// leaving out places and a country that only qualifies the person named
// right after it ("US President Donald Trump" is Trump, not the US).
func (c *coder) actorsIn(sp doc.Span, dst []int32) []int32 {
	d := c.d
	var hits []hit
	for a := range d.Actors {
		if d.Actors[a].Kind == "place" || (d.Actors[a].Country == "" && d.Actors[a].Code == "") {
			// Places do not act; an actor of no country or code (a
			// speaker the quote stage made of "which") cannot be coded.
			continue
		}
		for _, m := range d.Actors[a].Mentions {
			if sp.Contains(m) && !possessiveMention(d, m) {
				hits = append(hits, hit{m, int32(a)})
			}
		}
	}
	// In text order; at the same start the longer mention first ("Chinese
	// authorities" before the "Chinese" inside it).
	slices.SortFunc(hits, func(x, y hit) int {
		if x.m.Start != y.m.Start {
			return int(x.m.Start - y.m.Start)
		}
		return y.m.Len() - x.m.Len()
	})
	for i, h := range hits {
		if d.Actors[h.a].Kind != "person" && c.qualifiesPerson(h.m, hits[i+1:]) {
			continue
		}
		if !slices.Contains(dst, h.a) {
			dst = append(dst, h.a)
		}
	}
	return dst
}

// hit is one actor mention found in a span.
type hit struct {
	m doc.Span
	a int32
}

// qualifiesPerson reports whether a person's mention starts within three
// capitalised or title words after m.
func (c *coder) qualifiesPerson(m doc.Span, rest []hit) bool {
	for _, r := range rest {
		if c.d.Actors[r.a].Kind != "person" || r.m.Start < m.End {
			continue
		}
		gap := c.d.Text[m.End:r.m.Start]
		return len(strings.Fields(gap)) <= 3 && !strings.ContainsAny(gap, ",;")
	}
	return false
}

// argumentsSurface fills the sources and targets of cd without a parse:
// the nearest actor mention before the trigger and the first after it,
// skipping places after "in" or "at".
func (c *coder) argumentsSurface(cd *candidate) {
	s := c.s
	var before, after []int32
	k := cd.tok - 1
	for ; k >= 0 && len(before) == 0; k-- {
		if k > 0 && (s.lemmas[k-1] == "in" || s.lemmas[k-1] == "at") {
			continue
		}
		before = s.covering(k, before)
	}
	// "Britain and France imposed": the names coordinated with the
	// nearest one before are sources too.
	before = c.coordinated(k, -1, before)
	k = cd.tok + 1
	for ; k < s.n && len(after) == 0; k++ {
		if k > 0 && (s.lemmas[k-1] == "in" || s.lemmas[k-1] == "at") || possessiveMention(c.d, s.tok(k).Span) {
			// A place an act happens in is no target, nor an owner
			// a pronoun names ("to develop its projections").
			continue
		}
		after = s.covering(k, after)
	}
	after = c.coordinated(k, 1, after)
	after = slices.DeleteFunc(after, func(a int32) bool { return slices.Contains(before, a) })
	// "X was attacked by Y": a participle after a form of "be" with "by"
	// after it is passive.
	k = cd.tok
	if cd.verbal && k > 0 && s.lemmas[k-1] == "be" && k+1 < s.n && s.lemmas[k+1] == "by" {
		before, after = after, before
	}
	cd.sources, cd.targets = before, after
}

// coordinated extends the actors found at a token next to k (k itself
// when step is -1 and the loop stopped past it) with those joined to
// them by "and", "or" or a comma, reading in direction step: "Britain
// and France", "Egypt, Jordan and Qatar".
func (c *coder) coordinated(k, step int, found []int32) []int32 {
	s := c.s
	if len(found) == 0 {
		return found
	}
	// Move to the edge of the mention found.
	if step < 0 {
		k++
	} else {
		k--
	}
	covered := func(i int) bool {
		return i >= 0 && i < s.n && len(s.covering(i, nil)) > 0
	}
	for covered(k + step) {
		k += step
	}
	for n := 0; n < 6; n++ {
		j := k + step
		if j < 0 || j >= s.n {
			break
		}
		switch s.lemmas[j] {
		case "and", "or", ",":
		default:
			return found
		}
		if step > 0 && s.lemmas[j] == "," {
			// "to Sudan, the UN said": a comma after is mostly a new clause.
			return found
		}
		j += step
		if j >= 0 && j < s.n && (s.lemmas[j] == "and" || s.lemmas[j] == "the") {
			j += step
		}
		if j < 0 || j >= s.n {
			break
		}
		more := s.covering(j, nil)
		if len(more) == 0 || c.codeless(more) {
			return found
		}
		for _, a := range more {
			if !slices.Contains(found, a) {
				found = append(found, a)
			}
		}
		k = j
		for covered(k + step) {
			k += step
		}
	}
	return found
}

func dedup(xs []int32) []int32 {
	out := xs[:0]
	for i, x := range xs {
		if !slices.Contains(xs[:i], x) {
			out = append(out, x)
		}
	}
	return out
}

// event turns a candidate into a doc.Event.
func (c *coder) event(cd *candidate) doc.Event {
	s := c.s
	e := doc.Event{
		Type:     cd.e.typ,
		Mode:     cd.e.mode,
		Cameo:    cameoRoot(cd.e.code),
		Sources:  nonNil(cd.sources),
		Targets:  nonNil(cd.targets),
		Trigger:  s.tok(cd.tok).Span,
		Sentence: int32(s.idx),
	}
	if code := c.stateAct(cd); code != "" {
		recode(&e, code)
	}
	demanded := false
	if s.parsed {
		if src, tgt, ok := c.demand(cd); ok {
			c.asDemand(&e, src, tgt)
			demanded = true
		}
	}
	c.themes = cd.themes
	c.guess(&e)
	for _, a := range e.Sources {
		e.SourceNames = append(e.SourceNames, c.d.Actors[a].Name)
	}
	for _, a := range e.Targets {
		e.TargetNames = append(e.TargetNames, c.d.Actors[a].Name)
	}
	e.SourceNames, e.TargetNames = nonNil(e.SourceNames), nonNil(e.TargetNames)
	if demanded {
		// The demand was made; the act demanded is its content.
		e.Negated = false
	} else if s.parsed {
		e.Negated = c.negated(cd.tok) || (cd.light >= 0 && c.negated(cd.light))
		m := c.hypothetical(cd.tok)
		e.Hypothetical = m != moodReal
		switch promised, refused := c.stance(cd, e.Negated); {
		case refused:
			// "will not attend the talks": the refusal is what happened.
			recode(&e, refusedCodes[e.Type])
			e.Negated = false
		case promised:
			recode(&e, promisedCodes[e.Type])
		case (m == moodConditional || (m != moodReal || c.intended(cd, threatWords)) && c.announced(cd)) && !e.Negated:
			conditional(&e)
		}
	} else {
		e.Negated, e.Hypothetical = c.surfaceMood(cd.tok)
	}
	e.Date = c.date(cd)
	e.Location = c.location(cd)
	return e
}

// conditionalCodes gives the CAMEO code of a conditional event of each
// type: a negative act on a condition is a threat ("will impose sanctions
// if…", CAMEO 13), a positive one an offer (CAMEO 03).
var conditionalCodes = map[string]string{
	"SANCTION": "1313", "COERCE": "131", "ASSAULT": "138", "MOBILIZE": "138", "PROTEST": "133", "REJECT": "133",
	"AID": "033", "COOPERATE": "031", "CONSULT": "036", "RETREAT": "035", "CONCEDE": "035", "SUPPORT": "032",
}

// announced reports whether a coercive or violent act is announced by
// its source with "will" or "would" ("said it would strike"), or weighed
// or planned ("is considering imposing sanctions"): CAMEO and PLOVER code
// such a statement of a future harmful act as a threat (CAMEO 13), as
// they do a conditional one. An announced sanction is a sanction.
// A promised good act is an AGREE (intent.go).
func (c *coder) announced(cd *candidate) bool {
	switch cd.e.typ {
	case "COERCE", "ASSAULT", "SANCTION", "PROTEST":
	case "REJECT":
		// "will boycott the talks" (CAMEO 125 when done) threatens one.
		if c.s.lemmas[cd.tok] != "boycott" {
			return false
		}
	default:
		return false
	}
	s := c.s
	if c.intended(cd, threatWords) {
		return c.hasDoer(cd)
	}
	for _, v := range []int{cd.tok, cd.light} {
		if v < 0 {
			continue
		}
		for _, k := range s.kids[v] {
			if s.dep(k) != "aux" {
				continue
			}
			if slices.Contains(futureModals, s.lemmas[k]) {
				// A sanction is a decision, and its announcement the act:
				// "will expel the ambassador", "will deny visas" are
				// SANCTION, as the PLOVER gold standard codes them; weighed,
				// possible or conditional it is a threat.
				return cd.e.typ != "SANCTION" && c.hasDoer(cd)
			}
			if slices.Contains(possibleModals, s.lemmas[k]) && s.dep(v) == "ccomp" {
				// "Ankara said it could expel…" announces; "Russia could
				// attack Poland" in the writer's voice only speculates.
				if g := s.head(v); g >= 0 && (slices.Contains(speechVerbs, s.lemmas[g]) || s.lemmas[g] == "warn") {
					return c.hasDoer(cd)
				}
			}
		}
	}
	return false
}

// possibleModals announce a harmful act when its doer says it: "said it
// could impose sanctions". "should" and "must" oblige rather than announce.
var possibleModals = []string{"could", "may", "might"}

// futureModals announce an act: "will", "would" and their contractions.
var futureModals = []string{"will", "would", "'ll", "’ll", "wo", "shall"}

// conditional recodes a conditional event as a threat or an offer,
// through the crosswalk like every other code.
func conditional(e *doc.Event) {
	if code, ok := conditionalCodes[e.Type]; ok {
		recode(e, code)
	}
}

// surfaceMood reads negation and modality from the three tokens before
// the trigger when there is no parse.
func (c *coder) surfaceMood(t int) (neg, hyp bool) {
	s := c.s
	for k := max(0, t-3); k < t; k++ {
		l := s.lemmas[k]
		neg = neg || slices.Contains(negators, l)
		hyp = hyp || slices.Contains(modals, l) || l == "if"
	}
	return neg, hyp
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// place returns the canonical name of a place the configured Location
// function knows, or false (always false without one).
func (c *coder) place(name string) (string, bool) {
	name = strings.TrimSpace(name)
	if c.cfg.Location == nil || name == "" {
		return "", false
	}
	return c.cfg.Location(name)
}

// weBefore returns the speaker of the quotation in which a "we" stands
// before token t in its sentence, or -1: in a quote, the first person
// plural is the speaker's side.
func (c *coder) weBefore(t int) int32 {
	s := c.s
	for k := t - 1; k >= 0; k-- {
		if l := s.lemmas[k]; l != "we" && l != "us" {
			continue
		}
		sp := s.tok(k).Span
		for _, q := range c.d.Quotes {
			if q.Speaker >= 0 && int(q.Speaker) < len(c.d.Actors) && q.Span.Contains(sp) {
				return q.Speaker
			}
		}
	}
	return -1
}
