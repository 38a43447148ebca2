package quote_test

import "testing"

// TestAskedMidSentence checks, on sentences written for the project, that
// a question "asked" opens inside a sentence ends at the comma before its
// answer's cue, so that the answer stays an attribution of its own; a
// question after its answer still runs to the end of the sentence.
func TestAskedMidSentence(t *testing.T) {
	p := parsedPipeline(t)
	txt := "Sunday on the morning show, when asked about the new budget, President Ana Ruiz said she expected that voters will reject it."
	expectQuote(t, p, txt, want{"the new budget", "indirect", "", "asked", "", ""})
	expectQuote(t, p, txt, want{"she expected that voters will reject it", "indirect", "President Ana Ruiz", "said", "", ""})
	expectQuote(t, p, "The vote was close, she said when asked why the bill failed.",
		want{"why the bill failed", "indirect", "", "asked", "", ""})
}
