package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"chronicle/internal/doc"
)

// The migration to schema version 5 (article_keys.go) is tested by
// writing a store the way chronicle up to version 4 left it: a store of
// the current version is saved as usual, and its rows are copied into a
// new database that the migrations have brought only to an older version,
// each article column turned back into the article's public id. Opening
// that database migrates it; every query must then answer as on the
// store it was copied from, and every table hold the same rows.

// copyToVersion makes a database at schema version `version` on the
// backend of src and fills it with src's rows, converted to that
// version's columns (article_id from the article's seq; actor_articles'
// seq from article). Tables the older version lacks are left out: the
// migrations to come fill them (the actor tables from the layers, at
// version 3). It returns the target for Open.
func copyToVersion(t *testing.T, src *Storage, version int) string {
	t.Helper()
	ctx := context.Background()
	var dst *sql.DB
	var target string
	pg := src.dialect == postgresDialect
	if pg {
		target = newPostgresDB(t)
		cfg, err := pgx.ParseConfig(target)
		if err != nil {
			t.Fatal(err)
		}
		dst = sql.OpenDB(pgConnector{base: stdlib.GetConnector(*cfg), rw: &pgRewriter{}})
	} else {
		target = t.TempDir() + "/old.db"
		var err error
		if dst, err = sql.Open("sqlite", target); err != nil {
			t.Fatal(err)
		}
	}
	defer dst.Close()
	dst.SetMaxOpenConns(1)
	tx, err := dst.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	for v := range version {
		m := migrations[v]
		if pg {
			m = pgMigrations[v]
		}
		if err := m(ctx, tx); err != nil {
			t.Fatalf("migration %d: %v", v+1, err)
		}
	}
	setVersion := []string{fmt.Sprintf("PRAGMA user_version = %d", version)}
	tablesSQL := `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
		AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%'`
	colsSQL := `SELECT name FROM pragma_table_info(?) ORDER BY cid`
	if pg {
		setVersion = []string{`CREATE TABLE chronicle_schema_version (version INTEGER NOT NULL)`,
			fmt.Sprintf(`INSERT INTO chronicle_schema_version (version) VALUES (%d)`, version)}
		tablesSQL = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
			AND table_name <> 'chronicle_schema_version'`
		colsSQL = `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?
			AND column_name <> 'fts' ORDER BY ordinal_position`
	}
	for _, q := range setVersion {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	tables := txStrings(t, tx, tablesSQL)
	// Parents first: PostgreSQL checks the foreign keys.
	slices.SortStableFunc(tables, func(a, b string) int { return parentRank(a) - parentRank(b) })
	for _, table := range tables {
		cols := txStrings(t, tx, colsSQL, table)
		var sel, quoted []string
		from := table + " x"
		for _, c := range cols {
			q := c
			if c == "end" {
				q = `"end"`
			}
			quoted = append(quoted, q)
			switch {
			case c == "article_id":
				sel = append(sel, "a.id")
				from = table + " x JOIN articles a ON a.seq = x.article"
			case c == "seq" && table == "actor_articles":
				sel = append(sel, "x.article")
			default:
				sel = append(sel, "x."+q)
			}
		}
		rows, err := src.read.QueryContext(ctx, "SELECT "+strings.Join(sel, ", ")+" FROM "+from)
		if err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		ins := "INSERT INTO " + table + " (" + strings.Join(quoted, ", ") + ") VALUES (?" + strings.Repeat(", ?", len(cols)-1) + ")"
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			if _, err := tx.ExecContext(ctx, ins, vals...); err != nil {
				t.Fatalf("copy into %s: %v", table, err)
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	after := []string{
		`INSERT INTO article_fts (article_fts) VALUES ('rebuild')`,
		`INSERT INTO quote_fts (quote_fts) VALUES ('rebuild')`,
	}
	if pg {
		// The identity columns go on from the greatest value copied.
		after = []string{
			`SELECT setval(pg_get_serial_sequence('articles', 'seq'), (SELECT max(seq) FROM articles))`,
			`SELECT setval(pg_get_serial_sequence('quotes', 'id'), (SELECT max(id) FROM quotes))`,
		}
		if version >= 2 {
			after = append(after, `SELECT setval(pg_get_serial_sequence('stories', 'id'), (SELECT max(id) FROM stories))`)
		}
	}
	for _, q := range after {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return target
}

// parentRank orders tables so that those others refer to come first.
func parentRank(table string) int {
	switch table {
	case "articles":
		return 0
	case "stories":
		return 1
	}
	return 2
}

// txStrings returns the first column of q's rows.
func txStrings(t *testing.T, tx *sql.Tx, q string, args ...any) []string {
	t.Helper()
	rows, err := tx.QueryContext(context.Background(), q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// keyedTestStore saves the test documents, the edge cases of the actor
// tables and the batch of reprints (with stories, and copies of articles
// stored already). It returns the store and its target.
func keyedTestStore(t *testing.T) (*Storage, string) {
	t.Helper()
	s, target := openTemp(t)
	for _, d := range testDocs(t) {
		mustSave(t, s, d)
	}
	mustSave(t, s, edgeActorDoc(t))
	before, batch := batchArticles(t)
	for _, arts := range [][]Article{before, batch} {
		if _, err := s.SaveArticles(context.Background(), arts); err != nil {
			t.Fatal(err)
		}
	}
	return s, target
}

// storeAnswers runs every query of the store's API over s, as JSON
// lines.
func storeAnswers(t *testing.T, s *Storage) string {
	t.Helper()
	ctx := context.Background()
	var sb strings.Builder
	add := func(what string, v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		sb.WriteString(what + " " + string(b) + "\n")
	}
	for _, f := range []Filter{{Limit: -1}, {Text: "spain", Limit: -1}, {Actor: "kenya", Limit: -1}, {Actor: "esp", Limit: -1},
		{Since: "2025-01-01", Until: "2025-12-31", Limit: -1}, {Article: "spain", Limit: -1}, {Type: "threaten", Limit: -1}, {Limit: 2}} {
		k := fmt.Sprintf("%+v", f)
		v1, err := s.Articles(ctx, f)
		add("articles "+k, v1, err)
		v2, err := s.Quotes(ctx, f)
		add("quotes "+k, v2, err)
		v3, err := s.Events(ctx, f)
		add("events "+k, v3, err)
		v4, err := s.Actors(ctx, f)
		add("actors "+k, v4, err)
		v5, err := s.Entities(ctx, f)
		add("entities "+k, v5, err)
		v6, err := s.StoryQuotes(ctx, f)
		add("story quotes "+k, v6, err)
		v7, err := s.StoryEvents(ctx, f)
		add("story events "+k, v7, err)
		v8, err := s.ArticlesPage(ctx, f, 1)
		add("articles page "+k, v8, err)
		v9, err := s.QuotesPage(ctx, f, 0)
		add("quotes page "+k, v9, err)
		v10, err := s.EventsPage(ctx, EventFilter{Filter: f, Country: "ken"})
		add("events page "+k, v10, err)
	}
	ids, err := s.ArticleIDs(ctx, Filter{Limit: -1})
	add("ids", ids, err)
	for _, id := range ids {
		d, err := s.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		j, err := d.EncodeJSON(doc.JSONOptions{Tokens: true})
		add("document "+id, string(j), err)
		story, err := s.StoryOf(ctx, id)
		if errors.Is(err, ErrNotFound) {
			story, err = -1, nil // saved by SaveDocument, without a story
		}
		add("story of "+id, story, err)
		if story > 0 {
			sa, err := s.StoryArticles(ctx, story)
			add("story articles "+id, sa, err)
		}
	}
	counts, err := s.Counts(ctx)
	add("counts", counts, err)
	actors, err := s.Actors(ctx, Filter{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range actors {
		p, err := s.Profile(ctx, a.Name)
		add("profile "+a.Name, p, err)
		q, err := s.ActorQuotes(ctx, a.Name, 100, 0)
		add("actor quotes "+a.Name, q, err)
		e, err := s.ActorEvents(ctx, a.Name, 100, 0)
		add("actor events "+a.Name, e, err)
		tl, err := s.Timeline(ctx, TimelineFilter{Actor: a.Name, Bucket: "day"})
		add("actor timeline "+a.Name, tl, err)
	}
	tl, err := s.Timeline(ctx, TimelineFilter{Bucket: "month"})
	add("timeline", tl, err)
	for _, loc := range []string{"https://two.example/edited", "https://four.example/spain", "nowhere"} {
		ok, err := s.HasLocation(ctx, loc)
		add("has location "+loc, ok, err)
	}
	return sb.String()
}

// tableDump returns every row of every table of s (the FTS5 tables
// aside), sorted, one table after another.
func tableDump(t *testing.T, s *Storage) string {
	t.Helper()
	ctx := context.Background()
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
		AND name NOT LIKE 'sqlite_stat%' AND name NOT LIKE '%fts%' ORDER BY name`
	if s.dialect == postgresDialect {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
			AND table_type = 'BASE TABLE' AND table_name <> 'chronicle_schema_version' ORDER BY table_name`
	}
	tables := queryStrings(t, s.read, q)
	var sb strings.Builder
	for _, table := range tables {
		rows, err := s.read.QueryContext(ctx, "SELECT * FROM "+table)
		if err != nil {
			t.Fatal(err)
		}
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		// The columns by name: PostgreSQL's migration puts article last.
		order := make([]int, len(cols))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int { return strings.Compare(cols[a], cols[b]) })
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			var line []string
			for _, i := range order {
				if cols[i] == "fts" {
					continue
				}
				v := vals[i]
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				line = append(line, fmt.Sprintf("%s=%v", cols[i], v))
			}
			lines = append(lines, strings.Join(line, " "))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		slices.Sort(lines)
		sb.WriteString("== " + table + "\n" + strings.Join(lines, "\n") + "\n")
	}
	return sb.String()
}

// TestMigrateArticleKeys migrates a store of version 4 to version 5 and
// compares it with the store its rows came from: the same rows in every
// table, the same answer to every query, the same rows after one more
// save and after a DELETE by hand. On SQLite the schema must also be the
// one a new store gets (tables, indexes and triggers by name) and pass
// the integrity and foreign key checks.
func TestMigrateArticleKeys(t *testing.T) {
	ctx := context.Background()
	want, wantTarget := keyedTestStore(t)
	// Quote dates came with version 6: a store migrated from version 4
	// has none, as the store it is compared with must not either.
	if _, err := want.write.ExecContext(ctx, `UPDATE quotes SET date = NULL`); err != nil {
		t.Fatal(err)
	}
	target := copyToVersion(t, want, 4)
	got, err := Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { got.Close() })
	if a, b := tableDump(t, got), tableDump(t, want); a != b {
		t.Errorf("tables after the migration:\n%s\nwant:\n%s", a, b)
	}
	wantAnswers := storeAnswers(t, want)
	if a := storeAnswers(t, got); a != wantAnswers {
		t.Errorf("answers after the migration:\n%s\nwant:\n%s", a, wantAnswers)
	}
	for _, want := range []string{`quotes {Text:spain`, `"article_id":"spain"`, `profile Kenya {"actor":{"name":"Kenya"`, `story articles wire`, `has location https://four.example/spain true`} {
		if !strings.Contains(wantAnswers, want) {
			t.Errorf("the answers lack %q: the test stores too little", want)
		}
	}
	if got.dialect == sqliteDialect {
		objects := `SELECT type || ' ' || name || ' ' || tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY 1`
		if a, b := queryStrings(t, got.read, objects), queryStrings(t, want.read, objects); !slices.Equal(a, b) {
			t.Errorf("schema objects after the migration:\n%s\nwant:\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
		}
		if bad := queryStrings(t, got.read, `SELECT "table" || ' ' || rowid FROM pragma_foreign_key_check`); len(bad) > 0 {
			t.Errorf("foreign key check: %v", bad)
		}
		if ok := queryStrings(t, got.read, `PRAGMA integrity_check`); !slices.Equal(ok, []string{"ok"}) {
			t.Errorf("integrity check: %v", ok)
		}
		ftsIntegrity(t, got.write)
	}

	// Saves and deletes go on as on a new store.
	extra := newDoc(t, "extra", "2025-06-02", "Kenya said the talks with Spain would resume.").done()
	for _, s := range []*Storage{got, want} {
		mustSave(t, s, extra)
	}
	if a, b := tableDump(t, got), tableDump(t, want); a != b {
		t.Errorf("tables after one more save:\n%s\nwant:\n%s", a, b)
	}
	var edge int64
	if err := got.read.QueryRowContext(ctx, `SELECT seq FROM articles WHERE id = 'edge'`).Scan(&edge); err != nil {
		t.Fatal(err)
	}
	deleteAsUser(t, got, target, `DELETE FROM articles WHERE id = ?`, "edge")
	deleteAsUser(t, want, wantTarget, `DELETE FROM articles WHERE id = ?`, "edge")
	if a, b := tableDump(t, got), tableDump(t, want); a != b {
		t.Errorf("tables after a delete:\n%s\nwant:\n%s", a, b)
	}
	for _, table := range []string{"actors", "quotes", "event_participants", "actor_articles", "actor_article_links", "tokens"} {
		var n int
		if err := got.read.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE article = ?", edge).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows of the deleted article, %v", table, n, err)
		}
	}
	if a, b := storeAnswers(t, got), storeAnswers(t, want); a != b {
		t.Errorf("answers after a delete:\n%s\nwant:\n%s", a, b)
	}
}

// TestSeqNotReused deletes the newest article the way sqlite3 does by
// default, with foreign keys off, so that its rows stay behind: the next
// article must get a seq of its own (articlesV5's AUTOINCREMENT; on
// PostgreSQL the identity column, and the DELETE cascades) and save
// cleanly, with none of the stale rows counted as its own.
func TestSeqNotReused(t *testing.T) {
	ctx := context.Background()
	s, target := openTemp(t)
	docs := testDocs(t)
	mustSave(t, s, docs[0])
	mustSave(t, s, docs[1])
	query := `DELETE FROM articles WHERE id = ?`
	if s.dialect == sqliteDialect {
		db, err := sql.Open("sqlite", target+"?_foreign_keys=0&_busy_timeout=10000")
		if err != nil {
			t.Fatal(err)
		}
		_, err = db.ExecContext(ctx, query, docs[1].ID)
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
	} else {
		deleteAsUser(t, s, target, query, docs[1].ID)
	}
	mustSave(t, s, docs[2])
	var seq int64
	if err := s.read.QueryRowContext(ctx, `SELECT seq FROM articles WHERE id = ?`, docs[2].ID).Scan(&seq); err != nil || seq != 3 {
		t.Errorf("seq of the article after the delete = %d, %v; want 3", seq, err)
	}
	got, err := s.Document(ctx, docs[2].ID)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := got.EncodeJSON(doc.JSONOptions{Tokens: true})
	b, _ := docs[2].EncodeJSON(doc.JSONOptions{Tokens: true})
	if string(a) != string(b) {
		t.Errorf("the article saved after the delete loads as\n%s\nwant\n%s", a, b)
	}
}

// TestMigrateQuoteKindIndex migrates a store of version 6 to version 7
// (quote_kind_index.go), which drops quotes_kind: the same rows and the
// same answers as the store its rows came from, and no such index left.
func TestMigrateQuoteKindIndex(t *testing.T) {
	ctx := context.Background()
	want, _ := keyedTestStore(t)
	target := copyToVersion(t, want, 6)
	got, err := Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { got.Close() })
	if a, b := tableDump(t, got), tableDump(t, want); a != b {
		t.Errorf("tables after the migration:\n%s\nwant:\n%s", a, b)
	}
	if a, b := storeAnswers(t, got), storeAnswers(t, want); a != b {
		t.Errorf("answers after the migration:\n%s\nwant:\n%s", a, b)
	}
	indexes := `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'quotes' ORDER BY 1`
	if got.dialect == postgresDialect {
		indexes = `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'quotes' ORDER BY 1`
	}
	names := queryStrings(t, got.read, indexes)
	if slices.Contains(names, "quotes_kind") || !slices.Contains(names, "quotes_speaker") {
		t.Errorf("indexes of quotes after the migration: %v; want quotes_speaker and no quotes_kind", names)
	}
}
