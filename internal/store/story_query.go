package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"
	"strings"
)

// StoryArticleRow is one article of a story: a reprint of the same report.
type StoryArticleRow struct {
	Story      int64   `json:"story"`
	ID         string  `json:"id"`
	Published  string  `json:"published"`
	Source     string  `json:"source"`
	Title      string  `json:"title"`
	URL        string  `json:"url"`
	Similarity float64 `json:"similarity"` // estimated Jaccard similarity with Matched; 1 for the first article
	Matched    string  `json:"matched"`    // the article it was found to reprint; "" for the first
	// Locations are the places its text was seen: where it was stored from
	// first, then exact copies elsewhere.
	Locations []string `json:"locations"`
}

func (StoryArticleRow) Columns() []string {
	return []string{"story", "id", "published", "source", "title", "url", "similarity", "matched", "locations"}
}

func (r StoryArticleRow) Cells() []string {
	return []string{itoa(r.Story), r.ID, r.Published, r.Source, r.Title, r.URL,
		strconv.FormatFloat(r.Similarity, 'f', 2, 64), r.Matched, strings.Join(r.Locations, "; ")}
}

// StoryArticles lists the articles of a story in the order they were
// stored; an unknown story gives no rows.
func (s *Storage) StoryArticles(ctx context.Context, story int64) ([]StoryArticleRow, error) {
	q := `SELECT sa.story_id, a.id, coalesce(a.published, ''), coalesce(a.source, ''), coalesce(a.title, ''), coalesce(a.url, ''),
			sa.similarity, coalesce(sa.matched, ''),
			(SELECT json_group_array(location) FROM (SELECT location FROM article_sources s WHERE s.article = a.seq ORDER BY copy, seen_at, location) AS l)
		FROM story_articles sa JOIN articles a ON a.seq = sa.article
		WHERE sa.story_id = ? ORDER BY a.seq`
	return collect(ctx, s, Filter{}, "story articles", q, []any{story}, func(rows *sql.Rows, r *StoryArticleRow) error {
		var locs string
		if err := rows.Scan(&r.Story, &r.ID, &r.Published, &r.Source, &r.Title, &r.URL, &r.Similarity, &r.Matched, &locs); err != nil {
			return err
		}
		return json.Unmarshal([]byte(locs), &r.Locations)
	})
}

// StoryQuoteRow is one quotation counted once per story: the reprints of a
// wire story carry the same quote, which is one statement, not several.
type StoryQuoteRow struct {
	Story     int64  `json:"story"`
	ArticleID string `json:"article_id"` // the earliest stored article with the quote
	Published string `json:"published"`
	Speaker   string `json:"speaker"`
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	Cue       string `json:"cue"`
	Medium    string `json:"medium"`
	// Articles is the number of stored articles of the story with the
	// quote; Sources adds the exact copies seen elsewhere (GDELT's
	// NumSources, counted once per document, not per mention).
	Articles int64 `json:"articles"`
	Sources  int64 `json:"sources"`
}

func (StoryQuoteRow) Columns() []string {
	return []string{"story", "article_id", "published", "speaker", "kind", "text", "cue", "medium", "articles", "sources"}
}

func (r StoryQuoteRow) Cells() []string {
	return []string{itoa(r.Story), r.ArticleID, r.Published, r.Speaker, r.Kind, r.Text, r.Cue, r.Medium, itoa(r.Articles), itoa(r.Sources)}
}

// storyKey is the story of the article aliased a, or minus its seq for an
// article stored without one (by SaveDocument), which is its own story.
const storyKey = `coalesce((SELECT sa.story_id FROM story_articles sa WHERE sa.article = a.seq), -a.seq)`

// articleSources counts the places the article aliased a was seen, at
// least one.
const articleSources = `max(1, (SELECT count(*) FROM article_sources s WHERE s.article = a.seq))`

// The story queries name, for each row, the first stored article that
// has it: first_value over the row's group in order of seq. (A correlated
// subquery, one scan of all the groups for each group, took 209 s for
// `query quotes --by-story --limit -1` over the 1,000 bench articles, 10
// s at the default limit; the window takes 1.2 s and 0.9 s, the rows
// byte for byte the same.)

