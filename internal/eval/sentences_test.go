package eval

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/conllu"
	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

// TestSentencesTiny scores a four-sentence treebank written for the test.
// Raw text: "Spain's envoy didn't go. He left.\n\nBudget Talks It rose 5%".
// Gold: 4 sentences and 15 words (didn't = did + n't; sentence 3 has no
// "# text" and is rebuilt). Segment finds 3 sentences (the heading runs
// into "It rose 5%") and 16 tokens (5 + %), so sentences score 2/3 and
// 2/4, tokens 14/16 and 14/15.
func TestSentencesTiny(t *testing.T) {
	pred := filepath.Join(t.TempDir(), "pred.conllu")
	var out bytes.Buffer
	m, err := Sentences(context.Background(), filepath.Join("testdata", "sentences_tiny.conllu"), &out, pred)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{
		"sent_precision": 2.0 / 3, "sent_recall": 2.0 / 4, "sent_f1": 4.0 / 7,
		"token_precision": 14.0 / 16, "token_recall": 14.0 / 15, "token_f1": 28.0 / 31,
		"n_sentences": 4, "n_tokens": 15,
	}
	for k, v := range want {
		if math.Abs(m[k]-v) > 1e-9 {
			t.Errorf("%s = %.4f; want %.4f", k, m[k], v)
		}
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	last := lines[len(lines)-1]
	for _, kv := range []string{"task=sentences", "sent_f1=0.5714", "token_f1=0.9032", "n_sentences=4", "n_tokens=15"} {
		if !strings.Contains(last, kv) {
			t.Errorf("last line %q lacks %q", last, kv)
		}
	}
	if !strings.Contains(out.String(), "1 of 4 sentences rebuilt") {
		t.Errorf("report does not count the rebuilt sentence:\n%s", out.String())
	}

	f, err := os.Open(pred)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ps, err := conllu.Read(f)
	if err != nil {
		t.Fatalf("predictions are not CoNLL-U: %v", err)
	}
	if len(ps) != 3 || ps[2].Text != "Budget Talks It rose 5%" || !ps[2].NewPar || len(ps[0].Words) != 7 {
		t.Errorf("predictions: %d sentences, last %q; want 3 with the heading run-on", len(ps), ps[len(ps)-1].Text)
	}
	if conllu.SpaceAfter(ps[0].Words[5].Misc) {
		t.Errorf("predicted 'go' should carry SpaceAfter=No")
	}
}

// TestSegmentationGoldMultiword checks both ways of scoring a multiword
// token: split by its words when they spell it, whole otherwise.
func TestSegmentationGoldMultiword(t *testing.T) {
	s := conllu.Sentence{
		Text: "didn't del",
		Words: []conllu.Word{
			{ID: 1, Form: "did"}, {ID: 2, Form: "n't"}, {ID: 3, Form: "de"}, {ID: 4, Form: "el"},
		},
		Tokens: []conllu.Token{{Form: "didn't", First: 0, Last: 1}, {Form: "del", First: 2, Last: 3}},
	}
	g, err := BuildSegmentationGold(context.Background(), []conllu.Sentence{s})
	if err != nil {
		t.Fatal(err)
	}
	want := []doc.Span{{Start: 0, End: 3}, {Start: 3, End: 6}, {Start: 7, End: 10}}
	if len(g.Tokens) != len(want) {
		t.Fatalf("tokens %v; want %v", g.Tokens, want)
	}
	for i := range want {
		if g.Tokens[i] != want[i] {
			t.Errorf("token %d = %v; want %v", i, g.Tokens[i], want[i])
		}
	}
}

// TestSentencesUD reports the figures on the UD English dev sets when the
// shared data is present (see the package README for the targets).
func TestSentencesUD(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	root := testutil.SharedData(t)
	for _, tc := range []struct {
		file           string
		minSent, minTk float64
	}{
		{"en_gum/dev.conllu", 0.90, 0.98},
		{"en_ewt/dev.conllu", 0.80, 0.98},
	} {
		path := filepath.Join(root, "ud", tc.file)
		if _, err := os.Stat(path); err != nil {
			t.Logf("skip %s: %v", tc.file, err)
			continue
		}
		var out bytes.Buffer
		m, err := Sentences(context.Background(), path, &out, "")
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s", out.String())
		if m["sent_f1"] < tc.minSent || m["token_f1"] < tc.minTk {
			t.Errorf("%s: sent_f1 %.4f token_f1 %.4f; want at least %.2f and %.2f", tc.file, m["sent_f1"], m["token_f1"], tc.minSent, tc.minTk)
		}
	}
}
