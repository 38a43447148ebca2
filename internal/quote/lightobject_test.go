package quote_test

import "testing"

// TestLightObjects checks that a light object and its preposition join
// the verb's cue, the content being what the preposition brings.
func TestLightObjects(t *testing.T) {
	p := parsedPipeline(t)
	for _, c := range []struct {
		txt string
		w   want
	}{
		{"The governor sounded a cautious note about the harbour budget.",
			want{"the harbour budget", "indirect", "The governor", "sounded a cautious note about", "", ""}},
		{"The mayor expressed concerns about the new toll.",
			want{"the new toll", "indirect", "The mayor", "expressed concerns about", "", ""}},
		{"Residents filed a lawsuit against the harbour board.",
			want{"the harbour board", "indirect", "Residents", "filed a lawsuit against", "", ""}},
	} {
		expectQuote(t, p, c.txt, c.w)
	}
}
