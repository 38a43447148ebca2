package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Schema version 4 drops the AFTER INSERT triggers that fed article_fts
// and quote_fts one row at a time (schema.go); a save now fills both
// indexes itself, in the same transaction, with one INSERT ... SELECT
// each over the rows it has just written (fillFTS).
//
// Why: a trigger that writes a virtual table makes every INSERT into
// quotes take a statement journal, and each statement journal made
// SQLite call xSavepoint on the FTS5 tables, which flushed their pending
// terms to a new segment: a batch of 32 bench articles (about 1,300
// quotes, several multi-row INSERTs) wrote several segments into each
// index and set off FTS5's merges, besides running the trigger program
// once per row. Filled once per transaction, each index gets one segment
// per batch, and the INSERTs into articles and quotes, like those of the
// other tables, need no statement journal. Under cachegrind
// BenchmarkSaveAnalysed on 200 bench articles took 1.2M fewer
// instructions per article (about 21.6M before).
//
// The DELETE and UPDATE triggers stay: `DELETE FROM articles WHERE id = ?`
// by hand still removes an article from the indexes. A row inserted by
// hand (rather than by the store) is not indexed; the store is the one
// writer of articles and quotes. PostgreSQL keeps its tsvector columns
// with BEFORE triggers, which cost no such flushes, so its migration 4
// changes nothing (pg_schema.go).
var migrateFTSFill = execAll(
	`DROP TRIGGER articles_fts_insert`,
	`DROP TRIGGER quotes_fts_insert`,
)

// ftsMarks are the greatest articles.seq and quotes.id before a save's
// rows are written; the rows above them are the save's own.
type ftsMarks struct {
	seq, quote int64
}

const (
	sqlFTSMarks = `SELECT coalesce((SELECT max(seq) FROM articles), 0), coalesce((SELECT max(id) FROM quotes), 0)`
	// The same columns as the triggers of schema.go inserted.
	sqlFillArticleFTS = `INSERT INTO article_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq > ?`
	sqlFillQuoteFTS   = `INSERT INTO quote_fts (rowid, text, speaker_name) SELECT id, text, speaker_name FROM quotes WHERE id > ?`
)

// ftsMarks reads the marks in tx before writeRows inserts. seq and id
// are rowids (INTEGER PRIMARY KEY, seq with AUTOINCREMENT since schema
// version 5), so SQLite gives a new row a rowid above the greatest one;
// the write transaction holds the one write lock, so no other rows come
// in between.
func (s *Storage) ftsMarks(ctx context.Context, tx *sql.Tx) (ftsMarks, error) {
	var m ftsMarks
	st, err := s.txStmt(ctx, tx, sqlFTSMarks)
	if err == nil {
		err = st.QueryRowContext(ctx).Scan(&m.seq, &m.quote)
	}
	if err != nil {
		return m, fmt.Errorf("full-text marks: %w", err)
	}
	return m, nil
}

// fillFTS indexes the articles and quotes that tx inserted above m.
func (s *Storage) fillFTS(ctx context.Context, tx *sql.Tx, m ftsMarks) error {
	if _, err := s.txExec(ctx, tx, sqlFillArticleFTS, m.seq); err != nil {
		return fmt.Errorf("index articles: %w", err)
	}
	if _, err := s.txExec(ctx, tx, sqlFillQuoteFTS, m.quote); err != nil {
		return fmt.Errorf("index quotes: %w", err)
	}
	return nil
}
