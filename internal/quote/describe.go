package quote

import (
	"slices"
	"strings"

	"chronicle/internal/doc"
)

// This file resolves speaker phrases that do not name anyone: relative
// pronouns ("UNICEF, which handles …, said"), things that cannot speak
// ("the deal showed that …"), appositions that hold the name ("Somalia's
// Health Minister, Fadumo Warsame,"), and descriptions of an organisation,
// a government or a spokesperson ("the agency", "the government", "a
// spokeswoman"), which stand for an actor named before.

// nonSources are heads of phrases that report nothing themselves: an
// agreement, a claim or a vote is what was said or done, not who said it.
// A cue whose subject is one of them ("the deal repeated mistakes", "the
// offer would be discussed") gets no speaker. Documents that report (a
// report, a statement, a poll, a study) stay sources, as PolNeAR counts
// them.
var nonSources = toSet("deal deals agreement agreements accord accords treaty pact claim claims request requests " +
	"vote votes offer offers proposal proposals decision move moves idea ideas " +
	"negotiations summit visit visits access problem situation this there")

// relativePronouns stand for the noun their clause modifies.
var relativePronouns = toSet("who which that whom")

// orgHeads are descriptions of an organisation ("the agency said").
var orgHeads = toSet("agency organisation organization body company firm bank commission committee council " +
	"alliance bloc union institute office group agencies watchdog regulator fund programme program")

// spokesHeads are descriptions of someone who speaks for an organisation.
var spokesHeads = toSet("spokesman spokeswoman spokesperson representative")

// documentHeads are documents that speak for their author ("the report
// warned").
var documentHeads = toSet("report statement study letter memo document resolution filing communique communiqué")

// phraseHead returns the head token of the phrase [a, b]: with the parse,
// the first token whose head lies outside the phrase; without it, the last
// token before a comma, a parenthesis or a preposition that starts a
// modifier ("Leaders of ECOWAS", "A spokesman for the ministry").
func (f *finder) phraseHead(a, b int) int {
	if f.tree != nil {
		for i := a; i <= b; i++ {
			if h := f.head(i); (h < a || h > b) && !isEdgePunct(f.words[i]) {
				return i
			}
		}
	}
	for i := a + 1; i <= b; i++ {
		if w := f.words[i]; w == "," || w == "(" || isPrep(w) {
			return i - 1
		}
	}
	return b
}

// sourceable reports whether the speaker phrase name can be a source of
// speech: not a thing said or done ("the deal", "the claim").
func (f *finder) sourceable(name [2]int) bool {
	if name[0] < 0 {
		return false
	}
	h := f.phraseHead(name[0], name[1])
	return !nonSources[f.words[h]] || f.capitalised(h) && h > name[0]
}

// antecedent returns the noun phrase a relative pronoun at token i stands
// for: the noun its clause modifies in the parse ("the senator, who …"),
// else the phrase just before it, past a comma.
func (f *finder) antecedent(i int) ([2]int, bool) {
	none := [2]int{-1, -1}
	lo, _ := f.sentBounds(i)
	if f.tree != nil {
		if v := f.head(i); v > i && strings.HasPrefix(f.d.Tokens[v].Dep, "acl") {
			if n := f.head(v); n >= lo && n < i && !relativePronouns[f.words[n]] {
				a := int(f.tree.lo[n])
				for a < n && (isEdgePunct(f.words[a]) || f.marks[a] != markNone) {
					a++
				}
				return [2]int{a, n}, true
			}
		}
	}
	e := i - 1
	if e >= lo && f.words[e] == "," {
		e--
	}
	if e < lo || relativePronouns[f.words[e]] {
		return none, false
	}
	st := f.npLeft(e, lo)
	if st < 0 || !f.speakerHead(e) {
		return none, false
	}
	return [2]int{st, e}, true
}

