package quote_test

import (
	"testing"

	"chronicle/internal/pipeline"
)

// TestFrontedAdverbial checks, on sentences written for the project, that
// a phrase opening the sentence before the cue's subject is not taken for
// a content before the cue, neither a time the parse made the object nor
// an adverbial clause, with the model and with the sieves alone; a clause
// before "economists warn", or one led by "if" or "when" that goes on to
// a main clause, still is the content.
func TestFrontedAdverbial(t *testing.T) {
	for _, p := range []*pipeline.Pipeline{parsedPipeline(t), sievePipeline(t)} {
		expectQuote(t, p, "These days, many residents worry about the cost of housing.",
			want{"the cost of housing", "indirect", "many residents", "worry about", "", ""})
		expectNone(t, p, "These days, many residents worry about the cost of housing.", "These days")
		expectNone(t, p, "When pressed by reporters, the mayor did apologize to the council for the delay.", "pressed")
		expectQuote(t, p, "Prices will rise, economists warn.", want{"Prices will rise", "indirect", "economists", "warn", "", ""})
		expectQuote(t, p, "If the plan fails, the port will close, the mayor said.",
			want{"If the plan fails, the port will close", "indirect", "the mayor", "said", "", ""})
		expectQuote(t, p, "When the flood came, nobody was ready, the mayor said.",
			want{"When the flood came, nobody was ready", "indirect", "the mayor", "said", "", ""})
	}
}
