package quote_test

import (
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/quote"
)

// TestParseShapes sets by hand the two parses that two versions of the
// shipped parser gave for the same sentences, and checks that each reads
// the same attribution from both, with the cue model and without it: the
// rules must hold for what the sentence says, not for one parser's way of
// hanging it. The tags are the tagger's; only heads and relations are set.
func TestParseShapes(t *testing.T) {
	type shape struct {
		heads []int32
		deps  string // one relation per token
	}
	cases := []struct {
		name, txt string
		w         want
		shapes    []shape
	}{
		{
			"a for-infinitive's subject after a prepositional cue",
			"She has not called for him to resign.",
			want{"him to resign", "indirect", "She", "has not called for", "", ""},
			[]shape{
				// "for" the mark of "resign", "him" its subject
				{[]int32{3, 3, 3, -1, 7, 7, 7, 3, 3}, "nsubj aux advmod root mark nsubj mark advcl punct"},
				// "for him" an oblique of the cue, "to resign" its xcomp
				{[]int32{3, 3, 3, -1, 5, 3, 7, 3, 3}, "nsubj aux advmod root case obl mark xcomp punct"},
			},
		},
		{
			"a relative clause between a quotation and its cue",
			"\"Both men scare me,\" Harry Bond, who was among those polled, said in an interview.",
			want{"Both men scare me,", "direct", "Harry Bond, who was among those polled,", "said", "Harry Bond", "interview"},
			[]shape{
				// "who was among those" a clause of "who", the subject of "said"
				{[]int32{3, 2, 3, -1, 3, 3, 3, 3, 7, 16, 16, 10, 13, 11, 13, 10, 7, 19, 19, 16, 3},
					"punct det nsubj root obj punct punct obj flat punct nsubj acl:relcl case obl acl punct acl:relcl case det obl punct"},
				// "was" the auxiliary of "said", "who" its subject
				{[]int32{3, 2, 3, -1, 3, 3, 3, 3, 7, 16, 16, 16, 13, 16, 13, 13, 7, 19, 19, 16, 3},
					"punct det nsubj root obj punct punct obl flat punct nsubj aux:pass case obl acl punct acl:relcl case det obl punct"},
			},
		},
		{
			"an inverted cue after a clause with a prepositional cue",
			"The firm lobbied for the company on gaming and taxes, said lobbyist and strategist Charlie Black, a former partner.",
			want{"The firm lobbied for the company on gaming and taxes", "indirect", "lobbyist and strategist Charlie Black, a former partner", "said", "", ""},
			[]shape{
				// "lobbyist" the subject, "Charlie Black" its apposition
				{[]int32{1, 2, -1, 5, 5, 2, 7, 2, 9, 7, 11, 2, 11, 14, 12, 12, 15, 20, 20, 20, 12, 2},
					"det nsubj root case det obl case obl cc conj punct conj nsubj cc conj appos flat punct det amod appos punct"},
				// "Black" the subject, "lobbyist" a compound of it
				{[]int32{1, 2, -1, 5, 5, 2, 7, 5, 9, 7, 11, 2, 16, 14, 12, 16, 11, 20, 20, 20, 16, 2},
					"det nsubj root case det obl case nmod cc conj punct conj compound cc conj compound nsubj punct det amod appos punct"},
			},
		},
	}
	tagged := fullPipeline(t)
	for _, c := range cases {
		for si, sh := range c.shapes {
			for _, st := range []struct {
				name string
				s    *quote.Stage
			}{{"model", quote.NewStage()}, {"sieves", quote.NewStageWith(nil)}} {
				d := analyze(t, tagged, c.txt)
				deps := strings.Fields(sh.deps)
				if len(d.Tokens) != len(sh.heads) || len(deps) != len(sh.heads) {
					t.Fatalf("%s: %d tokens, %d heads, %d relations", c.name, len(d.Tokens), len(sh.heads), len(deps))
				}
				if d.Tokens[0].POS == "" {
					t.Skip("no tagger: the sieves that read a parse need tags")
				}
				for i := range d.Tokens {
					d.Tokens[i].Head, d.Tokens[i].Dep = sh.heads[i], deps[i]
				}
				d.Quotes = quote.Find(st.s, d)
				if !hasQuote(d, c.w) {
					t.Errorf("%s, parse %d, %s: no %q; got %s", c.name, si, st.name, c.w.content, dump(d))
				}
			}
		}
	}
}

// hasQuote reports whether d.Quotes holds a quotation like w.
func hasQuote(d *doc.Document, w want) bool {
	for _, q := range d.Quotes {
		if d.Slice(q.Span) == w.content && q.Kind == w.kind && sl(d, q.SpeakerMention) == w.mention && sl(d, q.Cue) == w.cue &&
			(w.speaker == "" || q.SpeakerName == w.speaker) && q.Medium == w.medium {
			return true
		}
	}
	return false
}
