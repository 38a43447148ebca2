package quote

import (
	"cmp"
	"slices"
	"strings"

	"chronicle/internal/doc"
)

// mention is one place an actor is named, as the resolver sees it.
type mention struct {
	span  doc.Span
	actor int32
	// read by salient on first use: the first token (-1 none), its
	// sentence, and whether the mention is a subject or quoted
	tok    int32
	sent   int32
	subj   bool
	quoted bool
	known  bool
}

// resolver links speaker mentions to actors, in text order, so that a
// pronoun can look back at the people named and the speakers found so far.
type resolver struct {
	f        *finder
	mentions []mention      // every actor mention, plus resolved speakers, by start
	gender   map[int32]byte // 'm' or 'f', from honorifics and pronouns
	spoke    map[int32]bool // actors resolved as speakers so far
	nActors  int            // actors before the stage added any
	// byStart holds the mentions of the document's first byStartOf
	// actors by start, for byMention; maxLen is the longest one's length,
	// -1 when a mention ends before it starts and byMention scans.
	byStart   []actorMention
	byStartOf int
	maxLen    int32
}

// actorMention is a mention of actor, the mi-th of its mentions.
type actorMention struct {
	doc.Span
	actor, mi int32
}

func newResolver(f *finder) *resolver {
	r := &resolver{f: f, gender: map[int32]byte{}, spoke: map[int32]bool{}, nActors: len(f.d.Actors)}
	for ai, a := range f.d.Actors {
		for _, m := range a.Mentions {
			r.mentions = append(r.mentions, mention{span: m, actor: int32(ai)})
			r.honorific(m, int32(ai))
		}
	}
	return r
}

// honorific reads a gender from "Mr."/"Mrs."/"Ms." just before or at the
// start of a mention.
func (r *resolver) honorific(m doc.Span, a int32) {
	t := r.f.d.Text
	lo := max(0, int(m.Start)-6)
	s := strings.ToLower(t[lo:m.End])
	switch {
	case strings.Contains(s, "mrs.") || strings.Contains(s, "ms.") || strings.Contains(s, "mrs ") || strings.Contains(s, "ms "):
		r.gender[a] = 'f'
	case strings.Contains(s, "mr.") || strings.Contains(s, "mr "):
		r.gender[a] = 'm'
	}
}

// resolve returns the actor the speaker tokens name, appending one to
// d.Actors when none fits, or -1. A relative pronoun stands for its
// antecedent, an apposition may hold the name, and a description ("the
// agency", "the government", "a spokeswoman") stands for an actor named
// before; a phrase that cannot speak ("the deal") resolves to none.
func (r *resolver) resolve(spk, name [2]int) int32 {
	f := r.f
	if spk[0] < 0 {
		return -1
	}
	span := f.tokSpan(spk[0], spk[1])
	nameSpan := f.tokSpan(name[0], name[1])
	if name[0] == name[1] {
		w := f.words[name[0]]
		if relativePronouns[w] {
			a := r.relative(name[0])
			r.note(span, a)
			return a
		}
		switch w {
		case "he", "she", "they", "it", "we", "i":
			a := r.pronoun(w, span)
			r.note(span, a)
			return a
		}
	}
	if !f.sourceable(name) {
		return -1
	}
	head := f.phraseHead(name[0], name[1])
	if a := r.apposition(spk, name); a >= 0 {
		r.note(span, a)
		return a
	}
	if spokesHeads[f.words[head]] && head+1 < name[1] && (f.words[head+1] == "for" || f.words[head+1] == "of") {
		// "a spokesman for Mali's government" speaks for it
		if a := r.resolve([2]int{head + 2, name[1]}, [2]int{head + 2, name[1]}); a >= 0 {
			r.note(span, a)
			return a
		}
	}
	if a := r.governments(name, head, span); a >= 0 {
		r.note(span, a)
		return a
	}
	if a := r.government(name, head); a >= 0 {
		r.note(span, a)
		return a
	}
	last := f.d.Tokens[name[1]].Span // names put their head last ("Russia and China", "Secretary General Lars Holmgren")
	a := r.byMention(nameSpan, last)
	if a < 0 {
		a = r.byMention(span, last)
	}
	if a < 0 && !f.capitalised(head) {
		a = r.describedActor(name, head, span)
	}
	if a < 0 {
		a = r.byDescription(name, span)
	}
	if a < 0 {
		a = r.byName(name, span)
	}
	r.note(span, a)
	return a
}

