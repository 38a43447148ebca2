package quote_test

import "testing"

// TestHeadlineLabels checks that a headline's label before a colon is a
// speaker only when it may name one: not a title that opens with an
// article, a label with a verb, or a one-word kicker.
func TestHeadlineLabels(t *testing.T) {
	p := fullPipeline(t)
	const body = "\n\nThe ministry met on Monday."
	expectQuote(t, p, "Bo Dahl: Northern Ports Will Stay Open All Winter"+body,
		want{"Northern Ports Will Stay Open All Winter", "indirect", "Bo Dahl", ":", "", ""})
	for _, txt := range []string{
		"The Long Winter: Northern Ports Will Stay Open" + body,
		"Ports Reopen: Fishermen Cheer the Harbour Vote" + body,
		"BREAKING: Northern Ports Will Stay Open" + body,
	} {
		expectNone(t, p, txt, "Northern Ports")
		expectNone(t, p, txt, "Fishermen Cheer")
	}
}
