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
// articles newest first and stop after a page (SCAN a USING INDEX
// articles_published, SEARCH q USING INDEX sqlite_autoindex_quotes_1),
// which SQLite's planner chose with the statistics of a full ANALYZE.
// With those PRAGMA optimize had left on the store of bench --ingest
// 1000 it chose the index instead, to read every quote of the kind and
// sort them all before the LIMIT: the SQL of Quotes with Type
// "indirect" and the default limit took 15 ms there (sqlite3 .timer)
// against 1 ms on the same articles stored without the index. Without the index, BenchmarkSaveAnalysed (200 bench articles,
// GOGC=off under cachegrind) ran 0.29M fewer instructions per article,
// about 2% of a save.
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
