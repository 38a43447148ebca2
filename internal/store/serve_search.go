package store

import (
	"context"
	"database/sql"
	"fmt"
)

// RankWindow is how many of the newest matches of a full-text search the
// serve pages rank by relevance (bm25). Ranking costs a few microseconds
// per matching row (FTS5 reads each row's size record), so ranking every
// article that contains a common word ("said", a country's name) takes
// tens of milliseconds on 10,000 articles and grows with the store; a
// page of results only needs the best few. Matching itself is cheap, so
// the pages take the newest RankWindow matches (the FTS index walks
// rowids, which follow ingestion order, backwards) and rank only those.
// A query with fewer matches is ranked exactly; a deeper page than the
// window widens it.
const RankWindow = 1000

// searchWindow returns the candidate window and the rows to fetch for a
// page. Both searches below nest three levels: the candidate window (the
// newest matches that pass the other filters), ranked and cut to the page,
// and only then joined to the columns of the page (every subquery in FROM
// has an alias, which PostgreSQL before 16 requires). Computing the columns
// (snippet, counts) after the cut matters: SQLite's sorter holds whole
// result rows, so a one-level query computes them for every match.
func searchWindow(offset, limit int) (window, page int) {
	page = offset + limit + 1
	return max(RankWindow, page), page
}

// searchArticles is ArticlesPage with f.Text set.
func (s *Storage) searchArticles(ctx context.Context, f Filter, offset, limit int) (Page[ArticleRow], error) {
	var b sqlBuilder
	b.and("article_fts MATCH ?", f.Text)
	if err := b.scope(f, false); err != nil {
		return Page[ArticleRow]{}, err
	}
	if f.Actor != "" {
		cond, args := actorMatch(f.Actor)
		b.and("EXISTS (SELECT 1 FROM actors ac WHERE ac.article = a.seq AND "+cond+")", args...)
	}
	if f.Type != "" {
		b.and("EXISTS (SELECT 1 FROM events e WHERE e.article = a.seq AND e.type = upper(?))", f.Type)
	}
	window, n := searchWindow(offset, limit)
	q := `SELECT a.id, coalesce(a.published, ''), coalesce(a.source, ''), coalesce(a.title, ''), coalesce(a.url, ''),
			(SELECT count(*) FROM quotes q WHERE q.article = a.seq),
			(SELECT count(*) FROM events e WHERE e.article = a.seq),
			(SELECT count(*) FROM entities n WHERE n.article = a.seq),
			coalesce((SELECT snippet(article_fts, -1, '[', ']', '…', 16) FROM article_fts WHERE article_fts MATCH ? AND article_fts.rowid = a.seq), '')
		FROM (SELECT seq, r FROM (
				SELECT a.seq AS seq, article_fts.rank AS r
				FROM article_fts JOIN articles a ON a.seq = article_fts.rowid` + b.whereSQL() + `
				ORDER BY article_fts.rowid DESC` + fmt.Sprintf(" LIMIT %d", window) + `
			) w ORDER BY r, seq` + fmt.Sprintf(" LIMIT %d", n) + `) t
		JOIN articles a ON a.seq = t.seq
		ORDER BY t.r, t.seq`
	args := append([]any{f.Text}, b.args...)
	rows, err := collect(ctx, s, f, "articles", q, args, func(rows *sql.Rows, r *ArticleRow) error {
		return rows.Scan(&r.ID, &r.Published, &r.Source, &r.Title, &r.URL, &r.Quotes, &r.Events, &r.Entities, &r.Snippet)
	})
	if err != nil {
		return Page[ArticleRow]{}, err
	}
	return cut(skip(rows, offset), limit, offset), nil
}

// searchQuotes is QuotesPage with f.Text set.
func (s *Storage) searchQuotes(ctx context.Context, f Filter, offset, limit int) (Page[QuoteRow], error) {
	var b sqlBuilder
	b.and("quote_fts MATCH ?", f.Text)
	if err := b.scope(f, false); err != nil {
		return Page[QuoteRow]{}, err
	}
	if f.Actor != "" {
		cond, args := actorMatch(f.Actor)
		b.and("(instr(lower(coalesce(q.speaker_name, '')), ?) > 0 OR EXISTS (SELECT 1 FROM actors ac WHERE ac.article = q.article AND ac.idx = q.speaker AND "+cond+"))",
			append([]any{lowerASCII(f.Actor)}, args...)...)
	}
	if f.Type != "" {
		b.and("q.kind = lower(?)", f.Type)
	}
	window, n := searchWindow(offset, limit)
	q := `SELECT a.id, coalesce(a.published, ''),
			coalesce(q.speaker_name, (SELECT ac.name FROM actors ac WHERE ac.article = q.article AND ac.idx = q.speaker), ''),
			q.kind, q.text, coalesce(q.cue_text, ''), coalesce(q.medium, ''), coalesce(q.date, ''), q.start, q."end"
		FROM (SELECT id, r FROM (
				SELECT q.id AS id, quote_fts.rank AS r
				FROM quote_fts JOIN quotes q ON q.id = quote_fts.rowid JOIN articles a ON a.seq = q.article` + b.whereSQL() + `
				ORDER BY quote_fts.rowid DESC` + fmt.Sprintf(" LIMIT %d", window) + `
			) w ORDER BY r, id` + fmt.Sprintf(" LIMIT %d", n) + `) t
		JOIN quotes q ON q.id = t.id JOIN articles a ON a.seq = q.article
		ORDER BY t.r, t.id`
	rows, err := collect(ctx, s, f, "quotes", q, b.args, func(rows *sql.Rows, r *QuoteRow) error {
		return rows.Scan(&r.ArticleID, &r.Published, &r.Speaker, &r.Kind, &r.Text, &r.Cue, &r.Medium, &r.Date, &r.Start, &r.End)
	})
	if err != nil {
		return Page[QuoteRow]{}, err
	}
	return cut(skip(rows, offset), limit, offset), nil
}

// skip drops the first offset rows.
func skip[R any](rows []R, offset int) []R {
	if offset >= len(rows) {
		return nil
	}
	return rows[offset:]
}
