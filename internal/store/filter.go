package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// DefaultLimit is the number of rows a query returns when Filter.Limit is 0.
const DefaultLimit = 100

// Filter narrows the queries (Articles, Quotes, Events, Actors, Entities,
// ArticleIDs). Zero fields do not filter; the set fields must all hold.
type Filter struct {
	// Text is an SQLite FTS5 query (words, "phrases", AND/OR/NOT, prefix*,
	// column filters such as title:spain). For Quotes it searches the quote
	// text and speaker name (columns text, speaker_name); for every other
	// kind it selects articles by title and text (columns title, text).
	// Diacritics and case are ignored: "jose" finds "José".
	Text string
	// Since and Until bound the publication day, YYYY-MM-DD, inclusive.
	// Articles with no known publication date never match a bound.
	Since, Until string
	// Actor keeps rows involving an actor whose name contains Actor,
	// ignoring case, or whose country (ISO alpha-3) or code equals it
	// ("esp" and "ESPGOV" work too). Involving means: for Quotes, the
	// speaker; for Events, a source or target; for Entities, the entity
	// text or its linked actor; for Articles, any actor of the article;
	// for Actors, the actor itself. Case folding is full Unicode on actor
	// names and ASCII-only on quote speaker names, participant names and
	// entity texts (SQLite's lower()).
	Actor string
	// Type is, by kind: Articles — an event type the article has; Quotes —
	// the quote kind (direct, partial, indirect); Events — the PLOVER event
	// type; Actors — the actor kind (person, organisation, ...); Entities —
	// the label (PER, ORG, LOC, MISC, GPE). Case is ignored.
	Type string
	// Article keeps rows of the article with this id.
	Article string
	// Limit caps the number of rows: 0 means DefaultLimit, < 0 no limit.
	Limit int
}

// sqlBuilder collects the WHERE conditions of one query with their
// arguments, in order. Conditions are fixed SQL written in this package;
// everything the user gives goes in as a bound argument.
type sqlBuilder struct {
	where []string
	args  []any
}

func (b *sqlBuilder) and(cond string, args ...any) {
	b.where = append(b.where, cond)
	b.args = append(b.args, args...)
}

func (b *sqlBuilder) whereSQL() string {
	if len(b.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(b.where, " AND ")
}

// scope adds the article-level conditions (Since, Until, Article) on the
// articles table aliased a, and Text as an article full-text condition
// unless the query handles Text itself.
func (b *sqlBuilder) scope(f Filter, articleText bool) error {
	if f.Since != "" {
		if err := checkDay("since", f.Since); err != nil {
			return err
		}
		b.and("a.published_day >= ?", f.Since)
	}
	if f.Until != "" {
		if err := checkDay("until", f.Until); err != nil {
			return err
		}
		b.and("a.published_day <= ?", f.Until)
	}
	if f.Article != "" {
		b.and("a.id = ?", f.Article)
	}
	if articleText && f.Text != "" {
		b.and("a.seq IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", f.Text)
	}
	return nil
}

// actorMatch returns a condition on the actors table aliased ac, with its
// arguments, that holds when the actor matches Filter.Actor.
func actorMatch(x string) (string, []any) {
	return "(instr(ac.name_lower, ?) > 0 OR ac.country = ? OR ac.code = ?)",
		[]any{strings.ToLower(x), strings.ToUpper(x), strings.ToUpper(x)}
}

func checkDay(what, s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("store: %s %q: want YYYY-MM-DD", what, s)
	}
	return nil
}

// limitSQL returns the LIMIT clause for Filter.Limit.
func limitSQL(n int) string {
	switch {
	case n == 0:
		n = DefaultLimit
	case n < 0:
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", n)
}

// fullTextError wraps an error from a query that had a full-text
// condition. FTS5 reports a syntax error only when the statement runs, so
// any failure of such a query is most likely the user's query text; the
// original error is kept for the rest.
func fullTextError(ctx context.Context, f Filter, err error) error {
	if f.Text == "" || ctx.Err() != nil {
		return err
	}
	return fmt.Errorf("store: full-text query %q: %w", f.Text, err)
}