// describedActor resolves a lower-case description by its head: an
// organisation ("the agency"), a spokesperson, a document's author.
func (r *resolver) describedActor(name [2]int, head int, s doc.Span) int32 {
	f := r.f
	w := f.words[head]
	definite := f.words[name[0]] == "the" || f.words[name[0]] == "this" || f.words[name[0]] == "that"
	switch {
	case orgHeads[w] && definite:
		return r.byOrgDescription(head, s)
	case spokesHeads[w]:
		return r.spokesperson(name, head, s)
	case documentHeads[w] && definite:
		return r.byDocument(s)
	}
	return -1
}

// note records a resolved speaker mention for later pronouns.
func (r *resolver) note(s doc.Span, a int32) {
	if a >= 0 {
		r.mentions = append(r.mentions, mention{span: s, actor: a})
		r.spoke[a] = true
	}
}

// byMention picks the actor named inside s, preferring the one whose
// mention covers the phrase's head, then people, then groups; among
// equals the first in actor and mention order.
//
// It reads only the mentions that can overlap s, from the document's
// mentions by start (mentionsByStart), instead of every mention of every
// actor (TestByMentionMatchesScan).
func (r *resolver) byMention(s, head doc.Span) int32 {
	ms := r.mentionsByStart()
	if r.maxLen < 0 {
		return r.byMentionScan(s, head)
	}
	// A mention overlapping s starts after s.Start-maxLen and before s.End.
	i, _ := slices.BinarySearchFunc(ms, s.Start-r.maxLen+1, func(m actorMention, off int32) int { return cmp.Compare(m.Start, off) })
	best, bestScore, bestMi := int32(-1), -1, int32(-1)
	for ; i < len(ms) && ms[i].Start < s.End; i++ {
		m := ms[i]
		if !m.Overlaps(s) {
			continue
		}
		score := mentionScore(r.f.d.Actors[m.actor].Kind, m.Span, head)
		if score > bestScore || score == bestScore && (m.actor < best || m.actor == best && m.mi < bestMi) {
			best, bestScore, bestMi = m.actor, score, m.mi
		}
	}
	if bestScore < 0 {
		return -1
	}
	return best
}

// mentionScore is byMention's score of mention m of an actor of kind.
func mentionScore(kind string, m, head doc.Span) int {
	score := 0
	if m.Contains(head) {
		score += 8
	}
	switch kind {
	case "person":
		score += 4
	case "group", "organisation":
		score += 2
	case "place":
		score -= 4
	}
	return score
}

// mentionsByStart returns the mentions of the document's actors ordered
// by start, built again when the stage has added actors since.
func (r *resolver) mentionsByStart() []actorMention {
	actors := r.f.d.Actors
	if r.byStart != nil && r.byStartOf == len(actors) {
		return r.byStart
	}
	ms := r.byStart[:0]
	r.maxLen = 0
	for ai, a := range actors {
		for mi, m := range a.Mentions {
			if m.End < m.Start {
				r.maxLen = -1
			} else if r.maxLen >= 0 {
				r.maxLen = max(r.maxLen, m.End-m.Start)
			}
			ms = append(ms, actorMention{m, int32(ai), int32(mi)})
		}
	}
	slices.SortFunc(ms, func(x, y actorMention) int { return cmp.Compare(x.Start, y.Start) })
	if ms == nil {
		ms = []actorMention{}
	}
	r.byStart, r.byStartOf = ms, len(actors)
	return ms
}

// byMentionScan is byMention by a scan of every mention of every actor.
func (r *resolver) byMentionScan(s, head doc.Span) int32 {
	best, bestScore := int32(-1), -1
	for ai, a := range r.f.d.Actors {
		for _, m := range a.Mentions {
			if !m.Overlaps(s) {
				continue
			}
			if score := mentionScore(a.Kind, m, head); score > bestScore {
				best, bestScore = int32(ai), score
			}
		}
	}
	if bestScore < 0 {
		return -1
	}
	return best
}