// relative resolves a relative pronoun to the actor its antecedent names;
// it never makes an actor of the pronoun itself.
func (r *resolver) relative(i int) int32 {
	ant, ok := r.f.antecedent(i)
	if !ok {
		return -1
	}
	if ant[0] == ant[1] && relativePronouns[r.f.words[ant[0]]] {
		return -1
	}
	return r.resolve(ant, ant)
}

// apposition resolves "Somalia's Health Minister, Fadumo Warsame," and
// "The UN refugee agency, UNHCR," to the actor the apposition names when
// the naming part holds no person and its head is no actor's.
func (r *resolver) apposition(spk, name [2]int) int32 {
	f := r.f
	if name[1]+2 > spk[1] || f.words[name[1]+1] != "," {
		return -1
	}
	a, b := name[1]+2, spk[1]
	for b > a && isEdgePunct(f.words[b]) {
		b--
	}
	if relativePronouns[f.words[a]] || isDeterminer(f.words[a]) && f.words[a] != "the" {
		return -1 // a relative clause or a description ("a doctor who treated him")
	}
	nameSpan := f.tokSpan(name[0], name[1])
	head := f.phraseHead(name[0], name[1])
	headSpan := f.d.Tokens[head].Span
	headActor := false
	for _, ac := range f.d.Actors {
		for _, m := range ac.Mentions {
			if !m.Overlaps(nameSpan) {
				continue
			}
			if ac.Kind == "person" {
				return -1 // "Dr. Miriam Odhiambo, the WHO representative"
			}
			if m.Contains(headSpan) && ac.Kind != "place" && ac.Kind != "country" && !roleName(ac.Name) {
				headActor = true
			}
		}
	}
	appSpan := f.tokSpan(a, b)
	appHead := f.d.Tokens[b].Span
	best, bestScore := int32(-1), 0
	for ai, ac := range f.d.Actors {
		for _, m := range ac.Mentions {
			if !m.Overlaps(appSpan) || !m.Contains(appHead) && ac.Kind != "person" {
				continue
			}
			score := 0
			switch ac.Kind {
			case "person":
				score = 3
			case "organisation", "group":
				if !headActor && !f.capitalised(head) { // "The UN refugee agency, UNHCR,"
					score = 2
				}
			}
			if score > bestScore {
				best, bestScore = int32(ai), score
			}
		}
	}
	return best
}

// roleName reports whether an actor's name is only an office ("National
// Security Adviser"), as an entity tagger sometimes makes of a title.
func roleName(n string) bool {
	f := strings.Fields(strings.ToLower(n))
	return len(f) > 0 && (titles[f[len(f)-1]] || speakerNouns[f[len(f)-1]] && !strings.HasSuffix(f[len(f)-1], "s"))
}

// byOrgDescription resolves "the agency", "the bloc", "the company" to the
// organisation named before that fits it best: one whose name or
// apposition holds the word ("the International Atomic Energy Agency",
// "the Africa CDC, an agency of the African Union"), else the organisation
// that spoke last, else the one named last.
func (r *resolver) byOrgDescription(head int, s doc.Span) int32 {
	f := r.f
	w := f.words[head]
	sing := strings.TrimSuffix(w, "s")
	best, bestScore, bestEnd := int32(-1), -1, int32(-1)
	for _, m := range r.mentions {
		if m.span.End > s.Start || s.Start-m.span.End > 4000 || r.quoted(m.span) {
			continue
		}
		a := f.d.Actors[m.actor]
		if a.Kind != "organisation" && !(w == "group" && a.Kind == "group") {
			continue
		}
		score := 1
		if strings.Contains(strings.ToLower(a.Name), sing) || r.describedAs(m.span, sing) {
			score = 3
		} else if r.spoke[m.actor] {
			score = 2
		}
		if score > bestScore || score == bestScore && m.span.End > bestEnd {
			best, bestScore, bestEnd = m.actor, score, m.span.End
		}
	}
	return best
}

