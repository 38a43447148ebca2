package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	"chronicle/internal/dedup"
)

// insert names one of the INSERT statements SaveDocument runs, one per
// layer table.
//
// A layer's rows go in multi-row INSERTs (rowsSQL), not one statement per
// row: an article of the bench corpus has about 300 layer rows, and one
// statement each cost most of a save. The driver's work per statement
// (binding, stepping, a statement journal) was only part of it: every
// statement that opens a statement journal makes SQLite call xSavepoint
// on the FTS5 tables in the transaction, and FTS5 then flushes its
// pending terms to a new segment, so each quote (whose trigger fed
// quote_fts) wrote a segment of its own and set off FTS5's merges. No
// INSERT of a save opens a statement journal now (see maxInsertParams),
// and the FTS5 indexes are filled once per save (fts_fill.go).
type insert int

const (
	insArticle insert = iota
	insSentence
	insTokens
	insActor
	insMention
	insEntity
	insQuote
	insEvent
	insParticipant
	insDate
	insDiagnostic
	// The actor tables of serve_aggregates.go, computed from the document
	// by actorRows.
	insActorArticle
	insActorArticleLink
	insActorTotal
	insActorDay
	insActorLink
	numInserts
)

// insertSpec is a table, the columns its INSERT fills and, for the
// summed actor tables, the ON CONFLICT clause that adds to a row already
// there.
type insertSpec struct {
	table    string
	columns  []string
	conflict string
}

var insertSpecs = [numInserts]insertSpec{
	insArticle:  {"articles", []string{"id", "url", "title", "source", "author", "published", "published_day", "text", "origin", "ingested_at"}, ""},
	insSentence: {"sentences", []string{"article", "idx", "start", `"end"`, "token_start", "token_end"}, ""},
	insTokens:   {"tokens", []string{"article", "n", "data"}, ""},
	insActor:    {"actors", []string{"article", "idx", "name", "name_lower", "kind", "country", "sector", "role", "code"}, ""},
	insMention:  {"actor_mentions", []string{"article", "actor", "idx", "start", `"end"`, "text"}, ""},
	insEntity:   {"entities", []string{"article", "idx", "start", `"end"`, "text", "label", "actor"}, ""},
	insQuote: {"quotes", []string{"article", "idx", "start", `"end"`, "text", "kind", "speaker", "speaker_name",
		"speaker_mention_start", "speaker_mention_end", "speaker_mention_text", "cue_start", "cue_end", "cue_text", "medium", "date"}, ""},
	insEvent: {"events", []string{"article", "idx", "type", "mode", "cameo", "date", "location", "negated", "hypothetical",
		"trigger_start", "trigger_end", "trigger_text", "sentence"}, ""},
	insParticipant: {"event_participants", []string{"article", "event", "role", "position", "actor", "name"}, ""},
	insDate:        {"dates", []string{"article", "idx", "start", `"end"`, "text", "value", "type"}, ""},
	insDiagnostic:  {"diagnostics", []string{"article", "idx", "stage", "message", "start", `"end"`}, ""},
	insActorArticle: {"actor_articles", []string{"name", "article", "day", "published", "kind", "country", "sector", "role", "code",
		"mentions", "quotes", "events"}, ""},
	insActorArticleLink: {"actor_article_links", []string{"article", "name", "other", "direction", "type", "n"}, ""},
	insActorTotal: {"actor_totals", []string{"name", "kind", "country", "sector", "role", "code", "articles", "mentions", "quotes", "events"},
		aggregateUpsert[0]},
	insActorDay:  {"actor_days", []string{"name", "day", "articles", "quotes", "events"}, aggregateUpsert[1]},
	insActorLink: {"actor_links", []string{"name", "other", "direction", "type", "n"}, aggregateUpsert[2]},
}

// articleColumn is, for each table, the position of its article column
// (articles.seq) among the columns of its INSERT, -1 for a table without
// one. A writer makes its rows before the article has a seq, with NULL
// there, and setArticle fills it in once the article is inserted.
var articleColumn = func() (c [numInserts]int) {
	for q, spec := range insertSpecs {
		c[q] = -1
		for i, col := range spec.columns {
			if col == "article" {
				c[q] = i
			}
		}
	}
	return c
}()

// maxInsertParams bounds the parameters of one multi-row INSERT, far
// below SQLite's limit (32766) and PostgreSQL's (65535). The INSERTs take
// no statement journal (the writer checks no foreign keys, rowsSQL makes
// them INSERT OR FAIL, and since schema version 4 no trigger writes an
// FTS5 table, see fts_fill.go), so a statement more per table and batch
// costs only its few microseconds. Memory is what their size costs: the
// statements of every power of two up to 16,384 parameters, prepared for
// all the tables, held about 44 MB; bounded by this they hold a tenth of
// it. (Up to schema version 3 articles and quotes took up to 16,384: each
// of their statements flushed the FTS5 indexes to a new segment.)
const maxInsertParams = 2048

// maxRows is, for each table, the most rows one INSERT takes: the largest
// power of two whose parameters fit in maxInsertParams (128 rows of
// quotes, 256 of sentences, 512 of tokens). Tests lower it to exercise
// the chunking.
var maxRows = func() (m [numInserts]int) {
	for q := range m {
		m[q] = 1
		for 2*m[q]*len(insertSpecs[q].columns) <= maxInsertParams {
			m[q] *= 2
		}
	}
	return m
}()

