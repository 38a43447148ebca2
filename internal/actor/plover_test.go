package actor

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"

	"chronicle/internal/testutil"
)

// TestPLOVERActorRecall reports how many gold source and target codes of
// the PLOVER dev set (events/plover/dev.json in the shared data) appear
// among the prefixes of the actors resolved in the record's text, with
// entities from a crude capitalised-sequence finder standing in for NER.
// It is a figure to watch, not a gate: it fails only below a floor.
func TestPLOVERActorRecall(t *testing.T) {
	b, err := os.ReadFile(testutil.SharedData(t, "events", "plover", "dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	var recs []struct {
		Text   string          `json:"text"`
		Source json.RawMessage `json:"source"`
		Target json.RawMessage `json:"target"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatal(err)
	}
	kb := MustDefault()
	found, total := 0, 0
	for _, r := range recs {
		if r.Text == "" {
			continue
		}
		d := mkdoc(t, r.Text, capitalised(kb, r.Text)...)
		Resolve(kb, d)
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, a := range d.Actors {
			if len(a.Code) >= 3 {
				have[a.Code[:3]] = true
			}
		}
		for _, raw := range []json.RawMessage{r.Source, r.Target} {
			var as []struct{ Code string }
			if json.Unmarshal(raw, &as) != nil {
				continue
			}
			for _, a := range as {
				if len(a.Code) != 3 {
					continue
				}
				total++
				if !have[a.Code] && testing.Verbose() {
					t.Logf("miss %s in %.80q", a.Code, r.Text)
				}
				if have[a.Code] {
					found++
				}
			}
		}
	}
	if total == 0 {
		t.Skip("no coded actors in the PLOVER data")
	}
	rec := float64(found) / float64(total)
	t.Logf("PLOVER dev: %d of %d gold actor codes among resolved actors (recall %.3f)", found, total, rec)
	if rec < 0.5 {
		t.Errorf("actor code recall %.3f below 0.5", rec)
	}
}

// capitalised marks runs of capitalised words as entities: PER when the
// KB knows no such place or organisation and the run has two words or more.
func capitalised(kb *KB, text string) []ent {
	var out []ent
	seen := map[string]bool{}
	for _, run := range strings.FieldsFunc(strings.ReplaceAll(text, ". ", ", "), func(r rune) bool { return r == ',' || r == ';' || r == ':' || r == '"' || r == '(' || r == ')' }) {
		var cur []string
		flush := func() {
			if len(cur) == 0 {
				return
			}
			s := strings.Join(cur, " ")
			cur = nil
			if seen[s] {
				return
			}
			seen[s] = true
			label := "ORG"
			switch {
			case kb.ref(s, slotPerson) >= 0:
				label = "PER"
			case kb.ref(s, slotCountry) >= 0 || kb.ref(s, slotCapital) >= 0:
				label = "LOC"
			case kb.ref(s, slotAdjective) >= 0:
				label = "MISC"
			case kb.ref(s, slotOrg) >= 0:
			case strings.Contains(s, " "):
				label = "PER"
			}
			out = append(out, ent{s, label})
		}
		for _, w := range strings.Fields(run) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			r := []rune(w)
			if len(r) > 0 && unicode.IsUpper(r[0]) {
				cur = append(cur, w)
				continue
			}
			flush()
		}
		flush()
	}
	return out
}
