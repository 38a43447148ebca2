package actor

// build indexes a source into an immutable KB.
func build(s source) *KB {
	kb := &KB{
		src:       s,
		countries: s.Countries,
		regions:   s.Regions,
		orgs:      s.Organisations,
		roles:     s.Roles,
		sectors:   s.Sectors,
		people:    s.People,
		byCode:    make(map[string]int32, len(s.Countries)),
		phrases:   make(map[string]int32, 4096),
		first:     make(map[string]uint8, 4096),
		leaders:   make(map[string]int32, len(s.People)),
	}
	for i := range kb.orgs {
		if kb.orgs[i].Key == "" {
			kb.orgs[i].Key = kb.orgs[i].Name
		}
	}
	for i, c := range kb.countries {
		kb.byCode[c.Code] = int32(i)
		kb.add(slotCountry, i, c.Names...)
		kb.add(slotAdjective, i, c.Adjectives...)
		kb.add(slotCapital, i, c.Capitals...)
		kb.add(slotCity, i, c.Cities...)
	}
	for i, r := range kb.regions {
		kb.add(slotRegion, i, r.Names...)
		kb.add(slotRegionAdj, i, r.Adjectives...)
	}
	for i, o := range kb.orgs {
		kb.add(slotOrg, i, o.Name)
		kb.add(slotOrg, i, o.Aliases...)
		kb.add(slotOrgPlace, i, o.Metonyms...)
	}
	for i, r := range kb.roles {
		kb.add(slotRole, i, r.Phrase)
	}
	for i, w := range kb.sectors {
		kb.add(slotSector, i, w.Word)
	}
	for i, p := range kb.people {
		kb.add(slotPerson, i, p.Name)
		kb.add(slotPerson, i, p.Aliases...)
		if p.Role != "" && p.Sector != "ELI" {
			// A former office holder (sector ELI) holds the role no more.
			kb.leaders[p.Country+"|"+p.Role] = int32(i)
		}
	}
	return kb
}

// add indexes phrases under slot. A later phrase in the same slot replaces
// an earlier one, so overlays win; the case rule kept is the most
// permissive of the spellings ("Kyiv" and "KYIV" both allow initial caps).
func (kb *KB) add(slot, index int, phrases ...string) {
	for _, p := range phrases {
		f := fold(p)
		if f == "" {
			continue
		}
		i, ok := kb.phrases[f]
		if !ok {
			i = int32(len(kb.entries))
			kb.entries = append(kb.entries, entry{})
			kb.phrases[f] = i
		}
		e := &kb.entries[i]
		rule := caseRuleOf(p)
		if e.ref[slot] != 0 && e.rule[slot] < rule {
			rule = e.rule[slot]
		}
		e.ref[slot] = int32(index) + 1
		e.rule[slot] = rule
		w := firstWord(f)
		if w == "" {
			continue
		}
		n := min(tokenBound(f), maxPhraseTokens)
		if uint8(n) > kb.first[w] {
			kb.first[w] = uint8(n)
		}
	}
}

// maxPhraseTokens bounds how many tokens a KB phrase may span in the text.
const maxPhraseTokens = 12
