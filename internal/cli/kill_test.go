package cli

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestIngestSurvivesSIGKILL kills an ingest part-way with SIGKILL, checks
// that the store holds only complete articles, reruns it and checks that
// the result equals an uninterrupted ingest: nothing lost, nothing twice.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin := buildBinary(t)
	src := t.TempDir()
	const n = 600
	for i := range n {
		// Articles long enough (a few milliseconds of analysis each) that
		// the ingest is still running when the test has seen the first
		// ones stored, however fast saving gets.
		para := fmt.Sprintf("The foreign minister of country %d said on Monday that talks would resume next week. "+
			"“We are ready,” she told reporters in the capital. Officials said %d observers would attend.", i, i*3)
		text := fmt.Sprintf("Article %d.\n\n%s", i, strings.Repeat(para+"\n\n", 12))
		if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("a%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ingest := func(db string) *exec.Cmd {
		cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "2", "--published", "2025-08-19", src)
		cmd.Stderr = new(strings.Builder)
		return cmd
	}

	// The reference: one uninterrupted run.
	ref := filepath.Join(t.TempDir(), "ref.db")
	if err := ingest(ref).Run(); err != nil {
		t.Fatalf("reference ingest: %v", err)
	}
	want := counts(t, ref)
	if want["articles"] != n {
		t.Fatalf("reference stored %d articles; want %d", want["articles"], n)
	}

	db := filepath.Join(t.TempDir(), "killed.db")
	cmd := ingest(db)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once some, but not all, articles are in.
	deadline := time.Now().Add(20 * time.Second)
	for quickCount(db) < 20 {
		if time.Now().After(deadline) {
			t.Fatal("ingest stored nothing within 20s")
		}
		time.Sleep(2 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	partial := counts(t, db)
	if partial["articles"] >= n {
		t.Skipf("the ingest finished before it could be killed (%d articles)", partial["articles"])
	}
	// Every article stored so far is complete: the layers per article are
	// the reference's, since every generated article has the same shape.
	per := func(c map[string]int64, table string) float64 { return float64(c[table]) / float64(c["articles"]) }
	for _, table := range []string{"sentences", "tokens", "dates"} {
		if per(partial, table) != per(want, table) {
			t.Errorf("after SIGKILL: %s per article = %v; want %v (an article is incomplete)", table, per(partial, table), per(want, table))
		}
	}

	rerun := ingest(db)
	if err := rerun.Run(); err != nil {
		t.Fatalf("rerun: %v: %s", err, rerun.Stderr)
	}
	if got := counts(t, db); !equalCounts(got, want) {
		t.Errorf("after the rerun:\n got %v\nwant %v", got, want)
	}
	if !strings.Contains(fmt.Sprint(rerun.Stderr), fmt.Sprintf("%d already stored", partial["articles"])) {
		t.Errorf("the rerun did not skip the %d stored articles: %s", partial["articles"], rerun.Stderr)
	}
}

// quickCount reads the number of stored articles with one cheap query on a
// read-only connection (opening a Storage prepares its statements, too slow
// for a test that must catch an ingest in the act); 0 while there is none.
func quickCount(db string) int64 {
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		return 0
	}
	defer conn.Close()
	var n int64
	if err := conn.QueryRow("SELECT count(*) FROM articles").Scan(&n); err != nil {
		return 0
	}
	return n
}

func articleCount(t *testing.T, db string) int64 {
	t.Helper()
	return counts(t, db)["articles"]
}
