package quote_test

import "testing"

// TestLearntEndVerbForms covers the end model's reading of the edge's verb
// form, its subordinator and, for a conjunct, whether it shares the
// complement's form, with texts written for the project: a clause the
// writer adds with "as" after the content, and a coordinated clause in
// another tense about someone other than the speaker.
func TestLearntEndVerbForms(t *testing.T) {
	p := parsedPipeline(t)
	cases := []struct {
		name, txt string
		w         want
	}{
		{"an as-clause after the content is the writer's", "The spokesman said the talks had stalled, as both sides refused to budge.",
			want{"the talks had stalled", "indirect", "The spokesman", "said", "", ""}},
		{"a coordinated clause in another tense ends the content", "Residents say the water tastes of metal, and the council has promised tests.",
			want{"the water tastes of metal", "indirect", "Residents", "say", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
}
