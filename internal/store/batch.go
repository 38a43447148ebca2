package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"chronicle/internal/doc"
)

// Article is one article for SaveArticles: the document, and where it was
// found and how to place it in a story.
type Article struct {
	Doc  *doc.Document
	Save ArticleSave
}

// SaveArticles saves each article as SaveArticle does, in order, and on
// SQLite all of them in one transaction: `chronicle ingest` commits a
// batch of articles at a time. What a batch stores is what saving its
// articles one after the other stores (the same rows, story ids and
// sequence numbers); each article sees those before it, so a reprint
// joins the story of an earlier one and a second copy of an article is
// one more place where it was seen. A crash leaves the whole batch or
// none of it, so still only complete articles.
//
// Why: a commit writes every page the transaction changed to the WAL, and
// the pages of the indexes, the FTS segments and the story tables that
// consecutive articles change are then written once per batch instead of
// once per article; the rows of one table for all the articles go in the
// same multi-row INSERTs, and each FTS index gets one segment per batch.
//
// It returns one result per article. When the batch fails, it is rolled
// back and the articles are saved again one transaction each, up to the
// one that fails, whose error is returned with the results of those
// before it: what is stored is then what SaveArticle one at a time would
// have stored.
//
// On PostgreSQL each article has its own transaction: many writers share
// the server, and one transaction holding the locks of several articles
// and of their actors' rows would make them wait on one another.
func (s *Storage) SaveArticles(ctx context.Context, arts []Article) ([]SaveResult, error) {
	if len(arts) > 1 && s.dialect != postgresDialect {
		res, err := s.saveBatch(ctx, arts)
		if err == nil || ctx.Err() != nil {
			return res, err
		}
	}
	res := make([]SaveResult, 0, len(arts))
	for _, a := range arts {
		r, err := s.saveBatch(ctx, []Article{a})
		if err != nil {
			return res, err
		}
		res = append(res, r[0])
	}
	return res, nil
}

// saveBatch saves arts in one transaction, or nothing.
func (s *Storage) saveBatch(ctx context.Context, arts []Article) ([]SaveResult, error) {
	now := s.now().UTC()
	stamp := now.Format(time.RFC3339)
	// The rows are made before the transaction, which then only writes;
	// on PostgreSQL their statements are prepared before it too, for all
	// the articles (an article found stored inside it only leaves some
	// unused). On SQLite rawInserts prepares them on the transaction's
	// connection.
	ws := make([]*writer, len(arts))
	var total [numInserts]int
	for i, a := range arts {
		d := a.Doc
		if d.ID == "" {
			return nil, errors.New("store: save: document has no id")
		}
		if err := d.Validate(); err != nil {
			return nil, fmt.Errorf("store: save %s: %w", d.ID, err)
		}
		ws[i] = newWriter(s, d, now)
		for q, n := range ws[i].n {
			total[q] += n
		}
	}
	fail := func(i int, err error) ([]SaveResult, error) {
		return nil, fmt.Errorf("store: save %s: %w", arts[i].Doc.ID, err)
	}
	if s.dialect != sqliteDialect {
		if err := s.rows.prepare(ctx, s.write, &total); err != nil {
			return fail(0, err)
		}
	}
	tx, conn, err := s.beginSave(ctx) // raw_inserts.go
	if err != nil {
		return fail(0, err)
	}
	if conn != nil {
		defer conn.Close()
	}
	defer tx.Rollback()

	// Which articles are new: not stored, and not an earlier copy in
	// the batch.
	res := make([]SaveResult, len(arts))
	inBatch := make(map[string]bool, len(arts))
	var fresh []*writer
	for i, a := range arts {
		id := a.Doc.ID
		if err := s.lockArticle(ctx, tx, id); err != nil { // dialect_pg.go
			return fail(i, err)
		}
		if inBatch[id] {
			continue
		}
		switch err := s.stored(ctx, tx, id); {
		case err == nil:
			continue
		case !errors.Is(err, sql.ErrNoRows):
			return fail(i, err)
		}
		inBatch[id] = true
		res[i].Stored = true
		fresh = append(fresh, ws[i])
	}
	if err := s.writeRows(ctx, tx, conn, fresh); err != nil {
		return fail(0, err)
	}
	for i, a := range arts {
		if res[i].Stored {
			if err := s.placeInStory(ctx, tx, a.Doc.ID, ws[i].seq, a.Save.Signature, stamp, &res[i]); err != nil {
				return fail(i, err)
			}
		}
	}
	// The places where they were seen, in order, after every article is
	// in: a copy's place names the article stored before it.
	for i, a := range arts {
		if err := s.recordSource(ctx, tx, a, ws[i], res[i].Stored, stamp, &res[i]); err != nil {
			return fail(i, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fail(0, fmt.Errorf("commit: %w", err))
	}
	s.ckpt.committed()
	return res, nil
}

// recordSource records where a was seen: as the place of a stored
// article, or, for an article stored already, as one more place it was
// seen (copy 1), whose story it then reports.
func (s *Storage) recordSource(ctx context.Context, tx *sql.Tx, a Article, w *writer, stored bool, stamp string, res *SaveResult) error {
	d := a.Doc
	loc := a.Save.Location
	for _, alt := range []string{d.Origin, d.URL, "id:" + d.ID} {
		if loc == "" {
			loc = alt
		}
	}
	if stored {
		_, err := s.txExec(ctx, tx, sqlInsertSource, loc, w.seq, null(d.Source), stamp)
		return err
	}
	if _, err := s.txExec(ctx, tx, sqlInsertCopySource, loc, null(d.Source), stamp, d.ID); err != nil {
		return err
	}
	st, err := s.txStmt(ctx, tx, sqlStoryOf)
	if err != nil {
		return err
	}
	err = st.QueryRowContext(ctx, d.ID).Scan(&res.Story)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return nil
}
