package cli

import (
	"strings"
	"testing"
)

// TestBenchIngestWorkers runs bench --ingest on a few pages with the
// analysis workers given, as when comparing worker layouts.
func TestBenchIngestWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses pages with the real pipeline")
	}
	code, out, errOut := run(t, "", "bench", "--ingest", "4", "--cores", "1", "--workers", "2")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, ": 4 stored") || !strings.Contains(out, "stage=ingest") {
		t.Errorf("output lacks the stored count or the figures line:\n%s", out)
	}
	if code, _, _ := run(t, "", "bench", "--ingest", "4", "--workers", "-1"); code != ExitUsage {
		t.Errorf("--workers -1: exit %d; want %d", code, ExitUsage)
	}
}
