package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// ftsIntegrity runs FTS5's integrity check on both indexes, which for an
// external-content table compares the index with the rows of articles
// and quotes: an article or quote left out of the index, or indexed with
// other text or under another rowid, fails it.
func ftsIntegrity(t *testing.T, db *sql.DB) {
	t.Helper()
	for _, tbl := range []string{"article_fts", "quote_fts"} {
		q := fmt.Sprintf(`INSERT INTO %[1]s (%[1]s, rank) VALUES ('integrity-check', 1)`, tbl)
		if _, err := db.Exec(q); err != nil {
			t.Errorf("%s integrity-check: %v", tbl, err)
		}
	}
}

// ftsMatches returns the rowids of tbl that match q, in order.
func ftsMatches(t *testing.T, db *sql.DB, tbl, q string) []int64 {
	t.Helper()
	rows, err := db.Query(fmt.Sprintf(`SELECT rowid FROM %[1]s WHERE %[1]s MATCH ? ORDER BY rowid`, tbl), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// A save fills the FTS5 indexes in its transaction, for single documents
// and batches alike, so that they hold exactly the stored articles and
// quotes.
func TestSaveFillsFTS(t *testing.T) {
	sqliteOnly(t) // FTS5 shadow tables
	ctx := context.Background()
	s, _ := openTemp(t)
	mustSave(t, s, spainDoc(t))
	if _, err := s.SaveArticles(ctx, []Article{{Doc: ukraineDoc(t)}, {Doc: natoDoc(t)}, {Doc: spainDoc(t)}}); err != nil {
		t.Fatal(err)
	}
	ftsIntegrity(t, s.write)
	if got := ftsMatches(t, s.write, "article_fts", "spain"); !slices.Equal(got, []int64{1, 3}) {
		t.Errorf("articles matching spain = %v; want [1 3] (spain, nato)", got)
	}
	// spain's three quotes, then ukraine's two and nato's one.
	if got := ftsMatches(t, s.write, "quote_fts", "spain"); !slices.Equal(got, []int64{1, 2, 6}) {
		t.Errorf("quotes matching spain = %v; want [1 2 6]", got)
	}
	if got := ftsMatches(t, s.write, "quote_fts", "zelenskiy"); !slices.Equal(got, []int64{4}) {
		t.Errorf("quotes matching zelenskiy (speaker name) = %v; want [4]", got)
	}
}

// A database of schema version 3, whose insert triggers indexed its
// articles, opens at version 4 with its index intact; the articles saved
// after that are indexed too, and a DELETE by hand still takes an article
// out of the index (the delete triggers stay).
func TestMigrateFTSFill(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for v := range 3 {
		if err := migrations[v](ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{
		`PRAGMA user_version = 3`,
		`INSERT INTO articles (id, title, text, ingested_at) VALUES ('old', 'Old news', 'Spain signed the treaty.', '2025-01-01T00:00:00Z')`,
		`INSERT INTO quotes (article_id, idx, start, "end", text, kind, speaker_name) VALUES ('old', 0, 0, 5, 'Spain', 'partial', 'An Official')`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var version, triggers int
	if err := s.write.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil || version != len(migrations) {
		t.Errorf("user_version = %d, %v; want %d", version, err, len(migrations))
	}
	if err := s.write.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts_insert'`).Scan(&triggers); err != nil || triggers != 0 {
		t.Errorf("FTS insert triggers left = %d, %v; want 0", triggers, err)
	}
	mustSave(t, s, spainDoc(t))
	ftsIntegrity(t, s.write)
	if got := ftsMatches(t, s.write, "article_fts", "spain"); !slices.Equal(got, []int64{1, 2}) {
		t.Errorf("articles matching spain = %v; want [1 2] (old, spain)", got)
	}
	if got := ftsMatches(t, s.write, "quote_fts", "spain"); !slices.Equal(got, []int64{1, 2, 3}) {
		t.Errorf("quotes matching spain = %v; want [1 2 3]", got)
	}

	deleteAsUser(t, s, path, `DELETE FROM articles WHERE id = ?`, "spain")
	ftsIntegrity(t, s.write)
	if got := ftsMatches(t, s.write, "article_fts", "spain"); !slices.Equal(got, []int64{1}) {
		t.Errorf("articles matching spain after the delete = %v; want [1]", got)
	}
	if got := ftsMatches(t, s.write, "quote_fts", "spain"); !slices.Equal(got, []int64{1}) {
		t.Errorf("quotes matching spain after the delete = %v; want [1]", got)
	}
}
