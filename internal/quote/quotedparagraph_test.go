package quote_test

import "testing"

// TestQuotedParagraph checks, on a text written for the project, that a
// paragraph that is one quotation without a cue, after a paragraph that
// is a quotation with its cue and speaker, shares that cue and speaker
// mention (PolNeAR's further fragment of the same attribution), and that
// a quotation paragraph after one without a cue does not.
func TestQuotedParagraph(t *testing.T) {
	txt := "Critics were unmoved.\n\n“We are ready,” said Ana Ruiz of the union.\n\n" +
		"“Nobody here is worried. The vote is what matters now, and we have the votes.”\n\n“This is odd.”"
	d := analyze(t, parsedPipeline(t), txt)
	want := map[string][2]string{
		"We are ready,": {"Ana Ruiz of the union", "said"},
		"Nobody here is worried. The vote is what matters now, and we have the votes.": {"Ana Ruiz of the union", "said"},
		"This is odd.": {"", ""},
	}
	for _, q := range d.Quotes {
		w, ok := want[d.Slice(q.Span)]
		if !ok {
			continue
		}
		if got := [2]string{sl(d, q.SpeakerMention), sl(d, q.Cue)}; got != w {
			t.Errorf("%q: mention and cue %q, want %q", d.Slice(q.Span), got, w)
		}
		delete(want, d.Slice(q.Span))
	}
	if len(want) > 0 {
		t.Errorf("missing %v in %s", want, dump(d))
	}
}
