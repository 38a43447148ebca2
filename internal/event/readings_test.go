package event_test

import (
	"context"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/event"
)

// arc is a head and relation given to the token with text word (the
// first such token of the sentence), by word: "-" is the root.
type arc struct{ word, head, dep string }

// reading is one parse a parser may give a sentence, as the arcs that
// differ from the shipped model's.
type reading struct {
	name string
	arcs []arc
}

// recode sets the arcs of r on d's tokens and codes d's events again.
func recode(t *testing.T, d *doc.Document, r reading) {
	t.Helper()
	at := func(w string) int32 {
		for i, tok := range d.Tokens {
			if d.Slice(tok.Span) == w {
				return int32(i)
			}
		}
		t.Fatalf("%s: no token %q", r.name, w)
		return -1
	}
	for _, a := range r.arcs {
		i := at(a.word)
		h := int32(-1)
		if a.head != "-" {
			h = at(a.head)
		}
		d.Tokens[i].Head, d.Tokens[i].Dep = h, a.dep
	}
	d.Events = nil
	if err := event.NewStage(event.Config{}).Process(context.Background(), d); err != nil {
		t.Fatalf("%s: %v", r.name, err)
	}
}

// TestParseReadings codes sentences under the readings parsers disagree
// on (repair.go and selection.go's prevented): the events must not depend
// on which one the shipped parser picks.
func TestParseReadings(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text     string
		readings []reading
		check    func(d *doc.Document) string // "" when the events are right
	}{
		{
			"France urged the rebels to lay down their arms.",
			[]reading{
				{"infinitive as the verb's xcomp", []arc{{"lay", "urged", "xcomp"}}},
				{"infinitive as the verb's advcl", []arc{{"lay", "urged", "advcl"}}},
				{"infinitive as the object's acl", []arc{{"lay", "rebels", "acl"}}},
			},
			func(d *doc.Document) string {
				req, act := false, false
				for _, e := range d.Events {
					switch d.Slice(e.Trigger) {
					case "urged":
						req = e.Type == "REQUEST" && codes(d, e.Sources) == "FRA"
					case "lay":
						act = e.Type == "RETREAT" && len(e.Sources) == 1 && d.Slice(d.Actors[e.Sources[0]].Mentions[0]) == "rebels"
					}
				}
				if !req || !act {
					return "want REQUEST FRA (urged) and RETREAT by the rebels (lay)"
				}
				return ""
			},
		},
		{
			"The aim is to stop Georgia moving troops into the valley, the envoys said.",
			[]reading{
				{"participle on the object of stop", []arc{{"Georgia", "stop", "obj"}, {"moving", "Georgia", "acl"}}},
				{"object made the speech verb's subject", []arc{{"Georgia", "said", "nsubj"}, {"moving", "Georgia", "acl"}}},
				{"participle as stop's xcomp", []arc{{"Georgia", "stop", "obj"}, {"moving", "stop", "xcomp"}}},
			},
			func(d *doc.Document) string {
				for _, e := range d.Events {
					if d.Slice(e.Trigger) == "moving" {
						return "the prevented act is an event"
					}
				}
				return ""
			},
		},
		{
			"Kenya condemned Uganda's decision, praised Tanzania for its restraint.",
			[]reading{
				{"second verb as the first's conjunct", []arc{{"praised", "condemned", "conj"}}},
				{"second verb as the object's clause", []arc{{"praised", "decision", "acl"}}},
			},
			func(d *doc.Document) string {
				for _, e := range d.Events {
					if d.Slice(e.Trigger) == "praised" {
						if codes(d, e.Sources) != "KEN" || codes(d, e.Targets) != "TZA" {
							return "praised: " + describe(d, e) + "; want KEN->TZA"
						}
						return ""
					}
				}
				return "no event for praised"
			},
		},
		{
			"Czech Republic President Vaclav Havel visited Brazil on Monday.",
			[]reading{
				{"name headed by the given name", []arc{{"Vaclav", "visited", "nsubj"}, {"Czech", "Republic", "amod"},
					{"Republic", "President", "compound"}, {"President", "Vaclav", "nmod:desc"}, {"Havel", "Vaclav", "flat"}}},
				{"name headed by its first word", []arc{{"Czech", "visited", "nsubj"}, {"Republic", "President", "compound"},
					{"President", "Vaclav", "nmod:desc"}, {"Vaclav", "Czech", "flat"}, {"Havel", "Vaclav", "flat"}}},
			},
			func(d *doc.Document) string {
				for _, e := range d.Events {
					if d.Slice(e.Trigger) == "visited" {
						if len(e.Sources) != 1 || d.Actors[e.Sources[0]].Name != "Vaclav Havel" {
							return "visited: " + describe(d, e) + "; want Havel as the source"
						}
						return ""
					}
				}
				return "no event for visited"
			},
		},
		{
			"A spokesman said Saudi officials had talks with the senator in Dhahran, where 19 American airmen were killed last year.",
			[]reading{
				{"relative clause of the place", []arc{{"killed", "Dhahran", "acl:relcl"}}},
				{"relative clause as the verb's parataxis", []arc{{"killed", "had", "parataxis"}}},
			},
			func(d *doc.Document) string {
				if len(d.Events) == 0 || d.Events[0].Type != "CONSULT" {
					return "want the talks as the sentence's main event"
				}
				return ""
			},
		},
		{
			"Dock workers in Gdansk are striking Monday over pay.",
			[]reading{
				{"date as a time oblique", []arc{{"Monday", "striking", "obl:tmod"}}},
				{"date as the verb's object", []arc{{"Monday", "striking", "obj"}}},
			},
			func(d *doc.Document) string {
				for _, e := range d.Events {
					if d.Slice(e.Trigger) == "striking" {
						if e.Type != "PROTEST" {
							return "strike: " + describe(d, e) + "; want a PROTEST (a strike on a date hits no one)"
						}
						return ""
					}
				}
				return "no event for striking"
			},
		},
		{
			"In May, Poland angered its neighbours by seeking an exemption from NATO.",
			[]reading{
				{"gerund as the verb's advcl", []arc{{"seeking", "angered", "advcl"}}},
				{"gerund as the object's acl", []arc{{"seeking", "neighbours", "acl"}}},
			},
			func(d *doc.Document) string {
				for _, e := range d.Events {
					if d.Slice(e.Trigger) == "seeking" {
						if e.Type != "REQUEST" || codes(d, e.Sources) != "POL" || !strings.HasPrefix(e.Date, "2025-05") {
							return "seeking: " + describe(d, e) + " " + e.Date + "; want REQUEST by POL in May"
						}
						return ""
					}
				}
				return "no event for seeking"
			},
		},
	}
	for _, tt := range tests {
		d := analyze(t, p, tt.text)
		for _, r := range tt.readings {
			t.Run(tt.text[:20]+"/"+r.name, func(t *testing.T) {
				recode(t, d, r)
				if msg := tt.check(d); msg != "" {
					var got []string
					for _, e := range d.Events {
						got = append(got, describe(d, e))
					}
					t.Errorf("%q: %s; got %v", tt.text, msg, got)
				}
			})
		}
	}
}
