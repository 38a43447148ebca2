package actor

import (
	"slices"
	"strings"

	"chronicle/internal/doc"
)

// cluster is one person of the article: the name variants that refer to
// them, merged (full name, surname, "Mr. Albares"), and what the text and
// the KB say about them.
type cluster struct {
	name     string   // fullest form, as written
	words    []string // folded words of name
	kbPerson int32    // index into KB people, -1
	country  string
	role     string
	sector   string
	igo      bool // an international organisation's person ("NATO chief")
	roleSet  bool
	ctrySet  bool
	spans    []doc.Span
	ents     []int
	joined   []int // entities joined to one of ents by a hyphen
	actor    int32
}

// personMention is one mention of a person before clustering.
type personMention struct {
	ent     int
	joined  int      // a second entity the name runs on into ("Jean" + "-Claude Duvalier"), or -1
	span    doc.Span // the mention: the entity's span, or both joined
	name    string   // the name without titles and roles
	words   []string // its folded words
	role    *Role    // a role inside the entity span ("President Trump")
	country string   // a country inside the entity span ("German Foreign Minister X")
}

// personMention strips titles, a leading role and a possessive from an
// entity's text; ok is false when no name is left.
func (r *resolver) personMention(ei int) (personMention, bool) {
	e := r.d.Entities[ei]
	text := r.d.Slice(e.Span)
	text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
	fields := strings.Fields(text)
	pm := personMention{ent: ei, joined: -1, span: e.Span}
	for len(fields) > 0 && titles[fold(fields[0])] {
		fields = fields[1:]
	}
	// Some NER spans take in the country and role in front of a name.
	for k := min(3, len(fields)-1); k >= 1; k-- {
		if c, ok := r.kb.Country(strings.Join(fields[:k], " ")); ok {
			// Only when a role follows: "Georgia Smith" is a name.
			for j := min(k+4, len(fields)-1); j > k; j-- {
				if _, isRole := r.kb.Role(strings.Join(fields[k:j], " ")); isRole {
					pm.country = c
					fields = fields[k:]
					break
				}
			}
			break
		}
	}
	for k := min(4, len(fields)-1); k >= 1; k-- {
		if ro, ok := r.kb.Role(strings.Join(fields[:k], " ")); ok {
			pm.role = &ro
			fields = fields[k:]
			break
		}
	}
	if len(fields) == 0 {
		return pm, false
	}
	pm.name = strings.Join(fields, " ")
	pm.words = strings.Fields(fold(pm.name))
	return pm, len(pm.words) > 0
}

// matches reports whether mention words name the cluster: equal, or a
// subset ending with its surname ("Albares", "Manuel Albares").
func (c *cluster) matches(words []string) bool {
	if len(words) > len(c.words) || words[len(words)-1] != c.words[len(c.words)-1] {
		return false
	}
	for _, w := range words {
		if !slices.Contains(c.words, w) {
			return false
		}
	}
	return true
}

// resolvePersons clusters the person mentions, learns roles and countries
// from the text around each mention, fills the rest from the KB and adds
// one actor per cluster.
func (r *resolver) resolvePersons(ents []int) {
	var ms []personMention
	for i := 0; i < len(ents); i++ {
		pm, ok := r.personMention(ents[i])
		if !ok {
			continue
		}
		if i+1 < len(ents) && r.hyphenated(ents[i], ents[i+1]) {
			// "Jean-Claude Duvalier" that NER cut at the hyphen: one
			// name.
			if next, ok := r.personMention(ents[i+1]); ok {
				pm.name += "-" + next.name
				pm.words = strings.Fields(fold(pm.name))
				pm.joined = ents[i+1]
				pm.span.End = r.d.Entities[ents[i+1]].End
				i++
			}
		}
		ms = append(ms, pm)
	}
	// Fullest names first, so that "Albares" finds "José Manuel Albares"
	// wherever each appears.
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(ms[b].words) - len(ms[a].words) })
	for _, i := range order {
		m := ms[i]
		kbp := r.ref(m.name, slotPerson)
		pos := r.d.Entities[m.ent].Start
		var best *cluster
		bestDist := int32(-1)
		for _, c := range r.persons {
			if !c.matches(m.words) && (kbp < 0 || c.kbPerson != kbp) {
				continue
			}
			// The nearest earlier mention wins; failing that, the nearest later one.
			d := int32(1 << 30)
			for _, s := range c.spans {
				if s.Start <= pos && pos-s.Start < d {
					d = pos - s.Start
				}
				if s.Start > pos && (s.Start-pos)+(1<<29) < d {
					d = (s.Start - pos) + (1 << 29)
				}
			}
			if best == nil || d < bestDist {
				best, bestDist = c, d
			}
		}
		if best == nil && kbp < 0 {
			best = r.givenNameCluster(m.words)
		}
		if best == nil {
			best = &cluster{name: m.name, words: m.words, kbPerson: kbp, actor: -1}
			r.persons = append(r.persons, best)
		}
		best.spans = append(best.spans, m.span)
		best.ents = append(best.ents, m.ent)
		if m.joined >= 0 {
			best.joined = append(best.joined, m.joined)
		}
		if m.role != nil {
			best.learnRole(*m.role, false)
		}
		best.learnCountry(m.country)
		r.context(best, m.ent)
	}
	for _, c := range r.persons {
		r.enrich(c)
		if c.country == "" && !c.igo && c.roleSet && len(c.spans) > 0 {
			// "President Tran said…" of no known country: the country of
			// the report, as for sector words (contextcountry.go).
			if a, _ := r.tokenRange(c.spans[0]); a < int32(len(r.toks)) {
				c.learnCountry(r.contextCountry(a, c.sector))
			}
		}
		c.actor = r.acts.get("person|"+strings.Join(c.words, " ")+"|"+c.name,
			newActor(c.name, "person", c.country, c.prefix(), c.sector, c.role))
		for i, s := range c.spans {
			r.acts.mention(c.actor, s)
			r.entActor[c.ents[i]] = c.actor
		}
		for _, ei := range c.joined {
			r.entActor[ei] = c.actor
		}
	}
}

