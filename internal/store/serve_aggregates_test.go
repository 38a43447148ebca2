package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// dumpActorTables returns the summed actor tables as sorted text, for
// comparing two stores.
func dumpActorTables(t *testing.T, s *Storage) string {
	t.Helper()
	var sb strings.Builder
	for _, q := range []string{
		`SELECT name || ' ' || kind || ' ' || country || ' ' || code || ' ' || articles || ' ' || mentions || ' ' || quotes || ' ' || events FROM actor_totals ORDER BY 1`,
		`SELECT name || ' ' || day || ' ' || articles || ' ' || quotes || ' ' || events FROM actor_days ORDER BY 1`,
		`SELECT name || ' ' || other || ' ' || direction || ' ' || type || ' ' || n FROM actor_links WHERE n > 0 ORDER BY 1`,
	} {
		rows, err := s.read.QueryContext(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				t.Fatal(err)
			}
			sb.WriteString(line + "\n")
		}
		rows.Close()
		sb.WriteString("--\n")
	}
	return sb.String()
}

// TestActorTablesDeleteAndRefill checks that deleting an article leaves
// the actor tables as if it had never been saved, and that the migration's
// fill over all articles gives what saving one by one gave.
func TestActorTablesDeleteAndRefill(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	all, _ := openTemp(t)
	for _, d := range docs {
		mustSave(t, all, d)
	}
	if _, err := all.write.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, "spain"); err != nil {
		t.Fatal(err)
	}
	without, _ := openTemp(t)
	for _, d := range docs[1:] {
		mustSave(t, without, d)
	}
	if got, want := dumpActorTables(t, all), dumpActorTables(t, without); got != want {
		t.Errorf("after delete:\n%s\nwant:\n%s", got, want)
	}

	refill, _ := openTemp(t)
	for _, d := range docs {
		mustSave(t, refill, d)
	}
	want := dumpActorTables(t, refill)
	for _, table := range []string{"actor_articles", "actor_totals", "actor_days", "actor_article_links", "actor_links"} {
		if _, err := refill.write.ExecContext(ctx, "DELETE FROM "+table); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range aggregateSQL {
		if _, err := refill.write.ExecContext(ctx, fmt.Sprintf(q, "IS NOT NULL")); err != nil {
			t.Fatal(err)
		}
	}
	if got := dumpActorTables(t, refill); got != want {
		t.Errorf("refilled:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(want, "Spain Donald Trump by THREATEN 1") || !strings.Contains(want, "José Sánchez person ESP ESPGOV 1 2 2 1") {
		t.Errorf("actor tables lack expected rows:\n%s", want)
	}
}

// TestActorPagesMatchBaseTables checks the profile and timeline read from
// the actor tables against the same figures counted from the layer tables.
func TestActorPagesMatchBaseTables(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	for _, d := range testDocs(t) {
		mustSave(t, s, d)
	}
	for _, name := range []string{"Spain", "José Sánchez", "Donald Trump", "NATO", "Russia"} {
		p, err := s.Profile(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		var articles, mentions, quotes int64
		err = s.read.QueryRowContext(ctx, `SELECT count(DISTINCT ac.article_id),
			sum((SELECT count(*) FROM actor_mentions m WHERE m.article_id = ac.article_id AND m.actor = ac.idx)),
			sum((SELECT count(*) FROM quotes q WHERE q.article_id = ac.article_id AND q.speaker = ac.idx))
			FROM actors ac WHERE ac.name = ?`, name).Scan(&articles, &mentions, &quotes)
		if err != nil {
			t.Fatal(err)
		}
		if p.Actor.Articles != articles || p.Actor.Mentions != mentions || p.Actor.Quotes != quotes {
			t.Errorf("%s: profile %+v; base tables say articles %d mentions %d quotes %d", name, p.Actor, articles, mentions, quotes)
		}
		tl, err := s.Timeline(ctx, TimelineFilter{Actor: name, Bucket: "day"})
		if err != nil {
			t.Fatal(err)
		}
		var dated int64
		if err := s.read.QueryRowContext(ctx, `SELECT count(DISTINCT ac.article_id) FROM actors ac JOIN articles a ON a.id = ac.article_id
			WHERE ac.name = ? AND a.published_day IS NOT NULL`, name).Scan(&dated); err != nil {
			t.Fatal(err)
		}
		var sum int64
		for _, c := range tl {
			sum += c.Articles
		}
		if sum != dated {
			t.Errorf("%s: timeline counts %d dated articles; want %d", name, sum, dated)
		}
	}
}
