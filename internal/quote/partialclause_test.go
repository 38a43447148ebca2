package quote_test

import "testing"

// TestPartialEndsClause checks, on sentences written for the project,
// that a partial quotation closing a clause before its cue ("… the
// “union card,” Ruiz said") makes the clause reported speech of the cue,
// past a dateline, besides the partial quotation itself; and that a
// quotation opening its sentence stays a direct quotation alone.
func TestPartialEndsClause(t *testing.T) {
	cases := []struct {
		txt  string
		want []string // kind | content | mention | cue
	}{
		{"The former senator will play the “union card,” Ruiz said.",
			[]string{"indirect|The former senator will play the “union card,|Ruiz|said", "partial|union card,|Ruiz|said"}},
		{"OSLO (Reuters) - The levy is a “disaster for farmers,” Ruiz said on Monday.",
			[]string{"indirect|The levy is a “disaster for farmers,|Ruiz|said", "partial|disaster for farmers,|Ruiz|said"}},
		{"“We will win,” Ruiz said.", []string{"direct|We will win,|Ruiz|said"}},
	}
	p := parsedPipeline(t)
	for _, c := range cases {
		d := analyze(t, p, c.txt)
		got := map[string]bool{}
		for _, q := range d.Quotes {
			got[q.Kind+"|"+d.Slice(q.Span)+"|"+sl(d, q.SpeakerMention)+"|"+sl(d, q.Cue)] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: want [%s], got %s", c.txt, w, dump(d))
			}
		}
		if len(d.Quotes) != len(c.want) {
			t.Errorf("%q: %d quotes, want %d: %s", c.txt, len(d.Quotes), len(c.want), dump(d))
		}
	}
}
