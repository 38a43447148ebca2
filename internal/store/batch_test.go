package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"chronicle/internal/dedup"
	"chronicle/internal/doc"
)

// batchArticles is a batch with everything SaveArticles must get right:
// reprints of one wire story (joining the story of one stored before the
// batch and of one earlier in it), an unrelated article, an exact copy of
// an article earlier in the batch and of one stored before it, and the
// same place given twice.
func batchArticles(t *testing.T) (before []Article, batch []Article) {
	same := func(x string) string { return x }
	wire, sw := reprint(t, "wire", same)
	edited, se := reprint(t, "edited", strings.NewReplacer("lorries", "trucks", "sixty", "60").Replace)
	trimmed, st := reprint(t, "trimmed", func(x string) string {
		if strings.HasPrefix(x, "Both") {
			return "Our correspondent in Dodoma contributed."
		}
		return x
	})
	floods := newDoc(t, "floods", "2025-03-11",
		"Heavy rain flooded parts of Mombasa overnight, cutting power to several districts.",
		"The county government said two people had died and hundreds were moved to schools.").done()
	sf, _ := dedup.Sign(floods.Text)
	spain := spainDoc(t)
	ss, _ := dedup.Sign(spain.Text)
	wireCopy, _ := reprint(t, "wire", same)
	spainCopy := spainDoc(t)
	before = []Article{{Doc: wire, Save: ArticleSave{Location: "https://one.example/wire", Signature: sw}}}
	batch = []Article{
		{Doc: edited, Save: ArticleSave{Location: "https://two.example/edited", Signature: se}},
		{Doc: spain, Save: ArticleSave{Location: "https://two.example/spain", Signature: &ss}},
		{Doc: wireCopy, Save: ArticleSave{Location: "https://three.example/wire-copy", Signature: sw}},
		{Doc: floods, Save: ArticleSave{Location: "https://one.example/floods", Signature: &sf}},
		{Doc: trimmed, Save: ArticleSave{Location: "https://three.example/trimmed", Signature: st}},
		{Doc: spainCopy, Save: ArticleSave{Location: "https://four.example/spain"}},
		{Doc: spainCopy, Save: ArticleSave{Location: "https://four.example/spain"}},
		{Doc: natoDoc(t), Save: ArticleSave{}}, // its origin is the place
	}
	return before, batch
}

// TestSaveArticlesBatchIsSequential checks that a batch stores what
// saving its articles one after the other stores: the same results and,
// on SQLite, the same rows in every table (FTS shadow tables aside, whose
// segments differ; a search finds the same rows).
func TestSaveArticlesBatchIsSequential(t *testing.T) {
	ctx := context.Background()
	before, batch := batchArticles(t)
	clock := func() time.Time { return time.Date(2025, 3, 12, 8, 0, 0, 0, time.UTC) }

	one, _ := openTemp(t)
	one.now = clock
	var want []SaveResult
	for _, a := range append(slices.Clone(before), batch...) {
		r, err := one.SaveArticle(ctx, a.Doc, a.Save)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, r)
	}
	want = want[len(before):]

	all, _ := openTemp(t)
	all.now = clock
	if _, err := all.SaveArticles(ctx, before); err != nil {
		t.Fatal(err)
	}
	got, err := all.SaveArticles(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("batch results:\n%+v\nwant (one at a time):\n%+v", got, want)
	}
	if !want[0].Stored || want[0].Matched != "wire" || want[2].Stored || want[4].Matched == "" ||
		want[5].Stored || want[6].Stored || want[3].Story == want[0].Story {
		t.Errorf("the batch does not exercise what it should: %+v", want)
	}
	checkIntegrity(t, all)

	if testBackend() != "sqlite" {
		return
	}
	tables := dumpTables(t, one)
	if len(tables) < 20 {
		t.Fatalf("only %d tables dumped", len(tables))
	}
	batched := dumpTables(t, all)
	for name, rows := range tables {
		if !slices.Equal(rows, batched[name]) {
			t.Errorf("table %s differs:\none at a time:\n%s\nbatched:\n%s", name, strings.Join(rows, "\n"), strings.Join(batched[name], "\n"))
		}
	}
	for _, q := range []string{
		`SELECT rowid FROM article_fts WHERE article_fts MATCH 'lorries OR trucks OR Spain' ORDER BY rowid`,
		`SELECT rowid FROM quote_fts WHERE quote_fts MATCH 'paperwork' ORDER BY rowid`,
	} {
		a, b := queryStrings(t, one.read, q), queryStrings(t, all.read, q)
		if len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("%s: %v one at a time, %v batched", q, a, b)
		}
	}
}