// rowsSQL is the INSERT of n rows into q's table. With orFail (SQLite),
// it is an INSERT OR FAIL: a constraint that fails stops the statement
// without undoing its earlier rows, which the save's rollback undoes
// anyway, so that SQLite needs no statement journal for it (see the
// write connection's foreign_keys in Open).
func rowsSQL(q insert, n int, orFail bool) string {
	spec := insertSpecs[q]
	row := "(?" + strings.Repeat(", ?", len(spec.columns)-1) + ")"
	verb := "INSERT INTO "
	if orFail {
		verb = "INSERT OR FAIL INTO "
	}
	stmt := verb + spec.table + " (" + strings.Join(spec.columns, ", ") + ") VALUES " +
		row + strings.Repeat(", "+row, n-1)
	if spec.conflict != "" {
		stmt += " " + spec.conflict
	}
	return stmt
}

// rowsChunk is how many of n pending rows of q the next INSERT takes:
// maxRows[q] at a time, then the largest power of two that fits. A
// batch's rows take a few statements per table, from a few sizes each,
// so the statements of all batches come from a small set that is
// prepared once.
func rowsChunk(q insert, n int) int {
	if n >= maxRows[q] {
		return maxRows[q]
	}
	k := 1
	for k*2 <= n {
		k *= 2
	}
	return k
}

// rowsKey names a prepared multi-row INSERT: its table and its rows.
type rowsKey struct {
	q insert
	n int
}

// rowStmts holds the multi-row INSERTs prepared so far on the write
// pool, for PostgreSQL (SQLite's saves use rawInserts, raw_inserts.go;
// its Open prepares the one-row INSERTs here only to check them against
// the schema). They are prepared on first need, before the save's
// transaction begins. Lookups take no lock, so a save inside its
// transaction never waits on one that is preparing.
type rowStmts struct {
	m      sync.Map // rowsKey -> *sql.Stmt
	orFail bool     // INSERT OR FAIL (SQLite); see rowsSQL
}

// prepare makes sure that every statement writeRows will use for counts
// rows is prepared on db.
func (r *rowStmts) prepare(ctx context.Context, db *sql.DB, counts *[numInserts]int) error {
	for q, n := range counts {
		for n > 0 {
			k := rowsChunk(insert(q), n)
			n -= k
			key := rowsKey{insert(q), k}
			if _, ok := r.m.Load(key); ok {
				continue
			}
			st, err := db.PrepareContext(ctx, rowsSQL(insert(q), k, r.orFail))
			if err != nil {
				return fmt.Errorf("prepare insert into %s: %w", insertSpecs[q].table, err)
			}
			if _, loaded := r.m.LoadOrStore(key, st); loaded {
				st.Close() // another save prepared it meanwhile
			}
		}
	}
	return nil
}

// inTx returns the statement for n rows of q bound to tx. One that
// prepare did not make (a batch in which some articles turned out to be
// stored already has fewer rows than prepared for) is prepared in tx, for
// this transaction only.
func (r *rowStmts) inTx(ctx context.Context, tx *sql.Tx, q insert, n int) (*sql.Stmt, error) {
	if st, ok := r.m.Load(rowsKey{q, n}); ok {
		return tx.StmtContext(ctx, st.(*sql.Stmt)), nil
	}
	return tx.PrepareContext(ctx, rowsSQL(q, n, r.orFail))
}

// close closes every statement.
func (r *rowStmts) close() {
	r.m.Range(func(k, v any) bool {
		v.(*sql.Stmt).Close()
		r.m.Delete(k)
		return true
	})
}

// prepareInserts prepares the one-row insert of every table at Open, which
// also checks them against the schema.
func (r *rowStmts) prepareInserts(ctx context.Context, db *sql.DB) error {
	var one [numInserts]int
	for i := range one {
		one[i] = 1
	}
	if err := r.prepare(ctx, db, &one); err != nil {
		r.close()
		return err
	}
	return nil
}

// saveSQL lists the other statements of a save (the existence check, the
// actor aggregates, the story rows), which prepareSaveStmts prepares at
// Open: modernc's driver parses the SQL again on every unprepared Exec.
// They cannot be prepared on first use, inside the save's transaction,
// because on SQLite that holds the one write connection.
func saveSQL() []string {
	return []string{sqlStored, sqlArticleSeq, sqlInsertSource, sqlInsertCopySource, sqlStoryOf, sqlInsertStoryArticle, sqlInsertStory,
		lshCandidatesSQL(dedup.Bands), lshInsertSQL(dedup.Bands)}
}

// sqliteSaveSQL are the statements of a save on SQLite only: the FTS5
// tables have no PostgreSQL form to rewrite them into (fts_fill.go).
func sqliteSaveSQL() []string {
	return []string{sqlFTSMarks, sqlFillArticleFTS, sqlFillQuoteFTS}
}

// prepareSaveStmts prepares saveSQL on the write connection.
func (s *Storage) prepareSaveStmts(ctx context.Context) error {
	s.stmts = map[string]*sql.Stmt{}
	qs := saveSQL()
	if s.dialect == sqliteDialect {
		qs = append(qs, sqliteSaveSQL()...)
	}
	for _, q := range qs {
		st, err := s.write.PrepareContext(ctx, q)
		if err != nil {
			s.closeStmts()
			return fmt.Errorf("prepare %.40s…: %w", strings.TrimSpace(q), err)
		}
		s.stmts[q] = st
	}
	return nil
}

// txStmt returns q bound to tx: prepared at Open if it is in saveSQL,
// else prepared in tx for this transaction only.
func (s *Storage) txStmt(ctx context.Context, tx *sql.Tx, q string) (*sql.Stmt, error) {
	if st, ok := s.stmts[q]; ok {
		return tx.StmtContext(ctx, st), nil
	}
	return tx.PrepareContext(ctx, q)
}

// txExec runs q (txStmt) in tx.
func (s *Storage) txExec(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	st, err := s.txStmt(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// closeStmts closes what prepareSaveStmts prepared.
func (s *Storage) closeStmts() {
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
}
