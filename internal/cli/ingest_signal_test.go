package cli

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestIngestCtrlC interrupts an ingest of a WARC with SIGINT: the ingest
// stores the articles it had read, prints its summary and exits; the
// store holds exactly what the summary says; a rerun skips those and
// finishes the rest. A second SIGINT aborts at once.
func TestIngestCtrlC(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin := buildBinary(t)
	const n = 150
	warc := filepath.Join(t.TempDir(), "news.warc.gz")
	if _, _, err := writeBenchWARC(warc, n); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "x.db")
	ingest := func() (*exec.Cmd, *strings.Builder) {
		cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "2", "--progress", "never", warc)
		var errs strings.Builder
		cmd.Stderr = &errs
		return cmd, &errs
	}
	waitFor := func(min int64) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for quickCount(db) < min {
			if time.Now().After(deadline) {
				t.Fatalf("fewer than %d articles stored within 30s", min)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}

	cmd, errs := ingest()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(5)
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	stored := articleCount(t, db)
	if stored >= n {
		t.Skipf("the ingest finished before the signal (%d articles)", stored)
	}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != ExitInterrupted {
		t.Errorf("exit: %v; want status %d", err, ExitInterrupted)
	}
	m := regexp.MustCompile(`(\d+) read, (\d+) stored`).FindStringSubmatch(errs.String())
	if m == nil || !strings.Contains(errs.String(), "interrupted") {
		t.Fatalf("no summary after Ctrl-C:\n%s", errs)
	}
	if got, _ := strconv.ParseInt(m[2], 10, 64); got != stored || m[1] != m[2] {
		t.Errorf("summary says %s read, %s stored; the store has %d: in-flight articles were dropped", m[1], m[2], stored)
	}

	cmd, errs = ingest()
	if err := cmd.Run(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, errs)
	}
	if got := articleCount(t, db); got != n {
		t.Errorf("after the rerun: %d articles; want %d", got, n)
	}
	if !strings.Contains(errs.String(), fmt.Sprintf("%d already stored", stored)) {
		t.Errorf("the rerun did not skip the %d stored articles:\n%s", stored, errs)
	}

	// Two Ctrl-C: the second aborts without waiting for the drain.
	db = filepath.Join(t.TempDir(), "y.db")
	cmd, errs = ingest()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(2)
	cmd.Process.Signal(syscall.SIGINT)
	time.Sleep(50 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("a second Ctrl-C did not stop the ingest:\n%s", errs)
	}
}

func TestIngestProgressBar(t *testing.T) {
	dir := t.TempDir()
	warc := filepath.Join(dir, "news.warc.gz")
	if _, _, err := writeBenchWARC(warc, 5); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "", "ingest", "--db", filepath.Join(dir, "x.db"), "--progress", "always", warc)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"\r[", "100%", "5 read, 5 stored", "articles/s"} {
		if !strings.Contains(errs, want) {
			t.Errorf("progress output lacks %q:\n%q", want, errs)
		}
	}
}
