package actor

// Countries from context. CAMEO and PLOVER coders code an unqualified
// domestic actor ("police", "protesters", "the army", "rebels") with the
// country the report is about, not as a country-less sector: in "Police
// detained dozens of opposition supporters in Minsk" both sides are
// Belarusian. The rule, in order:
//
//  1. the country of a place in a locative phrase of the sentence ("in
//     Minsk", "in northern Nigeria");
//  2. else the country of the sentence's country mentions (names,
//     adjectives, capitals, actors of a known country), the first when
//     there are several ("Sudanese troops clashed with rebels near Chad":
//     the rebels are Sudanese);
//  3. else the article's dominant country: the one mentioned most often,
//     when no other is mentioned as often.
//
// A titled person of no known country ("President Tran") takes the same
// country (persons.go), and so does an organisation the KB does not know
// whose name tells a sector ("the Democratic Party", "the … Liberation
// Front"; entities.go). Refugees and migrants are left alone (CAMEO codes them by their origin,
// which the place they are in does not tell), and so are international
// and non-governmental sectors.

// contextSectors are the sectors that take a country from context.
var contextSectors = set("GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "SEP", "CVL", "BUS", "MED",
	"HLH", "EDU", "LAB", "AGR", "REL", "SPY", "CRM", "ELI", "PTY")

// placeModifiers may stand between a locative and a place ("in northern
// Nigeria", "in the capital Minsk").
var placeModifiers = set("the", "northern", "southern", "eastern", "western", "central", "north", "south",
	"east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "capital", "city", "of")

// contextCountry returns the country that an unqualified actor of sector
// at token tok takes from its sentence or article, or "".
func (r *resolver) contextCountry(tok int32, sector string) string {
	if !contextSectors[sector] {
		return ""
	}
	lo, hi := r.lo[tok], r.hi[tok]
	first, locative := "", ""
	for k := lo; k < hi && locative == ""; k++ {
		c := r.countryAt(k)
		if c == "" {
			continue
		}
		if first == "" {
			first = c
		}
		j := k - 1
		for j >= lo && placeModifiers[r.keys[j]] {
			j--
		}
		if j >= lo && j < k && locatives[r.keys[j]] {
			locative = c
		}
	}
	switch {
	case locative != "":
		return locative
	case first != "":
		return first
	}
	return r.dominantCountry()
}

// countryAt returns the country named by the KB phrase or the resolved
// entity that starts at token k, or "".
func (r *resolver) countryAt(k int32) string {
	if hi := r.hitAt[k]; hi >= 0 && !r.peopleTok[k] {
		// A used nationality word is a people's, whose country is where
		// it lives (peoples.go): the entity's actor below tells it.
		if h := &r.hits[hi]; h.lo == k {
			if c, ok := r.countryOf(h); ok {
				return c
			}
			if h.has(slotOrg) {
				if c := r.kb.orgs[h.ref(slotOrg)].Country; c != "" {
					return c
				}
			}
		}
	}
	if ei := r.entAt[k]; ei >= 0 {
		if a, _ := r.tokenRange(r.d.Entities[ei].Span); a == k {
			if ai := r.entActor[ei]; ai >= 0 {
				return r.acts.list[ai].Country
			}
		}
	}
	return ""
}

// dominantCountry returns the country the article names most often, or
// "" when none or a tie. It is computed once per document.
func (r *resolver) dominantCountry() string {
	if r.dominant != nil {
		return *r.dominant
	}
	counts := map[string]int{}
	for k := range r.toks {
		if c := r.countryAt(int32(k)); c != "" {
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
		best = ""
	}
	r.dominant = &best
	return best
}
