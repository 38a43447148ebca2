package store

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// openPostgres opens the PostgreSQL database at dsn (postgres://...) and
// applies any migrations it lacks. One pool serves reads and writes:
// PostgreSQL runs concurrent write transactions itself, so the workers of
// many machines can save at once.
func openPostgres(ctx context.Context, dsn string) (*Storage, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open postgres: %w", err)
	}
	db := sql.OpenDB(pgConnector{base: stdlib.GetConnector(*cfg), rw: &pgRewriter{}})
	n := max(4, 2*runtime.GOMAXPROCS(0))
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &Storage{write: db, read: db, now: time.Now, dialect: postgresDialect}
	if err := checkCollation(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open postgres %s@%s/%s: %w", cfg.User, cfg.Host, cfg.Database, err)
	}
	if err := migratePostgres(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open postgres %s@%s/%s: %w", cfg.User, cfg.Host, cfg.Database, err)
	}
	if err := s.rows.prepareInserts(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open postgres %s@%s/%s: %w", cfg.User, cfg.Host, cfg.Database, err)
	}
	if err := s.prepareSaveStmts(ctx); err != nil {
		s.rows.close()
		db.Close()
		return nil, fmt.Errorf("store: open postgres %s@%s/%s: %w", cfg.User, cfg.Host, cfg.Database, err)
	}
	return s, nil
}

// checkCollation refuses a database whose text does not sort by code
// point. The store's queries compare and sort text as SQLite does, byte
// by byte: event dates against ':' (a calendar date sorts below it, in a
// language's collation it may not), days and RFC 3339 stamps as strings,
// and the listings by name. A database created with a language's
// collation (en_US.UTF-8, an ICU locale; Debian's cluster takes the
// system's) would answer differently from SQLite, some filters wrongly,
// so it is an error that says how to create one that works.
func checkCollation(ctx context.Context, db *sql.DB) error {
	var collate, provider string
	// datlocprovider exists from PostgreSQL 15 on; before, it is libc.
	err := db.QueryRowContext(ctx, `SELECT datcollate, coalesce(to_jsonb(d) ->> 'datlocprovider', 'c')
		FROM pg_database d WHERE datname = current_database()`).Scan(&collate, &provider)
	if err != nil {
		return fmt.Errorf("read the database's collation: %w", err)
	}
	if provider != "i" && bytewiseCollation(collate) {
		return nil
	}
	if provider == "i" {
		collate = "an ICU locale"
	}
	return fmt.Errorf("the database sorts text by %s, not by code point as chronicle needs: "+
		"create it with CREATE DATABASE name TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' (see docs/deploy.md)", collate)
}

// bytewiseCollation reports whether a libc (or builtin) collation name
// orders text by code point.
func bytewiseCollation(name string) bool {
	switch name {
	case "C", "POSIX", "C.UTF-8", "C.utf8", "ucs_basic":
		return true
	}
	return false
}

// pgMigrationLock is the key of the advisory lock that serialises
// migrations: many workers starting at once on a new database must not
// each run migration 1.
const pgMigrationLock = 0x636872_6f6e // "chron"

// migratePostgres applies the missing pgMigrations in one transaction.
// The version lives in chronicle_schema_version (SQLite keeps it in PRAGMA
// user_version).
func migratePostgres(ctx context.Context, db *sql.DB) error {
	if len(pgMigrations) != len(migrations) {
		return fmt.Errorf("migrate: %d PostgreSQL migrations for %d SQLite ones", len(pgMigrations), len(migrations))
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, pgMigrationLock); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS chronicle_schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var version int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM chronicle_schema_version`).Scan(&version); err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	if version > len(pgMigrations) {
		return fmt.Errorf("migrate: database schema version %d is newer than this chronicle knows (%d)", version, len(pgMigrations))
	}
	if version == len(pgMigrations) {
		return nil
	}
	for v := version; v < len(pgMigrations); v++ {
		if err := pgMigrations[v](ctx, tx); err != nil {
			return fmt.Errorf("migrate: to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM chronicle_schema_version`); err != nil {
		return fmt.Errorf("migrate: set version: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO chronicle_schema_version (version) VALUES (?)`, len(pgMigrations)); err != nil {
		return fmt.Errorf("migrate: set version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}
