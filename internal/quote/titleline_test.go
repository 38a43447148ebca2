package quote_test

import "testing"

// TestTitleLines checks, on headlines written for the project, that a
// title-case line's third-person cue, which the tagger takes for a name,
// attributes the rest of the line to the name that opens it, or, ending
// the line after a comma, the line before the comma to the name before
// it; a sentence in ordinary case is left to the other sieves.
func TestTitleLines(t *testing.T) {
	p := parsedPipeline(t)
	const body = "\n\nThe council met on Monday."
	expectQuote(t, p, "Ana Ruiz Slams The Harbour Board In Tense Council Meeting."+body,
		want{"The Harbour Board In Tense Council Meeting", "indirect", "Ana Ruiz", "Slams", "", ""})
	expectQuote(t, p, "The Northern Ports Will Stay Open All Winter, Harbour Chief Says."+body,
		want{"The Northern Ports Will Stay Open All Winter", "indirect", "Harbour Chief", "Says", "", ""})
	expectQuote(t, p, "Mayor Warns Of Flood Risk As River Rises."+body,
		want{"Flood Risk As River Rises", "indirect", "Mayor", "Warns Of", "", ""})
	expectQuote(t, p, "The mayor says the bridge is closed.",
		want{"the bridge is closed", "indirect", "The mayor", "says", "", ""})
}
