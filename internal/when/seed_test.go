package when

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

// TestSeedArticle checks the six dates of the worked example at their
// expected spans (code points, converted to bytes) and values.
func TestSeedArticle(t *testing.T) {
	dir := testutil.Shared(t, "examples", "seed")
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
