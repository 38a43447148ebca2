package quote_test

import "testing"

// TestSubjectBeforeCue checks, on a sentence written for the project,
// that a cue after a comma whose subject stands before it ("The
// journalist, who is promoting a book, downplayed …") does not invert
// with the noun phrase after it, as "…, said Ann Lee" does: the object
// is the content and the subject the speaker, not the other way round.
func TestSubjectBeforeCue(t *testing.T) {
	txt := "But the star journalist, who is promoting his new book, downplayed his influence among voters."
	expectQuote(t, parsedPipeline(t), txt,
		want{"his influence among voters", "indirect", "the star journalist, who is promoting his new book,", "downplayed", "", ""})
	expectNone(t, parsedPipeline(t), txt, "But the star journalist")
}
