package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, for creating test databases
)

// The store's tests run on SQLite, and on PostgreSQL as well when
// CHRONICLE_TEST_PG names a server (a superuser DSN, as
// scripts/pg-test-server.sh start prints) and CHRONICLE_TEST_BACKEND is
// "postgres": .ci/run runs the package once each way. Each test then gets
// a database of its own, dropped at the end.

// testBackend is the backend openTemp opens.
func testBackend() string {
	if os.Getenv("CHRONICLE_TEST_BACKEND") == "postgres" {
		return "postgres"
	}
	return "sqlite"
}

// pgTestDSN returns the admin DSN, skipping the test when there is none.
func pgTestDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("CHRONICLE_TEST_PG")
	if dsn == "" {
		t.Skip("no PostgreSQL: set CHRONICLE_TEST_PG=postgres://... (scripts/pg-test-server.sh start prints one)")
	}
	return dsn
}

var pgTestDBs atomic.Int64

// newPostgresDB creates an empty database for the test and returns its
// DSN; the database is dropped when the test ends.
func newPostgresDB(t testing.TB) string {
	t.Helper()
	admin := pgTestDSN(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("chronicle_t%d_%d", os.Getpid(), pgTestDBs.Add(1))
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name+" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("drop test database: %v", err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// openTestStore opens a new, empty store on the test backend and closes
// it when the test ends. target is what Open took: a file path or a DSN.
func openTestStore(t testing.TB, dir string) (*Storage, string) {
	t.Helper()
	target := dir + "/chronicle.db"
	if testBackend() == "postgres" {
		target = newPostgresDB(t)
	}
	s, err := Open(context.Background(), target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s, target
}

// sqliteOnly skips a test of SQLite specifics (file locking, PRAGMAs,
// FTS5 shadow tables) on the PostgreSQL backend.
func sqliteOnly(t testing.TB) {
	t.Helper()
	if testBackend() != "sqlite" {
		t.Skip("SQLite specifics; not run on " + testBackend())
	}
}

// deleteAsUser runs a DELETE as someone editing the database would: on
// SQLite on a connection of its own with foreign_keys on (the store's
// writer does not check them; see Open), so that it cascades as the
// schema declares; on PostgreSQL, which always enforces them, on s.
func deleteAsUser(t testing.TB, s *Storage, target, query string, args ...any) {
	t.Helper()
	ctx := context.Background()
	db := s.write
	if s.dialect == sqliteDialect {
		var err error
		if db, err = sql.Open("sqlite", target+"?_foreign_keys=1&_busy_timeout=10000"); err != nil {
			t.Fatal(err)
		}
		defer db.Close()
	}
	if _, err := db.ExecContext(ctx, query, args...); err != nil {
		t.Fatal(err)
	}
}
