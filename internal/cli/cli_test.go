package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/store"
	"chronicle/internal/testutil"
)

// run executes the CLI in-process and returns its exit status and output.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// wireDoc is the part of the document JSON the tests look at.
type wireDoc struct {
	ID        string  `json:"id"`
	Published *string `json:"published"`
	Text      string  `json:"text"`
	Sentences []struct {
		Start, End int
	} `json:"sentences"`
	Tokens []struct {
		Start, End int
	} `json:"tokens"`
	Dates []struct {
		Start, End int
		Text       string
		Value      string
	} `json:"dates"`
	Diagnostics []struct {
		Stage, Message string
	} `json:"diagnostics"`
}

func decodeLines(t *testing.T, s string) []wireDoc {
	t.Helper()
	var docs []wireDoc
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			continue
		}
		var d wireDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, line)
		}
		docs = append(docs, d)
	}
	return docs
}

// slice cuts text by code-point offsets, as Python's text[start:end] does.
func slice(text string, start, end int) string { return string([]rune(text)[start:end]) }

func TestAnalyzeCodePointOffsets(t *testing.T) {
	code, out, errs := run(t, "", "analyze", "--tokens", "--published", "2025-08-19", "testdata/envoy.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	docs := decodeLines(t, out)
	if len(docs) != 1 {
		t.Fatalf("%d documents; want 1", len(docs))
	}
	d := docs[0]
	if d.Published == nil || *d.Published != "2025-08-19" {
		t.Errorf("published = %v; want 2025-08-19 from --published", d.Published)
	}
	if len(d.Sentences) != 3 {
		t.Errorf("%d sentences; want 3", len(d.Sentences))
	}
	want := []string{"Ghana", "’s", "foreign", "minister"}
	for i, w := range want {
		if got := slice(d.Text, d.Tokens[i].Start, d.Tokens[i].End); got != w {
			t.Errorf("token %d = %q; want %q", i, got, w)
		}
	}
	for _, s := range d.Sentences {
		if got := slice(d.Text, s.Start, s.End); strings.TrimSpace(got) != got || got == "" {
			t.Errorf("sentence [%d,%d) = %q: not trimmed", s.Start, s.End, got)
		}
	}
	found := false
	for _, x := range d.Dates {
		if slice(d.Text, x.Start, x.End) != x.Text {
			t.Errorf("date %q does not match its offsets", x.Text)
		}
		if x.Text == "Monday" && x.Value == "2025-08-18" {
			found = true
		}
	}
	if !found {
		t.Errorf("dates = %+v; want Monday = 2025-08-18", d.Dates)
	}
}

func TestAnalyzeSeed(t *testing.T) {
	seed := testutil.Shared(t, "examples", "seed", "article.json")
	code, out, errs := run(t, "", "analyze", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	d := decodeLines(t, out)[0]
	if len(d.Sentences) != 13 {
		t.Errorf("%d sentences; want 13", len(d.Sentences))
	}
	if d.Published == nil || *d.Published != "2025-08-19" {
		t.Errorf("published = %v; want 2025-08-19", d.Published)
	}
	if got := slice(d.Text, d.Sentences[5].Start, d.Sentences[5].End); got != "Territorial Integrity" {
		t.Errorf("sentence 5 = %q; want the subheading", got)
	}
}

func TestAnalyzeStdinAndOrder(t *testing.T) {
	code, out, _ := run(t, "Hello from stdin. A second sentence.", "analyze", "-")
	if code != 0 || len(decodeLines(t, out)) != 1 {
		t.Fatalf("stdin: exit %d, output %q", code, out)
	}
	// Many workers, one output line per article, in input order.
	code, out, errs := run(t, "", "analyze", "--workers", "4", "../../examples", "testdata/envoy.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	docs := decodeLines(t, out)
	if len(docs) < 7 {
		t.Fatalf("%d documents from the examples; want at least 7", len(docs))
	}
	if !strings.HasPrefix(docs[len(docs)-1].Text, "Ghana") {
		t.Errorf("last document is not the last input: %.40q", docs[len(docs)-1].Text)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"analyze"},
		{"analyze", "--no-such-flag", "x"},
		{"query", "nonsense"},
		{"query", "quotes", "--format", "xml"},
		{"eval", "nonsense", "--data", "x"},
		{"frobnicate"},
		{"analyze", "--published", "19/08/2025", "x"},
		{"query", "quotes", "--story", "3"},
		{"query", "actors", "--by-story"},
	} {
		if code, _, _ := run(t, "", args...); code != ExitUsage {
			t.Errorf("chronicle %s: exit %d; want %d", strings.Join(args, " "), code, ExitUsage)
		}
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, cmd := range []string{"analyze", "ingest", "query", "eval", "train", "bench"} {
		code, out, _ := run(t, "", cmd, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "chronicle "+cmd) {
			t.Errorf("chronicle %s --help: exit %d, no example:\n%s", cmd, code, out)
		}
	}
}

func counts(t *testing.T, db string) map[string]int64 {
	t.Helper()
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestIngestIsIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	if code, _, errs := run(t, "", "ingest", "--db", db, "../../examples", "testdata"); code != 0 {
		t.Fatalf("first ingest: exit %d: %s", code, errs)
	}
	first := counts(t, db)
	if first["articles"] < 8 || first["sentences"] == 0 || first["dates"] == 0 {
		t.Fatalf("counts after ingest: %v", first)
	}
	code, _, errs := run(t, "", "ingest", "--db", db, "../../examples", "testdata")
	if code != 0 || !strings.Contains(errs, "0 stored") {
		t.Fatalf("second ingest: exit %d: %s", code, errs)
	}
	if second := counts(t, db); !equalCounts(first, second) {
		t.Errorf("counts changed on re-ingest:\n first %v\nsecond %v", first, second)
	}

	// The stored article prints as the same document JSON analyze gives.
	_, analyzed, _ := run(t, "", "analyze", "--tokens", "testdata/envoy.txt")
	a := decodeLines(t, analyzed)[0]
	_, queried, errs := run(t, "", "query", "articles", "--db", db, "--article", a.ID)
	q := decodeLines(t, queried)
	if len(q) != 1 {
		t.Fatalf("query articles --article %s: %d documents: %s", a.ID, len(q), errs)
	}
	if !equalJSON(t, a, q[0]) {
		t.Errorf("stored document differs from the analyzed one")
	}
	for _, kind := range []string{"articles", "quotes", "events", "actors", "entities"} {
		for _, format := range []string{"jsonl", "table", "csv"} {
			if code, _, errs := run(t, "", "query", kind, "--db", db, "--format", format); code != 0 {
				t.Errorf("query %s --format %s: exit %d: %s", kind, format, code, errs)
			}
		}
	}
	_, out, _ := run(t, "", "query", "articles", "--db", db, "--text", "Ablakwa", "--format", "csv")
	if !strings.Contains(out, a.ID) {
		t.Errorf("full-text query for Ablakwa did not find %s:\n%s", a.ID, out)
	}
}

func equalCounts(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func equalJSON(t *testing.T, a, b any) bool {
	t.Helper()
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}
