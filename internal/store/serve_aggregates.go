package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// The actor pages of `chronicle serve` (profile, relations, timeline,
// quotes, events) used to aggregate an actor's rows over every article at
// request time: a name that appears in a quarter of 10,000 articles cost
// 10-35 ms per page, which a hundred concurrent clients on two cores turn
// into seconds. These tables hold the same figures, filled in the
// transaction that saves an article (writer.actorRows), so a page
// reads a few rows:
//
//   - actor_articles: one row per actor name and article, with the
//     article's day and order keys and the actor's counts there. It is
//     derived from one article only, so deleting the article cascades to
//     it. Its (name, day, published, seq) index walks an actor's articles
//     newest first, which is how the quotes and events pages stop after a
//     page instead of sorting all of them. (Since schema version 5,
//     article_keys.go, the article column, articles.seq, replaces both
//     article_id and seq, here and in actor_article_links.)
//   - actor_totals and actor_days: the profile counts and the counts per
//     publication day (the timeline sums days into months or years).
//   - actor_article_links and actor_links: who an actor acts on, by and
//     with, per article and in total.
//
// actor_totals, actor_days and actor_links sum over articles; the triggers
// below subtract an article's rows when they cascade away, so `DELETE FROM
// articles` keeps them right. Saving adds with an UPSERT (INSERT ... ON
// CONFLICT DO UPDATE), which PostgreSQL speaks too; the triggers are
// SQLite's syntax and need a PostgreSQL twin.
var serveSchema = []string{
	`CREATE TABLE actor_articles (
		name       TEXT NOT NULL,
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		day        TEXT NOT NULL, -- articles.published_day, '' when unknown
		published  TEXT NOT NULL, -- articles.published, '' when unknown
		seq        INTEGER NOT NULL, -- articles.seq
		kind       TEXT NOT NULL,
		country    TEXT NOT NULL,
		sector     TEXT NOT NULL,
		role       TEXT NOT NULL,
		code       TEXT NOT NULL,
		mentions   INTEGER NOT NULL,
		quotes     INTEGER NOT NULL,
		events     INTEGER NOT NULL, -- distinct events with the actor as a source or target
		PRIMARY KEY (name, article_id)
	) WITHOUT ROWID`,
	`CREATE INDEX actor_articles_time ON actor_articles (name, day, published, seq)`,
	`CREATE INDEX actor_articles_article ON actor_articles (article_id)`,
	`CREATE TABLE actor_totals (
		name     TEXT PRIMARY KEY,
		kind     TEXT NOT NULL,
		country  TEXT NOT NULL,
		sector   TEXT NOT NULL,
		role     TEXT NOT NULL,
		code     TEXT NOT NULL,
		articles INTEGER NOT NULL,
		mentions INTEGER NOT NULL,
		quotes   INTEGER NOT NULL,
		events   INTEGER NOT NULL
	) WITHOUT ROWID`,
	`CREATE TABLE actor_days (
		name     TEXT NOT NULL,
		day      TEXT NOT NULL,
		articles INTEGER NOT NULL,
		quotes   INTEGER NOT NULL,
		events   INTEGER NOT NULL,
		PRIMARY KEY (name, day)
	) WITHOUT ROWID`,
	`CREATE TABLE actor_article_links (
		article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
		name       TEXT NOT NULL,
		other      TEXT NOT NULL,
		direction  TEXT NOT NULL, -- on, by, with (see Relation)
		type       TEXT NOT NULL,
		n          INTEGER NOT NULL,
		PRIMARY KEY (article_id, name, other, direction, type)
	) WITHOUT ROWID`,
	`CREATE TABLE actor_links (
		name      TEXT NOT NULL,
		other     TEXT NOT NULL,
		direction TEXT NOT NULL,
		type      TEXT NOT NULL,
		n         INTEGER NOT NULL,
		PRIMARY KEY (name, other, direction, type)
	) WITHOUT ROWID`,
	`CREATE INDEX actor_links_n ON actor_links (name, n DESC, other, direction, type)`,
	sqlActorArticlesDeleteTrigger,
	sqlActorArticleLinksDeleteTrigger,
}

