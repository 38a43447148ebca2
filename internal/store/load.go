package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"chronicle/internal/doc"
)

// Document loads the article with id and all its layers, with byte offsets
// again, so that its document JSON equals the one analyze printed before it
// was stored. The error wraps ErrNotFound when no article has the id.
func (s *Storage) Document(ctx context.Context, id string) (*doc.Document, error) {
	// One read transaction: a consistent snapshot across the layer tables.
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: document %s: %w", id, err)
	}
	defer tx.Rollback()
	d, err := loadDocument(ctx, tx, id)
	if err != nil {
		return nil, fmt.Errorf("store: document %s: %w", id, err)
	}
	return d, nil
}

func loadDocument(ctx context.Context, tx *sql.Tx, id string) (*doc.Document, error) {
	d := &doc.Document{ID: id}
	var url, title, source, author, published, origin sql.NullString
	var seq int64
	err := tx.QueryRowContext(ctx, `SELECT seq, url, title, source, author, published, text, origin FROM articles WHERE id = ?`, id).
		Scan(&seq, &url, &title, &source, &author, &published, &d.Text, &origin)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	d.URL, d.Title, d.Source, d.Author, d.Origin = url.String, title.String, source.String, author.String, origin.String
	if published.String != "" {
		if d.Published, d.PublishedHasTime, err = doc.ParsePublished(published.String); err != nil {
			return nil, err
		}
	}
	r := &reader{ctx: ctx, tx: tx, d: d, seq: seq, o: doc.NewOffsets(d.Text)}
	r.sentences()
	r.tokens()
	r.actors()
	r.entities()
	r.quotes()
	r.events()
	r.dates()
	r.diagnostics()
	return d, r.err
}

// reader loads the layers of one document; like writer, its first error
// sticks.
type reader struct {
	ctx context.Context
	tx  *sql.Tx
	d   *doc.Document
	seq int64 // articles.seq of d
	o   *doc.Offsets
	err error
}

// each runs q with the article's seq as its only argument and calls scan
// for every row.
func (r *reader) each(what, q string, scan func(*sql.Rows) error) {
	if r.err != nil {
		return
	}
	rows, err := r.tx.QueryContext(r.ctx, q, r.seq)
	if err != nil {
		r.err = fmt.Errorf("%s: %w", what, err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			r.err = fmt.Errorf("%s: %w", what, err)
			return
		}
	}
	if err := rows.Err(); err != nil {
		r.err = fmt.Errorf("%s: %w", what, err)
	}
}

// span converts stored code-point offsets back to a byte span.
func (r *reader) span(start, end int32) doc.Span { return r.o.Bytes(start, end) }

func (r *reader) sentences() {
	r.each("sentences", `SELECT start, "end", token_start, token_end FROM sentences WHERE article = ? ORDER BY idx`, func(rows *sql.Rows) error {
		var a, b int32
		var s doc.Sentence
		if err := rows.Scan(&a, &b, &s.TokenStart, &s.TokenEnd); err != nil {
			return err
		}
		s.Span = r.span(a, b)
		r.d.Sentences = append(r.d.Sentences, s)
		return nil
	})
}

func (r *reader) tokens() {
	r.each("tokens", `SELECT data FROM tokens WHERE article = ?`, func(rows *sql.Rows) error {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return err
		}
		var packed []unpackedToken
		if err := json.Unmarshal(data, &packed); err != nil {
			return err
		}
		r.d.Tokens = make([]doc.Token, len(packed))
		for i, p := range packed {
			r.d.Tokens[i] = doc.Token{Span: r.span(p.Start, p.End), POS: p.POS, Tag: p.Tag, Lemma: p.Lemma, Head: p.Head, Dep: p.Dep}
		}
		return nil
	})
}

func (r *reader) actors() {
	r.each("actors", `SELECT name, kind, country, sector, role, code FROM actors WHERE article = ? ORDER BY idx`, func(rows *sql.Rows) error {
		var a doc.Actor
		var kind, country, sector, role, code sql.NullString
		if err := rows.Scan(&a.Name, &kind, &country, &sector, &role, &code); err != nil {
			return err
		}
		a.Kind, a.Country, a.Sector, a.Role, a.Code = kind.String, country.String, sector.String, role.String, code.String
		r.d.Actors = append(r.d.Actors, a)
		return nil
	})
	r.each("actor mentions", `SELECT actor, start, "end" FROM actor_mentions WHERE article = ? ORDER BY actor, idx`, func(rows *sql.Rows) error {
		var actor, a, b int32
		if err := rows.Scan(&actor, &a, &b); err != nil {
			return err
		}
		if actor < 0 || int(actor) >= len(r.d.Actors) {
			return fmt.Errorf("mention of actor %d, which is not stored", actor)
		}
		r.d.Actors[actor].Mentions = append(r.d.Actors[actor].Mentions, r.span(a, b))
		return nil
	})
}

