package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"chronicle/internal/doc"
)

// crashChildEnv names the database the crash helper process writes to.
const crashChildEnv = "CHRONICLE_STORE_CRASH_DB"

// crashDocs is how many documents the helper would save if not killed.
const crashDocs = 60

func crashDoc(t testing.TB, i int) *doc.Document {
	return syntheticDoc(t, fmt.Sprintf("crash-%03d", i), i, 6)
}

// TestCrashChild is not a test: it is the helper process TestCrashSafety
// starts (the os/exec tests' pattern) and kills part-way. It saves the
// crash documents in order and prints "saved N" after each.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		t.Skip("helper process for TestCrashSafety")
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	for i := range crashDocs {
		if _, err := s.SaveDocument(context.Background(), crashDoc(t, i)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Printf("saved %d\n", i)
	}
	s.Close()
}

// TestCrashSafety kills an ingest with SIGKILL while it writes, then checks
// SPEC.md §3: every stored article is complete, and a rerun finishes the
// rest without duplicates.
func TestCrashSafety(t *testing.T) {
	if os.Getenv(crashChildEnv) != "" {
		t.Skip("in the helper process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	seen := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "saved ") {
			seen++
			if seen == 10 {
				break
			}
		}
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no deferred code, no Close
		t.Fatal(err)
	}
	err = cmd.Wait()
	if seen < 10 {
		t.Fatalf("helper stopped after %d documents: %v\n%s", seen, err, stderr.String())
	}

	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkIntegrity(t, s)
	ids, err := s.ArticleIDs(ctx, Filter{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed after %d saves reported, %d stored", seen, len(ids))
	if len(ids) < seen {
		t.Errorf("%d articles stored; the helper had reported %d", len(ids), seen)
	}
	if len(ids) == crashDocs {
		t.Log("the helper finished before the kill; the crash was not exercised")
	}
	want := make(map[string]*doc.Document, crashDocs)
	totals := map[string]int64{}
	for i := range crashDocs {
		d := crashDoc(t, i)
		want[d.ID] = d
		for k, v := range layerCounts(d) {
			totals[k] += v
		}
	}
	stored := map[string]int64{}
	for _, id := range ids {
		got, err := s.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want[id], got, cmpopts.EquateEmpty(), cmpopts.IgnoreFields(doc.Document{}, "Origin")); diff != "" {
			t.Errorf("stored %s is not what was saved (-want +got):\n%s", id, diff)
		}
		for k, v := range layerCounts(want[id]) {
			stored[k] += v
		}
	}
	counts, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	expectCounts(t, counts, stored)

	// The rerun stores the rest and skips what is there.
	skipped := 0
	for i := range crashDocs {
		saved, err := s.SaveDocument(ctx, crashDoc(t, i))
		if err != nil {
			t.Fatal(err)
		}
		if !saved {
			skipped++
		}
	}
	if skipped != len(ids) {
		t.Errorf("rerun skipped %d documents; want the %d stored", skipped, len(ids))
	}
	counts, err = s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	expectCounts(t, counts, totals)
	checkIntegrity(t, s)
}

// layerCounts gives the rows d adds to each table.
func layerCounts(d *doc.Document) map[string]int64 {
	m := map[string]int64{"articles": 1, "sentences": int64(len(d.Sentences)), "actors": int64(len(d.Actors)),
		"entities": int64(len(d.Entities)), "quotes": int64(len(d.Quotes)), "events": int64(len(d.Events)),
		"dates": int64(len(d.Dates)), "diagnostics": int64(len(d.Diagnostics)), "token_count": int64(len(d.Tokens))}
	for _, a := range d.Actors {
		m["actor_mentions"] += int64(len(a.Mentions))
	}
	for _, e := range d.Events {
		m["event_participants"] += int64(max(len(e.Sources), len(e.SourceNames)) + max(len(e.Targets), len(e.TargetNames)))
	}
	if len(d.Tokens) > 0 {
		m["tokens"] = 1
	}
	return m
}

func expectCounts(t *testing.T, got, want map[string]int64) {
	t.Helper()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("Counts()[%q] = %d; want %d", k, got[k], v)
		}
	}
}
