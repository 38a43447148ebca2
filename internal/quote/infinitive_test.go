package quote_test

import "testing"

// TestInfinitiveSubject checks, on sentences written for the project, that
// the speaker of a cue in an infinitive is the subject of the verb that
// governs it, not the noun before "to" ("a moment", "a rare chance").
func TestInfinitiveSubject(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "Lee took a moment to point out the lack of a crowd.",
		want{"the lack of a crowd", "indirect", "Lee", "point out", "", ""})
	expectQuote(t, p, "Trump has a rare chance to show that he can deliver a speech.",
		want{"he can deliver a speech", "indirect", "Trump", "to show", "", ""})
}
