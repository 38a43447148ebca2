package quote_test

import "testing"

// TestCueSpan checks the words a cue takes around its verb, on sentences
// written for the project: auxiliaries, modals, negation (contracted with
// a curly apostrophe too), adverbs, the infinitive's "to" and the verb of
// trying it depends on, a particle and "in a statement"; and the words it
// leaves out: a weekday, "in an interview", the speaker, the content.
func TestCueSpan(t *testing.T) {
	p := parsedPipeline(t)
	cases := []struct {
		name, txt string
		w         want
	}{
		{"a contracted negation", "The mayor doesn’t think the bridge will open in May.",
			want{"the bridge will open in May", "indirect", "The mayor", "doesn’t think", "", ""}},
		{"an auxiliary and a negation", "The mayor did not say the bridge would open in May.",
			want{"the bridge would open in May", "indirect", "The mayor", "did not say", "", ""}},
		{"an adverb in -ly", "The council grudgingly agreed that the harbour fee was too low.",
			want{"the harbour fee was too low", "indirect", "The council", "grudgingly agreed", "", ""}},
		{"a modal and a progressive", "Some farmers might be asking whether the canal will ever open.",
			want{"whether the canal will ever open", "indirect", "Some farmers", "might be asking", "", ""}},
		{"an adverb of time", "Analysts still believe that the bank will raise its rates.",
			want{"the bank will raise its rates", "indirect", "Analysts", "still believe", "", ""}},
		{"a verb of going on and its to", "The mayor went on to praise the harbour board.",
			want{"the harbour board", "indirect", "The mayor", "went on to praise", "", ""}},
		{"an adverb of time not in -ly", "The fishermen have long opposed the new harbour fee.",
			want{"the new harbour fee", "indirect", "The fishermen", "have long opposed", "", ""}},
		{"a particle", "The fishermen pointed out that the harbour fee had doubled.",
			want{"the harbour fee had doubled", "indirect", "The fishermen", "pointed out", "", ""}},
		{"in a statement, still the medium", "The minister said in a statement that the port will reopen in June.",
			want{"the port will reopen in June", "indirect", "The minister", "said in a statement", "", "statement"}},
		{"a weekday stays out", "The minister said Tuesday that the port will reopen in June.",
			want{"the port will reopen in June", "indirect", "The minister", "said", "", ""}},
		{"an interview stays out", "The minister said in an interview that the port will reopen in June.",
			want{"the port will reopen in June", "indirect", "The minister", "said", "", "interview"}},
		{"a quoted cue keeps its auxiliary", "“The port will reopen in June,” the minister has said.",
			want{"The port will reopen in June,", "direct", "the minister", "has said", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
}
