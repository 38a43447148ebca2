package event_test

import (
	"testing"
)

// TestSelection: which triggers become events (selection.go), and a
// clause parsed as a noun phrase still codes its event.
func TestSelection(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		name, text string
		want       want
	}{
		{"purpose clause is part of the talks", "Spanish and French officials held talks in Madrid to discuss the crisis.",
			want{typ: "CONSULT", src: "FRA,ESP"}},
		{"clause parsed as a noun phrase", "Israeli aircraft bombed targets in Gaza overnight.",
			want{typ: "ASSAULT", src: "ISR"}},
		{"main verb without participants is strong", "Fighting erupted on Sunday.",
			want{typ: "ASSAULT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, analyze(t, p, tt.text), tt.want)
		})
	}
}

// TestNoEvent: sentences whose triggers report nothing that happened.
func TestNoEvent(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		name, text, trigger string
	}{
		{"purpose clause", "Spanish and French officials held talks in Madrid to discuss the crisis.", "discuss"},
		{"prevented", "The aim is to prevent Russia demanding concessions, the officials said.", "demanding"},
		{"wanted noun without participants", "\u201cWe need a ceasefire first of all,\u201d he said.", "ceasefire"},
		{"denied noun without participants", "The rebels have given no sign of good faith.", "sign"},
		{"future noun without participants", "The plan is part of a future agreement, the people said.", "agreement"},
		{"purpose clause hung on another noun", "Italy denied that cost was the reason for its absence from the talks to discuss the crisis in Libya.", "discuss"},
		{"prevented, participle made a clause of the speech verb", "The goal is to stop Serbia sending troops into the province, the diplomats said.", "sending"},
		{"prevented, participle after the object", "The plan is meant to deter China attacking the island, officials said.", "attacking"},
		{"predicate noun tagged as a verb", "He said that sanctions are the best security guarantee available.", "guarantee"},
		{"predicate noun with a subject", "Mediators said a ceasefire is the only real guarantee.", "guarantee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyze(t, p, tt.text)
			for _, e := range d.Events {
				if d.Slice(e.Trigger) == tt.trigger {
					t.Errorf("%q: event %s from %q; want none", tt.text, describe(d, e), tt.trigger)
				}
			}
		})
	}
}