// describedAs reports whether the mention at m is described by word w in
// an apposition next to it ("UNHCR, the UN refugee agency", "the UN
// refugee agency, UNHCR").
func (r *resolver) describedAs(m doc.Span, w string) bool {
	t := r.f.d.Text
	after := t[m.End:min(len(t), int(m.End)+60)]
	if strings.HasPrefix(after, ", ") {
		seg := after[2:]
		if k := strings.IndexAny(seg, ",.;"); k >= 0 {
			seg = seg[:k]
		}
		if strings.Contains(strings.ToLower(seg), w) {
			return true
		}
	}
	before := t[max(0, int(m.Start)-60):m.Start]
	if strings.HasSuffix(before, ", ") {
		seg := before[:len(before)-2]
		if k := strings.LastIndexAny(seg, ",.;\n"); k >= 0 {
			seg = seg[k+1:]
		}
		return strings.Contains(strings.ToLower(seg), w)
	}
	return false
}

// spokesperson resolves an unnamed "spokeswoman" or "a spokesman" without
// a "for X" to a person who speaks for the organisation, country or group
// that spoke just before, within two paragraphs ("UNHCR warned … A
// spokeswoman told Reuters …"): an actor of its own, named after it, with
// its country and sector.
func (r *resolver) spokesperson(name [2]int, head int, s doc.Span) int32 {
	f := r.f
	if head != name[1] {
		return -1 // "a spokesman for the ministry": the phrase names its principal
	}
	w := f.words[head]
	var prev int32 = -1
	var prevEnd int32 = -1
	for _, m := range r.mentions {
		if m.span.End > s.Start || !r.spoke[m.actor] || m.span.End <= prevEnd {
			continue
		}
		if k := f.d.Actors[m.actor].Kind; k == "organisation" || k == "country" {
			prev, prevEnd = m.actor, m.span.End
		}
	}
	if prev < 0 || r.parasBetween(prevEnd, s.Start) > 1 {
		return -1
	}
	p := f.d.Actors[prev]
	switch p.Kind {
	case "organisation", "country", "group":
	default:
		return -1
	}
	nm := p.Name + " " + w
	for ai := r.nActors; ai < len(f.d.Actors); ai++ {
		if f.d.Actors[ai].Name == nm {
			return int32(ai)
		}
	}
	code := p.Code
	return r.add(doc.Actor{Name: nm, Kind: "person", Country: p.Country, Sector: p.Sector, Role: w, Code: code}, s)
}

// parasBetween counts the paragraph breaks between byte offsets a and b.
func (r *resolver) parasBetween(a, b int32) int {
	if a >= b {
		return 0
	}
	return strings.Count(r.f.d.Text[a:b], "\n\n")
}

// byDocument resolves "the report", "the statement" to the author that
// spoke last in this or the previous paragraph ("In a report, the agency
// said … The report warned …").
func (r *resolver) byDocument(s doc.Span) int32 {
	var prev int32 = -1
	var prevEnd int32 = -1
	for _, m := range r.mentions {
		if m.span.End > s.Start || !r.spoke[m.actor] || m.span.End <= prevEnd {
			continue
		}
		switch r.f.d.Actors[m.actor].Kind {
		case "organisation", "country", "person":
			prev, prevEnd = m.actor, m.span.End
		}
	}
	if prev < 0 || r.parasBetween(prevEnd, s.Start) > 1 {
		return -1
	}
	switch r.f.d.Actors[prev].Kind {
	case "organisation", "country", "person":
		return prev
	}
	return -1
}

// focusCountry returns the country an unqualified "the government" belongs
// to: that of the latest speaker or person with a country before s, else
// the country named most often in the article.
func (r *resolver) focusCountry(s doc.Span) string {
	f := r.f
	best, bestEnd := "", int32(-1)
	for _, m := range r.mentions {
		if m.span.End > s.Start || m.span.End <= bestEnd || r.quoted(m.span) {
			continue
		}
		a := f.d.Actors[m.actor]
		if a.Country != "" && (a.Kind == "person" || a.Kind == "country" && r.spoke[m.actor]) {
			best, bestEnd = a.Country, m.span.End
		}
	}
	if best != "" {
		return best
	}
	count := map[string]int{}
	for _, a := range f.d.Actors {
		if a.Kind == "country" && a.Country != "" {
			count[a.Country] += len(a.Mentions)
		}
	}
	n := 0
	for c, k := range count {
		if k > n || k == n && c < best {
			best, n = c, k
		}
	}
	return best
}

