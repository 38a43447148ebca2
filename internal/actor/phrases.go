package actor

import (
	"strings"

	"chronicle/internal/doc"
)

// inEntity reports whether any token of [a, b) is inside an entity.
func (r *resolver) inEntity(a, b int32) bool {
	for k := a; k < b; k++ {
		if r.entAt[k] >= 0 {
			return true
		}
	}
	return false
}

// descriptive reports whether a matched alias is a description ("the
// alliance", "the bloc") rather than a name: such aliases refer back to an
// organisation the article names, and make no actor on their own.
func descriptive(text string) bool {
	rest, ok := strings.CutPrefix(fold(text), "the ")
	return ok && caseRuleOf(text[len(text)-len(rest):]) == caseAny
}

// scanNames adds the KB names NER did not mark as entities: countries,
// capitals, organisations, and surnames of people already found. Then
// descriptive aliases, which need their organisation named first.
func (r *resolver) scanNames() {
	var later []int
	for hi := range r.hits {
		h := &r.hits[hi]
		if r.inEntity(h.lo, h.hi) {
			continue
		}
		s := r.span(h.lo, h.hi)
		text := r.d.Slice(s)
		switch {
		case h.has(slotOrg):
			if descriptive(text) {
				later = append(later, hi)
				continue
			}
			r.acts.mention(r.orgActor(r.kb.orgs[h.ref(slotOrg)]), s)
		case h.has(slotCountry):
			r.acts.mention(r.countryActor(r.kb.countries[h.ref(slotCountry)].Code), s)
		case h.has(slotCapital):
			r.acts.mention(r.capitalActor(r.kb.countries[h.ref(slotCapital)].Code, text, h.lo), s)
		case h.has(slotCity) && !h.has(slotPerson):
			r.acts.mention(r.cityActor(r.kb.countries[h.ref(slotCity)].Code, text), s)
		case h.has(slotAdjective) && !r.used[h.lo]:
			// A people NER did not mark: "the Albanian population".
			if act, start, end, ok := r.peopleAt(h.lo, h.hi, r.kb.countries[h.ref(slotAdjective)].Code); ok {
				r.acts.mention(act, r.span(start, end))
				for k := start; k < end; k++ {
					r.used[k] = true
				}
			}
		case h.has(slotPerson):
			words := strings.Fields(fold(text))
			for _, c := range r.persons {
				if c.kbPerson == h.ref(slotPerson) || c.matches(words) {
					r.acts.mention(c.actor, s)
					break
				}
			}
		}
	}
	for _, hi := range later {
		h := &r.hits[hi]
		if a := r.acts.find("org|" + r.kb.orgs[h.ref(slotOrg)].Key); a >= 0 {
			r.acts.mention(a, r.span(h.lo, h.hi))
			for k := h.lo; k < h.hi; k++ {
				r.used[k] = true
			}
		}
	}
}

// scanRoles turns role phrases with a country but no name ("Spain's top
// diplomat", "the president of Armenia") into person mentions: the person
// of the article with that country and role, else the KB's office holder,
// else a person named by the phrase.
func (r *resolver) scanRoles() {
	for hi := range r.hits {
		h := &r.hits[hi]
		if !h.has(slotRole) || r.used[h.lo] || r.inEntity(h.lo, h.hi) {
			continue
		}
		lo, end := r.lo[h.lo], r.hi[h.lo]
		rc, _ := r.roleBefore(h.hi, lo)
		if rc.country == "" {
			if c, e, ok := r.ofCountry(h.hi, end); ok {
				rc.country, rc.end = c, e
			}
		}
		if rc.country == "" || rc.former {
			continue
		}
		s := r.span(rc.start, rc.end)
		a := r.personFor(rc.country, rc.role, s)
		r.acts.mention(a, s)
		for k := rc.start; k < rc.end; k++ {
			r.used[k] = true
		}
	}
}

