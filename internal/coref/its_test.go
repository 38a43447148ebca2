package coref

import (
	"strings"
	"testing"
)

// TestIts: "its" goes to the singular organisation, country or place that
// is the subject of its clause, or in a clause without a subject to the
// last one named before it in the sentence; a thing as subject, a plural
// subject or a quotation leaves it alone.
func TestIts(t *testing.T) {
	tests := []struct {
		name, text, actor string
		want              []string
	}{
		{"the clause's subject",
			"Kenya reopened its border with Somalia on Monday.",
			"Kenya", []string{"Kenya", "its"}},
		{"the subject of the clause above when its own holds the pronoun",
			"NATO said on Monday that its ships had left the port.",
			"NATO", []string{"NATO", "its"}},
		{"no subject: the last one named in the sentence",
			"Thank you to UNICEF and its staff in Kabul.",
			"UNICEF", []string{"UNICEF", "its"}},
		{"a thing as subject is the owner",
			"Kenya said the bridge lost its roof in the storm.",
			"Kenya", []string{"Kenya"}},
		{"inside a quotation",
			"\u201cWe will defend its borders,\u201d Kenya said.",
			"Kenya", []string{"Kenya"}},
	}
	for _, tc := range tests {
		d := analysed(t, tc.text)
		if got := mentionsOf(d, tc.actor); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: mentions of %s = %q; want %q", tc.name, tc.actor, got, tc.want)
		}
	}
}
