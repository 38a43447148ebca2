package quote_test

import (
	"strings"
	"testing"

	"chronicle/internal/pipeline"
)

// TestParenthetical covers a cue between commas inside its content, with
// texts written for the project: the content is the two fragments around
// the cue clause, on the surface and with the parse.
func TestParenthetical(t *testing.T) {
	cases := []struct {
		name, txt, mention, cue string
		frags                   [2]string
	}{
		{"pronoun speaker", "The steel industry, she said, is doing much better than it was.", "she", "said",
			[2]string{"The steel industry", "is doing much better than it was"}},
		{"named speaker after an opening phrase", "In any case, Mr. Dale said, the golf course was far too crowded.", "Mr. Dale", "said",
			[2]string{"In any case", "the golf course was far too crowded"}},
		{"inverted speaker", "The harbour, said the pilot, was closed for the whole week.", "the pilot", "said",
			[2]string{"The harbour", "was closed for the whole week"}},
		{"a time after the cue", "The ferry, he said on Monday, would run again in spring.", "he", "said",
			[2]string{"The ferry", "would run again in spring"}},
	}
	for _, pl := range []struct {
		name string
		p    func(testing.TB) *pipeline.Pipeline
	}{{"surface", surfacePipeline}, {"parsed", parsedPipeline}} {
		for _, c := range cases {
			t.Run(pl.name+"/"+c.name, func(t *testing.T) {
				p := pl.p(t)
				for _, fr := range c.frags {
					expectQuote(t, p, c.txt, want{fr, "indirect", c.mention, c.cue, "", ""})
				}
			})
		}
	}
}

// TestParentheticalNone covers commas around a cue that do not make it
// parenthetical: a participle after the cue, an object after it, and a
// relative clause.
func TestParentheticalNone(t *testing.T) {
	p := parsedPipeline(t)
	expectNone(t, p, "Sales were great, he said, wiping the sweat off his face.", "wiping")
	expectNone(t, p, "Late last month, the company wrote a long, angry letter to the mayor.", "Late last month")
	expectNone(t, p, "Lloyd Grove, the editor who wrote the profile, posted the video on Monday.", "Lloyd Grove")
	// after an inverted speaker, a relative clause or an apposition is the
	// speaker's, not a second fragment of the content
	expectQuote(t, p, "The plan will fail, said Ann Lee, who has studied the port for years.",
		want{"The plan will fail", "indirect", "Ann Lee, who has studied the port for years", "said", "", ""})
	expectNone(t, p, "The plan will fail, said Ann Lee, who has studied the port for years.", "who has studied")
	expectQuote(t, p, "A calmer mayor may be no bad thing, say some voters, who recall his old speeches.",
		want{"A calmer mayor may be no bad thing", "indirect", "some voters, who recall his old speeches", "say", "", ""})
	expectQuote(t, p, "Prices rose sharply, said Richard Dale, the chief economist for the coast survey.",
		want{"Prices rose sharply", "indirect", "Richard Dale, the chief economist for the coast survey", "said", "", ""})
}

// TestQuotedWordsInsideContent covers a quotation inside a content before
// its cue: it is part of the content, which starts with the clause.
func TestQuotedWordsInsideContent(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "Voters had “put a dent” in the old machine, she said in a radio interview.",
		want{"Voters had “put a dent” in the old machine", "indirect", "she", "said", "", "radio"})
}

// TestSpeakerModifierAfterQuotation covers a quotation before a speaker
// whose first words the parse may leave out of the subject ("Republican
// strategist …"); the quotation after the sentence shares the cue.
func TestSpeakerModifierAfterQuotation(t *testing.T) {
	p := parsedPipeline(t)
	txt := "Voters were split. \"The mayor is the vote for change in this city,\" Republican strategist Fred Dale said. \"She simply can't be. He's the future; she's the past.\""
	for _, c := range []string{"The mayor is the vote for change in this city,", "She simply can't be. He's the future; she's the past."} {
		expectQuote(t, p, txt, want{c, "direct", "Republican strategist Fred Dale", "said", "", ""})
	}
}

// TestCueRightAfterQuotation covers a cue right after a quotation's
// closing mark followed by words the parse may read as its complement
// (", half joking"): the quotation is still the cue's.
func TestCueRightAfterQuotation(t *testing.T) {
	p := parsedPipeline(t)
	expectQuote(t, p, "The plant is busy. ''I am more skilled with my hands than I am with my brain,'' said Rob Dale, half joking.",
		want{"I am more skilled with my hands than I am with my brain,", "direct", "Rob Dale", "said", "", ""})
}

// TestAdverbialClauseAfterCue covers a clause after the cue that says when
// it was said ("said as she accepted her award"): no content, so the
// quotation before keeps the cue.
func TestAdverbialClauseAfterCue(t *testing.T) {
	p := parsedPipeline(t)
	txt := "The show ended. “Nothing stops me from being bright,” Ann Berg said as she accepted her award."
	expectQuote(t, p, txt, want{"Nothing stops me from being bright,", "direct", "Ann Berg", "said", "", ""})
	expectNone(t, p, txt, "as she accepted")
}

// TestInvertedCueTakesTheWholeClause covers a content before its cue that
// the parse cut short ("… in big ways and small, he said").
func TestInvertedCueTakesTheWholeClause(t *testing.T) {
	p := parsedPipeline(t)
	d := analyze(t, p, "The hall was full. Hundreds of people are already here spending in big ways and small, he said.")
	for _, q := range d.Quotes {
		if q.Cue != nil && d.Slice(*q.Cue) == "said" && !strings.HasPrefix(d.Slice(q.Span), "Hundreds of people") {
			t.Errorf("content %q; want the clause from its start (%s)", d.Slice(q.Span), dump(d))
		}
	}
}