// personFor returns the actor of the person holding role in country.
func (r *resolver) personFor(country string, ro Role, s doc.Span) int32 {
	for _, c := range r.persons {
		if c.country == country && c.role == ro.Name {
			return c.actor
		}
	}
	if p, ok := r.kb.Leader(country, ro.Name); ok {
		kbi := r.ref(p.Name, slotPerson)
		for _, c := range r.persons {
			if c.kbPerson == kbi {
				return c.actor
			}
		}
		return r.acts.get("person|"+fold(p.Name)+"|"+p.Name, newActor(p.Name, "person", p.Country, "", p.Sector, p.Role))
	}
	name := r.d.Slice(s)
	return r.acts.get("role|"+country+"|"+ro.Name, newActor(name, "person", country, "", ro.Sector, ro.Name))
}

// scanGroups turns sector words into group actors with the countries in
// front of them: "Spanish officials", "the Ukrainian army", "Kyiv's
// military", "Russian forces", "NATO troops", "protesters". Coordinated
// owners make one group per owner, all with the same mention: "US and
// European officials" is USAGOV "US officials" and EURGOV "European
// officials", because an actor has one country and events need each.
func (r *resolver) scanGroups() {
	for hi := range r.hits {
		h := &r.hits[hi]
		if !h.has(slotSector) || h.has(slotRole) && r.used[h.lo] || r.used[h.lo] || r.inEntity(h.lo, h.hi) {
			continue
		}
		w := r.kb.sectors[h.ref(slotSector)]
		lo, end := r.lo[h.lo], r.hi[h.lo]
		if w.Modifier && !r.isHead(h.hi, end) {
			continue
		}
		sector := w.Sector
		type owner struct {
			prefix, country, name string
			org                   string // the organisation's key, for IGO owners
		}
		var owners []owner
		start := h.lo
		k := h.lo
		for k > lo {
			key := r.keys[k-1]
			if groupModifiers[key] {
				if m := r.hitEndingAt(k); m != nil && m.has(slotSector) && (w.Sector == "GOV") {
					sector = r.kb.sectors[m.ref(slotSector)].Sector
				}
				k--
				continue
			}
			if (key == "and" || key == "," || key == "&") && len(owners) > 0 {
				k--
				continue
			}
			if m := r.hitEndingAt(k); m != nil && m.lo >= lo && m.has(slotRegionAdj) {
				owners = append(owners, owner{prefix: r.kb.regions[m.ref(slotRegionAdj)].Code, name: r.d.Slice(r.span(m.lo, m.hi))})
				k, start = m.lo, m.lo
				continue
			}
			c, org, s, ok := r.ownerBefore(k, lo)
			if !ok {
				break
			}
			name := r.d.Slice(r.span(s, k))
			switch {
			case org != nil && org.Country == "":
				// "UN troops" IGOMIL; "al-Qaeda fighters" IMGREB.
				prefix := "IGO"
				if org.prefix() == "IMG" {
					prefix = "IMG"
				}
				owners = append(owners, owner{prefix: prefix, name: name, org: org.Key})
			case c != "":
				owners = append(owners, owner{prefix: c, country: c, name: name})
			default:
				k = s
				continue
			}
			k, start = s, s
		}
		stop := h.hi
		if len(owners) == 1 && owners[0].country != "" && start > lo && r.keys[start-1] == "ethnic" {
			// "ethnic Albanian guerrillas" are of where they live
			// (peoples.go).
			own := owners[0].country
			c := r.homeAfter(h.hi, end)
			if c == "" {
				c = r.residence(h.lo, own, false)
			}
			if c != "" && c != own {
				owners[0].prefix, owners[0].country = c, c
			}
			start--
		}
		if len(owners) == 0 && (!internationalForces[fold(w.Word)] || h.hi < end && r.keys[h.hi] == "of") {
			// "peacekeepers in Liberia" serve there; they are not
			// Liberia's.
			if c, e, ok := r.ofCountry(h.hi, end); ok {
				owners = append(owners, owner{prefix: c, country: c})
				stop = e
			}
		}
		if len(owners) == 0 && internationalForces[fold(w.Word)] {
			owners = append(owners, owner{prefix: "IGO"})
		}
		if len(owners) == 0 && !namedCountryOnly[fold(w.Word)] {
			// "police", "protesters": the country of the sentence or
			// article (contextcountry.go).
			if c := r.contextCountry(h.lo, sector); c != "" {
				owners = append(owners, owner{prefix: c, country: c})
			}
		}
		if len(owners) == 0 && !w.Standalone {
			continue
		}
		s := r.span(start, stop)
		head := r.d.Slice(r.span(h.lo, h.hi))
		if len(owners) == 0 {
			owners = append(owners, owner{})
		}
		for _, o := range owners {
			name := r.d.Slice(s)
			if len(owners) > 1 {
				name = o.name + " " + head
			}
			// Troops of two organisations ("UN peacekeepers and NATO
			// troops") share a code but are two actors.
			a := r.acts.get("group|"+code(o.prefix, sector)+"|"+o.org, newActor(name, "group", o.country, o.prefix, sector, ""))
			// The name is the first wording without a possessive:
			// "Ukrainian army" rather than "Kyiv's military".
			if old := r.acts.list[a].Name; possessive(old) && !possessive(name) {
				r.acts.list[a].Name = name
			}
			r.acts.mention(a, s)
		}
		a, _ := r.tokenRange(s)
		for k := a; k < stop; k++ {
			r.used[k] = true
		}
	}
}

