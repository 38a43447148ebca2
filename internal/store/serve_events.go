package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
)

// EventFilter narrows EventsPage beyond Filter (whose Type, Actor, Since,
// Until, Article and Text mean what they mean for Events). Zero fields do
// not filter.
type EventFilter struct {
	Filter
	// Country keeps events with a source or target actor of this country
	// (ISO 3166-1 alpha-3, any case).
	Country string
	// Location keeps events whose location contains it, ignoring ASCII case.
	Location string
	// From and To bound the event's own date (its TIMEX3 value), not the
	// article's publication day: From "2025-08" keeps 2025-08-19 and
	// 2025-09; To "2025-08-31" keeps 2025-08. Events with no date, or a
	// value that is not a calendar date (PRESENT_REF, XXXX-06, P2Y), never
	// match a bound.
	From, To string
	Offset   int
}

// EventsPage returns one page of events, newest article first and in text
// order within an article, as Events does.
func (s *Storage) EventsPage(ctx context.Context, f EventFilter) (Page[EventRow], error) {
	var b sqlBuilder
	if err := b.scope(f.Filter, true); err != nil {
		return Page[EventRow]{}, err
	}
	if f.Actor != "" {
		cond, args := actorMatch(f.Actor)
		b.and(`EXISTS (SELECT 1 FROM event_participants p LEFT JOIN actors ac ON ac.article = p.article AND ac.idx = p.actor
			WHERE p.article = e.article AND p.event = e.idx AND (instr(lower(coalesce(p.name, '')), ?) > 0 OR `+cond+`))`,
			append([]any{lowerASCII(f.Actor)}, args...)...)
	}
	if f.Type != "" {
		b.and("e.type = upper(?)", f.Type)
	}
	if f.Country != "" {
		b.and(`EXISTS (SELECT 1 FROM event_participants p JOIN actors ac ON ac.article = p.article AND ac.idx = p.actor
			WHERE p.article = e.article AND p.event = e.idx AND ac.country = ?)`, strings.ToUpper(f.Country))
	}
	if f.Location != "" {
		b.and(`lower(e.location) LIKE ? ESCAPE '\'`, "%"+likeEscape(lowerASCII(f.Location))+"%")
	}
	// A calendar value starts with a digit: '0' <= c < ':' in any
	// byte-ordered collation.
	if f.From != "" {
		b.and("e.date >= ? AND e.date < ':'", f.From)
	}
	if f.To != "" {
		b.and("substr(e.date, 1, ?) <= ? AND e.date >= '0'", len(f.To), f.To)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	offset := min(max(f.Offset, 0), MaxOffset)
	names := func(role string) string {
		return `(SELECT json_group_array(p.name ORDER BY p.position) FROM event_participants p
			WHERE p.article = e.article AND p.event = e.idx AND p.role = '` + role + `' AND p.name IS NOT NULL)`
	}
	q := `SELECT a.id, coalesce(a.published, ''), e.type, coalesce(e.mode, ''), coalesce(e.cameo, ''),
			` + names("source") + `, ` + names("target") + `,
			coalesce(e.date, ''), coalesce(e.location, ''), e.negated, e.hypothetical, e.trigger_text, coalesce(e.sentence, -1)
		FROM events e JOIN articles a ON a.seq = e.article` + b.whereSQL() +
		` ORDER BY a.published_day DESC, a.published DESC, a.seq DESC, e.idx` +
		fmt.Sprintf(" LIMIT %d OFFSET %d", limit+1, offset)
	rows, err := collect(ctx, s, f.Filter, "events", q, b.args, scanEvent)
	if err != nil {
		return Page[EventRow]{}, err
	}
	p := Page[EventRow]{Items: rows, Offset: offset, Limit: limit}
	if p.Items == nil {
		p.Items = []EventRow{}
	}
	if len(p.Items) > limit {
		p.Items, p.More = p.Items[:limit], true
	}
	return p, nil
}

// scanEvent reads the columns of the events queries into r.
func scanEvent(rows *sql.Rows, r *EventRow) error {
	var src, tgt string
	if err := rows.Scan(&r.ArticleID, &r.Published, &r.Type, &r.Mode, &r.Cameo, &src, &tgt,
		&r.Date, &r.Location, &r.Negated, &r.Hypothetical, &r.Trigger, &r.Sentence); err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(src), &r.SourceNames); err != nil {
		return err
	}
	return json.Unmarshal([]byte(tgt), &r.TargetNames)
}

// likeEscape escapes the LIKE wildcards of s with a backslash.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
