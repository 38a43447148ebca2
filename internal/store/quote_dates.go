package store

import (
	"context"
	"database/sql"
)

// Schema version 6 gives quotes a date column: when the quotation was
// said, as the quote-date stage finds it (the date expression attached to
// its cue, else the publication day; a TIMEX3 value, NULL when unknown).
// Quotes stored before it have NULL there; re-analysing their articles
// (delete and ingest again) fills it.
const addQuoteDate = `ALTER TABLE quotes ADD COLUMN date TEXT`

// migrateQuoteDates is migration 6 on SQLite: adding a nullable column
// rewrites nothing.
func migrateQuoteDates(ctx context.Context, tx *sql.Tx) error {
	return execAll(addQuoteDate)(ctx, tx)
}

// pgMigrateQuoteDates is migration 6 on PostgreSQL, the same statement.
func pgMigrateQuoteDates(ctx context.Context, tx *sql.Tx) error {
	return execAll(addQuoteDate)(ctx, tx)
}
