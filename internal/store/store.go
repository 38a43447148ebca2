// Package store is chronicle's only package with SQL. It keeps analysed
// documents (every layer of doc.Document) in one SQLite file in WAL mode,
// through the pure-Go driver modernc.org/sqlite, and answers the queries
// behind `chronicle query` and the HTTP API.
//
// Writes go through SaveDocument, SaveArticle and SaveArticles, whose
// transactions hold whole articles (SaveArticles a batch of them), so that
// an ingest killed at any moment leaves only complete articles and a rerun
// finishes the rest (a save skips ids already stored). Reads use a
// separate pool of read-only connections, which WAL lets run while a write
// is in progress.
//
// The database file is meant to be read by people too (sqlite3, Python), so
// every offset in it is a Unicode code point, as in the document JSON of
// SPEC.md §2: substr(articles.text, start + 1, end - start) in SQLite and
// text[start:end] in Python give the span. The package converts to and from
// the byte offsets of doc.Span at the boundary. See schema.go for the tables.
//
// How the commands use it: `chronicle ingest` calls Open, then Has (to skip
// analysing what is stored) and SaveArticles per batch of articles, and
// may print Counts at the end. `chronicle query KIND` fills a Filter from
// its flags and calls Articles, Quotes, Events, Actors or Entities; it
// prints each row as JSON (the row types have JSON tags) or, for --format
// table/csv, uses Table. `query articles --format jsonl` prints full documents:
// ArticleIDs, then Document and doc.EncodeJSON for each id.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned (wrapped) by Document when no article has the id.
var ErrNotFound = errors.New("store: not found")

// busyTimeout is how long a connection waits for a lock held by another
// connection or process (a second `chronicle ingest`, a reader in sqlite3)
// before it gives up with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// Storage is an open chronicle database. It is safe for concurrent use:
// writes are serialised on one connection, reads run in parallel on a pool.
type Storage struct {
	write *sql.DB // one connection; transactions begin IMMEDIATE
	read  *sql.DB // read-only pool; the same *sql.DB as write for ":memory:"
	now   func() time.Time

	rows    rowStmts             // the layers' INSERTs on PostgreSQL, prepared on write (inserts.go)
	raw     rawInserts           // the layers' INSERTs on SQLite (raw_inserts.go)
	stmts   map[string]*sql.Stmt // saveSQL, prepared on write at Open; read-only after
	ckpt    *checkpointer        // nil for ":memory:" and PostgreSQL (checkpoint.go)
	reads   readStmts            // Has and HasLocation, prepared on read (readstmts.go)
	dialect dialect              // sqliteDialect, or postgresDialect (dialect_pg.go)
}