// The triggers of serveSchema, which migration 5 (article_keys.go) makes
// again after it rebuilds their tables.
const (
	sqlActorArticlesDeleteTrigger = `CREATE TRIGGER actor_articles_delete AFTER DELETE ON actor_articles BEGIN
		UPDATE actor_totals SET articles = articles - 1, mentions = mentions - old.mentions,
			quotes = quotes - old.quotes, events = events - old.events WHERE name = old.name;
		DELETE FROM actor_totals WHERE name = old.name AND articles <= 0;
		UPDATE actor_days SET articles = articles - 1, quotes = quotes - old.quotes, events = events - old.events
			WHERE name = old.name AND day = old.day;
		DELETE FROM actor_days WHERE name = old.name AND day = old.day AND articles <= 0;
	END`
	sqlActorArticleLinksDeleteTrigger = `CREATE TRIGGER actor_article_links_delete AFTER DELETE ON actor_article_links BEGIN
		UPDATE actor_links SET n = n - old.n
			WHERE name = old.name AND other = old.other AND direction = old.direction AND type = old.type;
		DELETE FROM actor_links
			WHERE name = old.name AND other = old.other AND direction = old.direction AND type = old.type AND n <= 0;
	END`
)

// aggregateUpsert adds a new row of actor_totals, actor_days and
// actor_links to the one already there: the migration's fill (aggregateSQL)
// and each save (actorRows) share them.
var aggregateUpsert = [3]string{
	`ON CONFLICT (name) DO UPDATE SET
		kind = CASE WHEN excluded.kind > actor_totals.kind THEN excluded.kind ELSE actor_totals.kind END,
		country = CASE WHEN excluded.country > actor_totals.country THEN excluded.country ELSE actor_totals.country END,
		sector = CASE WHEN excluded.sector > actor_totals.sector THEN excluded.sector ELSE actor_totals.sector END,
		role = CASE WHEN excluded.role > actor_totals.role THEN excluded.role ELSE actor_totals.role END,
		code = CASE WHEN excluded.code > actor_totals.code THEN excluded.code ELSE actor_totals.code END,
		articles = actor_totals.articles + excluded.articles, mentions = actor_totals.mentions + excluded.mentions,
		quotes = actor_totals.quotes + excluded.quotes, events = actor_totals.events + excluded.events`,
	`ON CONFLICT (name, day) DO UPDATE SET articles = actor_days.articles + excluded.articles,
		quotes = actor_days.quotes + excluded.quotes, events = actor_days.events + excluded.events`,
	`ON CONFLICT (name, other, direction, type) DO UPDATE SET n = actor_links.n + excluded.n`,
}

