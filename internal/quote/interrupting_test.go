package quote_test

import "testing"

// TestInterruptingCue checks, on sentences written for the project, that
// a quotation interrupted by its cue and a long speaker phrase goes on
// after it with the same cue ("“…,” said X, director of …, “…”"), as it
// does after a short one.
func TestInterruptingCue(t *testing.T) {
	for _, txt := range []string{
		"“This used to be the quiet part of town,” said Ana Ruiz, director of planning at the city council in Lyon, “but it is quickly becoming the busiest.”",
		"“This used to be the quiet part of town,” said Ana Ruiz, “but it is quickly becoming the busiest.”",
	} {
		d := analyze(t, parsedPipeline(t), txt)
		found := false
		for _, q := range d.Quotes {
			if d.Slice(q.Span) == "but it is quickly becoming the busiest." {
				found = true
				if sl(d, q.Cue) != "said" || q.Cue.Start != int32(len("“This used to be the quiet part of town,” ")) {
					t.Errorf("%q: second part has cue %q at %v", txt, sl(d, q.Cue), q.Cue)
				}
			}
		}
		if !found {
			t.Errorf("no second part in %q: %s", txt, dump(d))
		}
	}
}
