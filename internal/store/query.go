package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// collect runs a query on the read pool and scans every row with scan.
func collect[R any](ctx context.Context, s *Storage, f Filter, what, q string, args []any, scan func(*sql.Rows, *R) error) ([]R, error) {
	fail := func(err error) ([]R, error) {
		if f.Text != "" && ctx.Err() == nil {
			return nil, fullTextError(ctx, f, err)
		}
		return nil, fmt.Errorf("store: %s: %w", what, err)
	}
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()
	var out []R
	for rows.Next() {
		var r R
		if err := scan(rows, &r); err != nil {
			return fail(err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	return out, nil
}

// Articles lists articles: by full-text relevance (bm25) when f.Text is
// set, with a snippet, and newest first otherwise.
func (s *Storage) Articles(ctx context.Context, f Filter) ([]ArticleRow, error) {
	var b sqlBuilder
	from, order, snippet := "articles a", "a.published_day DESC, a.published DESC, a.seq DESC", "''"
	if f.Text != "" {
		// snippet column -1: FTS5 picks the column (title or text) that
		// matches best; [ and ] mark the matched terms.
		from = "article_fts JOIN articles a ON a.seq = article_fts.rowid"
		order = "article_fts.rank, a.seq"
		snippet = "snippet(article_fts, -1, '[', ']', '…', 16)"
		b.and("article_fts MATCH ?", f.Text)
	}
	if err := b.scope(f, false); err != nil {
		return nil, err
	}
	if f.Actor != "" {
		cond, args := actorMatch(f.Actor)
		b.and("EXISTS (SELECT 1 FROM actors ac WHERE ac.article = a.seq AND "+cond+")", args...)
	}
	if f.Type != "" {
		b.and("EXISTS (SELECT 1 FROM events e WHERE e.article = a.seq AND e.type = upper(?))", f.Type)
	}
	q := `SELECT a.id, coalesce(a.published, ''), coalesce(a.source, ''), coalesce(a.title, ''), coalesce(a.url, ''),
			(SELECT count(*) FROM quotes q WHERE q.article = a.seq),
			(SELECT count(*) FROM events e WHERE e.article = a.seq),
			(SELECT count(*) FROM entities n WHERE n.article = a.seq),
			` + snippet + `
		FROM ` + from + b.whereSQL() + ` ORDER BY ` + order + limitSQL(f.Limit)
	return collect(ctx, s, f, "articles", q, b.args, func(rows *sql.Rows, r *ArticleRow) error {
		return rows.Scan(&r.ID, &r.Published, &r.Source, &r.Title, &r.URL, &r.Quotes, &r.Events, &r.Entities, &r.Snippet)
	})
}

// ArticleIDs returns the ids of the articles Articles would list, in the
// same order; the CLI prints each one's full document JSON with Document.
func (s *Storage) ArticleIDs(ctx context.Context, f Filter) ([]string, error) {
	rows, err := s.Articles(ctx, f)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	return ids, nil
}

// Quotes lists quotations, by full-text relevance when f.Text is set (it
// searches quote text and speaker name), else newest article first and in
// text order within an article.
func (s *Storage) Quotes(ctx context.Context, f Filter) ([]QuoteRow, error) {
	var b sqlBuilder
	from := "quotes q JOIN articles a ON a.seq = q.article"
	order := "a.published_day DESC, a.published DESC, a.seq DESC, q.idx"
	if f.Text != "" {
		from = "quote_fts JOIN quotes q ON q.id = quote_fts.rowid JOIN articles a ON a.seq = q.article"
		order = "quote_fts.rank, q.id"
		b.and("quote_fts MATCH ?", f.Text)
	}
	if err := b.scope(f, false); err != nil {
		return nil, err
	}
	if f.Actor != "" {
		cond, args := actorMatch(f.Actor)
		b.and("(instr(lower(coalesce(q.speaker_name, '')), ?) > 0 OR EXISTS (SELECT 1 FROM actors ac WHERE ac.article = q.article AND ac.idx = q.speaker AND "+cond+"))",
			append([]any{lowerASCII(f.Actor)}, args...)...)
	}
	if f.Type != "" {
		b.and("q.kind = lower(?)", f.Type)
	}
	q := `SELECT a.id, coalesce(a.published, ''),
			coalesce(q.speaker_name, (SELECT ac.name FROM actors ac WHERE ac.article = q.article AND ac.idx = q.speaker), ''),
			q.kind, q.text, coalesce(q.cue_text, ''), coalesce(q.medium, ''), coalesce(q.date, ''), q.start, q."end"
		FROM ` + from + b.whereSQL() + ` ORDER BY ` + order + limitSQL(f.Limit)
	return collect(ctx, s, f, "quotes", q, b.args, func(rows *sql.Rows, r *QuoteRow) error {
		return rows.Scan(&r.ArticleID, &r.Published, &r.Speaker, &r.Kind, &r.Text, &r.Cue, &r.Medium, &r.Date, &r.Start, &r.End)
	})
}

// Events lists coded events, newest article first and in text order
// within an article.
func (s *Storage) Events(ctx context.Context, f Filter) ([]EventRow, error) {
	var b sqlBuilder
	if err := b.scope(f, true); err != nil {
		return nil, err
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
	names := func(role string) string {
		return `(SELECT json_group_array(p.name ORDER BY p.position) FROM event_participants p
			WHERE p.article = e.article AND p.event = e.idx AND p.role = '` + role + `' AND p.name IS NOT NULL)`
	}
	q := `SELECT a.id, coalesce(a.published, ''), e.type, coalesce(e.mode, ''), coalesce(e.cameo, ''),
			` + names("source") + `, ` + names("target") + `,
			coalesce(e.date, ''), coalesce(e.location, ''), e.negated, e.hypothetical, e.trigger_text, coalesce(e.sentence, -1)
		FROM events e JOIN articles a ON a.seq = e.article` + b.whereSQL() +
		` ORDER BY a.published_day DESC, a.published DESC, a.seq DESC, e.idx` + limitSQL(f.Limit)
	return collect(ctx, s, f, "events", q, b.args, func(rows *sql.Rows, r *EventRow) error {
		var src, tgt string
		if err := rows.Scan(&r.ArticleID, &r.Published, &r.Type, &r.Mode, &r.Cameo, &src, &tgt,
			&r.Date, &r.Location, &r.Negated, &r.Hypothetical, &r.Trigger, &r.Sentence); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(src), &r.SourceNames); err != nil {
			return err
		}
		return json.Unmarshal([]byte(tgt), &r.TargetNames)
	})
}

// Actors lists actors aggregated across articles by name, country, sector
// and role, most widely reported first.
func (s *Storage) Actors(ctx context.Context, f Filter) ([]ActorRow, error) {
	var b sqlBuilder
	if err := b.scope(f, true); err != nil {
		return nil, err
	}
	if f.Actor != "" {
		cond, args := actorMatch(f.Actor)
		b.and(cond, args...)
	}
	if f.Type != "" {
		b.and("lower(ac.kind) = lower(?)", f.Type)
	}
	q := `SELECT ac.name, max(coalesce(ac.kind, '')), coalesce(ac.country, ''), coalesce(ac.sector, ''), coalesce(ac.role, ''),
			max(coalesce(ac.code, '')), count(DISTINCT ac.article),
			sum((SELECT count(*) FROM actor_mentions m WHERE m.article = ac.article AND m.actor = ac.idx)),
			sum((SELECT count(*) FROM quotes q WHERE q.article = ac.article AND q.speaker = ac.idx)),
			sum((SELECT count(DISTINCT p.event) FROM event_participants p WHERE p.article = ac.article AND p.actor = ac.idx))
		FROM actors ac JOIN articles a ON a.seq = ac.article` + b.whereSQL() + `
		GROUP BY ac.name, ac.country, ac.sector, ac.role
		ORDER BY 7 DESC, 8 DESC, ac.name, 3, 4, 5` + limitSQL(f.Limit)
	return collect(ctx, s, f, "actors", q, b.args, func(rows *sql.Rows, r *ActorRow) error {
		return rows.Scan(&r.Name, &r.Kind, &r.Country, &r.Sector, &r.Role, &r.Code, &r.Articles, &r.Mentions, &r.Quotes, &r.Events)
	})
}

// Entities lists entity mentions aggregated by text and label, most
// frequent first.
func (s *Storage) Entities(ctx context.Context, f Filter) ([]EntityRow, error) {
	var b sqlBuilder
	if err := b.scope(f, true); err != nil {
		return nil, err
	}
	if f.Actor != "" {
		cond, args := actorMatch(f.Actor)
		b.and("(instr(lower(n.text), ?) > 0 OR EXISTS (SELECT 1 FROM actors ac WHERE ac.article = n.article AND ac.idx = n.actor AND "+cond+"))",
			append([]any{lowerASCII(f.Actor)}, args...)...)
	}
	if f.Type != "" {
		b.and("n.label = upper(?)", f.Type)
	}
	q := `SELECT n.text, n.label, count(*), count(DISTINCT n.article)
		FROM entities n JOIN articles a ON a.seq = n.article` + b.whereSQL() + `
		GROUP BY n.text, n.label
		ORDER BY 3 DESC, 4 DESC, n.text, n.label` + limitSQL(f.Limit)
	return collect(ctx, s, f, "entities", q, b.args, func(rows *sql.Rows, r *EntityRow) error {
		return rows.Scan(&r.Text, &r.Label, &r.Count, &r.Articles)
	})
}

// lowerASCII lowers only ASCII letters, as SQLite's lower() does, so that
// the argument of instr(lower(col), ?) is folded the same way as col.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
