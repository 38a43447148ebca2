package store

import (
	"context"
	"database/sql"
)

// Schema version 7 drops quotes_kind, the index of quotes on kind.
//
// Why: no query is better for it, and every saved quote paid an entry in
// it. kind has three values (direct, partial, indirect), so an equality
// on it selects a third of the quotes or more. The listings that filter
// on it (Quotes, QuotesPage, StoryQuotes with Filter.Type) walk the
// articles newest first and stop after a page; with the statistics that
// PRAGMA optimize keeps, SQLite's planner never chose the index for them
// (on the store of bench --ingest 1000: SCAN a USING INDEX
// articles_published, SEARCH q USING INDEX sqlite_autoindex_quotes_1).
// Without statistics it did choose it, to read every quote of the kind
// and sort them all before the LIMIT, no better than the scan and sort
// of all the quotes it makes without the index. Without the index,
// BenchmarkSaveAnalysed (200 bench articles, GOGC=off under cachegrind)
// ran 0.29M fewer instructions per article, about 2% of a save.
//
// The statement is the same on PostgreSQL, whose planner has no more use
// for the index on a column of three values.
const dropQuoteKindIndex = `DROP INDEX quotes_kind`

// migrateQuoteKindIndex is migration 7 on SQLite.
func migrateQuoteKindIndex(ctx context.Context, tx *sql.Tx) error {
	return execAll(dropQuoteKindIndex)(ctx, tx)
}

// pgMigrateQuoteKindIndex is migration 7 on PostgreSQL.
func pgMigrateQuoteKindIndex(ctx context.Context, tx *sql.Tx) error {
	return execAll(dropQuoteKindIndex)(ctx, tx)
}