// aggregateSQL fills the tables above for the articles that cond selects:
// "%s" stands for a condition on an article id column ("IS NOT NULL" for
// every article when the migration fills them for a store written before
// they existed). The totals are inserted from actor_articles grouped by
// name. A save computes the same rows in Go instead (actorRows), and the
// tests hold the two to the same result (TestActorTablesDeleteAndRefill
// migrates a store of version 2 and compares). The statements are those
// of migration 3, written for the schema of versions 3 and 4 (article_id
// columns); they run in no other place, so migration 5 leaves them as
// they shipped.
var aggregateSQL = []string{
	`INSERT INTO actor_articles (name, article_id, day, published, seq, kind, country, sector, role, code, mentions, quotes, events)
	SELECT ac.name, ac.article_id, coalesce(a.published_day, ''), coalesce(a.published, ''), a.seq,
		max(coalesce(ac.kind, '')), max(coalesce(ac.country, '')), max(coalesce(ac.sector, '')),
		max(coalesce(ac.role, '')), max(coalesce(ac.code, '')),
		sum((SELECT count(*) FROM actor_mentions m WHERE m.article_id = ac.article_id AND m.actor = ac.idx)),
		sum((SELECT count(*) FROM quotes q WHERE q.article_id = ac.article_id AND q.speaker = ac.idx)),
		(SELECT count(DISTINCT p.event) FROM event_participants p JOIN actors x ON x.article_id = p.article_id AND x.idx = p.actor
			WHERE p.article_id = ac.article_id AND x.name = ac.name)
	FROM actors ac JOIN articles a ON a.id = ac.article_id
	WHERE ac.article_id %s
	GROUP BY ac.name, ac.article_id, a.published_day, a.published, a.seq`,

	`INSERT INTO actor_totals (name, kind, country, sector, role, code, articles, mentions, quotes, events)
	SELECT name, max(kind), max(country), max(sector), max(role), max(code), count(*), sum(mentions), sum(quotes), sum(events)
	FROM actor_articles WHERE article_id %s GROUP BY name
	` + aggregateUpsert[0],

	`INSERT INTO actor_days (name, day, articles, quotes, events)
	SELECT name, day, count(*), sum(quotes), sum(events)
	FROM actor_articles WHERE article_id %s AND day <> '' GROUP BY name, day
	` + aggregateUpsert[1],

	// The relations of Profile: for each event participant with an
	// actor, every other participant of the same event (by the other's
	// actor name, else its stored name).
	`INSERT INTO actor_article_links (article_id, name, other, direction, type, n)
	SELECT ac.article_id, ac.name, coalesce(oac.name, o.name),
		CASE WHEN me.role = o.role THEN 'with' WHEN me.role = 'source' THEN 'on' ELSE 'by' END,
		e.type, count(*)
	FROM actors ac
	JOIN event_participants me ON me.article_id = ac.article_id AND me.actor = ac.idx
	JOIN events e ON e.article_id = me.article_id AND e.idx = me.event
	JOIN event_participants o ON o.article_id = me.article_id AND o.event = me.event
		AND NOT (o.role = me.role AND o.position = me.position)
	LEFT JOIN actors oac ON oac.article_id = o.article_id AND oac.idx = o.actor
	WHERE ac.article_id %s AND coalesce(oac.name, o.name) IS NOT NULL AND coalesce(oac.name, o.name) <> ac.name
	GROUP BY ac.article_id, ac.name, coalesce(oac.name, o.name),
		CASE WHEN me.role = o.role THEN 'with' WHEN me.role = 'source' THEN 'on' ELSE 'by' END, e.type`,

	`INSERT INTO actor_links (name, other, direction, type, n)
	SELECT name, other, direction, type, sum(n)
	FROM actor_article_links WHERE article_id %s GROUP BY name, other, direction, type
	` + aggregateUpsert[2],
}

// migrateServe creates the serve tables and fills them from the articles
// already stored.
func migrateServe(ctx context.Context, tx *sql.Tx) error {
	if err := execAll(serveSchema...)(ctx, tx); err != nil {
		return err
	}
	for _, q := range aggregateSQL {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(q, "IS NOT NULL")); err != nil {
			return fmt.Errorf("fill actor tables: %.60s…: %w", strings.TrimSpace(q), err)
		}
	}
	return nil
}

