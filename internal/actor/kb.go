package actor

import (
	"bytes"
	"strings"
)

// Country is one ISO 3166-1 country or territory of the KB.
type Country struct {
	Code       string   `json:"code"`       // ISO 3166-1 alpha-3 ("ESP")
	Names      []string `json:"names"`      // first is the canonical name
	Adjectives []string `json:"adjectives"` // adjectives and demonyms ("Spanish", "Spaniards")
	Capitals   []string `json:"capitals"`   // capitals and seats of government, used as metonyms
	// Cities are other large cities: always places, never the government
	// ("police in Istanbul" are Turkish), unlike capitals.
	Cities []string `json:"cities,omitempty"`
}

// Region is a world region news treats as an actor ("European leaders"),
// coded with CAMEO's three-letter region code (EUR, AFR, ...). A region is
// not an ISO country: actors coded with one keep Country empty.
type Region struct {
	Code       string   `json:"code"`
	Names      []string `json:"names"`
	Adjectives []string `json:"adjectives"`
}

// Organisation is an international organisation, a government institution
// ("the Kremlin"), an armed group, an outlet or a company.
type Organisation struct {
	Key      string   `json:"key"`      // stable identifier; defaults to Name
	Name     string   `json:"name"`     // canonical name
	Aliases  []string `json:"aliases"`  // acronyms and descriptions ("the military alliance")
	Country  string   `json:"country"`  // ISO alpha-3; empty for IGOs and NGOs
	Sector   string   `json:"sector"`   // IGO, NGO, GOV, MIL, MED, BUS, ...
	Metonyms []string `json:"metonyms"` // places that stand for it as an actor ("Brussels")
}

// Code returns the organisation's CAMEO-style code: Country+Sector, the
// sector alone for IGOs and NGOs, IMGREB for an armed group of no country.
func (o Organisation) Code() string { return code(o.prefix(), o.Sector) }

// prefix is the CAMEO prefix of the organisation's code: its country, or
// for an armed group of no country CAMEO's IMG (international militarized
// group: al-Qaeda, the Islamic State).
func (o Organisation) prefix() string {
	if o.Country == "" && o.Sector == "REB" {
		return "IMG"
	}
	return o.Country
}

// Role is a title with the sector it implies.
type Role struct {
	Phrase string `json:"phrase"` // as written: "top diplomat"
	Name   string `json:"role"`   // canonical: "foreign minister"
	Sector string `json:"sector"` // GOV, MIL, LEG, ...; empty when the role says nothing
}

// SectorWord is a noun that names a sector of society ("troops" → MIL).
type SectorWord struct {
	Word   string `json:"word"`
	Sector string `json:"sector"`
	// Standalone words ("protesters") make a group actor even when no
	// country is named; others ("officials") need one.
	Standalone bool `json:"standalone"`
	// Modifier words ("military") also modify other nouns ("military
	// equipment") and head a group only when no noun follows.
	Modifier bool `json:"modifier"`
}

// Person is an office holder of the KB's starter list.
type Person struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"` // other spellings and the surname
	Country string   `json:"country"` // ISO alpha-3; empty for people of IGOs
	Role    string   `json:"role"`    // canonical role ("foreign minister")
	Sector  string   `json:"sector"`
}

// Code returns the person's CAMEO-style code.
func (p Person) Code() string {
	if p.Country == "" && p.Sector == "IGO" {
		return "IGO"
	}
	return p.Country + p.Sector
}

// Slots of an index entry: what a folded phrase names.
const (
	slotCountry   = iota // a country name or alias
	slotAdjective        // a country adjective or demonym
	slotCapital          // a capital or seat of government
	slotCity             // another large city: a place of its country
	slotRegion           // a region name
	slotRegionAdj        // a region adjective
	slotOrg              // an organisation name or alias
	slotOrgPlace         // a place standing for an organisation (Brussels)
	slotPerson           // a KB person's name or alias
	slotRole             // a role phrase
	slotSector           // a sector word
	nSlots
)

// entry is what one folded phrase names: for each slot, an index+1 into
// the matching KB slice (0 = none) and the case rule the text must meet.
type entry struct {
	ref  [nSlots]int32
	rule [nSlots]uint8
}

// KB is the actor knowledge base: countries, regions, organisations,
// roles, sector words and people, indexed by folded phrase. A KB is
// immutable once built and safe for concurrent use; Extend returns a new
// one.
type KB struct {
	src source // what the KB was built from, kept for Extend

	countries []Country
	regions   []Region
	orgs      []Organisation
	roles     []Role
	sectors   []SectorWord
	people    []Person

	byCode  map[string]int32 // country code → index
	entries []entry          // index entries
	phrases map[string]int32 // folded phrase → index into entries
	first   map[string]uint8 // first word of a phrase → most tokens it spans
	leaders map[string]int32 // country+"|"+role → index into people (last wins)
}

// Stats counts what a KB holds.
type Stats struct {
	Countries, Regions, Organisations, Roles, Sectors, People, Phrases int
	ValidAsOf                                                          string // date the people list is valid for
}

// Stats returns the size of the KB.
func (kb *KB) Stats() Stats {
	return Stats{len(kb.countries), len(kb.regions), len(kb.orgs), len(kb.roles), len(kb.sectors),
		len(kb.people), len(kb.phrases), kb.src.ValidAsOf}
}

