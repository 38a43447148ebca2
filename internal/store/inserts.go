package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"chronicle/internal/dedup"
)

// insert names one of the INSERT statements SaveDocument runs. They are
// prepared once at Open: parsing the SQL again for each of the hundred or
// so rows of an article cost about a fifth of the time of a save.
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
	numInserts
)

// insertTable names the table each insert writes, for error messages.
var insertTable = [numInserts]string{"articles", "sentences", "tokens", "actors", "actor_mentions",
	"entities", "quotes", "events", "event_participants", "dates", "diagnostics"}

var insertSQL = [numInserts]string{
	insArticle: `INSERT INTO articles (id, url, title, source, author, published, published_day, text, origin, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	insSentence: `INSERT INTO sentences (article_id, idx, start, "end", token_start, token_end) VALUES (?, ?, ?, ?, ?, ?)`,
	insTokens:   `INSERT INTO tokens (article_id, n, data) VALUES (?, ?, ?)`,
	insActor: `INSERT INTO actors (article_id, idx, name, name_lower, kind, country, sector, role, code)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	insMention: `INSERT INTO actor_mentions (article_id, actor, idx, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)`,
	insEntity:  `INSERT INTO entities (article_id, idx, start, "end", text, label, actor) VALUES (?, ?, ?, ?, ?, ?, ?)`,
	insQuote: `INSERT INTO quotes (article_id, idx, start, "end", text, kind, speaker, speaker_name,
			speaker_mention_start, speaker_mention_end, speaker_mention_text, cue_start, cue_end, cue_text, medium)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	insEvent: `INSERT INTO events (article_id, idx, type, mode, cameo, date, location, negated, hypothetical,
			trigger_start, trigger_end, trigger_text, sentence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	insParticipant: `INSERT INTO event_participants (article_id, event, role, position, actor, name) VALUES (?, ?, ?, ?, ?, ?)`,
	insDate:        `INSERT INTO dates (article_id, idx, start, "end", text, value, type) VALUES (?, ?, ?, ?, ?, ?, ?)`,
	insDiagnostic:  `INSERT INTO diagnostics (article_id, idx, stage, message, start, "end") VALUES (?, ?, ?, ?, ?, ?)`,
}

// prepareInserts prepares every insert on db (the one write connection).
func prepareInserts(ctx context.Context, db *sql.DB) (out [numInserts]*sql.Stmt, err error) {
	for i, q := range insertSQL {
		if out[i], err = db.PrepareContext(ctx, q); err != nil {
			closeAll(out[:])
			return out, fmt.Errorf("prepare insert into %s: %w", insertTable[i], err)
		}
	}
	return out, nil
}

func closeAll(stmts []*sql.Stmt) {
	for _, st := range stmts {
		if st != nil {
			st.Close()
		}
	}
}

// saveSQL lists the other statements of a save (the existence check, the
// actor aggregates, the story rows), which prepareSaveStmts prepares at
// Open: modernc's driver parses the SQL again on every unprepared Exec.
// They cannot be prepared on first use, inside the save's transaction,
// because on SQLite that holds the one write connection.
func saveSQL() []string {
	out := []string{sqlStored, sqlInsertSource, sqlInsertStoryArticle,
		lshCandidatesSQL(dedup.Bands), lshInsertSQL(dedup.Bands)}
	return append(out, aggregateSaveSQL...)
}

// prepareSaveStmts prepares saveSQL on the write connection.
func (s *Storage) prepareSaveStmts(ctx context.Context) error {
	s.stmts = map[string]*sql.Stmt{}
	for _, q := range saveSQL() {
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