func (r *reader) entities() {
	r.each("entities", `SELECT start, "end", label, actor FROM entities WHERE article = ? ORDER BY idx`, func(rows *sql.Rows) error {
		var a, b int32
		var e doc.Entity
		var actor sql.NullInt32
		if err := rows.Scan(&a, &b, &e.Label, &actor); err != nil {
			return err
		}
		e.Span, e.Actor = r.span(a, b), ref(actor)
		r.d.Entities = append(r.d.Entities, e)
		return nil
	})
}

func (r *reader) quotes() {
	r.each("quotes", `SELECT start, "end", kind, speaker, speaker_name, speaker_mention_start, speaker_mention_end,
			cue_start, cue_end, medium, date
		FROM quotes WHERE article = ? ORDER BY idx`, func(rows *sql.Rows) error {
		var a, b int32
		var q doc.Quote
		var speaker, ms, me, cs, ce sql.NullInt32
		var name, medium, date sql.NullString
		if err := rows.Scan(&a, &b, &q.Kind, &speaker, &name, &ms, &me, &cs, &ce, &medium, &date); err != nil {
			return err
		}
		q.Span, q.Speaker, q.SpeakerName, q.Medium, q.Date = r.span(a, b), ref(speaker), name.String, medium.String, date.String
		q.SpeakerMention = r.optSpan(ms, me)
		q.Cue = r.optSpan(cs, ce)
		r.d.Quotes = append(r.d.Quotes, q)
		return nil
	})
}

func (r *reader) optSpan(start, end sql.NullInt32) *doc.Span {
	if !start.Valid || !end.Valid {
		return nil
	}
	s := r.span(start.Int32, end.Int32)
	return &s
}

func (r *reader) events() {
	r.each("events", `SELECT type, mode, cameo, date, location, negated, hypothetical, trigger_start, trigger_end, sentence
		FROM events WHERE article = ? ORDER BY idx`, func(rows *sql.Rows) error {
		var e doc.Event
		var mode, cameo, date, location sql.NullString
		var a, b int32
		var sentence sql.NullInt32
		if err := rows.Scan(&e.Type, &mode, &cameo, &date, &location, &e.Negated, &e.Hypothetical, &a, &b, &sentence); err != nil {
			return err
		}
		e.Mode, e.Cameo, e.Date, e.Location = mode.String, cameo.String, date.String, location.String
		e.Trigger, e.Sentence = r.span(a, b), ref(sentence)
		r.d.Events = append(r.d.Events, e)
		return nil
	})
	r.each("event participants", `SELECT event, role, actor, name FROM event_participants WHERE article = ?
		ORDER BY event, role, position`, func(rows *sql.Rows) error {
		var event int32
		var role string
		var actor sql.NullInt32
		var name sql.NullString
		if err := rows.Scan(&event, &role, &actor, &name); err != nil {
			return err
		}
		if event < 0 || int(event) >= len(r.d.Events) {
			return fmt.Errorf("participant of event %d, which is not stored", event)
		}
		e := &r.d.Events[event]
		ids, names := &e.Sources, &e.SourceNames
		if role == "target" {
			ids, names = &e.Targets, &e.TargetNames
		}
		if actor.Valid {
			*ids = append(*ids, actor.Int32)
		}
		if name.Valid {
			*names = append(*names, name.String)
		}
		return nil
	})
}

func (r *reader) dates() {
	r.each("dates", `SELECT start, "end", value, type FROM dates WHERE article = ? ORDER BY idx`, func(rows *sql.Rows) error {
		var a, b int32
		var t doc.Date
		if err := rows.Scan(&a, &b, &t.Value, &t.Type); err != nil {
			return err
		}
		t.Span = r.span(a, b)
		r.d.Dates = append(r.d.Dates, t)
		return nil
	})
}

func (r *reader) diagnostics() {
	r.each("diagnostics", `SELECT stage, message, start, "end" FROM diagnostics WHERE article = ? ORDER BY idx`, func(rows *sql.Rows) error {
		var a, b int32
		var g doc.Diagnostic
		if err := rows.Scan(&g.Stage, &g.Message, &a, &b); err != nil {
			return err
		}
		g.Span = r.span(a, b)
		r.d.Diagnostics = append(r.d.Diagnostics, g)
		return nil
	})
}

// ref maps SQL NULL back to the -1 ("none") of a Document reference.
func ref(n sql.NullInt32) int32 {
	if !n.Valid {
		return -1
	}
	return n.Int32
}

// unpackedToken decodes one element of tokens.data, a JSON array
// [start, end, pos, tag, lemma, head, dep] (see schema.go).
type unpackedToken struct {
	Start, End      int32
	POS, Tag, Lemma string
	Head            int32
	Dep             string
}

func (t *unpackedToken) UnmarshalJSON(data []byte) error {
	// Decoding into non-nil pointers held in a []any fills them in place.
	fields := []any{&t.Start, &t.End, &t.POS, &t.Tag, &t.Lemma, &t.Head, &t.Dep}
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	if len(fields) != 7 {
		return fmt.Errorf("token %s: want 7 fields", data)
	}
	return nil
}
