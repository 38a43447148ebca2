package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// pgFragment replaces a piece of SQLite SQL with its PostgreSQL form. In
// the replacements, ?A and ?Q are a full-text query parameter for articles
// and quotes (its value is translated from FTS5 syntax, see ftsToTSQuery),
// and ?@ refers back to that same parameter (ranking, snippets).
type pgFragment struct{ from, to string }

// pgFragments are applied in order; longer forms come first.
var pgFragments = []pgFragment{
	// The snippet of a page of search results (serve_search.go): SQLite
	// needs the FTS table matched in the subquery, PostgreSQL only the
	// row, which the outer query has already selected.
	{"FROM article_fts WHERE article_fts MATCH ? AND article_fts.rowid = a.seq", "WHERE a.fts @@ chronicle_tsquery(?A)"},
	{"a.seq IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", "a.fts @@ chronicle_tsquery(?A)"},
	{"q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)", "q.fts @@ chronicle_tsquery(?Q)"},
	{"article_fts JOIN articles a ON a.seq = article_fts.rowid", "articles a"},
	{"quote_fts JOIN quotes q ON q.id = quote_fts.rowid", "quotes q"},
	{"article_fts MATCH ?", "a.fts @@ chronicle_tsquery(?A)"},
	{"quote_fts MATCH ?", "q.fts @@ chronicle_tsquery(?Q)"},
	{"article_fts.rank", "-ts_rank(a.fts, chronicle_tsquery(?@))"},
	{"quote_fts.rank", "-ts_rank(q.fts, chronicle_tsquery(?@))"},
	{"snippet(article_fts, -1, '[', ']', '…', 16)",
		"ts_headline('simple', a.text, chronicle_tsquery(?@), 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…')"},
	{"article_fts.rowid", "a.seq"},
	{"quote_fts.rowid", "q.id"},
	{"instr(", "strpos("},
	// SQLite sorts NULL first, PostgreSQL last: undated articles go last
	// in newest-first listings on both.
	{"published_day DESC", "published_day DESC NULLS LAST"},
	{"published DESC", "published DESC NULLS LAST"},
	{"max(1, ", "greatest(1, "},
}

// pgStatement is a rewritten statement: its SQL and its full-text
// parameters, if any.
type pgStatement struct {
	sql     string
	ftsArgs []ftsArg
}

// ftsArg is a full-text parameter: the index of its argument and its
// table.
type ftsArg struct {
	arg    int
	quotes bool // it searches quotes (columns text, speaker_name)
}

// pgRewriter caches rewritten statements: the store runs the same few
// dozen SQL texts over and over.
type pgRewriter struct{ cache sync.Map } // string -> *pgStatement

func (r *pgRewriter) rewrite(q string) *pgStatement {
	if v, ok := r.cache.Load(q); ok {
		return v.(*pgStatement)
	}
	st := pgRewrite(q)
	r.cache.Store(q, st)
	return st
}

// pgRewrite turns one SQLite statement into PostgreSQL. PRAGMAs become a
// no-op; INSERT OR IGNORE becomes ON CONFLICT DO NOTHING; lower() and
// upper() fold ASCII letters only, as SQLite's do; ? placeholders
// (outside string literals and quoted identifiers) become $1, $2, ...
// A statement may hold several full-text parameters (a search and its
// snippet each match); ?@ refers to the first.
func pgRewrite(q string) *pgStatement {
	if strings.HasPrefix(strings.TrimSpace(q), "PRAGMA") {
		return &pgStatement{sql: "SELECT 1"}
	}
	for _, f := range pgFragments {
		q = strings.ReplaceAll(q, f.from, f.to)
	}
	q = pgFoldASCII(q)
	if strings.Contains(q, "INSERT OR IGNORE INTO") {
		q = strings.Replace(q, "INSERT OR IGNORE INTO", "INSERT INTO", 1) + " ON CONFLICT DO NOTHING"
	}
	st := &pgStatement{}
	var b strings.Builder
	n, refs := 0, false
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			next := byte(0)
			if i+1 < len(q) {
				next = q[i+1]
			}
			switch next {
			case '@':
				b.WriteString("\x00") // resolved below, once the parameter is numbered
				i++
				refs = true
				continue
			case 'A', 'Q':
				st.ftsArgs = append(st.ftsArgs, ftsArg{arg: n, quotes: next == 'Q'})
				i++
			}
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	st.sql = b.String()
	if refs && len(st.ftsArgs) > 0 {
		st.sql = strings.ReplaceAll(st.sql, "\x00", "$"+strconv.Itoa(st.ftsArgs[0].arg+1))
	}
	return st
}

