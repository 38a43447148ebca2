package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
)

// TestPostgresRefusesLanguageCollation opens a database that sorts text by
// an ICU locale: Open must refuse it, naming the fix, rather than answer
// differently from SQLite (in en-US, '2025-08' does not sort below ':',
// so no event would pass a date filter).
func TestPostgresRefusesLanguageCollation(t *testing.T) {
	admin := pgTestDSN(t)
	ctx := context.Background()
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("chronicle_icu%d_%d", os.Getpid(), pgTestDBs.Add(1))
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name+
		" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"); err != nil {
		t.Skipf("this PostgreSQL cannot create an ICU database: %v", err)
	}
	t.Cleanup(func() { db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	u, _ := url.Parse(admin)
	u.Path = "/" + name
	s, err := Open(ctx, u.String())
	if err == nil {
		s.Close()
		t.Fatal("Open accepted a database with an en-US collation")
	}
	if !strings.Contains(err.Error(), "LOCALE 'C.UTF-8'") {
		t.Errorf("error does not say how to create a database that works: %v", err)
	}
}

func TestBytewiseCollation(t *testing.T) {
	for name, want := range map[string]bool{"C": true, "POSIX": true, "C.UTF-8": true, "C.utf8": true,
		"en_US.UTF-8": false, "de_DE.utf8": false, "": false} {
		if got := bytewiseCollation(name); got != want {
			t.Errorf("bytewiseCollation(%q) = %v; want %v", name, got, want)
		}
	}
}
