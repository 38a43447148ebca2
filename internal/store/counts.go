package store

import (
	"context"
	"fmt"
)

// countedTables are the tables Counts reports, in schema order.
var countedTables = []string{"articles", "sentences", "tokens", "actors", "actor_mentions", "entities",
	"quotes", "events", "event_participants", "dates", "diagnostics"}

// Counts returns the number of rows of each table, keyed by table name,
// plus "token_count", the number of tokens (the tokens table holds one
// row per article). Tests use it to check that re-ingesting changes
// nothing; `chronicle ingest` can print it as a summary.
func (s *Storage) Counts(ctx context.Context) (map[string]int64, error) {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: counts: %w", err)
	}
	defer tx.Rollback()
	m := make(map[string]int64, len(countedTables)+1)
	for _, t := range countedTables {
		var n int64
		// t comes from the fixed list above, never from a caller.
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+t).Scan(&n); err != nil {
			return nil, fmt.Errorf("store: counts: %s: %w", t, err)
		}
		m[t] = n
	}
	var n int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(sum(n), 0) FROM tokens").Scan(&n); err != nil {
		return nil, fmt.Errorf("store: counts: tokens: %w", err)
	}
	m["token_count"] = n
	return m, nil
}
