package quote_test

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"chronicle/internal/quote"
	"chronicle/internal/quote/model"
)

// TestDependencySieves covers the patterns the parse adds, with texts
// written for the project: complements without "that", infinitives,
// objects of stance verbs, cue prepositions, inverted cues, subjects of
// participles and coordinated cues. They need the tagger and the parser
// and are skipped without them. They run the sieves alone: the cue model
// vetoes some of their nested cues (TestCueModelVetoes).
func TestDependencySieves(t *testing.T) {
	p := sievePipeline(t)
	cases := []struct {
		name string
		txt  string
		w    want
	}{
		{"complement without that", "The mayor said the bridge would open in May.",
			want{"the bridge would open in May", "indirect", "The mayor", "said", "", ""}},
		{"quotation before a speaker with an apposition", "The idea has support. “If you look at the harbour as a key point, that is where the ships moved,” Ann Lee, director of research at Nordic Shipping, said at the time.",
			want{"If you look at the harbour as a key point, that is where the ships moved,", "direct", "Ann Lee, director of research at Nordic Shipping,", "said", "", ""}},
		{"inverted cue, speaker with an apposition", "“It is unlikely given the storms,” said Ann Lee, a harbour pilot from Tromsø.",
			want{"It is unlikely given the storms,", "direct", "Ann Lee, a harbour pilot from Tromsø", "said", "", ""}},
		{"pointed to", "The minister pointed to the rising cost of fuel.",
			want{"the rising cost of fuel", "indirect", "The minister", "pointed to", "", ""}},
		{"a subject the parse made the cue's object keeps its relative clause", "The mayor said the council, which has criticized the plan for months, would vote on Friday.",
			want{"the council, which has criticized the plan for months, would vote on Friday", "indirect", "The mayor", "said", "", ""}},
		{"complement with that", "The company argued that the fine was far too high.",
			want{"the fine was far too high", "indirect", "The company", "argued", "", ""}},
		{"belief", "Most voters believe the economy is getting worse.",
			want{"the economy is getting worse", "indirect", "Most voters", "believe", "", ""}},
		{"to-infinitive", "The minister declined to comment on the report.",
			want{"to comment on the report", "indirect", "The minister", "declined", "", ""}},
		{"intention", "The senator wants to cut taxes for small firms.",
			want{"to cut taxes for small firms", "indirect", "The senator", "wants", "", ""}},
		{"stance object", "The union endorsed the governor last week.",
			want{"the governor", "indirect", "The union", "endorsed", "", ""}},
		{"cue preposition", "The union called for a new vote on the deal.",
			want{"a new vote on the deal", "indirect", "The union", "called for", "", ""}},
		{"inverted, content first", "The harvest was the worst in a decade, farmers said.",
			want{"The harvest was the worst in a decade", "indirect", "farmers", "said", "", ""}},
		{"told: the hearer is no content", "Two officials told reporters the talks had stalled.",
			want{"the talks had stalled", "indirect", "Two officials", "told", "", ""}},
		{"participle takes the clause's subject", "The mayor spoke for an hour, saying the budget was tight.",
			want{"the budget was tight", "indirect", "The mayor", "saying", "", ""}},
		{"coordinated cue ends the content", "He said the plan was sound and argued that critics were wrong.",
			want{"the plan was sound", "indirect", "He", "said", "", ""}},
		{"participle cue after a reported clause", "The mayor said the vote was close, referring to the council election.",
			want{"the council election", "indirect", "The mayor", "referring to", "", ""}},
		{"reported clause ends before the participle", "The mayor said the vote was close, referring to the council election.",
			want{"the vote was close", "indirect", "The mayor", "said", "", ""}},
		{"nominal cue with a that-clause", "Critics mocked the mayor's claim that the bridge was safe.",
			want{"the bridge was safe", "indirect", "the mayor's", "claim", "", ""}},
		{"nominal cue with a preposition", "Critics raised questions about the cost of the bridge.",
			want{"the cost of the bridge", "indirect", "", "questions about", "", ""}},
		{"a reported clause runs to the end of the quote it opens", "He said the plan “would work. It always does.”",
			want{"the plan “would work. It always does.", "indirect", "He", "said", "", ""}},
		{"small clause: the object is content", "The governor called the plan unworkable.",
			want{"the plan unworkable", "indirect", "The governor", "called", "", ""}},
		{"cue preposition with an infinitive", "The union called on the council to reopen the library.",
			want{"the council to reopen the library", "indirect", "The union", "called on", "", ""}},
		{"a semicolon ends the content after its cue", "The mayor said the vote was close; the count starts on Monday.",
			want{"the vote was close", "indirect", "The mayor", "said", "", ""}},
		{"a semicolon starts the content before its cue", "The count starts on Monday; the vote was close, the mayor said.",
			want{"the vote was close", "indirect", "the mayor", "said", "", ""}},
		{"a participle after a quotation has its own content", "The minister said of the episode, “I don't like it,” adding that the protesters were angry.",
			want{"the protesters were angry", "indirect", "The minister", "adding", "", ""}},
		{"a quotation ends the content before a participle cue", "The minister said of the episode, “I don't like it,” adding that the protesters were angry.",
			want{"I don't like it,", "direct", "The minister", "said", "", ""}},
		{"a relative clause inside the content's subject does not end it", "Officials say that the governor of the island, who must make the final decision, has revealed nothing about his plans.",
			want{"the governor of the island, who must make the final decision, has revealed nothing about his plans", "indirect", "Officials", "say", "", ""}},
		{"a relative clause at the content's end is left out", "The council said it had met with Eric Fanning, who was his chief of staff.",
			want{"it had met with Eric Fanning", "indirect", "The council", "said", "", ""}},
		{"a time phrase before the cue is no source", "The chairman later Thursday told reporters that the meeting went well.",
			want{"the meeting went well", "indirect", "The chairman", "told", "", ""}},
		{"a time phrase after a relative pronoun is no source", "The senator, who last year threatened to block the budget, said he would relent.",
			want{"to block the budget", "indirect", "who", "threatened", "", ""}},
		{"the hearer of an infinitive is content", "The mayor told the crowd to go home.",
			want{"the crowd to go home", "indirect", "The mayor", "told", "", ""}},
		{"the hearer of an infinitive the parse hung elsewhere", "The union urged the council to reopen the library.",
			want{"the council to reopen the library", "indirect", "The union", "urged", "", ""}},
		{"a colon starts the content before its cue", "The tax has not hurt the city: rents rose again in May, according to one index.",
			want{"rents rose again in May", "indirect", "one index", "according to", "", ""}},
		{"dateline is no part of the source", "OSLO (Wire) — The ministry said the border would stay open.",
			want{"the border would stay open", "indirect", "The ministry", "said", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
}

// TestDependencyNone covers what the dependency sieves must not take: a
// participle modifying a noun, and a quote that is only part of a longer
// reported content is a partial quote, not a direct one.
func TestDependencyNone(t *testing.T) {
	p := parsedPipeline(t)
	expectNone(t, p, "The rule would stop rivals demanding new limits on the port.", "new limits")
	d := analyze(t, p, "The governor said that “local people” would decide the matter next year.")
	for _, q := range d.Quotes {
		if d.Slice(q.Span) == "local people" && q.Kind != "partial" {
			t.Errorf("“local people”: kind %s; want partial (%s)", q.Kind, dump(d))
		}
	}
}

// TestPredicateAfterObject covers the oblique that says what a cue's
// object is or did ("as …", "for …"), which the content takes whatever
// the cue model's end judgement says of it: it runs the shipped model made
// to refuse every edge after the object.
func TestPredicateAfterObject(t *testing.T) {
	m, err := quote.LoadCueModel(bytes.NewReader(model.Cue))
	if err != nil {
		t.Fatal(err)
	}
	m.End = math.MaxFloat32
	p := pipelineWith(t, true, quote.NewStageWith(m))
	cases := []struct {
		name string
		txt  string
		w    want
	}{
		{"an object and what it is seen as", "He views the mayor as a poisonous candidate who has divided the city.",
			want{"the mayor as a poisonous candidate who has divided the city", "indirect", "He", "views", "", ""}},
		{"a cue preposition's object and what it is called", "The mayor kept referring to the council as a circus.",
			want{"the council as a circus", "indirect", "The mayor", "referring to", "", ""}},
		{"an object and what it is blamed for", "The union criticized the mayor for closing the library.",
			want{"the mayor for closing the library", "indirect", "The union", "criticized", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
}

// TestDoubledComplement covers a parse that makes a relative clause in the
// speaker phrase a complement of the cue as well as the clause after it:
// the content is the clause after the cue, not the speaker's relative
// clause (the speaker phrase itself is left to the speaker sieves).
func TestDoubledComplement(t *testing.T) {
	txt := "Ann Lee, a former director of the state party, whose roots are in the farm belt, said the base was angry about the budget."
	d := analyze(t, sievePipeline(t), txt)
	found := false
	for _, q := range d.Quotes {
		c := d.Slice(q.Span)
		if strings.Contains(c, "farm belt") {
			t.Errorf("the speaker's relative clause taken as content: %s", dump(d))
		}
		if c == "the base was angry about the budget" && sl(d, q.Cue) == "said" {
			found = true
		}
	}
	if !found {
		t.Errorf("no content after the cue: %s", dump(d))
	}
}

// TestStrayedSubjectWithModel checks with the cue model that a content
// whose subject the parse made the cue's object keeps it whole, the
// relative clause's cue inside it giving way.
func TestStrayedSubjectWithModel(t *testing.T) {
	p := parsedPipeline(t)
	txt := "The mayor said the council, which has criticized the plan for months, would vote on Friday."
	expectQuote(t, p, txt, want{"the council, which has criticized the plan for months, would vote on Friday", "indirect", "The mayor", "said", "", ""})
	d := analyze(t, p, txt)
	for _, q := range d.Quotes {
		if c := d.Slice(q.Span); c == "would vote on Friday" || c == "the plan for months" {
			t.Errorf("a fragment of the content, or the nested cue's, kept: %s", dump(d))
		}
	}
}
