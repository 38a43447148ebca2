package event

import (
	"strings"

	"chronicle/internal/doc"
)

// Some acts are another type when a state does them. PLOVER's PROTEST is
// dissent by civil society (demonstrations, strikes, boycotts,
// blockades); a government that "protests" to another lodges an official
// complaint, CAMEO 114 (ACCUSE), and one that blockades a port or a
// border imposes a blockade, CAMEO 191 (COERCE). The coder recodes such a
// protest or blockade when every source of it is a state: a country (or a
// capital standing for its government) or a group or person of its
// government, armed forces or police. An international or
// non-governmental organisation's protest is a statement too ("a human
// rights group protested"), an ACCUSE.

// stateCodes gives the CAMEO code of a PROTEST trigger's lemma done by a
// state.
var stateCodes = map[string]string{"protest": "114", "blockade": "191"}

// byState reports whether every source of cd is a state (or, with
// bodies, an international or non-governmental organisation) and there
// is one, and the subject's own word stands for it ("China protested",
// "the navy blockaded", "a human rights group protested"), not just
// qualifies someone ("Norwegian fishermen protested").
func (c *coder) byState(cd *candidate, bodies bool) bool {
	counts := isState
	if bodies {
		counts = func(a *doc.Actor) bool { return isBody(a) || isState(a) }
	}
	if len(cd.sources) == 0 {
		return false
	}
	v := cd.tok
	if !cd.verbal {
		v = cd.light
	}
	subj, passive := c.subject(v)
	if c.s.dep(v) == "acl" {
		// "students leading the protest": the noun the participle
		// modifies does it.
		subj, passive = c.s.head(v), false
	}
	if subj >= 0 && !passive {
		covering := c.s.covering(subj, nil)
		state := false
		for _, a := range covering {
			state = state || counts(&c.d.Actors[a])
		}
		if !state {
			return false
		}
	}
	for _, a := range cd.sources {
		if !counts(&c.d.Actors[a]) {
			return false
		}
	}
	return true
}

// isBody reports whether a is an international or non-governmental
// organisation or a group of one: its protest is a statement, not a
// demonstration.
func isBody(a *doc.Actor) bool {
	return a.Sector == "NGO" || a.Sector == "IGO" || a.Country == "" && strings.HasPrefix(a.Code, "IGO")
}

// isState reports whether actor a acts for a state.
func isState(a *doc.Actor) bool {
	if a.Country == "" {
		return false
	}
	switch a.Kind {
	case "country":
		return true
	case "place":
		return false
	}
	switch a.Sector {
	case "GOV", "MIL", "COP", "SPY":
		return true
	}
	return false
}

// stateAct returns the CAMEO code cd has when a state does it, or "".
func (c *coder) stateAct(cd *candidate) string {
	if cd.e.typ != "PROTEST" || !cd.verbal && cd.light < 0 {
		// A noun counts with its light verb ("lodged a protest"), not
		// with a source borrowed from elsewhere ("students leading the
		// protest" after "the army arrested").
		return ""
	}
	lemma := c.s.lemmas[cd.tok]
	code, ok := stateCodes[lemma]
	if !ok || !c.byState(cd, lemma == "protest") {
		return ""
	}
	return code
}
