package when

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/doc"
)

// sharedDir finds ../shared next to the module root, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("when: go.mod not found above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("when: %s absent; skipping", shared)
	}
	return shared
}

// TestSeedArticle checks the six dates of the worked example at their
// expected spans (code points, converted to bytes) and values.
func TestSeedArticle(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "examples", "seed")
	raw, err := os.ReadFile(filepath.Join(dir, "article.json"))
	if err != nil {
		t.Skipf("when: seed article absent: %v", err)
	}
	var d doc.Document
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	raw, err = os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Skipf("when: seed expectations absent: %v", err)
	}
	var want struct {
		Dates []struct {
			Expression string `json:"expression"`
			Value      string `json:"value"`
			Start      int32  `json:"start"`
			End        int32  `json:"end"`
		} `json:"dates"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if len(want.Dates) == 0 {
		t.Fatal("when: expected.json has no dates")
	}
	if err := NewStage().Process(t.Context(), &d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	o := doc.NewOffsets(d.Text)
	for _, w := range want.Dates {
		sp := o.Bytes(w.Start, w.End)
		found := false
		for _, got := range d.Dates {
			if got.Span == sp {
				found = true
				if got.Value != w.Value {
					t.Errorf("seed %q at [%d,%d) = %s; want %s", w.Expression, w.Start, w.End, got.Value, w.Value)
				}
			}
		}
		if !found {
			t.Errorf("seed %q at [%d,%d) (%q) not found; have %v", w.Expression, w.Start, w.End, d.Slice(sp), d.Dates)
		}
	}
	for _, got := range d.Dates {
		t.Logf("%q %s %s", d.Slice(got.Span), got.Value, got.Type)
	}
}
