package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"chronicle/internal/doc"
)

// SaveDocument stores d with all its layers in one transaction, so a crash
// at any point leaves either the whole article or none of it. If an article
// with d.ID is already stored it changes nothing and returns saved=false:
// re-ingesting is idempotent, and a rerun after a crash finishes the rest.
// d must have an ID and pass d.Validate().
func (s *Storage) SaveDocument(ctx context.Context, d *doc.Document) (saved bool, err error) {
	if d.ID == "" {
		return false, errors.New("store: save: document has no id")
	}
	if err := d.Validate(); err != nil {
		return false, fmt.Errorf("store: save %s: %w", d.ID, err)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("store: save %s: %w", d.ID, err)
	}
	defer tx.Rollback()
	var one int
	switch err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, d.ID).Scan(&one); {
	case err == nil:
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, fmt.Errorf("store: save %s: %w", d.ID, err)
	}
	w := &writer{ctx: ctx, tx: tx, d: d, o: doc.NewOffsets(d.Text)}
	w.article(s.now())
	w.sentences()
	w.tokens()
	w.actors()
	w.entities()
	w.quotes()
	w.events()
	w.dates()
	w.diagnostics()
	if w.err != nil {
		return false, fmt.Errorf("store: save %s: %w", d.ID, w.err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store: save %s: commit: %w", d.ID, err)
	}
	return true, nil
}

// Has reports whether an article with id is stored.
func (s *Storage) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.read.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	default:
		return false, fmt.Errorf("store: has %s: %w", id, err)
	}
}

// writer inserts the layers of one document inside a transaction. The
// first error sticks and later calls do nothing, which keeps SaveDocument
// a flat list of steps.
type writer struct {
	ctx context.Context
	tx  *sql.Tx
	d   *doc.Document
	o   *doc.Offsets
	err error
}

func (w *writer) exec(what, q string, args ...any) {
	if w.err != nil {
		return
	}
	if _, err := w.tx.ExecContext(w.ctx, q, args...); err != nil {
		w.err = fmt.Errorf("%s: %w", what, err)
	}
}

// span returns the code-point offsets of s, as the database stores them.
func (w *writer) span(s doc.Span) (int32, int32) { return w.o.CodePoints(s) }

func (w *writer) article(now time.Time) {
	d := w.d
	var day any
	if !d.Published.IsZero() {
		day = d.Published.Format(time.DateOnly)
	}
	w.exec("article", `INSERT INTO articles (id, url, title, source, author, published, published_day, text, origin, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, null(d.URL), null(d.Title), null(d.Source), null(d.Author), null(d.PublishedString()), day,
		d.Text, null(d.Origin), now.UTC().Format(time.RFC3339))
}

func (w *writer) sentences() {
	for i, s := range w.d.Sentences {
		a, b := w.span(s.Span)
		w.exec("sentence", `INSERT INTO sentences (article_id, idx, start, "end", token_start, token_end) VALUES (?, ?, ?, ?, ?, ?)`,
			w.d.ID, i, a, b, s.TokenStart, s.TokenEnd)
	}
}

// packedToken is one token as the tokens table stores it: a JSON array
// [start, end, pos, tag, lemma, head, dep] with code-point offsets.
type packedToken [7]any

func (w *writer) tokens() {
	if len(w.d.Tokens) == 0 || w.err != nil {
		return
	}
	rows := make([]packedToken, len(w.d.Tokens))
	for i, t := range w.d.Tokens {
		a, b := w.span(t.Span)
		rows[i] = packedToken{a, b, t.POS, t.Tag, t.Lemma, t.Head, t.Dep}
	}
	data, err := json.Marshal(rows)
	if err != nil {
		w.err = fmt.Errorf("tokens: %w", err)
		return
	}
	w.exec("tokens", `INSERT INTO tokens (article_id, n, data) VALUES (?, ?, ?)`, w.d.ID, len(rows), string(data))
}

func (w *writer) actors() {
	for i, a := range w.d.Actors {
		w.exec("actor", `INSERT INTO actors (article_id, idx, name, name_lower, kind, country, sector, role, code)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			w.d.ID, i, a.Name, strings.ToLower(a.Name), null(a.Kind), null(a.Country), null(a.Sector), null(a.Role), null(a.Code))
		for k, m := range a.Mentions {
			s, e := w.span(m)
			w.exec("actor mention", `INSERT INTO actor_mentions (article_id, actor, idx, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)`,
				w.d.ID, i, k, s, e, w.d.Slice(m))
		}
	}
}

