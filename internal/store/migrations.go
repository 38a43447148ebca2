package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations bring the schema from version i to i+1; PRAGMA user_version
// records how many have been applied. Add new migrations at the end and
// never edit or reorder one that has shipped: databases in the wild have
// already run it.
var migrations = [...]func(ctx context.Context, tx *sql.Tx) error{
	execAll(schemaV1...),
	execAll(storySchema...), // story_schema.go: reprints and sources
	migrateServe,            // serve_aggregates.go: actor tables for the serve pages
	migrateFTSFill,          // fts_fill.go: saves fill the FTS5 indexes, not per-row triggers
	migrateArticleKeys,      // article_keys.go: child rows keyed by articles.seq, not the text id
	migrateQuoteDates,       // quote_dates.go: quotes.date, when a quotation was said
	migrateQuoteKindIndex,   // quote_kind_index.go: no index on quotes.kind
}

// execAll returns a migration that runs each statement in turn.
func execAll(stmts ...string) func(context.Context, *sql.Tx) error {
	return func(ctx context.Context, tx *sql.Tx) error {
		for _, q := range stmts {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("%.60s…: %w", q, err)
			}
		}
		return nil
	}
}

// migrate applies the missing migrations in one transaction. The version is
// read inside the (IMMEDIATE) transaction, so two processes opening a new
// file at once do not both run the same migration.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("migrate: database schema version %d is newer than this chronicle knows (%d)", version, len(migrations))
	}
	if version == len(migrations) {
		return nil
	}
	for v := version; v < len(migrations); v++ {
		if err := migrations[v](ctx, tx); err != nil {
			return fmt.Errorf("migrate: to version %d: %w", v+1, err)
		}
	}
	// PRAGMA takes no bound parameters; the value is an int we computed.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return fmt.Errorf("migrate: set version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}
