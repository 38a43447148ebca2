package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"chronicle/internal/doc"
)

func TestOpenFreshAndReopen(t *testing.T) {
	sqliteOnly(t) // PRAGMAs; TestPostgresReopen covers PostgreSQL
	ctx := context.Background()
	s, path := openTemp(t)
	var version int
	if err := s.read.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version != len(migrations) {
		t.Errorf("user_version = %d; want %d", version, len(migrations))
	}
	var mode string
	if err := s.read.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode = %q; want wal", mode)
	}
	mustSave(t, s, spainDoc(t))

	// Reopening an up-to-date file applies nothing and keeps the data.
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if ok, err := s2.Has(ctx, "spain"); err != nil || !ok {
		t.Errorf("Has(spain) after reopen = %v, %v; want true, nil", ok, err)
	}
	// The writer does not check the foreign keys (see Open); the readers,
	// like anyone who opens the file with them on, do.
	var fk int
	if err := s2.write.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 0 {
		t.Errorf("writer's foreign_keys = %d, %v; want 0", fk, err)
	}
	if err := s2.read.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("readers' foreign_keys = %d, %v; want 1", fk, err)
	}
}

func TestOpenNewerSchemaFails(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	s, path := openTemp(t)
	if _, err := s.write.ExecContext(ctx, "PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	if s2, err := Open(ctx, path); err == nil {
		s2.Close()
		t.Fatal("Open of a newer schema succeeded; want an error")
	}
}

func TestOpenMemory(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSave(t, s, natoDoc(t))
	if _, err := s.Document(ctx, "nato"); err != nil {
		t.Fatal(err)
	}
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	for _, want := range testDocs(t) {
		t.Run(want.ID, func(t *testing.T) {
			mustSave(t, s, want)
			got, err := s.Document(ctx, want.ID)
			if err != nil {
				t.Fatal(err)
			}
			if err := got.Validate(); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Document(%s) differs (-saved +loaded):\n%s", want.ID, diff)
			}
			// The promise to the CLI: the stored article prints as analyze did.
			wj, err := want.EncodeJSON(doc.JSONOptions{Tokens: true})
			if err != nil {
				t.Fatal(err)
			}
			gj, err := got.EncodeJSON(doc.JSONOptions{Tokens: true})
			if err != nil {
				t.Fatal(err)
			}
			if string(wj) != string(gj) {
				t.Errorf("document JSON differs:\nsaved  %s\nloaded %s", wj, gj)
			}
		})
	}
}

// TestCodePointOffsets checks what people reading the file see: SQLite's
// substr over the stored offsets gives the span text.
func TestCodePointOffsets(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	mustSave(t, s, spainDoc(t))
	for _, table := range []string{"entities", "quotes", "dates", "actor_mentions"} {
		rows, err := s.read.QueryContext(ctx, `SELECT x.text, substr(a.text, x.start + 1, x."end" - x.start)
			FROM `+table+` x JOIN articles a ON a.seq = x.article`)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for rows.Next() {
			var want, got string
			if err := rows.Scan(&want, &got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s: substr over stored offsets = %q; want %q", table, got, want)
			}
			n++
		}
		rows.Close()
		if n == 0 {
			t.Errorf("%s: no rows", table)
		}
	}
}

func TestDocumentNotFound(t *testing.T) {
	s, _ := openTemp(t)
	_, err := s.Document(context.Background(), "missing")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Document(missing) error = %v; want ErrNotFound", err)
	}
}

func TestSaveIdempotent(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	for _, d := range testDocs(t) {
		mustSave(t, s, d)
	}
	before, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range testDocs(t) {
		d.Title = "changed" // an already stored id is left alone entirely
		saved, err := s.SaveDocument(ctx, d)
		if err != nil || saved {
			t.Errorf("second SaveDocument(%s) = %v, %v; want false, nil", d.ID, saved, err)
		}
	}
	after, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("counts changed by saving again (-before +after):\n%s", diff)
	}
	want := map[string]int64{"articles": 3, "sentences": 8, "actors": 8, "entities": 10, "quotes": 6, "events": 4, "dates": 2, "diagnostics": 2, "tokens": 3}
	for k, v := range want {
		if after[k] != v {
			t.Errorf("Counts()[%q] = %d; want %d", k, after[k], v)
		}
	}
	d, err := s.Document(ctx, "spain")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Title of spain" {
		t.Errorf("title after second save = %q; want the first one", d.Title)
	}
}

