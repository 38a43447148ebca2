package cli

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // creates the test database

	"chronicle/internal/queue"
	"chronicle/internal/queue/natstest"
	"chronicle/internal/store"
)

// workerTestDB returns a new, empty store for the worker tests: a
// PostgreSQL database when CHRONICLE_TEST_PG names a server (as
// scripts/pg-test-server.sh start prints), else an SQLite file, which two
// worker processes share through its locks.
func workerTestDB(t *testing.T) string {
	t.Helper()
	admin := os.Getenv("CHRONICLE_TEST_PG")
	if admin == "" {
		t.Log("CHRONICLE_TEST_PG not set: workers share an SQLite file instead of PostgreSQL")
		return filepath.Join(t.TempDir(), "workers.db")
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("chronicle_worker_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", admin); err == nil {
			db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			db.Close()
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// TestWorkerKilledMidStream enqueues articles, runs two worker processes,
// kills one with SIGKILL while it works, and checks that the survivor
// finishes: every article stored exactly once (one story row and one
// source each), the queue drained, nothing dead.
func TestWorkerKilledMidStream(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs worker processes; skipped with -short")
	}
	bin := buildBinary(t)
	nats := natstest.Start(t)
	db := workerTestDB(t)
	src := t.TempDir()
	const n = 150
	for i := range n {
		text := fmt.Sprintf("Article %d. The foreign minister of country %d said on Monday that talks would resume next week. "+
			"“We are ready,” she told reporters in the capital. Officials said %d observers would attend.\n\nA second paragraph follows here.", i, i, i*3)
		if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("a%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	qflags := []string{"--queue", nats, "--ack-wait", "2s", "--max-deliver", "5"}
	enqueue := func() string {
		cmd := exec.Command(bin, append(append([]string{"enqueue"}, qflags...), "--published", "2025-08-19", src)...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("enqueue: %v\n%s", err, out)
		}
		return string(out)
	}
	if out := enqueue(); !strings.Contains(out, fmt.Sprintf("%d enqueued, 0 duplicates", n)) {
		t.Fatalf("enqueue: %s", out)
	}
	// Enqueueing again is deduplicated by article id.
	if out := enqueue(); !strings.Contains(out, fmt.Sprintf("0 enqueued, %d duplicates", n)) {
		t.Fatalf("second enqueue: %s", out)
	}
	// Open the store once first, so the two workers do not race to
	// create it (they would wait on the migration lock; this is faster).
	if s, err := store.Open(context.Background(), db); err != nil {
		t.Fatal(err)
	} else {
		s.Close()
	}

	worker := func(idle string) (*exec.Cmd, *strings.Builder) {
		var stderr strings.Builder
		cmd := exec.Command(bin, append(append([]string{"worker"}, qflags...), "--db", db, "--workers", "1", "--idle-exit", idle)...)
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &stderr
	}
	victim, _ := worker("30s")
	survivor, survivorErr := worker("6s")
	defer survivor.Process.Kill()
	defer victim.Process.Kill()

	deadline := time.Now().Add(30 * time.Second)
	for articleCount(t, db) < 15 {
		if time.Now().After(deadline) {
			t.Fatal("the workers stored nothing within 30s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := victim.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	victim.Wait()
	killedAt := articleCount(t, db)

	done := make(chan error, 1)
	go func() { done <- survivor.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("surviving worker: %v\n%s", err, survivorErr)
		}
	case <-time.After(45 * time.Second):
		t.Fatalf("surviving worker did not finish in 45s\n%s", survivorErr)
	}
	if killedAt >= n {
		t.Logf("the victim was killed after all %d articles were stored; the test proved less than it should", n)
	}

	c := counts(t, db)
	for _, table := range []string{"articles", "tokens"} {
		if c[table] != n {
			t.Errorf("%s: %d rows; want %d (one per article)", table, c[table], n)
		}
	}
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ids, err := s.ArticleIDs(context.Background(), store.Filter{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	stories := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("article %s listed twice", id)
		}
		seen[id] = true
		st, err := s.StoryOf(context.Background(), id)
		if err != nil {
			t.Errorf("article %s has no story: %v", id, err)
		}
		stories[st] = true
	}
	if len(seen) != n {
		t.Errorf("%d distinct articles; want %d", len(seen), n)
	}

	q, err := queue.Connect(context.Background(), queue.Config{URL: nats, AckWait: 2 * time.Second, MaxDeliver: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	st, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Pending != 0 || st.InFlight != 0 || st.Dead != 0 || st.Done != n {
		b, _ := json.Marshal(st)
		t.Errorf("queue status %s; want every job done", b)
	}
	t.Logf("killed one worker at %d of %d articles; %d stories; survivor: %s", killedAt, n, len(stories), strings.TrimSpace(survivorErr.String()))
}
