package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Bucket lengths for Timeline: the prefix of a YYYY-MM-DD day that names
// the period.
var bucketLen = map[string]int{"day": 10, "month": 7, "year": 4}

// TimeCount is the number of articles, quotes and events published in one
// period (YYYY, YYYY-MM or YYYY-MM-DD).
type TimeCount struct {
	Period   string `json:"period"`
	Articles int64  `json:"articles"`
	Quotes   int64  `json:"quotes"`
	Events   int64  `json:"events"`
}

// TimelineFilter selects what Timeline counts. Actor, when set, is an actor
// name (resolved as Profile does): articles that mention it, quotes it
// said, events it takes part in. Bucket is day, month (default) or year.
// Since and Until bound the publication day, YYYY-MM-DD, inclusive.
type TimelineFilter struct {
	Actor        string
	Bucket       string
	Since, Until string
}

// Timeline counts articles, quotes and events by publication period, in
// time order. Articles with no publication day are left out. It wraps
// ErrNotFound when Actor names no actor.
func (s *Storage) Timeline(ctx context.Context, f TimelineFilter) ([]TimeCount, error) {
	if f.Bucket == "" {
		f.Bucket = "month"
	}
	n, ok := bucketLen[f.Bucket]
	if !ok {
		return nil, fmt.Errorf("store: timeline bucket %q: want day, month or year", f.Bucket)
	}
	var b sqlBuilder
	if err := b.scope(Filter{Since: f.Since, Until: f.Until}, false); err != nil {
		return nil, err
	}
	if f.Actor != "" {
		key, err := s.actorKey(ctx, f.Actor)
		if err != nil {
			return nil, err
		}
		return s.actorTimeline(ctx, key, n, f.Since, f.Until)
	}
	b.and("a.published_day IS NOT NULL")
	period := fmt.Sprintf("substr(a.published_day, 1, %d)", n)
	queries := [3]string{
		`SELECT ` + period + `, count(*) FROM articles a` + b.whereSQL() + ` GROUP BY 1`,
		`SELECT ` + period + `, count(*) FROM quotes q JOIN articles a ON a.seq = q.article` + b.whereSQL() + ` GROUP BY 1`,
		`SELECT ` + period + `, count(*) FROM events e JOIN articles a ON a.seq = e.article` + b.whereSQL() + ` GROUP BY 1`,
	}
	byPeriod := map[string]*TimeCount{}
	for i, q := range queries {
		rows, err := s.read.QueryContext(ctx, q, b.args...)
		if err != nil {
			return nil, fmt.Errorf("store: timeline: %w", err)
		}
		for rows.Next() {
			var p string
			var c int64
			if err := rows.Scan(&p, &c); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: timeline: %w", err)
			}
			tc := byPeriod[p]
			if tc == nil {
				tc = &TimeCount{Period: p}
				byPeriod[p] = tc
			}
			*[]*int64{&tc.Articles, &tc.Quotes, &tc.Events}[i] = c
		}
		err = errors.Join(rows.Err(), rows.Close())
		if err != nil {
			return nil, fmt.Errorf("store: timeline: %w", err)
		}
	}
	out := make([]TimeCount, 0, len(byPeriod))
	for _, tc := range byPeriod {
		out = append(out, *tc)
	}
	slices.SortFunc(out, func(x, y TimeCount) int { return strings.Compare(x.Period, y.Period) })
	return out, nil
}

// actorTimeline sums the actor_days rows of the actor key (filled at save
// time, see serve_aggregates.go) into periods of the first n characters
// of the day.
func (s *Storage) actorTimeline(ctx context.Context, key string, n int, since, until string) ([]TimeCount, error) {
	q := fmt.Sprintf(`SELECT substr(day, 1, %d), sum(articles), sum(quotes), sum(events) FROM actor_days WHERE name = ?`, n)
	args := []any{key}
	if since != "" {
		q += " AND day >= ?"
		args = append(args, since)
	}
	if until != "" {
		q += " AND day <= ?"
		args = append(args, until)
	}
	rows, err := s.read.QueryContext(ctx, q+" GROUP BY 1 ORDER BY 1", args...)
	if err != nil {
		return nil, fmt.Errorf("store: timeline: %w", err)
	}
	defer rows.Close()
	out := []TimeCount{}
	for rows.Next() {
		var tc TimeCount
		if err := rows.Scan(&tc.Period, &tc.Articles, &tc.Quotes, &tc.Events); err != nil {
			return nil, fmt.Errorf("store: timeline: %w", err)
		}
		if tc.Articles > 0 {
			out = append(out, tc)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: timeline: %w", err)
	}
	return out, nil
}
