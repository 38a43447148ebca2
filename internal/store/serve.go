package store

// The queries in the serve*.go files answer `chronicle serve`: pages of
// articles, quotes and events with the filters a web UI offers, an actor's
// profile (its quotes, its events, who it acts on and with) and counts over
// time. They reuse the Filter, sqlBuilder and row types of the query
// commands, and keep to SQL that PostgreSQL also speaks except where they
// call the full-text helpers of Filter.Text (FTS5 MATCH, in filter.go and
// query.go).

import (
	"context"
	"strings"
	"unicode"
)

// MaxOffset caps Page offsets. Articles and Quotes page by reading and
// dropping the first Offset rows (they keep the ordering of Articles and
// Quotes, relevance included), so a deep page costs as much as all the
// pages before it; nobody reads 10,000 results one page at a time.
const MaxOffset = 10000

// Page is a window over a query's rows: skip Offset rows, return at most
// Limit. More reports whether rows remain past the window.
type Page[R any] struct {
	Items  []R  `json:"items"`
	Offset int  `json:"offset"`
	Limit  int  `json:"limit"`
	More   bool `json:"more"`
}

// window runs query for offset+limit+1 rows and cuts out the page. f.Limit
// is the page size (0 means DefaultLimit); offset must be in [0, MaxOffset].
func window[R any](ctx context.Context, f Filter, offset int, query func(context.Context, Filter) ([]R, error)) (Page[R], error) {
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	offset = min(max(offset, 0), MaxOffset)
	f.Limit = offset + limit + 1
	rows, err := query(ctx, f)
	if err != nil {
		return Page[R]{}, err
	}
	p := Page[R]{Offset: offset, Limit: limit, Items: []R{}}
	if len(rows) > offset {
		rows = rows[offset:]
		if len(rows) > limit {
			rows, p.More = rows[:limit], true
		}
		p.Items = rows
	}
	return p, nil
}

// ArticlesPage returns one page of Articles(f): f.Limit rows after offset.
// With f.Text, the newest RankWindow matches are ranked (see RankWindow).
func (s *Storage) ArticlesPage(ctx context.Context, f Filter, offset int) (Page[ArticleRow], error) {
	if f.Text != "" {
		limit, offset := pageBounds(f.Limit, offset)
		return s.searchArticles(ctx, f, offset, limit)
	}
	return window(ctx, f, offset, s.Articles)
}

// QuotesPage returns one page of Quotes(f): f.Limit rows after offset.
// With f.Text, the newest RankWindow matches are ranked (see RankWindow).
func (s *Storage) QuotesPage(ctx context.Context, f Filter, offset int) (Page[QuoteRow], error) {
	if f.Text != "" {
		limit, offset := pageBounds(f.Limit, offset)
		return s.searchQuotes(ctx, f, offset, limit)
	}
	return window(ctx, f, offset, s.Quotes)
}

// ActorsPage returns one page of Actors(f): f.Limit rows after offset.
func (s *Storage) ActorsPage(ctx context.Context, f Filter, offset int) (Page[ActorRow], error) {
	return window(ctx, f, offset, s.Actors)
}

// PlainQuery turns words typed into a search box into a full-text query
// for Filter.Text that matches articles (or quotes) containing every word,
// so that punctuation or a stray AND cannot make a syntax error: each word
// becomes a quoted FTS5 string, and a word ending in * stays a prefix
// query. It returns "" when s has no letters or digits.
func PlainQuery(s string) string {
	var terms []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '*')
	}) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.Trim(w, "*")
		if w == "" || strings.Contains(w, "*") {
			continue
		}
		t := `"` + w + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}
