package store

import "strings"

// dialect is the SQL engine behind a Storage. The store's SQL is written
// for SQLite; on PostgreSQL the statements go through pgRewrite
// (dialect_pg.go), which turns placeholders, INSERT OR IGNORE, the FTS5
// tables and a few SQLite functions into their PostgreSQL forms, so that
// each query is written once.
type dialect int

const (
	sqliteDialect dialect = iota
	postgresDialect
)

func (d dialect) String() string {
	if d == postgresDialect {
		return "postgres"
	}
	return "sqlite"
}

// IsPostgres reports whether Open takes target as a PostgreSQL connection
// string (postgres:// or postgresql://) rather than an SQLite file name.
func IsPostgres(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}