// actorRows adds the document's rows of the actor tables to w: the
// same rows as aggregateSQL makes from the stored layers (the tests
// compare the two), computed from the Document instead, before the
// transaction. In SQL they were a third of the time of a save. Their
// article column is filled in once the article is inserted (setArticle).
func (w *writer) actorRows() {
	d := w.d
	if len(d.Actors) == 0 {
		return
	}
	// One agg per actor name, in order of first appearance; of[i] is
	// the agg of d.Actors[i]. An agg's events are counted as they come:
	// the loop below visits the events in order, so an event is new to
	// an agg when it is not the last one counted (a map of event indices
	// per actor was a fifth of actorRows' allocations).
	type agg struct {
		name, kind, country, sector, role, code string
		mentions, quotes, events                int64
		lastEvent                               int
	}
	aggs := make([]agg, 0, len(d.Actors))
	of := make([]int, len(d.Actors))
	byName := make(map[string]int, len(d.Actors))
	for i, a := range d.Actors {
		k, ok := byName[a.Name]
		if !ok {
			k = len(aggs)
			byName[a.Name] = k
			aggs = append(aggs, agg{name: a.Name, lastEvent: -1})
		}
		of[i] = k
		g := &aggs[k]
		g.kind, g.country, g.sector = max(g.kind, a.Kind), max(g.country, a.Country), max(g.sector, a.Sector)
		g.role, g.code = max(g.role, a.Role), max(g.code, a.Code)
		g.mentions += int64(len(a.Mentions))
	}
	actorName := func(i int32) (string, bool) {
		if i < 0 || int(i) >= len(d.Actors) {
			return "", false
		}
		return d.Actors[i].Name, true
	}
	for _, q := range d.Quotes {
		if _, ok := actorName(q.Speaker); ok {
			aggs[of[q.Speaker]].quotes++
		}
	}
	// A participant as event_participants stores it: the k-th actor and
	// the k-th name of a role, either possibly absent.
	type participant struct {
		source   bool
		actor    int32 // -1: none
		name     string
		hasName  bool
		position int
	}
	type link struct{ name, other, direction, typ string }
	links := map[link]int{}
	var linkOrder []link
	var ps []participant
	for i, e := range d.Events {
		ps = ps[:0]
		for _, role := range []struct {
			source bool
			ids    []int32
			names  []string
		}{{true, e.Sources, e.SourceNames}, {false, e.Targets, e.TargetNames}} {
			for k := range max(len(role.ids), len(role.names)) {
				p := participant{source: role.source, actor: -1, position: k}
				if k < len(role.ids) {
					p.actor = role.ids[k]
				}
				if k < len(role.names) {
					p.name, p.hasName = role.names[k], true
				}
				ps = append(ps, p)
			}
		}
		for mi, me := range ps {
			name, ok := actorName(me.actor)
			if !ok {
				continue
			}
			if g := &aggs[of[me.actor]]; g.lastEvent != i {
				g.lastEvent = i
				g.events++
			}
			for oi, o := range ps {
				if oi == mi {
					continue
				}
				other, ok := actorName(o.actor)
				if !ok {
					other, ok = o.name, o.hasName
				}
				if !ok || other == name {
					continue
				}
				dir := "by"
				switch {
				case o.source == me.source:
					dir = "with"
				case me.source:
					dir = "on"
				}
				l := link{name, other, dir, e.Type}
				if links[l] == 0 {
					linkOrder = append(linkOrder, l)
				}
				links[l]++
			}
		}
	}
	day, published := "", d.PublishedString()
	if !d.Published.IsZero() {
		day = d.Published.Format(time.DateOnly)
	}
	// The counts go in as int64s, which database/sql passes on as they
	// are; an int it converts through reflection (see span). The rows
	// are counted first, so that the tables' slices are not grown by
	// appending (reserve leaves these tables out).
	w.grow(insActorArticle, len(aggs))
	w.grow(insActorTotal, len(aggs))
	if day != "" {
		w.grow(insActorDay, len(aggs))
	}
	w.grow(insActorArticleLink, len(linkOrder))
	w.grow(insActorLink, len(linkOrder))
	for i := range aggs {
		g := &aggs[i]
		w.add(insActorArticle, g.name, nil, day, published, g.kind, g.country, g.sector, g.role, g.code,
			g.mentions, g.quotes, g.events)
		w.add(insActorTotal, g.name, g.kind, g.country, g.sector, g.role, g.code, int64(1), g.mentions, g.quotes, g.events)
		if day != "" {
			w.add(insActorDay, g.name, day, int64(1), g.quotes, g.events)
		}
	}
	for _, l := range linkOrder {
		n := int64(links[l])
		w.add(insActorArticleLink, nil, l.name, l.other, l.direction, l.typ, n)
		w.add(insActorLink, l.name, l.other, l.direction, l.typ, n)
	}
}
