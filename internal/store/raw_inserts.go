package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// rawInserts runs the multi-row INSERTs of a save on SQLite as the
// driver's own prepared statements, on the connection of the save's
// transaction (sql.Conn.Raw), rather than through database/sql.
//
// Why: an article's layers are some 3,500 values, and database/sql, for
// every statement, allocates a []driver.NamedValue for its values (up to
// maxInsertParams of them, 80 KB) and checks and converts each value,
// although the writer makes only values the driver takes as they are
// (int64, string, bool, nil). That was 140 KB of garbage per article, a
// third of what a save allocated, and 0.4M instructions besides the
// collector's. Here one slice of NamedValues is kept and reused. The SQL
// is the same (rowsSQL), and so is the transaction: BEGIN, the other
// statements and COMMIT go through database/sql on the same connection.
//
// The statements belong to one driver connection; should database/sql
// replace the write connection (after a broken one), those of the old one
// are dropped and prepared again on the new. Only a save, which holds the
// one write connection for its whole transaction, and Close use it, so
// no two goroutines touch it at once.
type rawInserts struct {
	conn  any // the driver connection the statements were prepared on
	stmts map[rowsKey]driver.Stmt
	args  []driver.NamedValue
}

// exec inserts the k rows in args into q's table, in the transaction
// that runs on conn.
func (r *rawInserts) exec(ctx context.Context, conn *sql.Conn, q insert, k int, args []any) error {
	return conn.Raw(func(dc any) error {
		if dc != r.conn || r.stmts == nil {
			r.conn, r.stmts = dc, map[rowsKey]driver.Stmt{}
		}
		key := rowsKey{q, k}
		st, ok := r.stmts[key]
		if !ok {
			prep, ok := dc.(driver.ConnPrepareContext)
			if !ok {
				return fmt.Errorf("driver connection %T cannot prepare", dc)
			}
			var err error
			if st, err = prep.PrepareContext(ctx, rowsSQL(q, k, true)); err != nil {
				return err
			}
			r.stmts[key] = st
		}
		ex, ok := st.(driver.StmtExecContext)
		if !ok {
			return fmt.Errorf("driver statement %T cannot execute", st)
		}
		r.args = r.args[:0]
		for i, v := range args {
			r.args = append(r.args, driver.NamedValue{Ordinal: i + 1, Value: v})
		}
		_, err := ex.ExecContext(ctx, r.args)
		clear(r.args) // let the values go with their save
		return err
	})
}

// close closes the statements, on the write connection they were
// prepared on (db has one).
func (r *rawInserts) close(ctx context.Context, db *sql.DB) {
	if len(r.stmts) == 0 {
		return
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return
	}
	defer conn.Close()
	_ = conn.Raw(func(dc any) error {
		if dc == r.conn {
			for _, st := range r.stmts {
				st.Close()
			}
		}
		return nil
	})
	r.conn, r.stmts = nil, nil
}

// beginSave begins a save's transaction on the write connection. On
// SQLite it also returns that connection, held until the caller closes
// it after the transaction, for rawInserts; on PostgreSQL conn is nil.
func (s *Storage) beginSave(ctx context.Context) (tx *sql.Tx, conn *sql.Conn, err error) {
	if s.dialect != sqliteDialect {
		tx, err = s.write.BeginTx(ctx, nil)
		return tx, nil, err
	}
	if conn, err = s.write.Conn(ctx); err != nil {
		return nil, nil, err
	}
	if tx, err = conn.BeginTx(ctx, nil); err != nil {
		conn.Close()
		return nil, nil, err
	}
	return tx, conn, nil
}