// pronoun resolves he and she to the most salient person of a compatible
// sex (salient), and they and it to the nearest compatible actor named
// before the pronoun outside quotations: groups, organisations and people
// for they, organisations and countries for it.
func (r *resolver) pronoun(w string, at doc.Span) int32 {
	if w == "he" || w == "she" {
		best := r.salient(w, at)
		if best >= 0 && r.sexOf(best) == 0 {
			r.gender[best] = map[string]byte{"he": 'm', "she": 'f'}[w]
		}
		return best
	}
	best, bestEnd := int32(-1), int32(-1)
	for _, m := range r.mentions {
		if m.span.End > at.Start || m.span.End <= bestEnd || at.Start-m.span.End > 3000 {
			continue
		}
		if r.quoted(m.span) {
			continue
		}
		a := r.f.d.Actors[m.actor]
		ok := false
		switch w {
		case "i":
			ok = a.Kind == "person"
		case "they", "we":
			ok = a.Kind == "group" || a.Kind == "organisation"
		case "it":
			ok = a.Kind == "organisation" || a.Kind == "country"
		}
		if ok {
			best, bestEnd = m.actor, m.span.End
		}
	}
	return best
}

func (r *resolver) quoted(s doc.Span) bool {
	for _, g := range r.f.segs {
		if g.span.Contains(s) {
			return true
		}
	}
	return false
}

// unnamedHeads are descriptions that stand for an unnamed source.
var unnamedHeads = toSet("people source sources official officials person aide aides insider insiders diplomat diplomats")

// byDescription resolves "the minister", "the people", "the official" to
// the latest actor named before with that role, or the unnamed source
// already introduced.
func (r *resolver) byDescription(name [2]int, s doc.Span) int32 {
	f := r.f
	head := f.words[name[1]]
	if f.capitalised(name[1]) {
		return -1
	}
	definite := f.words[name[0]] == "the" || f.words[name[0]] == "that" || f.words[name[0]] == "this"
	best, bestEnd := int32(-1), int32(-1)
	for _, m := range r.mentions {
		if m.span.End > s.Start || m.span.End <= bestEnd {
			continue
		}
		a := f.d.Actors[m.actor]
		match := false
		switch {
		case a.Role != "" && a.Kind == "person" && strings.HasSuffix(a.Role, head):
			match = true
		case definite && unnamedHeads[head] && a.Kind == "group" && (a.Role == "unnamed source" || strings.Contains(strings.ToLower(a.Name), head)):
			match = true
		}
		if match {
			best, bestEnd = m.actor, m.span.End
		}
	}
	if best >= 0 || !definite {
		return best
	}
	return -1
}

// titles are words before a name that are not part of it.
var titles = toSet("mr. mr mrs. mrs ms. ms dr. dr sen. rep. gov. gen. president minister prime foreign secretary senator " +
	"governor representative chancellor premier king queen prince judge justice ambassador general adm. lt. col. sgt. " +
	"spokesman spokeswoman chief former deputy vice candidate nominee republican democratic democrat mayor the a an")

// byName resolves a phrase that names someone the actor layer does not
// know: to an actor whose name shares the surname, or a new actor. A
// lower-case description becomes a group or person of its own ("a
// spokesman", "people familiar with the matter").
func (r *resolver) byName(name [2]int, s doc.Span) int32 {
	f := r.f
	var words []string
	var startTok, endTok = -1, -1
	for i := name[0]; i <= name[1]; i++ {
		if f.capitalised(i) && !titles[f.words[i]] && f.words[i] != "'s" {
			if startTok < 0 {
				startTok = i
			}
			endTok = i
			words = append(words, f.d.Text[f.d.Tokens[i].Start:f.d.Tokens[i].End])
		} else if startTok >= 0 && f.words[i] != "." {
			break
		}
	}
	if len(words) > 0 {
		surname := words[len(words)-1]
		for ai, a := range f.d.Actors {
			if a.Kind != "person" {
				continue
			}
			parts := strings.Fields(a.Name)
			if len(parts) > 0 && parts[len(parts)-1] == surname {
				if len(words) > len(parts) {
					f.d.Actors[ai].Name = strings.Join(words, " ")
				}
				return int32(ai)
			}
		}
		full := f.d.Text[f.d.Tokens[startTok].Start:f.d.Tokens[endTok].End]
		kind := "person"
		if len(words) == 1 && !f.hasPersonTitle(name[0], startTok) || len(words) > 4 {
			kind = "organisation"
			if len(words) == 1 && f.personLike(surname) {
				kind = "person"
			}
		}
		return r.add(doc.Actor{Name: full, Kind: kind}, s)
	}
	// a description
	h := f.phraseHead(name[0], name[1])
	head := f.words[h]
	if !speakerNouns[head] && !f.hasPOS || relativePronouns[head] || isPronoun(head) || isDeterminer(head) {
		return -1
	}
	if f.hasPOS {
		switch f.d.Tokens[h].POS {
		case "NOUN", "PROPN", "NUM", "ADJ", "":
		default:
			return -1 // "that", "which", "some of": no one to make an actor of
		}
	}
	kind := "person"
	switch {
	case orgHeads[head] || orgHeads[strings.TrimSuffix(head, "s")]:
		kind = "organisation"
	case documentHeads[head]:
		kind = "document"
	case strings.HasSuffix(head, "s") || head == "people" || head == "police":
		kind = "group"
	}
	a := doc.Actor{Name: f.d.Text[nameSpanStart(f, name):f.d.Tokens[name[1]].End], Kind: kind}
	if unnamedHeads[head] {
		a.Role = "unnamed source"
	} else if kind == "person" && (spokesHeads[head] || titles[head] || speakerNouns[head]) {
		a.Role = head
	}
	// a description met before ("the senator, who …" then "the senator")
	for ai := r.nActors; ai < len(f.d.Actors); ai++ {
		if strings.EqualFold(f.d.Actors[ai].Name, a.Name) {
			return int32(ai)
		}
	}
	return r.add(a, s)
}