// StoryQuotes lists quotations as Quotes does (same filter), but counts a
// quote once per story: the same text (ignoring case) in several articles
// of one story is one row, with the number of articles and sources that
// carry it. Rows come newest first, and in text order (of the first
// article that has them) within a story, on SQLite and PostgreSQL alike.
func (s *Storage) StoryQuotes(ctx context.Context, f Filter) ([]StoryQuoteRow, error) {
	var b sqlBuilder
	if err := b.scope(f, false); err != nil {
		return nil, err
	}
	if f.Text != "" {
		b.and("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)", f.Text)
	}
	if f.Actor != "" {
		cond, args := actorMatch(f.Actor)
		b.and("(instr(lower(coalesce(q.speaker_name, '')), ?) > 0 OR EXISTS (SELECT 1 FROM actors ac WHERE ac.article = q.article AND ac.idx = q.speaker AND "+cond+"))",
			append([]any{lowerASCII(f.Actor)}, args...)...)
	}
	if f.Type != "" {
		b.and("q.kind = lower(?)", f.Type)
	}
	q := `WITH m AS (
			SELECT ` + storyKey + ` AS story, a.id AS article_id, a.seq, coalesce(a.published, '') AS published, coalesce(a.published_day, '') AS day,
				coalesce(q.speaker_name, (SELECT ac.name FROM actors ac WHERE ac.article = q.article AND ac.idx = q.speaker), '') AS speaker,
				q.kind, q.text, lower(q.text) AS k, coalesce(q.cue_text, '') AS cue, coalesce(q.medium, '') AS medium, ` + articleSources + ` AS nsrc,
				q.idx
			FROM quotes q JOIN articles a ON a.seq = q.article` + b.whereSQL() + `
		), d AS (
			SELECT story, k, article_id, min(seq) AS seq, max(published) AS published, max(day) AS day, max(speaker) AS speaker,
				min(kind) AS kind, min(text) AS text, max(cue) AS cue, max(medium) AS medium, max(nsrc) AS nsrc, min(idx) AS idx
			FROM m GROUP BY story, k, article_id
		), f AS (
			SELECT d.*, first_value(article_id) OVER (PARTITION BY story, k ORDER BY seq) AS first_article FROM d
		)
		SELECT story, min(first_article),
			max(published), max(speaker), min(kind), min(text), max(cue), max(medium), count(*), sum(nsrc)
		FROM f GROUP BY story, k
		ORDER BY max(day) DESC, max(published) DESC, max(seq) DESC, min(seq), min(idx), k` + limitSQL(f.Limit)
	return collect(ctx, s, f, "story quotes", q, b.args, func(rows *sql.Rows, r *StoryQuoteRow) error {
		return rows.Scan(&r.Story, &r.ArticleID, &r.Published, &r.Speaker, &r.Kind, &r.Text, &r.Cue, &r.Medium, &r.Articles, &r.Sources)
	})
}

// StoryEventRow is one event counted once per story.
type StoryEventRow struct {
	Story        int64    `json:"story"`
	ArticleID    string   `json:"article_id"` // the earliest stored article with the event
	Published    string   `json:"published"`
	Type         string   `json:"type"`
	Mode         string   `json:"mode"`
	Cameo        string   `json:"cameo"`
	SourceNames  []string `json:"source_names"`
	TargetNames  []string `json:"target_names"`
	Date         string   `json:"date"`
	Location     string   `json:"location"`
	Negated      bool     `json:"negated"`
	Hypothetical bool     `json:"hypothetical"`
	Articles     int64    `json:"articles"` // stored articles of the story that report it
	Sources      int64    `json:"sources"`  // those plus their exact copies seen elsewhere
}

func (StoryEventRow) Columns() []string {
	return []string{"story", "article_id", "published", "type", "mode", "cameo", "source_names", "target_names",
		"date", "location", "negated", "hypothetical", "articles", "sources"}
}

func (r StoryEventRow) Cells() []string {
	return []string{itoa(r.Story), r.ArticleID, r.Published, r.Type, r.Mode, r.Cameo, strings.Join(r.SourceNames, "; "),
		strings.Join(r.TargetNames, "; "), r.Date, r.Location, strconv.FormatBool(r.Negated),
		strconv.FormatBool(r.Hypothetical), itoa(r.Articles), itoa(r.Sources)}
}

// StoryEvents lists events as Events does (same filter), but counts an
// event once per story: the same type, sources, targets and polarity in
// several articles of one story is one row, with the number of articles
// and sources that report it. Rows come newest first, and in text order
// within a story.
func (s *Storage) StoryEvents(ctx context.Context, f Filter) ([]StoryEventRow, error) {
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
	q := `WITH m AS (
			SELECT ` + storyKey + ` AS story, a.id AS article_id, a.seq, coalesce(a.published, '') AS published, coalesce(a.published_day, '') AS day,
				e.type, coalesce(e.mode, '') AS mode, coalesce(e.cameo, '') AS cameo,
				` + names("source") + ` AS src, ` + names("target") + ` AS tgt,
				coalesce(e.date, '') AS date, coalesce(e.location, '') AS location, e.negated, e.hypothetical, ` + articleSources + ` AS nsrc,
				e.idx
			FROM events e JOIN articles a ON a.seq = e.article` + b.whereSQL() + `
		), d AS (
			SELECT story, type, lower(src) AS ls, lower(tgt) AS lt, negated, hypothetical, article_id, min(seq) AS seq,
				max(published) AS published, max(day) AS day, max(mode) AS mode, max(cameo) AS cameo, min(src) AS src, min(tgt) AS tgt,
				max(date) AS date, max(location) AS location, max(nsrc) AS nsrc, min(idx) AS idx
			FROM m GROUP BY story, type, ls, lt, negated, hypothetical, article_id
		), f AS (
			SELECT d.*, first_value(article_id) OVER (PARTITION BY story, type, ls, lt, negated, hypothetical ORDER BY seq) AS first_article
			FROM d
		)
		SELECT story, min(first_article),
			max(published), type, max(mode), max(cameo), min(src), min(tgt), max(date), max(location), negated, hypothetical, count(*), sum(nsrc)
		FROM f GROUP BY story, type, ls, lt, negated, hypothetical
		ORDER BY max(day) DESC, max(published) DESC, max(seq) DESC, min(seq), min(idx), type, ls, lt, negated, hypothetical` + limitSQL(f.Limit)
	return collect(ctx, s, f, "story events", q, b.args, func(rows *sql.Rows, r *StoryEventRow) error {
		var src, tgt string
		if err := rows.Scan(&r.Story, &r.ArticleID, &r.Published, &r.Type, &r.Mode, &r.Cameo, &src, &tgt,
			&r.Date, &r.Location, &r.Negated, &r.Hypothetical, &r.Articles, &r.Sources); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(src), &r.SourceNames); err != nil {
			return err
		}
		return json.Unmarshal([]byte(tgt), &r.TargetNames)
	})
}
