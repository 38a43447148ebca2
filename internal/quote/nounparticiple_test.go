package quote_test

import "testing"

// TestNounParticiple checks, on sentences written for the project, that a
// cue participle modifying the noun before it is an attribution whose
// source is that noun ("ads attacking the senator"), and that a medium or
// an occasion ("a news conference announcing …") gives way to the subject
// of the verb it hangs on.
func TestNounParticiple(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "Ads attacking the senator aired in three states on Monday.",
		want{"the senator", "indirect", "Ads", "attacking", "", ""})
	expectQuote(t, p, "The mayor spoke at a news conference announcing that the bridge would reopen.",
		want{"the bridge would reopen", "indirect", "The mayor", "announcing", "", "news conference"})
}