func nameSpanStart(f *finder, name [2]int) int32 {
	i := name[0]
	for i < name[1] && isDeterminer(f.words[i]) {
		i++
	}
	return f.d.Tokens[i].Start
}

func (f *finder) hasPersonTitle(a, b int) bool {
	for i := a; i < b; i++ {
		if titles[f.words[i]] && f.words[i] != "the" && f.words[i] != "a" && f.words[i] != "an" {
			return true
		}
	}
	return false
}

// personLike guesses that a lone capitalised word is a surname when an
// entity layer marks it as a person somewhere in the article.
func (f *finder) personLike(w string) bool {
	for _, e := range f.d.Entities {
		if e.Label == "PER" && strings.HasSuffix(f.d.Text[e.Start:e.End], w) {
			return true
		}
	}
	return false
}

// add appends actor a, mentioned at s, and returns its index.
func (r *resolver) add(a doc.Actor, s doc.Span) int32 {
	a.Mentions = []doc.Span{s}
	r.f.d.Actors = append(r.f.d.Actors, a)
	return int32(len(r.f.d.Actors) - 1)
}

// government resolves "X's government", "the Spanish government", "his
// government" and "the government" to the government of a country, so that
// the Prime Minister's government is not the Prime Minister: the country of
// an actor named inside the phrase, of the person a possessive pronoun
// stands for, of the description actor the actor stage made of the phrase,
// or else the country in focus.
func (r *resolver) government(name [2]int, head int) int32 {
	f := r.f
	switch f.words[head] {
	case "government", "administration", "cabinet":
	default:
		return -1
	}
	s := f.tokSpan(name[0], name[1])
	country, cname := "", ""
	inner := doc.Span{Start: f.d.Tokens[name[0]].Start, End: f.d.Tokens[head].Start}
	for _, a := range f.d.Actors {
		for _, m := range a.Mentions {
			if inner.Start < inner.End && m.Overlaps(inner) && a.Country != "" && (a.Kind == "person" || a.Kind == "country") {
				country = a.Country
				if a.Kind == "country" && a.Sector == "" {
					cname = a.Name
				}
			}
		}
	}
	if country == "" {
		for i := name[0]; i < head; i++ {
			switch w := f.words[i]; w {
			case "his", "her", "its", "their":
				pr := map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}[w]
				if a := r.pronoun(pr, f.d.Tokens[i].Span); a >= 0 {
					country = f.d.Actors[a].Country
				}
			}
		}
	}
	if country == "" {
		for _, a := range f.d.Actors {
			for _, m := range a.Mentions {
				if m.Contains(f.d.Tokens[head].Span) && a.Country != "" && a.Sector == "GOV" && a.Kind == "group" {
					country = a.Country
				}
			}
		}
	}
	if country == "" && strings.HasPrefix(strings.ToLower(f.d.Text[s.Start:s.End]), "the ") && head == name[1] {
		country = r.focusCountry(s)
	}
	if country == "" {
		return -1
	}
	for ai, a := range f.d.Actors {
		if a.Country == country && a.Sector == "GOV" && a.Kind == "organisation" {
			return int32(ai)
		}
		if cname == "" && a.Country == country && a.Kind == "country" && a.Sector == "" {
			cname = a.Name
		}
	}
	if cname == "" {
		return -1
	}
	return r.add(doc.Actor{Name: "Government of " + cname, Kind: "organisation", Country: country, Sector: "GOV", Code: country + "GOV"}, s)
}
