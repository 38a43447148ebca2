package store

import (
	"context"
	"database/sql"
	"sync"
)

// readStmts holds the statements of the look-ups `chronicle ingest` makes
// for every article it reads (Has, HasLocation), prepared once on the
// read pool: database/sql prepares a *sql.Stmt again on each connection
// that runs it, once, and modernc's driver would otherwise parse the SQL
// on every call, which was half the CPU of Has.
type readStmts struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// queryRow runs q, prepared on s.read, with args.
func (s *Storage) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	r := &s.reads
	r.mu.Lock()
	st, ok := r.m[q]
	if !ok {
		var err error
		if st, err = s.read.PrepareContext(ctx, q); err != nil {
			r.mu.Unlock()
			// The unprepared query fails the same way, and its Row
			// carries the error to Scan.
			return s.read.QueryRowContext(ctx, q, args...)
		}
		if r.m == nil {
			r.m = map[string]*sql.Stmt{}
		}
		r.m[q] = st
	}
	r.mu.Unlock()
	return st.QueryRowContext(ctx, args...)
}

// close closes every statement.
func (r *readStmts) close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, st := range r.m {
		st.Close()
	}
	r.m = nil
}