// args translates the full-text arguments, if any; a query FTS5 would
// reject is an error.
func (st *pgStatement) args(args []driver.NamedValue) ([]driver.NamedValue, error) {
	var out []driver.NamedValue
	for _, fa := range st.ftsArgs {
		if fa.arg >= len(args) {
			continue
		}
		s, ok := args[fa.arg].Value.(string)
		if !ok {
			continue
		}
		tsq, err := ftsToTSQuery(s, fa.quotes)
		if err != nil {
			return nil, fmt.Errorf("fts5: %w", err)
		}
		if out == nil {
			out = append([]driver.NamedValue(nil), args...)
		}
		out[fa.arg].Value = tsq
	}
	if out == nil {
		return args, nil
	}
	return out, nil
}

// pgConnector wraps the pgx connector so that every statement goes
// through the rewriter.
type pgConnector struct {
	base driver.Connector
	rw   *pgRewriter
}

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.base.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &pgConn{Conn: conn, rw: c.rw}, nil
}

func (c pgConnector) Driver() driver.Driver { return c.base.Driver() }

// pgConn is a pgx connection (github.com/jackc/pgx/v5/stdlib) whose
// statements are rewritten; optional interfaces it lacks get defaults.
type pgConn struct {
	driver.Conn
	rw *pgRewriter
}

func (c *pgConn) Prepare(q string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), q)
}

func (c *pgConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	st := c.rw.rewrite(q)
	s, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, st.sql)
	if err != nil {
		return nil, err
	}
	return &pgStmt{Stmt: s, st: st}, nil
}

func (c *pgConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *pgConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	st := c.rw.rewrite(q)
	a, err := st.args(args)
	if err != nil {
		return nil, err
	}
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, st.sql, a)
}

func (c *pgConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	st := c.rw.rewrite(q)
	a, err := st.args(args)
	if err != nil {
		return nil, err
	}
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, st.sql, a)
}

func (c *pgConn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (c *pgConn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *pgConn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *pgConn) CheckNamedValue(v *driver.NamedValue) error {
	if ch, ok := c.Conn.(driver.NamedValueChecker); ok {
		return ch.CheckNamedValue(v)
	}
	return driver.ErrSkip
}

// pgStmt is a prepared pgx statement whose full-text argument is
// translated at each execution.
type pgStmt struct {
	driver.Stmt
	st *pgStatement
}

func (s *pgStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	a, err := s.st.args(args)
	if err != nil {
		return nil, err
	}
	return s.Stmt.(driver.StmtExecContext).ExecContext(ctx, a)
}

func (s *pgStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	a, err := s.st.args(args)
	if err != nil {
		return nil, err
	}
	return s.Stmt.(driver.StmtQueryContext).QueryContext(ctx, a)
}

// pgArticleLock is the first key of the advisory locks that lockArticle
// takes (the second is a hash of the article id); pgMigrationLock uses the
// one-key form, so the two never meet.
const pgArticleLock = 0x63_6872 // "chr"

// lockArticle makes transactions that save the same article id wait for
// one another on PostgreSQL, so that the second one finds the article
// stored (and changes nothing) instead of failing on the unique id, as
// SQLite's single writer guarantees by itself. Many workers may be handed
// the same article at once (a redelivered job, the same story on two
// feeds). The lock is released at commit or rollback; two ids with the
// same hash only wait for each other. On SQLite it does nothing.
func (s *Storage) lockArticle(ctx context.Context, tx *sql.Tx, id string) error {
	if s.dialect != postgresDialect {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?, hashtext(?))`, pgArticleLock, id); err != nil {
		return fmt.Errorf("lock article: %w", err)
	}
	return nil
}

const (
	asciiUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	asciiLower = "abcdefghijklmnopqrstuvwxyz"
)

// pgFoldASCII turns lower(x) and upper(x) into translate(x, ...) of the
// ASCII letters only, which is what SQLite's lower() and upper() do:
// PostgreSQL's fold every letter, so "Émile" would match a speaker filter
// "émile" there and not on SQLite (Filter.Actor documents ASCII-only
// folding for speaker, participant and entity names), and quotes that
// differ only in the case of an accented letter would be one row of
// StoryQuotes there and two here. String literals are left alone.
func pgFoldASCII(q string) string {
	var b strings.Builder
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case (strings.HasPrefix(q[i:], "lower(") || strings.HasPrefix(q[i:], "upper(")) && (i == 0 || !isIdentByte(q[i-1])):
			open := i + len("lower")
			end := matchParen(q, open)
			if end < 0 {
				break
			}
			from, to := asciiUpper, asciiLower
			if q[i] == 'u' {
				from, to = to, from
			}
			b.WriteString("translate(" + pgFoldASCII(q[open+1:end]) + ", '" + from + "', '" + to + "')")
			i = end
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// matchParen returns the index of the parenthesis that closes the one at
// q[open], skipping string literals; -1 when there is none.
func matchParen(q string, open int) int {
	depth := 0
	var quote byte
	for i := open; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
