package quote_test

import (
	"testing"

	"chronicle/internal/pipeline"
)

// TestMediumMakesNoSecondAttribution checks, on sentences written for the
// project, that a nominal cue naming where a verbal cue's words were said
// ("said in a statement that …") makes no speakerless attribution of its
// own beside the verb's, with the cue model and with the sieves alone;
// the parse hangs the that-clause on the noun as often as on the verb.
// Nor does a noun of saying take its hearer for its content ("comments to
// reporters").
func TestMediumMakesNoSecondAttribution(t *testing.T) {
	cases := []struct {
		txt, content, mention, cue, medium string
	}{
		{"The minister said in a statement that the port will reopen.",
			"the port will reopen", "The minister", "said in a statement", "statement"},
		{"The minister said in a statement on Friday that the port will reopen.",
			"the port will reopen", "The minister", "said in a statement", "statement"},
		{"The governor argued in a statement that the plant must close.",
			"the plant must close", "The governor", "argued in a statement", "statement"},
		{"The mayor said in an interview that taxes would rise.",
			"taxes would rise", "The mayor", "said", "interview"},
		{"The senator said in remarks that the bill was dead.",
			"the bill was dead", "The senator", "said", ""},
		{"The senator said in comments to reporters that the bill was dead.",
			"the bill was dead", "The senator", "said", ""},
		{"The mayor gave a statement to reporters on the harbour fee.",
			"", "", "", ""},
		{"The governor wrote in a letter that the plant must close.",
			"the plant must close", "The governor", "wrote", "letter"},
		{"The president said in a post on X that the deal was off.",
			"the deal was off", "The president", "said", "X"},
		{"The chief said at a news conference that the suspect had fled.",
			"the suspect had fled", "The chief", "said", "news conference"},
	}
	for _, pc := range []struct {
		name string
		p    func(testing.TB) *pipeline.Pipeline
	}{{"model", parsedPipeline}, {"sieves", sievePipeline}} {
		p := pc.p(t)
		for _, c := range cases {
			t.Run(pc.name+"/"+c.txt, func(t *testing.T) {
				d := analyze(t, p, c.txt)
				if c.content == "" {
					if len(d.Quotes) != 0 {
						t.Errorf("a hearer is no content: got %s", dump(d))
					}
					return
				}
				if len(d.Quotes) != 1 {
					t.Errorf("want one attribution, got %s", dump(d))
				}
				expectQuote(t, p, c.txt, want{c.content, "indirect", c.mention, c.cue, "", c.medium})
			})
		}
	}
}

// TestColonAfterVerbMakesNoCopy checks, on sentences written for the
// project, that a quotation after "verb Name:" is the verb's alone, with
// the name as its speaker, while a dash before the name or no verb
// leaves the colon its own attribution.
func TestColonAfterVerbMakesNoCopy(t *testing.T) {
	p := parsedPipeline(t)
	cases := []struct {
		txt, content, mention, cue string
		n                          int
	}{
		{`In other words, explained the moderator Nancy Cordes: "What does that have to do with the port?"`,
			`What does that have to do with the port?`, "the moderator Nancy Cordes", "explained", 1},
		{`Continued Stone: "So I think it is a very real problem for the harbour."`,
			`So I think it is a very real problem for the harbour.`, "Stone", "Continued", 1},
		{`But polls did predict the race - Pollster Ann Lee: "Most pollsters fared much better this time."`,
			"Most pollsters fared much better this time.", "the race - Pollster Ann Lee", ":", 2},
		{`Republican pollster Ann Lee: "The race is close."`,
			"The race is close.", "Republican pollster Ann Lee", ":", 1},
	}
	for _, c := range cases {
		t.Run(c.txt, func(t *testing.T) {
			d := analyze(t, p, c.txt)
			if len(d.Quotes) != c.n {
				t.Errorf("want %d attributions, got %s", c.n, dump(d))
			}
			for _, q := range d.Quotes {
				if d.Slice(q.Span) == c.content {
					if sl(d, q.SpeakerMention) != c.mention || sl(d, q.Cue) != c.cue {
						t.Errorf("got mention=%q cue=%q, want %q %q", sl(d, q.SpeakerMention), sl(d, q.Cue), c.mention, c.cue)
					}
					return
				}
			}
			t.Errorf("no quotation %q; got %s", c.content, dump(d))
		})
	}
}

// TestNounAVerbIsAboutStands checks, on a sentence written for the
// project, that a nominal cue the verb is about ("scoffed at the
// suggestion that …") keeps its attribution: it is no medium.
func TestNounAVerbIsAboutStands(t *testing.T) {
	const txt = "The minister scoffed at the suggestion that the port was closed."
	for _, p := range []*pipeline.Pipeline{parsedPipeline(t), sievePipeline(t)} {
		d := analyze(t, p, txt)
		found := false
		for _, q := range d.Quotes {
			found = found || sl(d, q.Cue) == "suggestion" && d.Slice(q.Span) == "the port was closed"
		}
		if !found {
			t.Errorf("no attribution of 'suggestion' in %q; got %s", txt, dump(d))
		}
	}
}
