package cli

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
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

// TestBenchIngestMemProfile checks that --memprofile writes an allocation
// profile: gzipped protobuf (pprof's format) naming the alloc_space
// sample type and chronicle's functions.
func TestBenchIngestMemProfile(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses pages with the real pipeline")
	}
	path := filepath.Join(t.TempDir(), "mem.prof")
	code, _, errOut := run(t, "", "bench", "--ingest", "2", "--memprofile", path)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("not a gzipped profile: %v", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"alloc_space", "chronicle/internal/"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("profile does not mention %q", want)
		}
	}
}
