package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"chronicle/internal/dedup"
	"chronicle/internal/doc"
)

// maxCandidates bounds how many stored articles a new one is compared
// with: those that share the most bands with it. A boilerplate text that
// shares bands with thousands of articles must not make a save slow.
const maxCandidates = 64

// ArticleSave says where an article was found and how to place it in a
// story.
type ArticleSave struct {
	// Location is where this copy was seen: the URL it was fetched from or
	// the WARC record's target URI, else the file origin. "" means
	// d.Origin, else d.URL.
	Location string
	// Signature is the article's dedup signature; nil makes the article a
	// story of its own (no near-duplicate search).
	Signature *dedup.Signature
}

// SaveResult tells what SaveArticle did.
type SaveResult struct {
	// Stored is false when an article with the same id (the same text,
	// when the id is a hash) was already stored: an exact duplicate or a
	// rerun. Its location is then recorded as one more source.
	Stored bool
	// Story is the id of the article's story.
	Story int64
	// Matched is the id of the stored article this one was found to
	// reprint, "" when it starts a new story or was not stored.
	Matched string
	// Similarity is the estimated Jaccard similarity with Matched.
	Similarity float64
}

// SaveArticle stores d as SaveDocument does and, in the same transaction,
// places it in a story: the story of the most similar stored article whose
// estimated Jaccard similarity is at least dedup.Threshold, among those
// that share an LSH band with it, else a new story. It records
// opt.Location as a place where the article was seen. An article whose id
// is stored already changes nothing but that record. A crash at any point
// leaves the article with its story and sources, or nothing.
func (s *Storage) SaveArticle(ctx context.Context, d *doc.Document, opt ArticleSave) (SaveResult, error) {
	res, err := s.SaveArticles(ctx, []Article{{Doc: d, Save: opt}})
	if err != nil {
		return SaveResult{}, err
	}
	return res[0], nil
}

// The statements of a save that saveSQL prepares at Open.
const (
	sqlInsertSource = `INSERT OR IGNORE INTO article_sources (location, article, source, copy, seen_at)
		VALUES (?, ?, ?, 0, ?)`
	// A copy names the article stored already by its id.
	sqlInsertCopySource = `INSERT OR IGNORE INTO article_sources (location, article, source, copy, seen_at)
		SELECT ?, seq, ?, 1, ? FROM articles WHERE id = ?`
	sqlStoryOf            = `SELECT story_id FROM story_articles WHERE article = (SELECT seq FROM articles WHERE id = ?)`
	sqlInsertStoryArticle = `INSERT INTO story_articles (article, story_id, similarity, matched, signature) VALUES (?, ?, ?, ?, ?)`
	// RETURNING rather than LastInsertId, which PostgreSQL lacks.
	sqlInsertStory = `INSERT INTO stories (first_article, created_at) VALUES (?, ?) RETURNING id`
)

// lshCandidatesSQL selects the stored articles that share one of n band
// keys with a new one, those sharing the most first, then by id (as when
// story_lsh held the ids: which of several equally similar reprints an
// article is found to match does not change with the schema).
func lshCandidatesSQL(n int) string {
	return `SELECT a.id, sa.story_id, sa.signature FROM story_lsh l JOIN story_articles sa ON sa.article = l.article
			JOIN articles a ON a.seq = l.article
			WHERE l.key IN (?` + strings.Repeat(",?", n-1) + `) AND sa.signature IS NOT NULL
			GROUP BY l.article, a.id, sa.story_id, sa.signature ORDER BY count(*) DESC, a.id LIMIT ` + fmt.Sprint(maxCandidates)
}

// lshInsertSQL inserts n band keys in one statement.
func lshInsertSQL(n int) string {
	return `INSERT OR IGNORE INTO story_lsh (key, article) VALUES (?, ?)` + strings.Repeat(", (?, ?)", n-1)
}

// placeInStory finds the story of the article id (just inserted, with
// seq) and writes its story rows and LSH keys.
func (s *Storage) placeInStory(ctx context.Context, tx *sql.Tx, id string, seq int64, sig *dedup.Signature, stamp string, res *SaveResult) error {
	var sigBytes any
	if sig != nil {
		sigBytes = sig.Bytes()
		keys := sig.BandKeys()
		args := make([]any, len(keys))
		for i, k := range keys {
			args[i] = k
		}
		st, err := s.txStmt(ctx, tx, lshCandidatesSQL(len(keys)))
		if err != nil {
			return fmt.Errorf("story candidates: %w", err)
		}
		rows, err := st.QueryContext(ctx, args...)
		if err != nil {
			return fmt.Errorf("story candidates: %w", err)
		}
		for rows.Next() {
			var cand string
			var story int64
			var b []byte
			if err := rows.Scan(&cand, &story, &b); err != nil {
				rows.Close()
				return fmt.Errorf("story candidates: %w", err)
			}
			other, err := dedup.FromBytes(b)
			if err != nil {
				continue // a damaged signature only costs this match
			}
			if sim := sig.Similarity(&other); sim >= dedup.Threshold && sim > res.Similarity {
				res.Matched, res.Story, res.Similarity = cand, story, sim
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("story candidates: %w", err)
		}
		// One statement for all bands: 32 single-row INSERTs cost more
		// than the rest of the story placement together.
		ins := make([]any, 0, 2*len(keys))
		for _, k := range keys {
			ins = append(ins, k, seq)
		}
		if _, err := s.txExec(ctx, tx, lshInsertSQL(len(keys)), ins...); err != nil {
			return fmt.Errorf("insert story_lsh: %w", err)
		}
	}
	if res.Matched == "" {
		st, err := s.txStmt(ctx, tx, sqlInsertStory)
		if err == nil {
			err = st.QueryRowContext(ctx, id, stamp).Scan(&res.Story)
		}
		if err != nil {
			return fmt.Errorf("insert stories: %w", err)
		}
		res.Similarity = 1
	}
	if _, err := s.txExec(ctx, tx, sqlInsertStoryArticle,
		seq, res.Story, res.Similarity, null(res.Matched), sigBytes); err != nil {
		return fmt.Errorf("insert story_articles: %w", err)
	}
	return nil
}

// HasLocation reports whether an article was already seen at location (a
// URL or origin given to SaveArticle), so that an ingest that is run again
// skips it before fetching or parsing.
func (s *Storage) HasLocation(ctx context.Context, location string) (bool, error) {
	var one int
	err := s.queryRow(ctx, `SELECT 1 FROM article_sources WHERE location = ?`, location).Scan(&one)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	default:
		return false, fmt.Errorf("store: has location %s: %w", location, err)
	}
}

// StoryOf returns the story of the article id, or ErrNotFound.
func (s *Storage) StoryOf(ctx context.Context, id string) (int64, error) {
	var story int64
	err := s.read.QueryRowContext(ctx, sqlStoryOf, id).Scan(&story)
	switch {
	case err == nil:
		return story, nil
	case errors.Is(err, sql.ErrNoRows):
		return 0, fmt.Errorf("store: story of %s: %w", id, ErrNotFound)
	default:
		return 0, fmt.Errorf("store: story of %s: %w", id, err)
	}
}
