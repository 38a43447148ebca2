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
	// max() picks one value where articles disagree on kind or coding;
	// the listing in Actors keeps such variants apart instead.
	err = s.read.QueryRowContext(ctx, `SELECT ac.name, max(coalesce(ac.kind, '')), max(coalesce(ac.country, '')), max(coalesce(ac.sector, '')),
			max(coalesce(ac.role, '')), max(coalesce(ac.code, '')), count(DISTINCT ac.article_id),
			sum((SELECT count(*) FROM actor_mentions m WHERE m.article_id = ac.article_id AND m.actor = ac.idx)),
			sum((SELECT count(*) FROM quotes q WHERE q.article_id = ac.article_id AND q.speaker = ac.idx)),
			sum((SELECT count(DISTINCT p.event) FROM event_participants p WHERE p.article_id = ac.article_id AND p.actor = ac.idx))
		FROM actors ac WHERE ac.name = ? GROUP BY ac.name`, key).Scan(&p.Actor.Name, &p.Actor.Kind, &p.Actor.Country,
		&p.Actor.Sector, &p.Actor.Role, &p.Actor.Code, &p.Actor.Articles, &p.Actor.Mentions, &p.Actor.Quotes, &p.Actor.Events)
	if err != nil {
		return nil, fmt.Errorf("store: actor %q: %w", name, err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT coalesce(oac.name, o.name) AS other,
			CASE WHEN me.role = o.role THEN 'with' WHEN me.role = 'source' THEN 'on' ELSE 'by' END AS direction,
			e.type, count(*)
		FROM actors ac
		JOIN event_participants me ON me.article_id = ac.article_id AND me.actor = ac.idx
		JOIN events e ON e.article_id = me.article_id AND e.idx = me.event
		JOIN event_participants o ON o.article_id = me.article_id AND o.event = me.event
			AND NOT (o.role = me.role AND o.position = me.position)
		LEFT JOIN actors oac ON oac.article_id = o.article_id AND oac.idx = o.actor
		WHERE ac.name = ? AND coalesce(oac.name, o.name) IS NOT NULL AND coalesce(oac.name, o.name) <> ac.name
		GROUP BY other, direction, e.type
		ORDER BY 4 DESC, 1, 2, 3
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
	q := `SELECT q.article_id, coalesce(a.published, ''), coalesce(q.speaker_name, ac.name),
			q.kind, q.text, coalesce(q.cue_text, ''), coalesce(q.medium, ''), q.start, q."end"
		FROM actors ac
		JOIN quotes q ON q.article_id = ac.article_id AND q.speaker = ac.idx
		JOIN articles a ON a.id = ac.article_id
		WHERE ac.name = ?
		ORDER BY a.published_day DESC, a.published DESC, a.seq DESC, q.idx` + fmt.Sprintf(" LIMIT %d OFFSET %d", limit+1, offset)
	rows, err := collect(ctx, s, Filter{}, "actor quotes", q, []any{key}, func(rows *sql.Rows, r *QuoteRow) error {
		return rows.Scan(&r.ArticleID, &r.Published, &r.Speaker, &r.Kind, &r.Text, &r.Cue, &r.Medium, &r.Start, &r.End)
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
			WHERE p.article_id = e.article_id AND p.event = e.idx AND p.role = '` + role + `' AND p.name IS NOT NULL)`
	}
	q := `SELECT e.article_id, coalesce(a.published, ''), e.type, coalesce(e.mode, ''), coalesce(e.cameo, ''),
			` + names("source") + `, ` + names("target") + `,
			coalesce(e.date, ''), coalesce(e.location, ''), e.negated, e.hypothetical, e.trigger_text, coalesce(e.sentence, -1)
		FROM events e JOIN articles a ON a.id = e.article_id
		WHERE EXISTS (SELECT 1 FROM actors ac JOIN event_participants p ON p.article_id = ac.article_id AND p.actor = ac.idx
			WHERE ac.name = ? AND p.article_id = e.article_id AND p.event = e.idx)
			AND e.article_id IN (SELECT article_id FROM actors WHERE name = ?)
		ORDER BY a.published_day DESC, a.published DESC, a.seq DESC, e.idx` + fmt.Sprintf(" LIMIT %d OFFSET %d", limit+1, offset)
	rows, err := collect(ctx, s, Filter{}, "actor events", q, []any{key, key}, scanEvent)
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