// lookup returns the entry for text (folded), trying it without a leading
// "the" when it has one and nothing matches.
func (kb *KB) lookup(text string) (*entry, string, bool) {
	t := strings.TrimSpace(text)
	// fold(t), without allocating a string for a text to fold: this runs
	// for every entity and every place a stage asks about.
	var stack [64]byte
	f := stack[:0]
	if isFolded(t) {
		f = append(f, t...)
	} else {
		f = appendFold(f, t)
	}
	if i, ok := kb.phrases[string(f)]; ok {
		return &kb.entries[i], text, true
	}
	if rest, ok := bytes.CutPrefix(f, []byte("the ")); ok {
		if i, ok := kb.phrases[string(rest)]; ok {
			return &kb.entries[i], t[len(t)-len(rest):], true
		}
	}
	return nil, "", false
}

// ref returns the index (into the slot's slice) that text names in slot,
// honouring the slot's case rule, or -1.
func (kb *KB) ref(text string, slot int) int32 {
	e, t, ok := kb.lookup(text)
	if !ok || e.ref[slot] == 0 || !caseOK(e.rule[slot], t) {
		return -1
	}
	return e.ref[slot] - 1
}

// Country returns the ISO 3166-1 alpha-3 code of the country that name
// names: a name or alias ("Spain", "U.S.", "Ivory Coast", "Türkiye") or an
// adjective or demonym ("Spanish", "Ukrainians"). Capitals are not
// countries here (see Capital): "Washington" is a place or a government
// depending on context. Case matters for capitalised KB forms, so "us"
// and "turkey" are not countries.
func (kb *KB) Country(name string) (code string, ok bool) {
	if i := kb.ref(name, slotCountry); i >= 0 {
		return kb.countries[i].Code, true
	}
	if i := kb.ref(name, slotAdjective); i >= 0 {
		return kb.countries[i].Code, true
	}
	return "", false
}

// Capital returns the ISO code of the country whose capital or seat of
// government name is ("Kyiv", "Kiev" → UKR; "Brussels" → BEL).
func (kb *KB) Capital(name string) (code string, ok bool) {
	if i := kb.ref(name, slotCapital); i >= 0 {
		return kb.countries[i].Code, true
	}
	return "", false
}

// CountryName returns the canonical name of the country with ISO code.
func (kb *KB) CountryName(code string) (string, bool) {
	i, ok := kb.byCode[code]
	if !ok || len(kb.countries[i].Names) == 0 {
		return "", false
	}
	return kb.countries[i].Names[0], true
}

// Region returns the CAMEO region code of a region name or adjective
// ("Europe", "European" → EUR).
func (kb *KB) Region(name string) (code string, ok bool) {
	for _, s := range []int{slotRegion, slotRegionAdj} {
		if i := kb.ref(name, s); i >= 0 {
			return kb.regions[i].Code, true
		}
	}
	return "", false
}

// Organisation returns the organisation that name or alias names ("NATO",
// "the military alliance", "the Kremlin", "Bloomberg TV").
func (kb *KB) Organisation(name string) (Organisation, bool) {
	if i := kb.ref(name, slotOrg); i >= 0 {
		return kb.orgs[i], true
	}
	return Organisation{}, false
}

// Metonym returns the organisation a place stands for when it is used as
// an actor ("Brussels" → the EU).
func (kb *KB) Metonym(place string) (Organisation, bool) {
	if i := kb.ref(place, slotOrgPlace); i >= 0 {
		return kb.orgs[i], true
	}
	return Organisation{}, false
}

// Role returns the role a title names, in any case ("Foreign Minister",
// "top diplomat" → foreign minister, GOV).
func (kb *KB) Role(phrase string) (Role, bool) {
	if i := kb.ref(phrase, slotRole); i >= 0 {
		return kb.roles[i], true
	}
	return Role{}, false
}

// Sector returns the sector code a sector word implies ("troops" → MIL,
// "police" → COP, "protesters" → CVL).
func (kb *KB) Sector(word string) (string, bool) {
	if i := kb.ref(word, slotSector); i >= 0 {
		return kb.sectors[i].Sector, true
	}
	return "", false
}

// SectorWord returns the KB record of a sector word.
func (kb *KB) SectorWord(word string) (SectorWord, bool) {
	if i := kb.ref(word, slotSector); i >= 0 {
		return kb.sectors[i], true
	}
	return SectorWord{}, false
}

// Person returns the KB person a full name or alias names ("Albares",
// "Volodymyr Zelensky").
func (kb *KB) Person(name string) (Person, bool) {
	if i := kb.ref(name, slotPerson); i >= 0 {
		return kb.people[i], true
	}
	return Person{}, false
}

// Leader returns the KB person who holds the canonical role in the
// country (ISO code; empty for IGO people): Leader("ESP", "foreign
// minister") is José Manuel Albares. When several do, the last listed
// wins, so a user's KB overrides the embedded list.
func (kb *KB) Leader(country, role string) (Person, bool) {
	i, ok := kb.leaders[country+"|"+role]
	if !ok {
		return Person{}, false
	}
	return kb.people[i], true
}
