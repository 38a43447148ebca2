package quote_test

import "testing"

// TestStanceAdjectives covers stance adjectives with texts written for the
// project: the adjective and its preposition are the cue, the subject the
// source, what the stance is about the content; inside another content the
// adjective is no attribution of its own; an attributive participle ("the
// disappointed voters") is none.
func TestStanceAdjectives(t *testing.T) {
	p := parsedPipeline(t)
	cases := []struct {
		name, txt string
		w         want
	}{
		{"a prepositional object", "The vote is close. Many farmers are concerned about the cost of the new canal.",
			want{"the cost of the new canal", "indirect", "Many farmers", "are concerned about", "", ""}},
		{"critical of", "The senator was critical of the harbour deal.",
			want{"the harbour deal", "indirect", "The senator", "was critical of", "", ""}},
		{"a that-clause", "Union leaders are worried that the factory will close.",
			want{"the factory will close", "indirect", "Union leaders", "are worried", "", ""}},
		{"a to-infinitive", "The council is willing to pay for the new road.",
			want{"to pay for the new road", "indirect", "The council", "is willing", "", ""}},
		{"sympathetic to", "Many shopkeepers are sympathetic to the striking drivers.",
			want{"the striking drivers", "indirect", "Many shopkeepers", "are sympathetic to", "", ""}},
		{"dismissive of", "The minister was dismissive of the opposition's budget plan.",
			want{"the opposition's budget plan", "indirect", "The minister", "was dismissive of", "", ""}},
		{"passionate about", "Younger voters are passionate about the climate bill.",
			want{"the climate bill", "indirect", "Younger voters", "are passionate about", "", ""}},
		// feelings the parse reads as passives: the subject feels, the
		// "by" phrase is what the feeling is about, not its source
		{"a feeling's by-phrase", "The senator was disappointed by the vote on the port.",
			want{"the vote on the port", "indirect", "The senator", "was disappointed by", "", ""}},
		{"a feeling's with-phrase", "Council officials were thrilled with the editorial.",
			want{"the editorial", "indirect", "Council officials", "were thrilled with", "", ""}},
		{"a feeling's that-clause", "The traders were shocked that the market would close.",
			want{"the market would close", "indirect", "The traders", "were shocked", "", ""}},
		{"afraid of", "Farmers are afraid of the floods.",
			want{"the floods", "indirect", "Farmers", "are afraid of", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
	t.Run("an attributive participle", func(t *testing.T) {
		d := analyze(t, p, "The disappointed voters left the hall before the count.")
		for _, q := range d.Quotes {
			t.Errorf("unexpected attribution %q", d.Slice(q.Span))
		}
	})
	t.Run("nested in a reported content", func(t *testing.T) {
		d := analyze(t, p, "The mayor said he was confident that the bridge would open in May.")
		for _, q := range d.Quotes {
			if q.Cue != nil && d.Slice(*q.Cue) == "confident" {
				t.Errorf("unexpected attribution %q with cue %q", d.Slice(q.Span), "confident")
			}
		}
		expectQuote(t, p, "The mayor said he was confident that the bridge would open in May.",
			want{"he was confident that the bridge would open in May", "indirect", "The mayor", "said", "", ""})
	})
}
