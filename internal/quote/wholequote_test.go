package quote_test

import (
	"testing"

	"chronicle/internal/pipeline"
)

// TestQuotationAfterLeadIn checks, on sentences written for the project,
// that a quotation a cue introduces after words of its own and a colon
// ("added about the plan: “…”") is one direct quotation of the cue, not
// a reported content that holds it and a partial quote inside that,
// with the model and with the sieves alone.
func TestQuotationAfterLeadIn(t *testing.T) {
	cases := []struct{ txt, content, mention, cue string }{
		{"Lee added about the plan: “It will cost more than they say.”",
			"It will cost more than they say.", "Lee", "added"},
		{"Lee added about the plan: “It will cost more.” The council disagreed.",
			"It will cost more.", "Lee", "added"},
		{"Ann Lee, the mayor, warned of the risk: “The dam could fail in spring.”",
			"The dam could fail in spring.", "Ann Lee, the mayor,", "warned"},
		{"She said of the talks: “They went nowhere.”", "They went nowhere.", "She", "said"},
		{"He told reporters on Monday: “We will not give up the port.”",
			"We will not give up the port.", "He", "told"},
		{"The union complained about the deal: “Nobody asked us.”", "Nobody asked us.", "The union", "complained"},
		{"Officials said of the outbreak on Tuesday: “It is under control.”", "It is under control.", "Officials", "said"},
		{"Lee added about the plan, “It will cost more.”", "It will cost more.", "Lee", "added"},
		// "put" is a cue the model adds: the sieves alone make nothing of it
		{"Lee put it this way: “It will cost more.”", "It will cost more.", "Lee", "put"},
	}
	for k, p := range []*pipeline.Pipeline{parsedPipeline(t), sievePipeline(t)} {
		for _, c := range cases {
			if k == 1 && c.cue == "put" {
				continue
			}
			d := analyze(t, p, c.txt)
			if len(d.Quotes) != 1 {
				t.Errorf("%q: want one attribution, got %s", c.txt, dump(d))
				continue
			}
			q := d.Quotes[0]
			if d.Slice(q.Span) != c.content || q.Kind != "direct" || sl(d, q.SpeakerMention) != c.mention || sl(d, q.Cue) != c.cue {
				t.Errorf("%q: got %s, want [direct %s | %s | %s]", c.txt, dump(d), c.content, c.mention, c.cue)
			}
		}
	}
}

// TestSeparateFragmentsStay checks that the quotations that are
// genuinely further fragments of an attribution still stand beside it:
// a quotation split around its cue, a next sentence in marks, a
// paragraph that goes on with the quotation.
func TestSeparateFragmentsStay(t *testing.T) {
	cases := []struct {
		txt  string
		want []string // content | mention | cue of each quotation, in order
	}{
		{"“The bridge,” he said, “will open in May.”",
			[]string{"The bridge, | he | said", "will open in May. | he | said"}},
		{"Lee added about the plan: “It will cost more.” “And it will be late.”",
			[]string{"It will cost more. | Lee | added", "And it will be late. | Lee | added"}},
		{"The minister said the port was closed. “We had no choice.”",
			[]string{"the port was closed | The minister | said", "We had no choice. | The minister | said"}},
	}
	p := parsedPipeline(t)
	for _, c := range cases {
		d := analyze(t, p, c.txt)
		ok := len(d.Quotes) == len(c.want)
		for i := 0; ok && i < len(c.want); i++ {
			q := d.Quotes[i]
			ok = d.Slice(q.Span)+" | "+sl(d, q.SpeakerMention)+" | "+sl(d, q.Cue) == c.want[i]
		}
		if !ok {
			t.Errorf("%q: got %s, want %v", c.txt, dump(d), c.want)
		}
	}
	// a paragraph that goes on with the quotation keeps its speaker
	d := analyze(t, p, "Lee added about the plan: “It will cost more.\n\n“And it will be late.”")
	if len(d.Quotes) != 2 || d.Quotes[0].Kind != "direct" || d.Quotes[1].Kind != "direct" ||
		d.Quotes[0].SpeakerName != "Lee" || d.Quotes[1].SpeakerName != "Lee" {
		t.Errorf("paragraph going on: got %s", dump(d))
		for _, q := range d.Quotes {
			t.Logf("speaker %q", q.SpeakerName)
		}
	}
}

// TestQuotationAfterThatStaysReported checks, on a sentence written for
// the project, that a quotation that is the whole content after "that"
// is one reported attribution, "that" counted as PolNeAR counts it, and
// not that and a partial copy of it too.
func TestQuotationAfterThatStaysReported(t *testing.T) {
	const txt = "Lee stressed that “the port must stay open,” suggesting the council had erred."
	d := analyze(t, parsedPipeline(t), txt)
	n := 0
	for _, q := range d.Quotes {
		if sl(d, q.Cue) != "stressed" {
			continue
		}
		n++
		if q.Kind != "indirect" || d.Slice(q.Span) != "“the port must stay open,”" || sl(d, q.SpeakerMention) != "Lee" {
			t.Errorf("got %s", dump(d))
		}
	}
	if n != 1 {
		t.Errorf("want one attribution of 'stressed', got %s", dump(d))
	}
}
