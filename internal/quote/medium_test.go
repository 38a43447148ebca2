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
				if len(d.Quotes) != 1 {
					t.Errorf("want one attribution, got %s", dump(d))
				}
				expectQuote(t, p, c.txt, want{c.content, "indirect", c.mention, c.cue, "", c.medium})
			})
		}
	}
}
