package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"testing"
)

// An index whose key columns are a leading prefix of another index of
// the same table (the primary key included) serves no look-up the
// longer one does not, and costs every insert an entry (the save path of
// an ingest is mostly index upkeep).
// TestNoRedundantIndexes holds the schema, on either backend, to having
// none. (quotes_speaker, event_participants_actor and entities_label look
// like such duplicates but are not: their columns are (article,
// speaker), (article, actor) and (label), none of them a prefix of
// (article, idx), (article, event, role, position) or (text, label),
// and the actor, quote and entity listings' plans seek on them.)

// tableIndex is one B-tree index: its name, whether it backs a PRIMARY
// KEY or UNIQUE constraint, and its key columns in order.
type tableIndex struct {
	name       string
	constraint bool
	cols       []string
}

// redundantIndexes returns "table.index" for every index, not itself a
// constraint's, whose key columns are a leading prefix of (or the same
// as) another index's of its table.
func redundantIndexes(byTable map[string][]tableIndex) []string {
	var out []string
	for table, idxs := range byTable {
		for _, a := range idxs {
			if a.constraint || len(a.cols) == 0 {
				continue
			}
			for _, b := range idxs {
				if b.name != a.name && len(a.cols) <= len(b.cols) && slices.Equal(a.cols, b.cols[:len(a.cols)]) {
					out = append(out, table+"."+a.name+" ("+strings.Join(a.cols, ", ")+") is a prefix of "+b.name+" ("+strings.Join(b.cols, ", ")+")")
					break
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

func TestRedundantIndexesFindsAPrefix(t *testing.T) {
	got := redundantIndexes(map[string][]tableIndex{
		"quotes": {
			{name: "pk", constraint: true, cols: []string{"article_id", "idx"}},
			{name: "by_article", cols: []string{"article_id"}},
			{name: "by_speaker", cols: []string{"article_id", "speaker"}},
			{name: "by_kind", cols: []string{"kind"}},
		},
		"entities": {
			{name: "text_label", cols: []string{"text", "label"}},
			{name: "label", cols: []string{"label"}},
			{name: "text_label_again", cols: []string{"text", "label"}},
		},
	})
	want := []string{
		"entities.text_label (text, label) is a prefix of text_label_again (text, label)",
		"entities.text_label_again (text, label) is a prefix of text_label (text, label)",
		"quotes.by_article (article_id) is a prefix of pk (article_id, idx)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("redundantIndexes = %q\nwant %q", got, want)
	}
}

func TestNoRedundantIndexes(t *testing.T) {
	s, _ := openTestStore(t, t.TempDir())
	ctx := context.Background()
	var byTable map[string][]tableIndex
	if testBackend() == "postgres" {
		byTable = pgIndexes(ctx, t, s.read)
	} else {
		byTable = sqliteIndexes(ctx, t, s.read)
	}
	if len(byTable["quotes"]) < 2 || len(byTable["event_participants"]) < 2 || len(byTable["entities"]) < 2 {
		t.Fatalf("index listing looks wrong: %v", byTable)
	}
	if bad := redundantIndexes(byTable); len(bad) > 0 {
		t.Errorf("redundant indexes:\n%s", strings.Join(bad, "\n"))
	}
}

// sqliteIndexes lists the indexes of every table, the implicit ones of
// PRIMARY KEY and UNIQUE constraints included (a rowid table's INTEGER
// PRIMARY KEY, the rowid itself, is not an index and is not listed).
func sqliteIndexes(ctx context.Context, t *testing.T, db *sql.DB) map[string][]tableIndex {
	t.Helper()
	rows, err := db.QueryContext(ctx, `SELECT m.name, il.name, il.origin <> 'c', ii.name
		FROM sqlite_master m, pragma_index_list(m.name) il, pragma_index_info(il.name) ii
		WHERE m.type = 'table' AND il.partial = 0
		ORDER BY m.name, il.name, ii.seqno`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	return scanIndexes(t, rows)
}

// pgIndexes lists the B-tree indexes of every table of the current
// schema (the GIN full-text indexes answer other questions).
func pgIndexes(ctx context.Context, t *testing.T, db *sql.DB) map[string][]tableIndex {
	t.Helper()
	rows, err := db.QueryContext(ctx, `SELECT tc.relname, ic.relname, ix.indisprimary OR ix.indisunique, a.attname
		FROM pg_index ix
		JOIN pg_class ic ON ic.oid = ix.indexrelid
		JOIN pg_class tc ON tc.oid = ix.indrelid
		JOIN pg_namespace n ON n.oid = tc.relnamespace
		JOIN pg_am am ON am.oid = ic.relam
		CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
		JOIN pg_attribute a ON a.attrelid = tc.oid AND a.attnum = k.attnum
		WHERE n.nspname = current_schema() AND am.amname = 'btree' AND ix.indpred IS NULL AND k.ord <= ix.indnkeyatts
		ORDER BY tc.relname, ic.relname, k.ord`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	return scanIndexes(t, rows)
}

// scanIndexes groups rows of (table, index, constraint, column), ordered
// by table, index and column position, into tableIndex lists.
func scanIndexes(t *testing.T, rows *sql.Rows) map[string][]tableIndex {
	t.Helper()
	out := map[string][]tableIndex{}
	for rows.Next() {
		var table, index, col string
		var constraint bool
		if err := rows.Scan(&table, &index, &constraint, &col); err != nil {
			t.Fatal(err)
		}
		idxs := out[table]
		if n := len(idxs); n == 0 || idxs[n-1].name != index {
			idxs = append(idxs, tableIndex{name: index, constraint: constraint})
		}
		last := &idxs[len(idxs)-1]
		last.cols = append(last.cols, col)
		out[table] = idxs
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