// Open opens the database at path, creating it if needed, and applies any
// migrations it lacks in one transaction. path is a file name (it must not
// contain '?'); ":memory:" gives a private in-memory database, which is only
// useful in tests. Open fails on a database written by a newer chronicle.
//
// A path that starts with postgres:// or postgresql:// is a PostgreSQL
// connection string instead (pg_open.go): the same schema and queries on
// a database server that many processes and machines share.
func Open(ctx context.Context, path string) (*Storage, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path)
	}
	if path == "" || strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("store: open %q: want a file name without '?'", path)
	}
	ms := busyTimeout.Milliseconds()
	// _txlock=immediate: a write transaction takes the write lock at BEGIN,
	// so it waits on busy_timeout there instead of failing with SQLITE_BUSY
	// when a deferred read lock would have to be upgraded.
	// wal_autocheckpoint(0): the checkpointer goroutine (checkpoint.go)
	// copies the WAL back instead of the commits of SaveDocument.
	// temp_store(memory): the statement journals of the multi-row INSERTs
	// (inserts.go) stay in memory; past 64 KB SQLite spilled them to a
	// temporary file, a pwrite per page. cache_size(-8192): 8 MB of
	// pages instead of 2 MB, so that a save finds the upper levels of the
	// B-trees it updates in memory rather than reading them back (pread)
	// as the file grows. Each cached page (4 KB and SQLite's header) takes
	// an 8 KB slot of the C allocator (modernc.org/memory rounds up to a
	// power of two), so the cache costs twice its size in RSS: at 32 MB
	// the peak RSS of bench --ingest 1000 --cores 2 was 362-402 MB, over
	// its budget of 400 in one run of nine; at 8 MB it is 331-352 (seven
	// runs). The misses the smaller cache adds are pages the OS still
	// holds: BenchmarkSaveAnalysed over the 1,000 bench articles made 118
	// preads an article instead of 95 and 0.65% more instructions
	// (cachegrind 45.59G -> 45.89G, reading the articles included).
	// page_size(8192): a new file gets pages of 8 KB instead of SQLite's
	// 4 KB (a file that exists keeps its own; WAL mode cannot change it).
	// The cache holds the same bytes in half as many pages, and each page
	// (8 KB and the header) takes a 16 KB slot, the allocator's largest
	// (a 16 KB page and its header would not fit one, and the allocator
	// maps each larger block on its own). A save's rows
	// go into half as many pages, with B-trees a level shallower, and its
	// commit writes half as many WAL frames, each a pwrite of its own:
	// BenchmarkSaveAnalysed over the 1,000 bench articles made 64 pwrites
	// and 19 preads an article instead of 113 and 41 (strace -c), and
	// 0.24M fewer instructions an article (cachegrind, GOGC=off).
	// _foreign_keys=0: the schema declares its foreign keys (they cascade
	// a DELETE made by someone with foreign_keys on, see schema.go), but
	// the writer does not check them. A save inserts each layer's rows
	// after their article in the same transaction, so they hold by
	// construction, and checking them cost a look-up in articles (by id
	// before schema version 5, by seq since) for each of the ~450 layer
	// rows of an article. Worse, an immediate foreign key may abort a
	// statement, so SQLite opened a statement journal for every
	// multi-row INSERT, and each statement journal set off a savepoint on
	// the FTS5 tables that flushed their pending terms to a new segment
	// (see insert and rowsSQL). The store itself never deletes.
	wdsn := fmt.Sprintf("%s?_txlock=immediate&_busy_timeout=%d&_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=0&_pragma=wal_autocheckpoint(0)&_pragma=temp_store(memory)&_pragma=cache_size(-8192)&_pragma=page_size(8192)", path, ms)
	w, err := sql.Open("sqlite", wdsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	// SQLite has one writer at a time anyway; one connection makes the
	// queueing happen in database/sql instead of in busy-wait loops.
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	s := &Storage{write: w, read: w, now: time.Now}
	s.rows.orFail = true
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	// The layers' INSERTs are prepared once to check them against the
	// schema; saves run them as rawInserts (raw_inserts.go).
	if err := s.rows.prepareInserts(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	s.rows.close()
	if err := s.prepareSaveStmts(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	if path == ":memory:" {
		return s, nil
	}
	// Readers do not set journal_mode (WAL is a property of the file, set
	// by the writer above) and are query_only, so a bug cannot write
	// outside SaveDocument's transactions.
	rdsn := fmt.Sprintf("%s?_busy_timeout=%d&_foreign_keys=1&_query_only=1", path, ms)
	r, err := sql.Open("sqlite", rdsn)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	n := readPoolSize(runtime.GOMAXPROCS(0)) // serve_pool.go
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	if err := r.PingContext(ctx); err != nil {
		r.Close()
		w.Close()
		return nil, fmt.Errorf("store: open %q: %w", path, err)
	}
	s.read = r
	if s.ckpt, err = startCheckpointer(ctx, path, w); err != nil {
		r.Close()
		w.Close()
		return nil, fmt.Errorf("store: open %q: checkpointer: %w", path, err)
	}
	return s, nil
}

// Close closes the database. It runs PRAGMA optimize first, which keeps
// the query planner's statistics fresh at almost no cost, and on a file
// copies the whole WAL back and truncates it.
func (s *Storage) Close() error {
	s.rows.close()
	s.raw.close(context.Background(), s.write)
	s.closeStmts()
	s.reads.close()
	err := s.ckpt.close()
	if s.dialect == sqliteDialect {
		_, _ = s.write.Exec("PRAGMA optimize")
	}
	if s.ckpt != nil {
		_, _ = s.write.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	}
	if s.read != s.write {
		if rerr := s.read.Close(); rerr != nil && err == nil {
			err = rerr
		}
	}
	if werr := s.write.Close(); werr != nil && err == nil {
		err = werr
	}
	if err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}
