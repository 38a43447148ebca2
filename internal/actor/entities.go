package actor

import (
	"strings"

	"chronicle/internal/doc"
)

// resolveEntities gives every non-person entity its actor and returns the
// entities that name people, for resolvePersons. A PER entity whose text
// the KB knows as a country, capital or organisation and not as a person
// is taken for what the KB says (NER sometimes tags "Kyiv" PER).
func (r *resolver) resolveEntities() (people []int) {
	for i, e := range r.d.Entities {
		if e.Start < 0 || e.End > int32(len(r.d.Text)) || e.Start >= e.End {
			continue
		}
		text := strings.TrimSpace(r.d.Slice(e.Span))
		text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
		isPerson := r.ref(text, slotPerson) >= 0
		if !isPerson && r.enclosingName(i) {
			// "al-Qaeda" with only "Qaeda" marked, even as a person.
			continue
		}
		if e.Label == "PER" && (isPerson || !r.knownNonPerson(text)) {
			people = append(people, i)
			continue
		}
		if i > 0 && r.d.Entities[i-1].Label == "PER" && r.hyphenated(i-1, i) && !r.knownNonPerson(text) {
			// "Jean-Bertrand Aristide" with "Bertrand Aristide" taken
			// for an organisation: the rest of the person's name.
			people = append(people, i)
			continue
		}
		if !r.resolveEntity(i, text) && isPerson {
			people = append(people, i)
		}
	}
	return people
}

// enclosingName resolves entity ei to the KB organisation or country
// whose name in the text holds the entity and more: NER that marks only
// "European" in "the European Community" or "Washington" in "the
// Washington Post" has cut a name the KB knows whole. The mention is the
// whole name. It reports whether it did.
func (r *resolver) enclosingName(ei int) bool {
	a, b := r.tokenRange(r.d.Entities[ei].Span)
	if a >= b || r.hitAt[a] < 0 || r.hitAt[a] != r.hitAt[b-1] {
		return false
	}
	h := &r.hits[r.hitAt[a]]
	lo := h.lo
	if r.keys[lo] == "the" {
		lo++ // "the White House" is the name NER found, article aside
	}
	if hs, es := r.span(lo, h.hi), r.d.Entities[ei].Span; lo >= h.hi || !hs.Contains(es) || hs.Len() <= es.Len() {
		return false
	}
	for k := h.lo; k < h.hi; k++ {
		if ej := r.entAt[k]; ej >= 0 && ej != int32(ei) {
			return false
		}
	}
	var act int32
	switch {
	case h.has(slotOrg) && !descriptive(r.d.Slice(r.span(h.lo, h.hi))):
		act = r.orgActor(r.kb.orgs[h.ref(slotOrg)])
	case h.has(slotCountry):
		act = r.countryActor(r.kb.countries[h.ref(slotCountry)].Code)
	default:
		return false
	}
	r.entActor[ei] = act
	r.acts.mention(act, r.span(h.lo, h.hi))
	return true
}

func (r *resolver) knownNonPerson(text string) bool {
	for _, s := range []int{slotCountry, slotCapital, slotCity, slotOrg} {
		if r.ref(text, s) >= 0 {
			return true
		}
	}
	return false
}

// resolveEntity resolves one non-person entity; it reports false when the
// entity is left to the person rules.
func (r *resolver) resolveEntity(ei int, text string) bool {
	e := r.d.Entities[ei]
	set := func(a int32) { r.entActor[ei] = a; r.acts.mention(a, e.Span) }
	if i := r.ref(text, slotOrg); i >= 0 {
		set(r.orgActor(r.kb.orgs[i]))
		return true
	}
	if i := r.ref(text, slotCountry); i >= 0 {
		set(r.countryActor(r.kb.countries[i].Code))
		return true
	}
	if i := r.ref(text, slotCapital); i >= 0 {
		a, _ := r.tokenRange(e.Span)
		set(r.capitalActor(r.kb.countries[i].Code, text, a))
		return true
	}
	if i := r.ref(text, slotAdjective); i >= 0 {
		c := r.kb.countries[i].Code
		a, b := r.tokenRange(e.Span)
		if act, start, end, ok := r.peopleAt(a, b, c); ok {
			// "ethnic Albanians", "the Russian minority" (peoples.go)
			r.entActor[ei] = act
			r.acts.mention(act, r.span(start, end))
			for k := start; k < end; k++ {
				r.used[k] = true
			}
			return true
		}
		set(r.countryActor(c))
		return true
	}
	if i := r.ref(text, slotCity); i >= 0 && r.ref(text, slotPerson) < 0 {
		set(r.cityActor(r.kb.countries[i].Code, text))
		return true
	}
	if r.ref(text, slotPerson) >= 0 {
		return false
	}
	if code, ok := r.kb.Region(text); ok {
		if r.ref(text, slotRegion) >= 0 {
			set(r.acts.get("place|"+code, newActor(text, "place", "", code, "", "")))
		}
		return true
	}
	if c, ok := r.partOfCountry(text); ok {
		// "South Lebanon", "Northern Iraq": a part of a country is a
		// place of it.
		set(r.cityActor(c, text))
		return true
	}
	switch e.Label {
	case "ORG":
		set(r.unknownOrg(e.Span, text))
	case "LOC", "GPE", "FAC":
		set(r.acts.get("place|"+fold(text), newActor(text, "place", "", "", "", "")))
	}
	return true
}