func (w *writer) entities() {
	for i, e := range w.d.Entities {
		a, b := w.span(e.Span)
		w.exec("entity", `INSERT INTO entities (article_id, idx, start, "end", text, label, actor) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			w.d.ID, i, a, b, w.d.Slice(e.Span), e.Label, index(e.Actor))
	}
}

func (w *writer) quotes() {
	for i, q := range w.d.Quotes {
		a, b := w.span(q.Span)
		ms, me, mt := w.optSpan(q.SpeakerMention)
		cs, ce, ct := w.optSpan(q.Cue)
		w.exec("quote", `INSERT INTO quotes (article_id, idx, start, "end", text, kind, speaker, speaker_name,
				speaker_mention_start, speaker_mention_end, speaker_mention_text, cue_start, cue_end, cue_text, medium)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			w.d.ID, i, a, b, w.d.Slice(q.Span), q.Kind, index(q.Speaker), null(q.SpeakerName),
			ms, me, mt, cs, ce, ct, null(q.Medium))
	}
}

// optSpan returns the code-point offsets and text of s, or three NULLs.
func (w *writer) optSpan(s *doc.Span) (start, end, text any) {
	if s == nil {
		return nil, nil, nil
	}
	a, b := w.span(*s)
	return a, b, w.d.Slice(*s)
}

func (w *writer) events() {
	for i, e := range w.d.Events {
		a, b := w.span(e.Trigger)
		w.exec("event", `INSERT INTO events (article_id, idx, type, mode, cameo, date, location, negated, hypothetical,
				trigger_start, trigger_end, trigger_text, sentence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			w.d.ID, i, e.Type, null(e.Mode), null(e.Cameo), null(e.Date), null(e.Location), e.Negated, e.Hypothetical,
			a, b, w.d.Slice(e.Trigger), index(e.Sentence))
		w.participants(i, "source", e.Sources, e.SourceNames)
		w.participants(i, "target", e.Targets, e.TargetNames)
	}
}

func (w *writer) participants(event int, role string, ids []int32, names []string) {
	for k := range max(len(ids), len(names)) {
		var id, name any
		if k < len(ids) {
			id = ids[k]
		}
		if k < len(names) {
			name = names[k]
		}
		w.exec("event participant", `INSERT INTO event_participants (article_id, event, role, position, actor, name) VALUES (?, ?, ?, ?, ?, ?)`,
			w.d.ID, event, role, k, id, name)
	}
}

func (w *writer) dates() {
	for i, t := range w.d.Dates {
		a, b := w.span(t.Span)
		w.exec("date", `INSERT INTO dates (article_id, idx, start, "end", text, value, type) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			w.d.ID, i, a, b, w.d.Slice(t.Span), t.Value, t.Type)
	}
}

func (w *writer) diagnostics() {
	for i, g := range w.d.Diagnostics {
		a, b := w.span(g.Span)
		w.exec("diagnostic", `INSERT INTO diagnostics (article_id, idx, stage, message, start, "end") VALUES (?, ?, ?, ?, ?, ?)`,
			w.d.ID, i, g.Stage, g.Message, a, b)
	}
}

// null maps "" to SQL NULL: the document JSON has null where the Document
// has an empty string, and the database follows the JSON.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// index maps a -1 ("none") reference to SQL NULL.
func index(i int32) any {
	if i < 0 {
		return nil
	}
	return i
}
