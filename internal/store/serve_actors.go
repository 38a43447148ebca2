package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// ActorProfile is what the store knows about one actor, by name, across
// articles: its aggregated row and who it deals with through events.
type ActorProfile struct {
	Actor     ActorRow   `json:"actor"`
	Relations []Relation `json:"relations"`
}

// Relation counts the events that join the profile's actor and another
// one. Direction is "on" when the actor is a source and Other a target
// (the actor acts on Other), "by" for the reverse, and "with" when both
// are sources or both targets of the same event.
type Relation struct {
	Other     string `json:"other"`
	Direction string `json:"direction"`
	Type      string `json:"type"` // PLOVER event type
	Count     int64  `json:"count"`
}

// actorKey resolves name to the exact actor name stored, so that the
// queries below can use the actors_name index: an exact match first, else
// a case-insensitive one (a full scan of actors, taken only for names typed
// by hand). It returns ErrNotFound when no actor has the name.
func (s *Storage) actorKey(ctx context.Context, name string) (string, error) {
	var got string
	err := s.read.QueryRowContext(ctx, `SELECT name FROM actors WHERE name = ? LIMIT 1`, name).Scan(&got)
	if errors.Is(err, sql.ErrNoRows) {
		err = s.read.QueryRowContext(ctx, `SELECT name FROM actors WHERE name_lower = ? GROUP BY name ORDER BY count(*) DESC, name LIMIT 1`,
			strings.ToLower(name)).Scan(&got)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("store: actor %q: %w", name, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("store: actor %q: %w", name, err)
	}
	return got, nil
}

// Profile returns the actor named name (exactly, else ignoring case) merged
// over every article, and its relations, most frequent first. It wraps
// ErrNotFound when no actor has the name.
func (s *Storage) Profile(ctx context.Context, name string) (*ActorProfile, error) {
	key, err := s.actorKey(ctx, name)
	if err != nil {
		return nil, err
	}
	p := &ActorProfile{Relations: []Relation{}}
	// actor_totals and actor_links are filled at save time
	// (serve_aggregates.go). Where articles disagree on kind or coding,
	// the greatest value stands; the listing in Actors keeps such
	// variants apart instead.
	err = s.read.QueryRowContext(ctx, `SELECT name, kind, country, sector, role, code, articles, mentions, quotes, events
		FROM actor_totals WHERE name = ?`, key).Scan(&p.Actor.Name, &p.Actor.Kind, &p.Actor.Country,
		&p.Actor.Sector, &p.Actor.Role, &p.Actor.Code, &p.Actor.Articles, &p.Actor.Mentions, &p.Actor.Quotes, &p.Actor.Events)
	if err != nil {
		return nil, fmt.Errorf("store: actor %q: %w", name, err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT other, direction, type, n FROM actor_links
		WHERE name = ? AND n > 0
		ORDER BY n DESC, other, direction, type
		LIMIT 200`, key)
	if err != nil {
		return nil, fmt.Errorf("store: actor %q: relations: %w", name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r Relation
		if err := rows.Scan(&r.Other, &r.Direction, &r.Type, &r.Count); err != nil {
			return nil, fmt.Errorf("store: actor %q: relations: %w", name, err)
		}
		p.Relations = append(p.Relations, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: actor %q: relations: %w", name, err)
	}
	return p, nil
}

// ActorQuotes returns one page of the quotes whose speaker is the actor
// named name (resolved as Profile does), newest article first.
func (s *Storage) ActorQuotes(ctx context.Context, name string, limit, offset int) (Page[QuoteRow], error) {
	key, err := s.actorKey(ctx, name)
	if err != nil {
		return Page[QuoteRow]{}, err
	}
	limit, offset = pageBounds(limit, offset)
	q := actorQuotesSQL + fmt.Sprintf(" LIMIT %d OFFSET %d", limit+1, offset)
	rows, err := collect(ctx, s, Filter{}, "actor quotes", q, []any{key}, func(rows *sql.Rows, r *QuoteRow) error {
		return rows.Scan(&r.ArticleID, &r.Published, &r.Speaker, &r.Kind, &r.Text, &r.Cue, &r.Medium, &r.Date, &r.Start, &r.End)
	})
	return cut(rows, limit, offset), err
}

// ActorEvents returns one page of the events with the actor named name
// (resolved as Profile does) as a source or target, newest article first.
func (s *Storage) ActorEvents(ctx context.Context, name string, limit, offset int) (Page[EventRow], error) {
	key, err := s.actorKey(ctx, name)
	if err != nil {
		return Page[EventRow]{}, err
	}
	limit, offset = pageBounds(limit, offset)
	names := func(role string) string {
		return `(SELECT json_group_array(p.name ORDER BY p.position) FROM event_participants p
			WHERE p.article = e.article AND p.event = e.idx AND p.role = '` + role + `' AND p.name IS NOT NULL)`
	}
	q := `SELECT a.id, coalesce(a.published, ''), e.type, coalesce(e.mode, ''), coalesce(e.cameo, ''),
			` + names("source") + `, ` + names("target") + `,
			coalesce(e.date, ''), coalesce(e.location, ''), e.negated, e.hypothetical, e.trigger_text, coalesce(e.sentence, -1)
		FROM actor_articles aa
		JOIN events e ON e.article = aa.article
		JOIN articles a ON a.seq = aa.article
		WHERE aa.name = ? AND aa.events > 0
			AND EXISTS (SELECT 1 FROM event_participants p JOIN actors ac ON ac.article = p.article AND ac.idx = p.actor
				WHERE p.article = e.article AND p.event = e.idx AND ac.name = aa.name)
		ORDER BY aa.day DESC, aa.published DESC, aa.article DESC, e.idx` + fmt.Sprintf(" LIMIT %d OFFSET %d", limit+1, offset)
	rows, err := collect(ctx, s, Filter{}, "actor events", q, []any{key}, scanEvent)
	return cut(rows, limit, offset), err
}

// pageBounds applies DefaultLimit and MaxOffset.
func pageBounds(limit, offset int) (int, int) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	return limit, min(max(offset, 0), MaxOffset)
}

// cut makes a Page of rows fetched with LIMIT limit+1.
func cut[R any](rows []R, limit, offset int) Page[R] {
	p := Page[R]{Items: rows, Limit: limit, Offset: offset}
	if p.Items == nil {
		p.Items = []R{}
	}
	if len(p.Items) > limit {
		p.Items, p.More = p.Items[:limit], true
	}
	return p
}

// actorQuotesSQL lists an actor's quotes, page bounds to be appended.
// actor_articles walks the actor's articles newest first
// (actor_articles_time), so the page stops early instead of sorting
// every quote of a much-quoted actor. SQLite's planner would rather
// start from actors_name and sort everything in a temporary B-tree;
// CROSS JOIN is its documented way to fix the order of the first two
// tables (PostgreSQL reads it as an inner join and already walks the
// index).
const actorQuotesSQL = `SELECT a.id, coalesce(a.published, ''), coalesce(q.speaker_name, ac.name),
			q.kind, q.text, coalesce(q.cue_text, ''), coalesce(q.medium, ''), coalesce(q.date, ''), q.start, q."end"
		FROM actor_articles aa
		CROSS JOIN actors ac
		JOIN quotes q ON q.article = ac.article AND q.speaker = ac.idx
		JOIN articles a ON a.seq = aa.article
		WHERE aa.name = ? AND aa.quotes > 0 AND ac.article = aa.article AND ac.name = aa.name
		ORDER BY aa.day DESC, aa.published DESC, aa.article DESC, q.idx`
