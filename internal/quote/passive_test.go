package quote_test

import "testing"

// TestPassiveCues covers cues in the passive with texts written for the
// project: the subject is the content, with what it is held to have done
// as a second fragment, and the agent is the source.
func TestPassiveCues(t *testing.T) {
	p := parsedPipeline(t)
	cases := []struct {
		name, txt string
		w         want
	}{
		{"the subject of a passive cue without an agent", "Sanders has been criticized for offering vague answers.",
			want{"Sanders", "indirect", "", "has been criticized", "", ""}},
		{"what the subject is held to have done", "Sanders has been criticized for offering vague answers.",
			want{"for offering vague answers", "indirect", "", "has been criticized", "", ""}},
		{"the agent is the source", "The harbour plan was praised by the mayor.",
			want{"The harbour plan", "indirect", "the mayor", "was praised", "", ""}},
		{"the hearer of a passive cue with an agent", "The mayor was urged by the fishermen to reopen the port.",
			want{"The mayor", "indirect", "the fishermen", "was urged", "", ""}},
		{"the infinitive of a passive cue with an agent", "The mayor was urged by the fishermen to reopen the port.",
			want{"to reopen the port", "indirect", "the fishermen", "was urged", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
	t.Run("the agent is no content", func(t *testing.T) {
		expectNone(t, p, "The mayor was urged by the fishermen to reopen the port.", "fishermen")
	})
	t.Run("a relative pronoun is no content", func(t *testing.T) {
		expectNone(t, p, "The law, which was praised in May, is popular.", "which")
	})
}