// isHead reports whether a modifier-capable sector word ending before
// token k heads its phrase: nothing, punctuation or a function word
// follows ("the army is", "Kyiv's military as"), not a noun ("military
// equipment"). With POS tags, a following NOUN or PROPN decides.
func (r *resolver) isHead(k, end int32) bool {
	if k >= end {
		return true
	}
	next := r.keys[k]
	if pos := r.toks[k].POS; pos != "" {
		return pos != "NOUN" && pos != "PROPN" && pos != "ADJ" && pos != "NUM"
	}
	if next == "" || modifierBreak[next] || irregularPast[next] || strings.HasSuffix(next, "ed") {
		return true // "the army advanced", "the military withdrew"
	}
	c := next[0]
	return !(c >= 'a' && c <= 'z') // punctuation, digits, capitals: a new phrase
}

// scanSources finds unnamed sources ("people familiar with the matter",
// "a person with knowledge of the plans", "officials who asked not to be
// identified") and their later mentions ("the people said"). All unnamed
// sources of an article with the same wording are one group actor, with
// role "unnamed source" and no country.
func (r *resolver) scanSources() {
	last := int32(-1)
	n := int32(len(r.toks))
	for i := int32(0); i < n; i++ {
		if !sourceHeads[r.keys[i]] || r.used[i] || r.entAt[i] >= 0 {
			continue
		}
		if i > 0 && last >= 0 && sourceBack[r.keys[i-1]+" "+r.keys[i]] {
			if k := i + 1; k >= r.hi[i] || !r.startsTrigger(k, r.hi[i]) {
				r.acts.mention(last, r.span(i-1, i+1))
				continue
			}
		}
		end := r.hi[i]
		k := i + 1
		if !r.startsTrigger(k, end) {
			continue
		}
		for _, t := range sourceTriggers {
			if r.seq(k, end, t) {
				k += int32(len(t))
				break
			}
		}
		// The object of the trigger: "the matter", "the talks", "the plans".
		for taken := 0; k < end && taken < 6; taken++ {
			key := r.keys[k]
			c := key[0]
			if sourceStops[key] || !(c >= 'a' && c <= 'z') {
				break
			}
			k++
		}
		start := i
		if i > r.lo[i] && (r.keys[i-1] == "a" || r.keys[i-1] == "one" || r.keys[i-1] == "two" || r.keys[i-1] == "several") {
			start = i - 1
		}
		s := r.span(i, k)
		name := r.d.Slice(s)
		last = r.acts.get("source|"+fold(name), newActor(name, "group", "", "", "", "unnamed source"))
		r.acts.mention(last, r.span(start, k))
		for j := start; j < k; j++ {
			r.used[j] = true
		}
	}
}

func (r *resolver) startsTrigger(k, end int32) bool {
	for _, t := range sourceTriggers {
		if r.seq(k, end, t) {
			return true
		}
	}
	return false
}

// seq reports whether the folded tokens from k spell words.
func (r *resolver) seq(k, end int32, words []string) bool {
	if k+int32(len(words)) > end {
		return false
	}
	for i, w := range words {
		if r.keys[k+int32(i)] != w {
			return false
		}
	}
	return true
}

// possessive reports whether a name has a possessive in it.
func possessive(name string) bool {
	return strings.Contains(name, "'s") || strings.Contains(name, "’s")
}
