package store

import (
	"context"
	"strings"
	"testing"
)

// TestActorQuotesWalksNewestFirst checks the plan of ActorQuotes on SQLite:
// it must start from actor_articles_time, so that a page of a much-quoted
// actor stops after its first rows instead of sorting every quote of the
// actor in a temporary B-tree (0.03-0.05 s for an actor in ~1,000
// articles, against ~0.001 s when walking the index). The planner only
// goes wrong with statistics, so the test gives the store those of a
// 1,000-article ingest (chronicle bench --ingest 1000) before asking.
func TestActorQuotesWalksNewestFirst(t *testing.T) {
	sqliteOnly(t)
	s, _ := openTestStore(t, t.TempDir())
	ctx := context.Background()
	for _, q := range []string{
		`ANALYZE sqlite_schema`,
		`DELETE FROM sqlite_stat1`,
		`INSERT INTO sqlite_stat1 VALUES
			('actors', 'actors_country', '39446 2001'),
			('actors', 'actors_name', '39446 667 667 667 1'),
			('actors', 'actors', '39446 39 1'),
			('actor_articles', 'actor_articles_article', '25888 26'),
			('actor_articles', 'actor_articles_time', '25888 667 30 1 1'),
			('actor_articles', 'actor_articles', '25888 667 1'),
			('quotes', 'quotes_speaker', '41194 41 3'),
			('quotes', 'sqlite_autoindex_quotes_1', '41194 41 1'),
			('articles', 'articles_published', '1000 36 36'),
			('articles', 'sqlite_autoindex_articles_1', '1000 1')`,
		`ANALYZE sqlite_schema`,
	} {
		if _, err := s.write.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := s.write.QueryContext(ctx, "EXPLAIN QUERY PLAN "+actorQuotesSQL+" LIMIT 21", "officials")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var steps []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		steps = append(steps, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	plan := strings.Join(steps, "\n")
	if len(steps) == 0 || !strings.Contains(steps[0], "actor_articles_time") {
		t.Errorf("the plan does not start from actor_articles_time:\n%s", plan)
	}
	if strings.Contains(plan, "TEMP B-TREE FOR ORDER BY") {
		t.Errorf("the plan sorts all the actor's quotes:\n%s", plan)
	}
}
