package quote_test

import "testing"

// TestPronounSpeaker checks, on texts written for the project, that a
// speaker "he" or "she" goes to the most salient person of a compatible
// sex, as the coref stage resolves pronouns: a given name rules out the
// nearest person of the other sex, and the subject of the sentence before
// outweighs the object named after it.
func TestPronounSpeaker(t *testing.T) {
	cases := []struct{ txt, want string }{
		{"Tom Berg chaired the session on Monday. He thanked Maria Lind for the report. He said the budget would pass.", "Tom Berg"},
		{"Maria Lind chaired the session on Monday. She thanked Tom Berg for the report. She said the budget would pass.", "Maria Lind"},
		{"Peter Holm met David Ek in Oslo on Monday. He said the talks had gone well.", "Peter Holm"},
	}
	p := parsedPipeline(t)
	for _, c := range cases {
		d := analyze(t, p, c.txt)
		got := ""
		for _, q := range d.Quotes {
			if d.Slice(q.Span) == "the budget would pass" || d.Slice(q.Span) == "the talks had gone well" {
				got = q.SpeakerName
			}
		}
		if got != c.want {
			t.Errorf("%q: speaker %q, want %q (%s)", c.txt, got, c.want, dump(d))
		}
	}
}
