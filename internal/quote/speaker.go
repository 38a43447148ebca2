package quote

import (
	"strings"

	"chronicle/internal/doc"
)

// mention is one place an actor is named, as the resolver sees it.
type mention struct {
	span  doc.Span
	actor int32
}

// resolver links speaker mentions to actors, in text order, so that a
// pronoun can look back at the people named and the speakers found so far.
type resolver struct {
	f        *finder
	mentions []mention      // every actor mention, plus resolved speakers, by start
	gender   map[int32]byte // 'm' or 'f', from honorifics and pronouns
}

func newResolver(f *finder) *resolver {
	r := &resolver{f: f, gender: map[int32]byte{}}
	for ai, a := range f.d.Actors {
		for _, m := range a.Mentions {
			r.mentions = append(r.mentions, mention{m, int32(ai)})
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
// d.Actors when none fits, or -1.
func (r *resolver) resolve(spk, name [2]int) int32 {
	f := r.f
	if spk[0] < 0 {
		return -1
	}
	span := f.tokSpan(spk[0], spk[1])
	nameSpan := f.tokSpan(name[0], name[1])
	if name[0] == name[1] {
		switch w := f.words[name[0]]; w {
		case "he", "she", "they", "it", "who", "we", "i":
			a := r.pronoun(w, span)
			r.note(span, a)
			return a
		}
	}
	if a := r.government(name); a >= 0 {
		r.note(span, a)
		return a
	}
	a := r.byMention(nameSpan, f.d.Tokens[name[1]].Span)
	if a < 0 {
		a = r.byMention(span, f.d.Tokens[name[1]].Span)
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

// note records a resolved speaker mention for later pronouns.
func (r *resolver) note(s doc.Span, a int32) {
	if a >= 0 {
		r.mentions = append(r.mentions, mention{s, a})
	}
}

// byMention picks the actor named inside s, preferring the one whose
// mention covers the phrase's head, then people, then groups.
func (r *resolver) byMention(s, head doc.Span) int32 {
	best, bestScore := int32(-1), -1
	for ai, a := range r.f.d.Actors {
		for _, m := range a.Mentions {
			if !m.Overlaps(s) {
				continue
			}
			score := 0
			if m.Contains(head) {
				score += 8
			}
			switch a.Kind {
			case "person":
				score += 4
			case "group", "organisation":
				score += 2
			case "place":
				score -= 4
			}
			if score > bestScore {
				best, bestScore = int32(ai), score
			}
		}
	}
	if bestScore < 0 {
		return -1
	}
	return best
}

// pronoun resolves he, she, they and it to the nearest compatible actor
// named before the pronoun outside quotations: people for he and she
// (honouring a known gender), groups, organisations and people for they,
// organisations and countries for it.
func (r *resolver) pronoun(w string, at doc.Span) int32 {
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
		case "he", "she", "i":
			g := r.gender[m.actor]
			ok = a.Kind == "person" && (g == 0 || (g == 'm') == (w == "he") || w == "i")
		case "they", "we":
			ok = a.Kind == "group" || a.Kind == "organisation"
		case "it":
			ok = a.Kind == "organisation" || a.Kind == "country"
		case "who":
			ok = a.Kind != "place" && at.Start-m.span.End < 8
		}
		if ok {
			best, bestEnd = m.actor, m.span.End
		}
	}
	if best >= 0 && (w == "he" || w == "she") {
		if _, known := r.gender[best]; !known {
			r.gender[best] = map[string]byte{"he": 'm', "she": 'f'}[w]
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
	head := f.words[name[1]]
	if !speakerNouns[head] && !f.hasPOS {
		return -1
	}
	kind := "person"
	if strings.HasSuffix(head, "s") || head == "people" || head == "police" {
		kind = "group"
	}
	a := doc.Actor{Name: f.d.Text[nameSpanStart(f, name):f.d.Tokens[name[1]].End], Kind: kind}
	if unnamedHeads[head] {
		a.Role = "unnamed source"
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

// government resolves "X's government" and "the Spanish government" to the
// government of the country of X (a person, or the country itself), so that
// the Prime Minister's government is not the Prime Minister.
func (r *resolver) government(name [2]int) int32 {
	f := r.f
	head := f.words[name[1]]
	if head != "government" && head != "administration" && head != "cabinet" {
		return -1
	}
	inner := doc.Span{Start: f.d.Tokens[name[0]].Start, End: f.d.Tokens[name[1]].Start}
	if inner.Start >= inner.End {
		return -1
	}
	country := ""
	for _, a := range f.d.Actors {
		for _, m := range a.Mentions {
			if m.Overlaps(inner) && a.Country != "" && (a.Kind == "person" || a.Kind == "country") {
				country = a.Country
			}
		}
	}
	if country == "" {
		return -1
	}
	cname := country
	for ai, a := range f.d.Actors {
		if a.Country == country && a.Sector == "GOV" && a.Kind == "organisation" {
			return int32(ai)
		}
		if a.Country == country && a.Kind == "country" {
			cname = a.Name
		}
	}
	s := f.tokSpan(name[0], name[1])
	return r.add(doc.Actor{Name: "Government of " + cname, Kind: "organisation", Country: country, Sector: "GOV", Code: country + "GOV"}, s)
}
