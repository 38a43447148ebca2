package text

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

// expectSentences checks that Segment splits in into the sentences want.
func expectSentences(t *testing.T, in string, want []string) {
	t.Helper()
	toks, sents := Segment(in)
	d := &doc.Document{Text: in, Tokens: toks, Sentences: sents}
	if err := d.Validate(); err != nil {
		t.Fatalf("Segment(%q): %v", in, err)
	}
	got := make([]string, len(sents))
	for i, s := range sents {
		got[i] = in[s.Start:s.End]
	}
	if !slices.Equal(got, want) {
		t.Errorf("Segment(%q) sentences =\n\t%q\nwant\n\t%q", in, got, want)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"It rained. Then it stopped.", []string{"It rained.", "Then it stopped."}},
		{"Is it? Yes! Good.", []string{"Is it?", "Yes!", "Good."}},
		// quotations
		{`“Spain is a very committed ally,” he said. He left.`, []string{`“Spain is a very committed ally,” he said.`, "He left."}},
		{`"It is over," he said. "We lost."`, []string{`"It is over," he said.`, `"We lost."`}},
		{"He cited “the reality on the ground.” Then he left.", []string{"He cited “the reality on the ground.”", "Then he left."}},
		{`“Why?” he asked.`, []string{`“Why?” he asked.`}},
		{"(This was new.) It mattered.", []string{"(This was new.)", "It mattered."}},
		// abbreviations, initials, numbers
		{"Gen. Mark Milley spoke. Mr. Smith agreed.", []string{"Gen. Mark Milley spoke.", "Mr. Smith agreed."}},
		{"The U.S. Senate voted. The U.N. did not.", []string{"The U.S. Senate voted.", "The U.N. did not."}},
		{"He lives in the U.S. The rest is history.", []string{"He lives in the U.S.", "The rest is history."}},
		{"J.D. Vance and J. R. R. Tolkien met.", []string{"J.D. Vance and J. R. R. Tolkien met."}},
		{"It costs 1.5 million. That is a lot.", []string{"It costs 1.5 million.", "That is a lot."}},
		{"Apple Inc. The company said so.", []string{"Apple Inc.", "The company said so."}},
		{"Apple Inc. said so.", []string{"Apple Inc. said so."}},
		{"It opens at 9 a.m. Monday.", []string{"It opens at 9 a.m. Monday."}},
		{"It opens at 9 a.m. He will come.", []string{"It opens at 9 a.m.", "He will come."}},
		{"Talks start Mon. 19 May in Geneva.", []string{"Talks start Mon. 19 May in Geneva."}},
		{"It was No. 1 in Jan. 2024 sales.", []string{"It was No. 1 in Jan. 2024 sales."}},
		{"Tools, e.g. The Programming Historian.", []string{"Tools, e.g. The Programming Historian."}},
		// ellipses
		{"Well... I don't know.", []string{"Well...", "I don't know."}},
		{"He waited… and waited.", []string{"He waited… and waited."}},
		// lines and paragraphs
		{"Territorial Integrity\n\nThe aim is clear.", []string{"Territorial Integrity", "The aim is clear."}},
		{"Subheading\nThe text follows.", []string{"Subheading", "The text follows."}},
		{"a hard-wrapped line that goes\non and on.", []string{"a hard-wrapped line that goes\non and on."}},
		{"Things to do:\n- buy milk\n- call Ann\n• vote", []string{"Things to do:", "- buy milk", "- call Ann", "• vote"}},
		{"1. Know your audience.\n2. Practise.", []string{"1. Know your audience.", "2. Practise."}},
		// datelines
		{"WASHINGTON (Reuters) - The Senate voted on Tuesday.", []string{"WASHINGTON (Reuters) - The Senate voted on Tuesday."}},
		{"LONDON, Aug. 19 (Reuters) — Prices rose. Traders cheered.", []string{"LONDON, Aug. 19 (Reuters) — Prices rose.", "Traders cheered."}},
		// citations stay with their sentence
		{"He left in 1805. [6] Then he wrote.", []string{"He left in 1805. [6]", "Then he wrote."}},
		{"We went home. […] Then he wrote.", []string{"We went home. […]", "Then he wrote."}},
		// informal lower case after a full stop
		{"see you there. i will bring food.", []string{"see you there.", "i will bring food."}},
		{"", nil},
		{"   \n\n  ", nil},
	}
	for _, tt := range tests {
		expectSentences(t, tt.in, tt.want)
	}
}

func TestFinalAbbreviationGivesBackPeriod(t *testing.T) {
	expectTokens2 := func(in string, want []string) {
		t.Helper()
		toks, _ := Segment(in)
		got := make([]string, len(toks))
		for i, tok := range toks {
			got[i] = in[tok.Start:tok.End]
		}
		if !slices.Equal(got, want) {
			t.Errorf("Segment(%q) tokens = %q; want %q", in, got, want)
		}
	}
	expectTokens2("He lives in the U.S.", []string{"He", "lives", "in", "the", "U.S", "."})
	expectTokens2("Pens, ink, etc.\n\nNext.", []string{"Pens", ",", "ink", ",", "etc", ".", "Next", "."})
	expectTokens2("Mr. Smith", []string{"Mr.", "Smith"})
}

// TestSeedArticle checks the worked example: 13 sentences, the heading
// "Territorial Integrity" on its own.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(testutil.Shared(t, "examples", "seed", "article.json"))
	if err != nil {
		t.Fatal(err)
	}
	var a struct{ Text string }
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatal(err)
	}
	toks, sents := Segment(a.Text)
	d := &doc.Document{Text: a.Text, Tokens: toks, Sentences: sents}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(sents) != 13 {
		for i, s := range sents {
			t.Logf("%d: %q", i, a.Text[s.Start:s.End])
		}
		t.Fatalf("seed article: %d sentences; want 13", len(sents))
	}
	if got := d.Slice(sents[5].Span); got != "Territorial Integrity" {
		t.Errorf("sentence 5 = %q; want the heading", got)
	}
}

// TestFinalByteCoversTerminal checks Split's shortcut: a token whose last
// byte finalByte rejects is never terminal.
func TestFinalByteCoversTerminal(t *testing.T) {
	words := []string{"…", "...", "?!", "U.S.", "Mr.", "J.", "word", "a…", "é", "?»", ".”"}
	for c := 1; c < 0x80; c++ {
		words = append(words, string(rune(c)), "ab"+string(rune(c)))
	}
	for _, w := range words {
		got := terminal(w, doc.Span{Start: 0, End: int32(len(w))})
		if got != termNone && !finalByte(w[len(w)-1]) {
			t.Errorf("terminal(%q) = %d, but finalByte(%q) is false", w, got, w[len(w)-1])
		}
	}
}
