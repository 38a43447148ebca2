package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/doc"
)

// timeDataDir finds ../shared/data/time/gum/<split> or skips.
func timeDataDir(t *testing.T, split string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("eval: go.mod not found; no shared data")
		}
		dir = up
	}
	p := filepath.Join(dir, "..", "shared", "data", "time", "gum", split)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("eval: GUM time data absent at %s", p)
	}
	return p
}

// TestTimeGUMDev runs the scorer on GUM dev. TIME_ERRORS=train|dev prints
// every error of that split instead (a development aid).
func TestTimeGUMDev(t *testing.T) {
	split := "dev"
	if s := os.Getenv("TIME_ERRORS"); s != "" {
		split = s
	}
	dir := timeDataDir(t, split)
	var out bytes.Buffer
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	m, err := Time(t.Context(), dir, &out, pred)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if os.Getenv("TIME_ERRORS") != "" {
		r, err := timeEvaluate(t.Context(), dir)
		if err != nil {
			t.Fatal(err)
		}
		var e bytes.Buffer
		r.timeErrors(&e)
		t.Log("\n" + e.String())
	}
	if m["n"] == 0 {
		t.Fatal("no gold dates read")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "task=time span_f1=") {
		t.Errorf("last line = %q", last)
	}
	if st, err := os.Stat(pred); err != nil || st.Size() == 0 {
		t.Errorf("predictions not written: %v", err)
	}
	_ = doc.Span{}
}
