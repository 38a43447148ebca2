package event

import (
	"strings"
	"testing"
)

// ploverTypes are the sixteen PLOVER 2.0 event types.
var ploverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

func TestLexicon(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, m := range []map[string][]*entry{lx.verbs, lx.nouns} {
		for lemma, list := range m {
			for i, e := range list {
				seen[e.typ]++
				if i > 0 && list[i-1].specificity() < e.specificity() {
					t.Errorf("%s: entries not ordered most specific first", lemma)
				}
			}
		}
	}
	for _, typ := range ploverTypes {
		if seen[typ] == 0 {
			t.Errorf("no trigger of type %s", typ)
		}
	}
	for typ := range seen {
		if !strings.Contains(strings.Join(ploverTypes, " "), typ) {
			t.Errorf("type %s is not a PLOVER 2.0 type", typ)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, src := range []string{"V threaten", "Q threaten 130", "V threaten 999", "V threaten ~x 130", "V"} {
		if _, err := parseLexicon(src); err == nil || !strings.HasPrefix(err.Error(), "event: ") {
			t.Errorf("parseLexicon(%q) error = %v; want an event: error", src, err)
		}
	}
}

func TestCrosswalk(t *testing.T) {
	tests := []struct{ code, typ, mode, root string }{
		{"130", "THREATEN", "", "13"},
		{"1312", "THREATEN", "restrict", "13"},
		{"042", "CONSULT", "visit", "04"},
		{"0841", "RETREAT", "release", "08"},
		{"173", "COERCE", "arrest", "17"},
		{"195", "ASSAULT", "heavy-weapons", "19"},
	}
	idx := map[string]int{}
	for i, r := range crosswalk {
		idx[r.code] = i
	}
	for _, tt := range tests {
		i, ok := idx[tt.code]
		if !ok {
			t.Errorf("code %s missing", tt.code)
			continue
		}
		r := crosswalk[i]
		if r.typ != tt.typ || r.mode != tt.mode || cameoRoot(r.code) != tt.root {
			t.Errorf("crosswalk[%s] = %s/%s root %s; want %s/%s root %s", tt.code, r.typ, r.mode, cameoRoot(r.code), tt.typ, tt.mode, tt.root)
		}
	}
}
