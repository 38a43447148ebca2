package actor

// Reading the words around a mention: the role and country in front of a
// name ("US President Donald Trump", "Spain's top diplomat") and in an
// apposition after it ("Albares, Spain's foreign minister,").

// roleContext is a role phrase found next to a mention.
type roleContext struct {
	role       Role
	former     bool
	country    string        // ISO code, when named
	org        *Organisation // an organisation in front ("NATO Secretary General")
	start, end int32         // its tokens
}

// roleBefore reads [country] [modifiers] role ending just before token j,
// not crossing token lo.
func (r *resolver) roleBefore(j, lo int32) (roleContext, bool) {
	var rc roleContext
	h := r.hitEndingAt(j)
	if h == nil || !h.has(slotRole) || h.lo < lo {
		return rc, false
	}
	rc.role = r.kb.roles[h.ref(slotRole)]
	rc.end = j
	k := h.lo
	for k > lo && roleModifiers[r.keys[k-1]] {
		if formerWords[r.keys[k-1]] {
			rc.former = true
		}
		k--
	}
	rc.start = k
	if c, org, s, ok := r.ownerBefore(k, lo); ok {
		rc.country, rc.org, rc.start = c, org, s
		// "former" may also come first: "former Spanish prime minister".
		for rc.start > lo && roleModifiers[r.keys[rc.start-1]] {
			if formerWords[r.keys[rc.start-1]] {
				rc.former = true
			}
			rc.start--
		}
	}
	return rc, true
}

// ownerBefore reads the country or organisation that ends just before
// token k: a possessive ("Spain's", "Kyiv's", "NATO's"), an adjective
// ("Ukrainian"), a name ("US") or an organisation ("NATO", "Kremlin"). It
// also reads a resolved entity there, so that names the KB lacks but NER
// found still count.
func (r *resolver) ownerBefore(k, lo int32) (country string, org *Organisation, start int32, ok bool) {
	end := k
	if k > lo && (r.keys[k-1] == "'s" || r.keys[k-1] == "'") {
		end = k - 1
	}
	if end <= lo {
		return "", nil, 0, false
	}
	if h := r.hitEndingAt(end); h != nil && h.lo >= lo {
		if h.has(slotOrg) {
			o := r.kb.orgs[h.ref(slotOrg)]
			return o.Country, &o, h.lo, true
		}
		if c, ok := r.countryOf(h); ok {
			return c, nil, h.lo, true
		}
	}
	if ei := r.entAt[end-1]; ei >= 0 && r.d.Entities[ei].End == r.toks[end-1].End {
		if ai := r.entActor[ei]; ai >= 0 && r.acts.list[ai].Country != "" {
			a, _ := r.tokenRange(r.d.Entities[ei].Span)
			return r.acts.list[ai].Country, nil, max(a, lo), true
		}
	}
	return "", nil, 0, false
}

// roleAfter reads an apposition after token b (exclusive end of a name):
// ", [the] [country's|adjective] [modifiers] role [of country]".
func (r *resolver) roleAfter(b, hi int32) (roleContext, bool) {
	var rc roleContext
	k := b
	if k >= hi || (r.keys[k] != "," && r.keys[k] != "(" && r.keys[k] != "—" && r.keys[k] != "-") {
		return rc, false
	}
	k++
	for k < hi && (r.keys[k] == "the" || r.keys[k] == "a" || r.keys[k] == "an") {
		k++
	}
	if h := r.hitStartingAt(k); h != nil {
		next := h.hi
		possessive := next < hi && (r.keys[next] == "'s" || r.keys[next] == "'")
		if possessive {
			next++
		}
		if h.has(slotOrg) && !h.has(slotRole) {
			o := r.kb.orgs[h.ref(slotOrg)]
			rc.org, rc.country, k = &o, o.Country, next
		} else if c, ok := r.countryOf(h); ok && (possessive || h.has(slotAdjective) || h.has(slotCountry)) {
			rc.country, k = c, next
		}
	}
	for k < hi && roleModifiers[r.keys[k]] {
		if formerWords[r.keys[k]] {
			rc.former = true
		}
		k++
	}
	h := r.hitStartingAt(k)
	if h == nil || !h.has(slotRole) || h.hi > hi {
		return rc, false
	}
	rc.role = r.kb.roles[h.ref(slotRole)]
	rc.start, rc.end = b, h.hi
	if c, end, ok := r.ofCountry(h.hi, hi); ok {
		if rc.country == "" {
			rc.country = c
		}
		rc.end = end
	}
	return rc, true
}

// ofCountry reads "of <country>" or "in <country>" at token k ("the
// president of Armenia", "protesters in Tehran").
func (r *resolver) ofCountry(k, hi int32) (string, int32, bool) {
	if k+1 >= hi || (r.keys[k] != "of" && r.keys[k] != "in") {
		return "", 0, false
	}
	k++
	if r.keys[k] == "the" && k+1 < hi {
		if h := r.hitStartingAt(k); h == nil {
			k++
		}
	}
	h := r.hitStartingAt(k)
	if h == nil || h.hi > hi || !(h.has(slotCountry) || h.has(slotCapital) || h.has(slotCity)) {
		return "", 0, false
	}
	c, _ := r.countryOf(h)
	return c, h.hi, true
}