func TestSaveRejects(t *testing.T) {
	s, _ := openTemp(t)
	bad := natoDoc(t)
	bad.Entities[0].Span.End = 1000
	for _, d := range []*doc.Document{{Text: "no id"}, bad} {
		if saved, err := s.SaveDocument(context.Background(), d); err == nil || saved {
			t.Errorf("SaveDocument(%q) = %v, %v; want an error", d.ID, saved, err)
		}
	}
	if ok, _ := s.Has(context.Background(), "nato"); ok {
		t.Error("an invalid document was stored")
	}
}

// TestDeleteKeepsIndexesConsistent checks the schema's promise to people
// editing the file: deleting an article cascades to every layer and the
// full-text indexes, and the article can be saved again.
func TestDeleteKeepsIndexesConsistent(t *testing.T) {
	ctx := context.Background()
	s, target := openTemp(t)
	for _, d := range testDocs(t) {
		mustSave(t, s, d)
	}
	deleteAsUser(t, s, target, "DELETE FROM articles WHERE id = 'spain'")
	checkIntegrity(t, s)
	counts, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts["quotes"] != 3 || counts["articles"] != 2 || counts["event_participants"] != 4 {
		t.Errorf("counts after delete = %v", counts)
	}
	if rows, err := s.Quotes(ctx, Filter{Text: "committed"}); err != nil || len(rows) != 1 {
		t.Errorf("Quotes(committed) after delete = %v, %v; want the NATO one", rows, err)
	}
	mustSave(t, s, spainDoc(t))
	checkIntegrity(t, s)
}

// checkIntegrity runs SQLite's and FTS5's own consistency checks on a new
// connection, as someone opening the file with sqlite3 would.
//
// regression: with SQLite 3.54.1, PRAGMA integrity_check on a long-lived
// connection other than the writer reported "fts5: corruption found
// reading blob" once the writer had merged FTS segments, while a fresh
// connection (and every MATCH query, see TestReaderSeesNewFullText) found
// the index sound. The check's cached FTS5 structure is stale there;
// hence the fresh connection.
func checkIntegrity(t testing.TB, s *Storage) {
	t.Helper()
	if s.dialect != sqliteDialect {
		return // PostgreSQL enforces foreign keys itself; there is no FTS5 index
	}
	ctx := context.Background()
	var path string
	if err := s.write.QueryRowContext(ctx, "SELECT file FROM pragma_database_list WHERE name = 'main'").Scan(&path); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check = %q, %v", res, err)
	}
	rows, err := db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign_key_check found violations")
	}
	rows.Close()
	for _, fts := range []string{"article_fts", "quote_fts"} {
		if _, err := db.ExecContext(ctx, "INSERT INTO "+fts+" ("+fts+") VALUES ('integrity-check')"); err != nil {
			t.Errorf("%s integrity-check: %v", fts, err)
		}
	}
}

// TestReaderSeesNewFullText checks that a long-lived read connection finds
// what the writer indexed after it, through FTS5 segment merges.
func TestReaderSeesNewFullText(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	s.read.SetMaxOpenConns(1) // the same reader every time
	for i := range 24 {
		mustSave(t, s, syntheticDoc(t, fmt.Sprintf("r%02d", i), i, 2))
		if i%3 != 2 {
			continue
		}
		for j := i % 4; j <= i; j += 4 {
			rows, err := s.Articles(ctx, Filter{Text: fmt.Sprintf("report %d", j)})
			if err != nil || len(rows) != 1 || rows[0].ID != fmt.Sprintf("r%02d", j) {
				t.Fatalf("after saving %d, Articles(report %d) = %v, %v", i, j, rows, err)
			}
			q, err := s.Quotes(ctx, Filter{Text: "geneva", Article: rows[0].ID})
			if err != nil || len(q) != 2 {
				t.Fatalf("after saving %d, Quotes(geneva in r%02d) = %d rows, %v", i, j, len(q), err)
			}
		}
	}
}

func TestPackTokensIsJSON(t *testing.T) {
	toks := []doc.Token{{Span: doc.Span{Start: 0, End: 2}, POS: "X", Tag: `"\`, Lemma: "a\x01b\xffc", Head: -1, Dep: "é"}}
	data := packTokens(nil, toks, doc.NewOffsets("ab"))
	var got []unpackedToken
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("packTokens gave invalid JSON %s: %v", data, err)
	}
	want := []unpackedToken{{Start: 0, End: 2, POS: "X", Tag: `"\`, Lemma: "a\x01b\uFFFDc", Head: -1, Dep: "é"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("unpacked (-want +got):\n%s", diff)
	}
}
