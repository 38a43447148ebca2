// Package storetest gives the tests of packages built on the store (the
// HTTP API, the CLI, the web UI) an empty store on each backend, so that
// every query and serve feature is checked on SQLite and PostgreSQL alike.
//
// SQLite always runs. PostgreSQL runs when CHRONICLE_TEST_PG names a
// server, as a superuser DSN (scripts/pg-test-server.sh start prints
// one); each test then gets a database of its own, dropped when it ends,
// so tests never see one another's rows and need no extra CI step.
// CHRONICLE_TEST_BACKEND=sqlite or =postgres restricts the run to one
// backend, as it does for the store's own suite.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, for creating test databases
)

// The backend names.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// Backends returns the backends to test on: SQLite, and PostgreSQL when
// CHRONICLE_TEST_PG is set; CHRONICLE_TEST_BACKEND keeps only the one it
// names.
func Backends() []string {
	switch os.Getenv("CHRONICLE_TEST_BACKEND") {
	case SQLite:
		return []string{SQLite}
	case Postgres:
		return []string{Postgres}
	}
	if os.Getenv("CHRONICLE_TEST_PG") == "" {
		return []string{SQLite}
	}
	return []string{SQLite, Postgres}
}

// Run runs f as a subtest named after each backend of Backends.
func Run(t *testing.T, f func(t *testing.T, backend string)) {
	t.Helper()
	for _, b := range Backends() {
		t.Run(b, func(t *testing.T) { f(t, b) })
	}
}

// Target returns what store.Open takes for a new, empty store on backend:
// a file name in a temporary folder for SQLite, the DSN of a new database
// for PostgreSQL (skipping the test when CHRONICLE_TEST_PG is unset).
func Target(t testing.TB, backend string) string {
	t.Helper()
	switch backend {
	case SQLite:
		return filepath.Join(t.TempDir(), "chronicle.db")
	case Postgres:
		return NewPostgresDB(t)
	}
	t.Fatalf("storetest: unknown backend %q", backend)
	return ""
}

var dbs atomic.Int64

// NewPostgresDB creates an empty database on the CHRONICLE_TEST_PG server
// and returns its DSN; the database is dropped (with its connections)
// when the test ends. It skips the test when CHRONICLE_TEST_PG is unset.
func NewPostgresDB(t testing.TB) string {
	t.Helper()
	admin := os.Getenv("CHRONICLE_TEST_PG")
	if admin == "" {
		t.Skip("no PostgreSQL: set CHRONICLE_TEST_PG=postgres://... (scripts/pg-test-server.sh start prints one)")
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("storetest: CHRONICLE_TEST_PG: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatalf("storetest: %v", err)
	}
	defer db.Close()
	// C.UTF-8 whatever the server's default: the store refuses a
	// collation that does not sort by code point (pg_open.go). The pid
	// keeps parallel test binaries (go test ./... runs packages
	// at once) apart on the one server.
	name := fmt.Sprintf("chronicle_st%d_%d", os.Getpid(), dbs.Add(1))
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name+" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"); err != nil {
		t.Fatalf("storetest: create test database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("storetest: drop test database: %v", err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
