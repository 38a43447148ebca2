package quote_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

type seedQuote struct {
	Text           string `json:"text"`
	Kind           string `json:"kind"`
	Speaker        string `json:"speaker"`
	SpeakerMention string `json:"speaker_mention"`
	Cue            string `json:"cue"`
}

// TestSeed checks the ten attributions of the worked example: content
// found (overlapping at least half), right speaker, right cue, with the
// CLI's stages and with the parser added.
func TestSeed(t *testing.T) {
	t.Run("surface", func(t *testing.T) { checkSeed(t, fullPipeline(t)) })
	t.Run("parsed", func(t *testing.T) { checkSeed(t, parsedPipeline(t)) })
}

func checkSeed(t *testing.T, p *pipeline.Pipeline) {
	t.Helper()
	dir := sharedDir(t, "examples/seed")
	txt, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Quotes []seedQuote `json:"quotes"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	d := analyze(t, p, string(txt))
	for _, q := range d.Quotes {
		t.Logf("%s %q speaker=%d %q mention=%q cue=%q medium=%q", q.Kind, clip(d.Slice(q.Span)), q.Speaker, q.SpeakerName, sl(d, q.SpeakerMention), sl(d, q.Cue), q.Medium)
	}
	right := 0
	for _, e := range exp.Quotes {
		q := findQuote(d, e.Text)
		switch {
		case q == nil:
			t.Logf("missing: %q", clip(e.Text))
		case !speakerMatches(q.SpeakerName, e.Speaker) || sl(d, q.Cue) != e.Cue:
			t.Logf("wrong: %q speaker %q (want %q) cue %q (want %q)", clip(e.Text), q.SpeakerName, e.Speaker, sl(d, q.Cue), e.Cue)
		default:
			right++
		}
	}
	t.Logf("seed: %d of %d attributions right", right, len(exp.Quotes))
	if right < seedFloor {
		t.Errorf("seed: %d of %d right; want at least %d", right, len(exp.Quotes), seedFloor)
	}
}

// seedFloor is what the stage reaches on the seed with the stages that
// exist today.
const seedFloor = 10

func speakerMatches(got, want string) bool {
	want = strings.TrimSuffix(want, " (unnamed)")
	if i := strings.Index(want, " ("); i >= 0 {
		want = want[:i]
	}
	return got != "" && (strings.Contains(got, want) || strings.Contains(want, got))
}

func findQuote(d *doc.Document, content string) *doc.Quote {
	for i, q := range d.Quotes {
		s := d.Slice(q.Span)
		if s == content || strings.Trim(s, "“”\" ") == strings.Trim(content, "“”\" ") {
			return &d.Quotes[i]
		}
	}
	for i, q := range d.Quotes { // half overlap
		s := d.Slice(q.Span)
		if strings.Contains(content, s) && 2*len(s) >= len(content) || strings.Contains(s, content) && 2*len(content) >= len(s) {
			return &d.Quotes[i]
		}
	}
	return nil
}

func sl(d *doc.Document, s *doc.Span) string {
	if s == nil {
		return ""
	}
	return d.Slice(*s)
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
