package quote_test

import (
	"strings"
	"testing"
)

// TestEvidentials covers the evidential sieve with texts written for the
// project: the subject and the complement are two fragments of one content
// with the cue between them and no source. They need the parser.
func TestEvidentials(t *testing.T) {
	p := parsedPipeline(t)
	cases := []struct {
		name, txt, cue string
		frags          [2]string
	}{
		{"expected to", "The new stadium is expected to open in 2027.", "is expected",
			[2]string{"The new stadium", "to open in 2027"}},
		{"seemed to", "The governor seemed to be enjoying the parade.", "seemed",
			[2]string{"The governor", "to be enjoying the parade"}},
		{"appears with an adjective", "The mayor appears ready for a long fight.", "appears",
			[2]string{"The mayor", "ready for a long fight"}},
		{"reportedly keeps the auxiliary in the subject's fragment", "The firm has reportedly cut hundreds of jobs in the north.", "reportedly",
			[2]string{"The firm has", "cut hundreds of jobs in the north"}},
		{"a relative clause after the complement is no part of it", "The senator is expected to win the county, which could help the party.", "is expected",
			[2]string{"The senator", "to win the county"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, fr := range c.frags {
				expectQuote(t, p, c.txt, want{fr, "indirect", "", c.cue, "", ""})
			}
		})
	}
}

// TestEvidentialNone covers what the evidential sieve must not take: a
// verb of appearing without a complement, and an evidential whose
// complement is a cue of its own (that cue's attribution).
func TestEvidentialNone(t *testing.T) {
	p := parsedPipeline(t)
	expectNone(t, p, "The senator appeared on television on Sunday.", "The senator")
	d := analyze(t, p, "The union is expected to endorse the governor.")
	for _, q := range d.Quotes {
		if q.Cue != nil && strings.HasSuffix(d.Slice(*q.Cue), "expected") {
			t.Errorf("expected is a cue of its own: %s", dump(d))
		}
	}
}