// countryActor returns the actor of a country as a whole.
func (r *resolver) countryActor(c string) int32 {
	name, _ := r.kb.CountryName(c)
	return r.acts.get("country|"+c, newActor(name, "country", c, "", "", ""))
}

// cityActor returns the place actor of a large city that is no capital:
// it has its country, so that what happens there is coded with it, but
// never acts for the government.
func (r *resolver) cityActor(c, text string) int32 {
	return r.acts.get("place|"+fold(text), newActor(text, "place", c, "", "", ""))
}

// orgActor returns the actor of a KB organisation.
func (r *resolver) orgActor(o Organisation) int32 {
	return r.acts.get("org|"+o.Key, newActor(o.Name, "organisation", o.Country, o.prefix(), o.Sector, ""))
}

// capitalActor decides what a capital stands for. The rule: after a
// locative preposition ("in Washington", "at Kyiv") it is a place (kind
// place, its country, no sector); anywhere else — subject, object,
// possessive ("Washington said", "talks between Washington and Moscow",
// "Kyiv's military") — it is the government it houses (kind country,
// sector GOV, or the organisation it stands for: Brussels → EU). The same
// rule is PLOVER's for capitals as subject or object.
func (r *resolver) capitalActor(c, text string, tok int32) int32 {
	if tok > 0 && int(tok) <= len(r.keys) && tok > r.lo[tok] && locatives[r.keys[tok-1]] {
		return r.acts.get("place|"+fold(text), newActor(text, "place", c, "", "", ""))
	}
	if o, ok := r.kb.Metonym(text); ok {
		return r.orgActor(o)
	}
	return r.acts.get("capital|"+c, newActor(text, "country", c, "", "GOV", ""))
}

// unknownOrg codes an organisation the KB does not list by the words of
// its name: a country or adjective in it gives the country ("Spanish
// Foreign Ministry"), a sector word the sector ("Israeli Army"), and name
// endings tell outlets, companies, parties and the like.
func (r *resolver) unknownOrg(s doc.Span, text string) int32 {
	a, b := r.tokenRange(s)
	country, sector, prefix := "", "", ""
	for k := a; k < b; k++ {
		if r.hitAt[k] < 0 {
			continue
		}
		h := &r.hits[r.hitAt[k]]
		if c, ok := r.countryOf(h); ok && country == "" && prefix == "" {
			country = c
		}
		if k == a && h.has(slotOrg) && country == "" {
			// "United Nations Emergency Relief Coordinator", "UN
			// Refugee Agency": a body or office of an international
			// organisation is international too.
			if o := r.kb.orgs[h.ref(slotOrg)]; o.Country == "" && o.Sector == "IGO" {
				prefix = "IGO"
			}
		}
		if h.has(slotSector) {
			sector = r.kb.sectors[h.ref(slotSector)].Sector
		}
	}
	words := strings.Fields(fold(text))
	if sector == "" {
		// "the Umma party", "the Umma (Nation) party": a word for the kind
		// of body right after the name NER found.
		k := b
		if k < r.hi[a] && r.keys[k] == "(" {
			for k < r.hi[a] && k < b+5 && r.keys[k] != ")" {
				k++
			}
			k++
		}
		if k < r.hi[a] && (partyWords[r.keys[k]] || rebelWords[r.keys[k]]) {
			words = append(words, r.keys[k])
		}
	}
	if sector == "" {
		for _, w := range words {
			switch {
			case mediaWords[w]:
				sector = "MED"
			case businessWords[w]:
				sector = "BUS"
			case partyWords[w]:
				sector = "PTY"
			case eduWords[w]:
				sector = "EDU"
			case healthWords[w]:
				sector = "HLH"
			case religionWords[w]:
				sector = "REL"
			case labourWords[w]:
				sector = "LAB"
			case rebelWords[w]:
				sector = "REB"
			}
		}
	}
	if prefix != "" {
		if sector == "" {
			sector = prefix
		}
		return r.acts.get("org?|"+fold(text), newActor(text, "organisation", "", prefix, sector, ""))
	}
	if country == "" && a < b {
		// "the Democratic Party", "the Liberation Front": of the country
		// of the report, as sector words are (contextcountry.go).
		country = r.contextCountry(a, sector)
	}
	return r.acts.get("org?|"+fold(text), newActor(text, "organisation", country, "", sector, ""))
}

// compassWords name a part of a country before its name.
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "upper", "lower", "northeast", "northwest", "southeast", "southwest", "northeastern",
	"northwestern", "southeastern", "southwestern")

// partOfCountry returns the country of a name such as "South Lebanon" or
// "Northern Iraq" that the KB does not know whole ("South Africa" and
// "North Korea" it knows, and they never get here).
func (r *resolver) partOfCountry(text string) (string, bool) {
	first, rest, ok := strings.Cut(text, " ")
	if !ok || !compassWords[fold(first)] {
		return "", false
	}
	if i := r.ref(strings.TrimSpace(rest), slotCountry); i >= 0 {
		return r.kb.countries[i].Code, true
	}
	return "", false
}
