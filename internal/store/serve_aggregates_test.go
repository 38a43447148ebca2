package store

import (
	"context"
	"strings"
	"testing"

	"chronicle/internal/doc"
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
		sb.WriteString(dumpQuery(t, s, q))
	}
	return sb.String()
}

// dumpAllActorRows returns every row and column of the five actor tables
// as sorted text.
func dumpAllActorRows(t *testing.T, s *Storage) string {
	t.Helper()
	var sb strings.Builder
	for _, q := range []string{
		`SELECT name || '|' || article || '|' || day || '|' || published || '|' || kind || '|' || country || '|' ||
			sector || '|' || role || '|' || code || '|' || mentions || '|' || quotes || '|' || events FROM actor_articles ORDER BY 1`,
		`SELECT name || '|' || kind || '|' || country || '|' || sector || '|' || role || '|' || code || '|' ||
			articles || '|' || mentions || '|' || quotes || '|' || events FROM actor_totals ORDER BY 1`,
		`SELECT name || '|' || day || '|' || articles || '|' || quotes || '|' || events FROM actor_days ORDER BY 1`,
		`SELECT article || '|' || name || '|' || other || '|' || direction || '|' || type || '|' || n FROM actor_article_links ORDER BY 1`,
		`SELECT name || '|' || other || '|' || direction || '|' || type || '|' || n FROM actor_links ORDER BY 1`,
	} {
		sb.WriteString(dumpQuery(t, s, q))
	}
	return sb.String()
}

// dumpQuery returns the one text column of q's rows, a line each, and a
// closing "--" line.
func dumpQuery(t *testing.T, s *Storage, q string) string {
	t.Helper()
	var sb strings.Builder
	rows, err := s.read.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		sb.WriteString(line + "\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	sb.WriteString("--\n")
	return sb.String()
}

// edgeActorDoc is an article whose actor rows exercise what a save
// computes in Go (actorRows) and the migration in SQL: two actors with
// one name (their kinds and codes combine by max), an undated article,
// participants with a name and no actor, with an actor and no name, an
// empty name, a participant naming its
// own actor, and an event whose sources and targets both hold several.
// (An actor index out of range would fail Validate before any save.)
func edgeActorDoc(t testing.TB) *doc.Document {
	b := newDoc(t, "edge", "", "Kenya and Kenya Police warned Tanzania and Uganda, and the Kenyan police said so.")
	kenya := b.actor("Kenya", "country", "KEN", "", "", "Kenya")
	police := b.actor("Kenya", "organisation", "KEN", "COP", "police", "Kenya Police")
	tz := b.actor("Tanzania", "country", "TZA", "", "", "Tanzania")
	ug := b.actor("Uganda", "country", "UGA", "", "")
	b.quote("warned Tanzania", "indirect", police, "Kenya", "", "", "")
	b.quote("said so", "indirect", kenya, "Kenya", "", "", "")
	b.quote("Uganda", "partial", -1, "", "", "", "")
	b.event("THREATEN", "warned", 0, []int32{kenya, police}, []int32{tz, ug})
	e := &b.d.Events[len(b.d.Events)-1]
	e.TargetNames = append(e.TargetNames, "the Kenyan police", "", "Kenya")
	b.event("ACCUSE", "said", 0, []int32{ug}, nil)
	e = &b.d.Events[len(b.d.Events)-1]
	e.SourceNames = nil
	e.TargetNames = []string{"Tanzania"}
	return b.done()
}

// TestActorTablesDeleteAndRefill checks that deleting an article leaves
// the actor tables as if it had never been saved, and that the fill of
// migration 3 over all articles (with migration 5 after it) gives what
// saving one by one gave: the store's layers are copied into a database
// of version 2, which Open migrates.
func TestActorTablesDeleteAndRefill(t *testing.T) {
	ctx := context.Background()
	docs := testDocs(t)
	all, target := openTemp(t)
	for _, d := range docs {
		mustSave(t, all, d)
	}
	deleteAsUser(t, all, target, `DELETE FROM articles WHERE id = ?`, "spain")
	without, _ := openTemp(t)
	for _, d := range docs[1:] {
		mustSave(t, without, d)
	}
	if got, want := dumpActorTables(t, all), dumpActorTables(t, without); got != want {
		t.Errorf("after delete:\n%s\nwant:\n%s", got, want)
	}

	refill, _ := openTemp(t)
	for _, d := range append(docs, edgeActorDoc(t)) {
		mustSave(t, refill, d)
	}
	want := dumpActorTables(t, refill)
	wantAll := dumpAllActorRows(t, refill)
	migrated, err := Open(ctx, copyToVersion(t, refill, 2))
	if err != nil {
		t.Fatal(err)
	}
	defer migrated.Close()
	if got := dumpActorTables(t, migrated); got != want {
		t.Errorf("refilled:\n%s\nwant:\n%s", got, want)
	}
	if got := dumpAllActorRows(t, migrated); got != wantAll {
		t.Errorf("actor rows refilled in SQL:\n%s\nsaved:\n%s", got, wantAll)
	}
	for _, row := range []string{"Kenya|4|||", "Kenya|the Kenyan police|on|THREATEN|2", "Tanzania|Kenya|with|THREATEN|1", "Uganda|Tanzania|on|ACCUSE|1"} {
		if !strings.Contains(wantAll, row) {
			t.Errorf("actor rows lack %q:\n%s", row, wantAll)
		}
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
		err = s.read.QueryRowContext(ctx, `SELECT count(DISTINCT ac.article),
			sum((SELECT count(*) FROM actor_mentions m WHERE m.article = ac.article AND m.actor = ac.idx)),
			sum((SELECT count(*) FROM quotes q WHERE q.article = ac.article AND q.speaker = ac.idx))
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
		if err := s.read.QueryRowContext(ctx, `SELECT count(DISTINCT ac.article) FROM actors ac JOIN articles a ON a.seq = ac.article
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