// datelineEnd returns the token after the dateline that opens the sentence
// at token i ("NAIROBI, March 3 (Chronicle) —", "RENO, Nev. (AP) --"), or
// i when there is none: an upper-case place name, then only capitalised
// words, numbers and punctuation up to a dash within fifteen tokens.
func (f *finder) datelineEnd(i int) int {
	lo, hi := f.sentBounds(i)
	if i != lo {
		return i
	}
	w := f.d.Text[f.d.Tokens[i].Start:f.d.Tokens[i].End]
	if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return i
	}
	for k := i + 1; k < hi && k < i+15; k++ {
		switch f.words[k] {
		case "—", "–", "--":
			if k+1 < hi {
				return k + 1
			}
			return i
		}
		if !f.capitalised(k) && !isEdgePunct(f.words[k]) && (f.words[k][0] < '0' || f.words[k][0] > '9') {
			return i
		}
	}
	return i
}

// numberWords count the governments of "the two governments".
var numberWords = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}

// governments resolves "the two governments" and "both governments" to a
// group of the governments of the last countries named before s, as many
// as the phrase counts ("Spain and Morocco will begin patrols, the two
// governments said").
func (r *resolver) governments(name [2]int, head int, s doc.Span) int32 {
	f := r.f
	if f.words[head] != "governments" {
		return -1
	}
	n := 0
	for i := name[0]; i < head; i++ {
		if k, ok := numberWords[f.words[i]]; ok {
			n = k
		}
	}
	if n == 0 {
		return -1
	}
	// the countries named before, in text order
	var cands []mention
	for _, m := range r.mentions {
		a := f.d.Actors[m.actor]
		if m.span.End <= s.Start && a.Kind == "country" && a.Sector == "" && a.Country != "" && !r.quoted(m.span) {
			cands = append(cands, m)
		}
	}
	slices.SortFunc(cands, func(a, b mention) int { return int(a.span.Start - b.span.Start) })
	pick := func(from []mention, fromStart bool) []string {
		var names []string
		seen := map[string]bool{}
		for k := range from {
			m := from[k]
			if !fromStart {
				m = from[len(from)-1-k]
			}
			if a := f.d.Actors[m.actor]; !seen[a.Country] && len(names) < n {
				seen[a.Country] = true
				names = append(names, a.Name)
			}
		}
		if !fromStart { // in the order they were first named
			chosen := map[string]bool{}
			for _, nm := range names {
				chosen[nm] = true
			}
			names = names[:0]
			for _, m := range from {
				if nm := f.d.Actors[m.actor].Name; chosen[nm] {
					names = append(names, nm)
					delete(chosen, nm)
				}
			}
		}
		return names
	}
	// those that open the speaker's sentence first ("Spain and Morocco
	// will begin patrols, the two governments said"), else the last ones
	lo, _ := f.sentBounds(name[0])
	sentStart := f.d.Tokens[lo].Start
	var inSent []mention
	for _, m := range cands {
		if m.span.Start >= sentStart {
			inSent = append(inSent, m)
		}
	}
	names := pick(inSent, true)
	if len(names) < n {
		names = pick(cands, false)
	}
	if len(names) < n {
		return -1
	}
	nm := "Governments of " + strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	for ai := r.nActors; ai < len(f.d.Actors); ai++ {
		if f.d.Actors[ai].Name == nm {
			return int32(ai)
		}
	}
	return r.add(doc.Actor{Name: nm, Kind: "group", Sector: "GOV"}, s)
}