// givenNameCluster returns the one person of the article whose full name
// opens with the lone word w ("Daniel" after "Daniel Montalvo"), or nil
// when none or several do: features and local news call people by their
// given name after the first mention, and a surname match (matches) has
// already failed.
func (r *resolver) givenNameCluster(words []string) *cluster {
	if len(words) != 1 {
		return nil
	}
	var found *cluster
	for _, c := range r.persons {
		if len(c.words) < 2 || c.words[0] != words[0] {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}

func (c *cluster) prefix() string {
	if c.igo && c.country == "" {
		return "IGO"
	}
	return c.country
}

// learnRole records a role the text gives, unless one is known already.
func (c *cluster) learnRole(ro Role, former bool) {
	if c.roleSet {
		return
	}
	c.roleSet = true
	c.role, c.sector = ro.Name, ro.Sector
	if former {
		c.role, c.sector = "former "+ro.Name, "ELI"
	}
}

// learnCountry records a country the text gives.
func (c *cluster) learnCountry(code string) {
	if !c.ctrySet && code != "" {
		c.country, c.ctrySet = code, true
	}
}

// context reads the role and country around one mention: premodifiers
// ("Ukrainian President Volodymyr Zelenskiy", "Spain's foreign minister,
// José Manuel Albares") and appositions ("Albares, Spain's foreign
// minister,"), and marks their tokens used.
func (r *resolver) context(c *cluster, ei int) {
	a, b := r.tokenRange(r.d.Entities[ei].Span)
	if a >= b {
		return
	}
	j := a
	if j > r.lo[a] && titles[r.keys[j-1]] {
		j--
	}
	if j > r.lo[a] && r.keys[j-1] == "," { // "Spain's foreign minister, José Manuel Albares"
		if h := r.hitEndingAt(j - 1); h != nil && h.has(slotRole) {
			j--
		}
	}
	if ro, ok := r.roleBefore(j, r.lo[a]); ok {
		c.apply(ro)
		for k := ro.start; k < a; k++ {
			r.used[k] = true
		}
	}
	if ro, ok := r.roleAfter(b, r.hi[a-0]); ok {
		c.apply(ro)
		for k := b; k < ro.end; k++ {
			r.used[k] = true
		}
	}
}

// apply records what a role phrase says about a person.
func (c *cluster) apply(ro roleContext) {
	c.learnRole(ro.role, ro.former)
	if ro.org != nil {
		if ro.org.Country == "" {
			c.igo = true
			if !c.roleSet || c.sector == "" || c.sector == "GOV" {
				c.sector = "IGO"
			}
		} else {
			c.learnCountry(ro.org.Country)
			if c.sector == "" {
				c.sector = ro.org.Sector
			}
		}
	}
	c.learnCountry(ro.country)
}

// enrich fills what the text did not say from the KB's people.
func (r *resolver) enrich(c *cluster) {
	if c.kbPerson < 0 {
		c.kbPerson = r.ref(c.name, slotPerson)
	}
	if c.kbPerson < 0 {
		return
	}
	p := r.kb.people[c.kbPerson]
	if len(c.words) == 1 {
		c.name = p.Name
		c.words = strings.Fields(fold(p.Name))
	}
	if !c.ctrySet && !c.igo {
		c.country = p.Country
		if p.Country == "" && p.Sector == "IGO" {
			c.igo = true
		}
	}
	if !c.roleSet {
		c.role, c.sector = p.Role, p.Sector
	}
	if c.sector == "" {
		c.sector = p.Sector
	}
	if c.igo && c.country == "" && c.sector == "GOV" {
		c.sector = "IGO"
	}
}

// hyphenated reports whether entities a and b are one name cut at a
// hyphen: b starts right after a hyphen that follows a directly.
func (r *resolver) hyphenated(a, b int) bool {
	ea, eb := r.d.Entities[a], r.d.Entities[b]
	if ea.End >= eb.Start || eb.Start-ea.End > 3 {
		return false
	}
	gap := r.d.Text[ea.End:eb.Start]
	return gap == "-" || gap == "‐" || gap == "‑"
}
