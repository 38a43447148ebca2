package event

// Converse verbs. "Haiti received aid from the United States" is the
// United States aiding Haiti: for a verb of receiving (converseVerbs) an
// AID trigger's subject is the target and its "from" phrase the source.

// converseVerbs take what the source gives.
var converseVerbs = []string{"receive", "get", "obtain"}

// converse swaps the sides of a receiving verb's AID event.
func (c *coder) converse(cd *candidate) {
	s := c.s
	if !cd.verbal || cd.e.typ != "AID" {
		return
	}
	known := false
	for _, v := range converseVerbs {
		known = known || s.lemmas[cd.tok] == v
	}
	if !known {
		return
	}
	var from []int32
	for _, k := range s.kids[cd.tok] {
		if s.marker(k) == "from" && (s.dep(k) == "obl" || s.dep(k) == "nmod") {
			from = c.participants(k, from)
		}
	}
	if o := s.child(cd.tok, "obj"); o >= 0 && len(from) == 0 {
		// "a shipment of rice from the United States"
		for _, k := range s.kids[o] {
			if s.marker(k) == "from" {
				from = c.participants(k, from)
			}
		}
	}
	recipients := cd.sources
	cd.sources, cd.targets = from, recipients
}
