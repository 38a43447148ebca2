package quote_test

import "testing"

// TestListedVerbs checks, on sentences written for the project, that the
// verbs of a list sharing one subject are each a cue with their own
// object or clause, and that the one after a comma is not read as an
// inverted cue whose content is the clause before it and whose speaker
// is the rest of the sentence.
func TestListedVerbs(t *testing.T) {
	cases := []struct {
		txt  string
		want []string // content | mention | cue
	}{
		{"The minister praised the workers, denounced the strike and said the port would reopen.",
			[]string{"the workers|The minister|praised", "the strike|The minister|denounced", "the port would reopen|The minister|said"}},
		{"The group criticized the plan, called it a waste and urged voters to reject it.",
			[]string{"the plan|The group|criticized", "it a waste|The group|called", "voters to reject it|The group|urged"}},
	}
	p := parsedPipeline(t)
	for _, c := range cases {
		d := analyze(t, p, c.txt)
		got := map[string]bool{}
		for _, q := range d.Quotes {
			got[d.Slice(q.Span)+"|"+sl(d, q.SpeakerMention)+"|"+sl(d, q.Cue)] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: want [%s], got %s", c.txt, w, dump(d))
			}
		}
	}
}
