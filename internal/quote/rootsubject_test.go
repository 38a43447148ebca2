package quote_test

import "testing"

// TestParticipleAndConjunctSpeakers covers cues whose subject is the
// sentence's: a participle after a comma the parse hangs on a noun, a
// verb coordinated with a passive, a participle after another cue or in
// its adverbial clause ("said before adding: “…”"; the same mention). Texts written for the project; they need the parser.
func TestParticipleAndConjunctSpeakers(t *testing.T) {
	p := parsedPipeline(t)
	cases := []struct {
		name, txt string
		w         want
	}{
		{"participle after a copular clause", "The governor was the most forceful figure on stage at the debate, mocking Rubio as a neophyte.",
			want{"Rubio as a neophyte", "indirect", "The governor", "mocking", "", ""}},
		{"verb coordinated with a passive", "Ann Berg was joined on stage by the senator and joked, “You are being ridiculous.”",
			want{"You are being ridiculous.", "direct", "Ann Berg", "joked", "", ""}},
		{"participle after another cue", "The mayor said the budget was tight, adding that taxes would not rise.",
			want{"taxes would not rise", "indirect", "The mayor", "adding", "", ""}},
		{"participle of time before a quotation", "“The budget is tight,” the mayor said before adding: “Taxes will not rise.”",
			want{"Taxes will not rise.", "direct", "the mayor", "adding", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
}

// TestRelativeClauseInSpeakerPhrase covers a quotation before a speaker
// with a relative clause holding a cue of its own: the quotation is the
// speaker's, with the later cue.
func TestRelativeClauseInSpeakerPhrase(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "He spoke in March. “The answer you would like me to give is yes,” Cruz, who has proposed repealing the mandate, said at the summit.",
		want{"The answer you would like me to give is yes,", "direct", "Cruz, who has proposed repealing the mandate,", "said", "", ""})
}
