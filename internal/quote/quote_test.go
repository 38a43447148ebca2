package quote_test

import (
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// want describes one expected quotation: its content, kind, the speaker
// mention and cue as text ("" for none) and the speaker's actor name.
type want struct {
	content, kind, mention, cue, speaker, medium string
}

// expectQuote checks that txt yields a quotation like w.
func expectQuote(t *testing.T, p *pipeline.Pipeline, txt string, w want) {
	t.Helper()
	d := analyze(t, p, txt)
	for _, q := range d.Quotes {
		if d.Slice(q.Span) != w.content {
			continue
		}
		if q.Kind != w.kind || sl(d, q.SpeakerMention) != w.mention || sl(d, q.Cue) != w.cue ||
			(w.speaker != "" && q.SpeakerName != w.speaker) || q.Medium != w.medium {
			t.Errorf("%q:\n got %s mention=%q cue=%q speaker=%q medium=%q\nwant %s mention=%q cue=%q speaker=%q medium=%q",
				w.content, q.Kind, sl(d, q.SpeakerMention), sl(d, q.Cue), q.SpeakerName, q.Medium,
				w.kind, w.mention, w.cue, w.speaker, w.medium)
		}
		return
	}
	t.Errorf("no quotation %q in %q; got %s", w.content, txt, dump(d))
}

// expectNone checks that txt yields no quotation containing s.
func expectNone(t *testing.T, p *pipeline.Pipeline, txt, s string) {
	t.Helper()
	d := analyze(t, p, txt)
	for _, q := range d.Quotes {
		if strings.Contains(d.Slice(q.Span), s) {
			t.Errorf("unexpected quotation %q in %q", d.Slice(q.Span), txt)
		}
	}
}

func dump(d *doc.Document) string {
	var b strings.Builder
	for _, q := range d.Quotes {
		b.WriteString("[" + q.Kind + " " + d.Slice(q.Span) + " | " + sl(d, q.SpeakerMention) + " | " + sl(d, q.Cue) + "]")
	}
	return b.String()
}

// TestDetection covers the quotation shapes of the issue, with texts
// written for the project. They run on tokens and sentences only, so they
// test the surface patterns every pipeline gets.
func TestDetection(t *testing.T) {
	p := surfacePipeline(t)
	cases := []struct {
		name string
		txt  string
		w    want
	}{
		{"direct, X said after", "“The bridge will open in May,” Mayor Ann Lee said on Friday.",
			want{"The bridge will open in May,", "direct", "Mayor Ann Lee", "said", "", ""}},
		{"direct, said X inverted", "“We will not wait,” said Tom Berg, the union leader.",
			want{"We will not wait,", "direct", "Tom Berg, the union leader", "said", "", ""}},
		{"direct, colon lead-in", "The minister said: “Prices will fall next year.”",
			want{"Prices will fall next year.", "direct", "The minister", "said", "", ""}},
		{"straight marks", `"Nobody told us," Carla Diaz said.`,
			want{"Nobody told us,", "direct", "Carla Diaz", "said", "", ""}},
		{"apposition and relative clause", "“He was lucky,” Hugh Hill, a doctor who treated him at the clinic, said.",
			want{"He was lucky,", "direct", "Hugh Hill, a doctor who treated him at the clinic", "said", "", ""}},
		{"subject apposition before the cue", "Hugh Hill, a doctor who treated him, said the boy would recover soon.",
			want{"the boy would recover soon", "indirect", "Hugh Hill, a doctor who treated him", "said", "", ""}},
		{"reported speech with that", "The company argued that the fine was far too high.",
			want{"the fine was far too high", "indirect", "The company", "argued", "", ""}},
		{"reported speech without that", "He said he'd received no word from the ministry.",
			want{"he'd received no word from the ministry", "indirect", "He", "said", "", ""}},
		{"told an outlet", "Aid workers told Reuters that the road had been closed for days.",
			want{"the road had been closed for days", "indirect", "Aid workers", "told", "", "Reuters"}},
		{"according to, after", "The talks will resume next week, according to two people briefed on the plan.",
			want{"The talks will resume next week", "indirect", "two people briefed on the plan", "according to", "", ""}},
		{"according to, before", "According to the report, exports fell by a third.",
			want{"exports fell by a third", "indirect", "the report", "According to", "", ""}},
		{"content then X said", "The harvest was the worst in a decade, farmers said.",
			want{"The harvest was the worst in a decade", "indirect", "farmers", "said", "", ""}},
		{"partial quote in reported speech", "Ms. Okafor said the plan was sound given “the reality on the ground.”",
			want{"the reality on the ground.", "partial", "Ms. Okafor", "said", "", ""}},
		{"nested quote stays inside", "“They shouted ‘go home’ at us,” the driver said.",
			want{"They shouted ‘go home’ at us,", "direct", "the driver", "said", "", ""}},
		{"an opening mark typed for the closing one before an inverted cue", "“The port will stay shut until the storm passes,“ said Ann Lee. She spoke on Monday.",
			want{"The port will stay shut until the storm passes,", "direct", "Ann Lee", "said", "", ""}},
		{"an opening mark typed for the closing one before speaker and cue", "“The storm is over,“ the harbour master said on Monday.",
			want{"The storm is over,", "direct", "the harbour master", "said", "", ""}},
		{"a nested double quote after a comma stays inside", "“She told us, “the port is shut,” and we went home,” the driver said.",
			want{"She told us, “the port is shut,” and we went home,", "direct", "the driver", "said", "", ""}},
		{"medium: interview", "“We are ready,” Sara Holm said in an interview with Radio Nord.",
			want{"We are ready,", "direct", "Sara Holm", "said", "", "Radio Nord"}},
		{"medium: statement", "The ministry said in a statement that the border stays open.",
			want{"the border stays open", "indirect", "The ministry", "said", "", "statement"}},
		{"medium: news conference", "“No comment,” the coach said at a news conference.",
			want{"No comment,", "direct", "the coach", "said", "", "news conference"}},
		{"cue verbs: warn", "Economists warned that inflation could return.",
			want{"inflation could return", "indirect", "Economists", "warned", "", ""}},
		{"cue verbs: insist", "The senator insisted the vote was fair.",
			want{"the vote was fair", "indirect", "The senator", "insisted", "", ""}},
		{"participle after a comma", "“We need rain,” she said, adding that the wells were dry.",
			want{"the wells were dry", "indirect", "she", "adding", "", ""}},
		{"colon ends the paragraph before the quote", "The mayor answered the critics:\n\n“The bridge is safe.”",
			want{"The bridge is safe.", "direct", "The mayor", "answered", "", ""}},
		{"headline colon", "Dahl: Northern Ports Will Stay Open All Winter\n\nThe ministry met on Monday.",
			want{"Northern Ports Will Stay Open All Winter", "indirect", "Dahl", ":", "", ""}},
		{"headline colon, lower-case word in the name", "Dahl camp: Northern Ports Will Stay Open\n\nThe ministry met on Monday.",
			want{"Northern Ports Will Stay Open", "indirect", "Dahl camp", ":", "", ""}},
		{"headline colon, speaker to hearer", "Dahl to Harbour Board: Ports stay open\n\nThe ministry met on Monday.",
			want{"Ports stay open", "indirect", "Dahl to Harbour Board", ":", "", ""}},
		{"transcript label, long answer", "DAHL: " + strings.Repeat("We will keep the ports open, and ", 8) + "nobody will be stranded.\n\nThe ministry met on Monday.",
			want{strings.Repeat("We will keep the ports open, and ", 8) + "nobody will be stranded", "indirect", "DAHL", ":", "", ""}},
		{"name and colon before a quotation", "The rise surprised harbour analyst Bo Dahl: “Nobody expected the ports to stay open.”",
			want{"Nobody expected the ports to stay open.", "direct", "Bo Dahl", ":", "", ""}},
		{"according to inside the content, left part", "At the harbour, according to the port authority, was a ship carrying grain.",
			want{"At the harbour", "indirect", "the port authority", "according to", "", ""}},
		{"according to inside the content, right part", "At the harbour, according to the port authority, was a ship carrying grain.",
			want{"was a ship carrying grain", "indirect", "the port authority", "according to", "", ""}},
		{"according to before a quotation of two sentences", "According to the board, “The ports stay open. Nobody will be stranded.”",
			want{"The ports stay open. Nobody will be stranded.", "direct", "the board", "According to", "", ""}},
		{"asked opens a question", "Asked whether the ports would close, the mayor said they would not.",
			want{"whether the ports would close", "indirect", "", "Asked", "", ""}},
		{"when asked, after the answer", "“Not this winter,” the mayor said when asked if the ports would close.",
			want{"if the ports would close", "indirect", "", "asked", "", ""}},
		{"manner of speaking", "“Open the ports!” the fishermen chanted outside the hall.",
			want{"Open the ports!", "direct", "the fishermen", "chanted", "", ""}},
		{"poll, before", "In a Radio Nord poll released Monday, 52 percent chose the new bridge.",
			want{"52 percent chose the new bridge", "indirect", "a Radio Nord poll released Monday", "In", "", ""}},
		{"poll, after", "Most residents dislike the toll, in the same survey.",
			want{"Most residents dislike the toll", "indirect", "the same survey", "in", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
}

// TestNotQuotations covers scare quotes and titles.
func TestNotQuotations(t *testing.T) {
	p := surfacePipeline(t)
	expectNone(t, p, "The so-called “peace dividend” never came.", "peace dividend")
	expectNone(t, p, "She read “The Art of the Deal” on the train home.", "The Art of the Deal")
}

// TestMultiSentenceAndParagraph checks that a quote runs over sentences,
// and that a paragraph which opens a quote without closing it continues
// into the next one, whose speaker is the same.
func TestMultiSentenceAndParagraph(t *testing.T) {
	p := surfacePipeline(t)
	expectQuote(t, p, "“We tried. We failed. We will try again,” Nora Vik said.",
		want{"We tried. We failed. We will try again,", "direct", "Nora Vik", "said", "", ""})
	txt := "Nora Vik said: “The first year was hard.\n\n“The second was harder.”\n\nThe weather turned."
	d := analyze(t, p, txt)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, d.Slice(q.Span)+"|"+q.SpeakerName)
	}
	wantQ := []string{"The first year was hard.|Nora Vik", "The second was harder.|Nora Vik"}
	if strings.Join(got, ";") != strings.Join(wantQ, ";") {
		t.Errorf("multi-paragraph quote: got %q, want %q", got, wantQ)
	}
	for _, g := range d.Diagnostics {
		t.Errorf("unexpected diagnostic %q", g.Message)
	}
	// an unclosed quotation without a cue that nothing continues (a
	// quoted article) is no quotation
	expectNone(t, p, "The mayor spoke on Monday. “The plan is sound,” she said.\n\n“The hearing was closed but the senator spoke to reporters afterwards.\n\nThe market fell.", "The hearing")
	d = analyze(t, p, "He said: “It never ends.\n\nThe market fell.")
	if len(d.Diagnostics) != 1 || d.Diagnostics[0].Message != "unclosed quotation" {
		t.Errorf("unclosed quote: diagnostics %v", d.Diagnostics)
	}
}

// TestSpeakers covers the sieves that resolve speakers: the previous
// speaker of a continued paragraph, pronouns to the nearest compatible
// person, title + surname to the full name, descriptions by role, and
// unnamed sources as speakers of their own.
func TestSpeakers(t *testing.T) {
	p := fullPipeline(t)
	txt := "Foreign Minister Lena Dahl met the press on Monday. “We are a reliable partner,” Dahl said.\n\n" +
		"She said the talks would go on.\n\n“Nothing is agreed yet.”\n\n" +
		"Officials in the capital were more cautious. The deal could still fail, people familiar with the matter said. " +
		"The draft is weak, the people said."
	d := analyze(t, p, txt)
	byContent := map[string]doc.Quote{}
	for _, q := range d.Quotes {
		byContent[d.Slice(q.Span)] = q
	}
	for _, c := range []struct{ content, speaker, mention string }{
		{"We are a reliable partner,", "Lena Dahl", "Dahl"},
		{"the talks would go on", "Lena Dahl", "She"},
		{"Nothing is agreed yet.", "Lena Dahl", ""},
		{"The deal could still fail", "people familiar with the matter", "people familiar with the matter"},
		{"The draft is weak", "people familiar with the matter", "the people"},
	} {
		q, ok := byContent[c.content]
		if !ok {
			t.Errorf("no quotation %q; got %s", c.content, dump(d))
			continue
		}
		if !strings.Contains(q.SpeakerName, c.speaker) || sl(d, q.SpeakerMention) != c.mention {
			t.Errorf("%q: speaker %q mention %q; want %q, %q", c.content, q.SpeakerName, sl(d, q.SpeakerMention), c.speaker, c.mention)
		}
	}
}
