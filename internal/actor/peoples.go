package actor

import "strings"

// Peoples. A plural demonym ("Albanians", "Palestinians") or an adjective
// of nationality before a word for a people ("the Russian minority", "the
// Albanian population") names people, not their state: a group actor of
// the country, no sector (CAMEO codes a people by its country alone), so
// that "Albanians protested" stays a protest of civilians rather than a
// state's complaint.
//
// Which country is where they live. CAMEO and PLOVER code an ethnic group
// with the country it lives in (its ethnicity goes to a separate code):
// "ethnic Albanians in southern Serbia" are SRB, "the Russian minority in
// Latvia" LVA, "ethnic Turks" in a report from Sweden SWE. The rule:
//
//  1. a place after the phrase ("in southern Serbia", "of Macedonia",
//     "living in Latvia") gives its country;
//  2. else a phrase that says it is a minority ("ethnic", "minority")
//     lives where the report is: the country of the sentence's locative
//     place, else its first country mention that is not the people's
//     own, else the article's most named other country; a population or
//     community only by the locative place ("the Albanian population" of
//     a report "in Montenegro");
//  3. else it is the people of its own country ("Albanians marched").
//
// Groups of sector words after "ethnic" ("ethnic Albanian guerrillas")
// follow rules 1 and 2 (phrases.go).

// peopleNouns name a people after an adjective of nationality.
var peopleNouns = set("minority", "minorities", "population", "populations", "community", "communities",
	"people", "peoples", "majority", "inhabitants", "residents", "villagers")

// minorityNouns say the people live as a minority somewhere else;
// communityNouns may, when the sentence places them ("the Albanian
// population" of a report "in Montenegro").
var (
	minorityNouns  = set("minority", "minorities")
	communityNouns = set("population", "populations", "community", "communities")
)

// homePrepositions introduce where a people lives.
var homePrepositions = set("in", "of", "inside", "throughout")

// peopleAt returns the actor and mention span of the people named by the
// nationality word of country own at tokens [a, b), or false when the
// word is an adjective of something else ("Albanian officials").
func (r *resolver) peopleAt(a, b int32, own string) (int32, int32, int32, bool) {
	lo, hi := r.lo[a], r.hi[a]
	start, end := a, b
	word := r.d.Slice(r.span(a, b))
	plural := b-a == 1 && r.pluralDemonym(word, own)
	ethnic := start > lo && r.keys[start-1] == "ethnic"
	minority, community := false, false
	switch {
	case plural:
	case b < hi && peopleNouns[r.keys[b]]:
		minority = minorityNouns[r.keys[b]]
		community = communityNouns[r.keys[b]]
		end = b + 1
	case ethnic && !r.sectorAt(b, hi):
		// "ethnic Albanian political parties": the people the parties
		// are of; a sector word after it makes a group (phrases.go).
	default:
		return -1, 0, 0, false
	}
	if ethnic {
		start--
		minority = true
	}
	country := r.homeAfter(end, hi)
	if country == "" && (minority || community) {
		country = r.residence(a, own, community && !minority)
	}
	if country == "" {
		country = own
	}
	if r.peopleTok == nil {
		r.peopleTok = map[int32]bool{}
	}
	for k := a; k < b; k++ {
		r.peopleTok[k] = true
	}
	name := r.d.Slice(r.span(start, end))
	act := r.acts.get("people|"+country+"|"+fold(name), newActor(name, "group", country, "", "", ""))
	return act, start, end, true
}

// pluralDemonym reports whether word is the plural of a demonym of
// country c: "Albanians" of "Albanian", "Serbs" of "Serb".
func (r *resolver) pluralDemonym(word, c string) bool {
	sing, ok := strings.CutSuffix(word, "s")
	if !ok || sing == "" {
		return false
	}
	i := r.ref(sing, slotAdjective)
	return i >= 0 && r.kb.countries[i].Code == c
}

// homeAfter returns the country of a place right after token k: "in
// southern Serbia", "of Macedonia", "living in Latvia", or "".
func (r *resolver) homeAfter(k, hi int32) string {
	switch {
	case k < hi && r.keys[k] == "living":
		k++
	case k+1 < hi && r.keys[k] == "who" && r.keys[k+1] == "live":
		k += 2
	}
	if k >= hi || !homePrepositions[r.keys[k]] {
		return ""
	}
	k++
	for k < hi && placeModifiers[r.keys[k]] {
		k++
	}
	if k >= hi {
		return ""
	}
	return r.countryAt(k)
}

// residence returns where a minority of country own named at token tok
// lives, from its sentence and then its article, or "" when nothing
// names another country. With placedOnly only a locative place of the
// sentence counts: "the Palestinian population" is not Israel's because
// the sentence names Israel.
func (r *resolver) residence(tok int32, own string, placedOnly bool) string {
	lo, hi := r.lo[tok], r.hi[tok]
	first := ""
	for k := lo; k < hi; k++ {
		c := r.countryAt(k)
		if c == "" || c == own {
			continue
		}
		j := k - 1
		for j >= lo && placeModifiers[r.keys[j]] {
			j--
		}
		if j >= lo && j < k && locatives[r.keys[j]] {
			return c
		}
		if first == "" {
			first = c
		}
	}
	if placedOnly {
		return ""
	}
	if first != "" {
		return first
	}
	counts := map[string]int{}
	for k := range r.toks {
		if c := r.countryAt(int32(k)); c != "" && c != own {
			counts[c]++
		}
	}
	best, n, tie := "", 0, false
	for c, m := range counts {
		switch {
		case m > n:
			best, n, tie = c, m, false
		case m == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// sectorAt reports whether a sector word starts at token k, or after
// modifiers that may stand before one ("ethnic Albanian armed rebels").
func (r *resolver) sectorAt(k, hi int32) bool {
	for k < hi && groupModifiers[r.keys[k]] {
		k++
	}
	if k >= hi || r.hitAt[k] < 0 {
		return false
	}
	return r.hits[r.hitAt[k]].has(slotSector)
}
