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
	if err := migratePostgres(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open postgres %s@%s/%s: %w", cfg.User, cfg.Host, cfg.Database, err)
	}
	if s.inserts, err = prepareInserts(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open postgres %s@%s/%s: %w", cfg.User, cfg.Host, cfg.Database, err)
	}
	return s, nil
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