// TestSaveArticlesFailure checks that when an article of a batch cannot
// be saved, those before it are stored, it and those after are not, and
// the error names it.
func TestSaveArticlesFailure(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	_, batch := batchArticles(t)
	bad := *batch[3].Doc
	bad.ID = "broken"
	bad.Sentences = append(slices.Clone(bad.Sentences), doc.Sentence{Span: doc.Span{Start: 0, End: int32(len(bad.Text) + 10)}})
	batch[3].Doc = &bad
	res, err := s.SaveArticles(ctx, batch)
	if err == nil || !strings.Contains(err.Error(), "broken") {
		t.Fatalf("err = %v; want one naming the broken article", err)
	}
	if len(res) != 3 {
		t.Fatalf("%d results; want the 3 before the broken article", len(res))
	}
	for i, a := range batch {
		ok, err := s.Has(ctx, a.Doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		// Those before are stored (wire by its copy, first in this
		// batch; spain, copied after the failure, by itself).
		if want := i < 3 || a.Doc.ID == "spain"; ok != want {
			t.Errorf("article %d (%s) stored: %v; want %v", i, a.Doc.ID, ok, want)
		}
	}
	if seen, _ := s.HasLocation(ctx, "https://four.example/spain"); seen {
		t.Error("the place of a copy after the failure was recorded")
	}
}

// dumpTables returns the rows of every table of a SQLite store but the
// FTS indexes' own, each row as text, sorted.
func dumpTables(t *testing.T, s *Storage) map[string][]string {
	t.Helper()
	names := queryStrings(t, s.read, `SELECT name FROM sqlite_master WHERE type = 'table'
		AND name NOT LIKE 'article_fts%' AND name NOT LIKE 'quote_fts%' AND name NOT LIKE 'sqlite_%'`)
	out := map[string][]string{}
	for _, name := range names {
		rows, err := s.read.Query(`SELECT * FROM "` + name + `"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out[name] = append(out[name], fmt.Sprintf("%v", vals))
		}
		rows.Close()
		slices.Sort(out[name])
	}
	return out
}

// queryStrings returns the first column of every row of q.
func queryStrings(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v any
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(v))
	}
	return out
}

// TestSumRows checks the merging of a batch's rows of a summed table as
// its UPSERT merges them: counts add, strings keep the greater, and rows
// whose values it cannot sum (a NULL) are left for the UPSERT.
func TestSumRows(t *testing.T) {
	rows := []any{
		"Kenya", "country", "", int64(1), int64(2),
		"Peru", "", "x", int64(1), int64(0),
		"Kenya", "", "gov", int64(1), int64(5),
		"Peru", nil, "", int64(1), int64(1),
		"Kenya", "country", "a", int64(1), int64(1),
	}
	got := sumRows(rows, 5, 1)
	want := []any{
		"Kenya", "country", "gov", int64(3), int64(8),
		"Peru", "", "x", int64(1), int64(0),
		"Peru", nil, "", int64(1), int64(1),
	}
	if !slices.Equal(got, want) {
		t.Errorf("sumRows = %v; want %v", got, want)
	}
	// Keys of two columns are compared whole: ("ab", "c") is not ("a", "bc").
	got = sumRows([]any{"ab", "c", int64(1), "a", "bc", int64(1), "ab", "c", int64(2)}, 3, 2)
	if want := []any{"ab", "c", int64(3), "a", "bc", int64(1)}; !slices.Equal(got, want) {
		t.Errorf("sumRows = %v; want %v", got, want)
	}
}

// TestSaveArticlesInsertFails checks a batch whose multi-row INSERT fails
// in SQLite itself, part way through its rows: the layer INSERTs are
// INSERT OR FAIL, which keeps the rows before the failing one, so only
// the rollback of the whole transaction stands between them and the
// file. A stray sentences row, written by hand under the seq the fourth
// article is going to get, collides with one of its rows.
// The articles before it must be stored exactly once, from the retry one
// at a time, and nothing of it or after it.
func TestSaveArticlesInsertFails(t *testing.T) {
	sqliteOnly(t) // PostgreSQL enforces the foreign key the stray row breaks
	ctx := context.Background()
	s, target := openTemp(t)
	_, batch := batchArticles(t)
	victim := batch[3].Doc
	if len(victim.Sentences) == 0 || len(batch[0].Doc.Sentences) == 0 {
		t.Fatal("the batch's articles have no sentences")
	}
	// The store is empty: the victim's seq follows those of the distinct
	// articles before it.
	distinct := map[string]bool{}
	for _, a := range batch[:3] {
		distinct[a.Doc.ID] = true
	}
	victimSeq := int64(len(distinct) + 1)
	db, err := sql.Open("sqlite", target+"?_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.ExecContext(ctx, `INSERT INTO sentences (article, idx, start, "end", token_start, token_end) VALUES (?, 0, 0, 1, 0, 1)`, victimSeq)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	res, err := s.SaveArticles(ctx, batch)
	if err == nil || !strings.Contains(err.Error(), victim.ID) || !strings.Contains(err.Error(), "sentences") {
		t.Fatalf("err = %v; want the sentences INSERT of %s failing", err, victim.ID)
	}
	if len(res) != 3 {
		t.Fatalf("%d results; want the 3 before %s", len(res), victim.ID)
	}
	for i, a := range batch {
		var n int
		seq := int64(-1)
		if a.Doc.ID == victim.ID {
			seq = victimSeq
		}
		if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM sentences WHERE article = coalesce((SELECT seq FROM articles WHERE id = ?), ?)`,
			a.Doc.ID, seq).Scan(&n); err != nil {
			t.Fatal(err)
		}
		stored, err := s.Has(ctx, a.Doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case a.Doc.ID == victim.ID:
			if stored || n != 1 {
				t.Errorf("%s: stored %v with %d sentence rows; want not stored, the stray row alone", a.Doc.ID, stored, n)
			}
		case i < 3 || a.Doc.ID == "spain": // spain: stored by its copy at 1
			if !stored || n != len(a.Doc.Sentences) {
				t.Errorf("%s: stored %v with %d sentence rows; want stored with %d", a.Doc.ID, stored, n, len(a.Doc.Sentences))
			}
		default:
			if stored || n != 0 {
				t.Errorf("%s: stored %v with %d sentence rows; want nothing", a.Doc.ID, stored, n)
			}
		}
	}
}

// TestArticleTablesLeadWithArticle holds the tables with an article
// column (schema version 5, article_keys.go) to an index whose first
// column is article, the primary key's where the rows belong to the
// article alone: a save's rows then go to the right edge of it, and the
// cascade of a DELETE finds an article's rows by it. actor_articles is
// keyed by actor name first (the actor pages read it so) and has an index
// on article for the cascade.
func TestArticleTablesLeadWithArticle(t *testing.T) {
	if testBackend() != "sqlite" {
		t.Skip("reads SQLite's catalogue")
	}
	s, _ := openTemp(t)
	tables := 0
	for q := range numInserts {
		if articleColumn[q] < 0 {
			continue
		}
		tables++
		table := insertSpecs[q].table
		lead := queryStrings(t, s.read, `SELECT il.name FROM pragma_index_list('`+table+`') il, pragma_index_info(il.name) ii
			WHERE ii.seqno = 0 AND ii.name = 'article'`)
		pk := queryStrings(t, s.read, `SELECT name FROM pragma_table_info('`+table+`') WHERE pk = 1`)
		if len(lead) == 0 && !slices.Equal(pk, []string{"article"}) {
			t.Errorf("%s: no index and no key begins with article (indexes %v, first key column %v)", table, lead, pk)
		}
	}
	if tables != int(numInserts)-4 { // all but articles and the three summed actor tables
		t.Errorf("%d tables with an article column; want %d", tables, numInserts-4)
	}
}
