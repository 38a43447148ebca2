package event

import "testing"

// TestStemOfShortCuts checks the cheap refusals at the top of stemOf: every
// ending ends in d, s or g and leaves more than two letters only of a word
// of four or more, and a stem is still found past them.
func TestStemOfShortCuts(t *testing.T) {
	for _, e := range stemEndings {
		switch e.suf[len(e.suf)-1] {
		case 'd', 's', 'g':
		default:
			t.Errorf("ending %q: stemOf's switch on the last letter does not know it", e.suf)
		}
	}
	m := map[string][]*entry{"ship": nil, "ban": nil, "plan": nil, "deny": nil, "shell": nil}
	for w, want := range map[string]string{"shipped": "ship", "planning": "plan", "banning": "", "denied": "deny", "shells": "shell",
		"shelled": "shell", "ships": "ship", "shipping": "ship", "bans": "ban", "bad": "", "shipment": "", "deny": ""} {
		if got := stemOf(w, m); got != want {
			t.Errorf("stemOf(%q) = %q, want %q", w, got, want)
		}
	}
}
