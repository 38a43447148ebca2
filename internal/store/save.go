package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

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
	// The rows are made before the transaction, which then only writes.
	w := newWriter(s, d, s.now())
	if s.dialect != sqliteDialect {
		if err := s.rows.prepare(ctx, s.write, &w.n); err != nil {
			return false, fmt.Errorf("store: save %s: %w", d.ID, err)
		}
	}
	tx, conn, err := s.beginSave(ctx) // raw_inserts.go
	if err != nil {
		return false, fmt.Errorf("store: save %s: %w", d.ID, err)
	}
	if conn != nil {
		defer conn.Close()
	}
	defer tx.Rollback()
	if err := s.lockArticle(ctx, tx, d.ID); err != nil { // dialect_pg.go
		return false, fmt.Errorf("store: save %s: %w", d.ID, err)
	}
	switch err := s.stored(ctx, tx, d.ID); {
	case err == nil:
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, fmt.Errorf("store: save %s: %w", d.ID, err)
	}
	if err := s.writeRows(ctx, tx, conn, []*writer{w}); err != nil {
		return false, fmt.Errorf("store: save %s: %w", d.ID, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("store: save %s: commit: %w", d.ID, err)
	}
	s.ckpt.committed()
	return true, nil
}

const sqlStored = `SELECT 1 FROM articles WHERE id = ?`

// stored returns nil if an article with id is stored, else sql.ErrNoRows
// or the error of the query.
func (s *Storage) stored(ctx context.Context, tx *sql.Tx, id string) error {
	st, err := s.txStmt(ctx, tx, sqlStored)
	if err != nil {
		return err
	}
	var one int
	return st.QueryRowContext(ctx, id).Scan(&one)
}

// Has reports whether an article with id is stored.
func (s *Storage) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.queryRow(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	default:
		return false, fmt.Errorf("store: has %s: %w", id, err)
	}
}

// writer holds the rows of one document's layers, made by newWriter
// outside any transaction; Storage.writeRows writes them in one.
type writer struct {
	store *Storage
	d     *doc.Document
	seq   int64 // articles.seq, once writeRows has inserted the article
	o     *doc.Offsets
	rows  [numInserts][]any // each table's rows, flattened: n[q] rows of len(columns) values
	n     [numInserts]int
}

// newWriter makes the rows of d, stamped as ingested at now.
func newWriter(s *Storage, d *doc.Document, now time.Time) *writer {
	w := &writer{store: s, d: d, o: doc.NewOffsets(d.Text)}
	w.reserve()
	w.article(now)
	w.sentences()
	w.tokens()
	w.actors()
	w.entities()
	w.quotes()
	w.events()
	w.dates()
	w.diagnostics()
	w.actorRows() // serve_aggregates.go
	return w
}

// reserve sizes each layer table's rows for the document's elements
// before they are added. Appending 300-odd rows of 6 to 15 values to
// slices that grew by doubling made 65 KB of garbage per bench article
// (newWriter allocated 320 KB, now 255 KB; a whole save about 610 KB)
// and took 5% of newWriter's instructions (3.30M -> 3.14M per article
// under cachegrind); in CPU profiles growslice was a sixth of
// newWriter's time, copying being memory-bound. The actor tables, whose
// rows are counted only while actorRows merges them, are sized there
// (grow) once it has counted them.
func (w *writer) reserve() {
	d := w.d
	var mentions, participants int
	for _, a := range d.Actors {
		mentions += len(a.Mentions)
	}
	for _, e := range d.Events {
		participants += max(len(e.Sources), len(e.SourceNames)) + max(len(e.Targets), len(e.TargetNames))
	}
	for q, n := range [numInserts]int{
		insArticle: 1, insSentence: len(d.Sentences), insTokens: 1, insActor: len(d.Actors), insMention: mentions,
		insEntity: len(d.Entities), insQuote: len(d.Quotes), insEvent: len(d.Events), insParticipant: participants,
		insDate: len(d.Dates), insDiagnostic: len(d.Diagnostics),
	} {
		if n > 0 {
			w.rows[q] = make([]any, 0, n*len(insertSpecs[q].columns))
		}
	}
}

// grow makes room for n more rows of q's table.
func (w *writer) grow(q insert, n int) {
	w.rows[q] = slices.Grow(w.rows[q], n*len(insertSpecs[q].columns))
}

// add appends one row to q's table.
func (w *writer) add(q insert, args ...any) {
	if len(args) != len(insertSpecs[q].columns) {
		panic(fmt.Sprintf("store: %d values for the %d columns of %s", len(args), len(insertSpecs[q].columns), insertSpecs[q].table))
	}
	w.rows[q] = append(w.rows[q], args...)
	w.n[q]++
}

// writeRows inserts the rows of every writer in tx, table by table: the
// rows of one table for all the articles go in the same multi-row
// INSERTs (see insert), so that a batch of articles costs a few
// statements per table rather than a few per article and table. The
// articles go first; then each writer learns its article's seq and puts
// it in the article column of its other rows (setArticle). On SQLite
// the new articles and quotes then go into the FTS5 indexes in one
// statement each (fts_fill.go).
//
// The rows go in the order of ws, which is the order of their articles'
// seqs, and the key of every layer table (for quotes a unique index) and
// of actor_article_links begins with the article, as does an index of
// actor_articles: each of them receives a save's new rows after all
// those already stored, at the right edge of its B-tree (schema version
// 5, article_keys.go). Keyed by the public id, a hash, each article's
// rows went to a random page of each, so that a save dirtied pages all
// over them and the WAL took a copy of every one at each commit.
//
// On SQLite conn is the connection tx runs on, and the INSERTs go
// through the driver directly (rawInserts); on PostgreSQL it is nil and
// they are the statements of s.rows, which prepare made for the rows.
func (s *Storage) writeRows(ctx context.Context, tx *sql.Tx, conn *sql.Conn, ws []*writer) error {
	var marks ftsMarks
	if s.dialect == sqliteDialect {
		var err error
		if marks, err = s.ftsMarks(ctx, tx); err != nil { // fts_fill.go
			return err
		}
	}
	// scratch holds one table's rows of all the writers at a time: sized
	// once for the largest, it is not grown (and copied) table by table.
	var scratch []any
	if len(ws) > 1 {
		most := 0
		for q := range numInserts {
			n := 0
			for _, w := range ws {
				n += len(w.rows[q])
			}
			most = max(most, n)
		}
		scratch = make([]any, 0, most)
	}
	for q := range numInserts {
		if q == insArticle+1 {
			for _, w := range ws {
				if err := w.setArticle(ctx, tx); err != nil {
					return err
				}
			}
		}
		cols := len(insertSpecs[q].columns)
		var args []any
		n := 0
		switch {
		case len(ws) == 1:
			args, n = ws[0].rows[q], ws[0].n[q]
		default:
			scratch = scratch[:0]
			for _, w := range ws {
				scratch = append(scratch, w.rows[q]...)
				n += w.n[q]
			}
			args = scratch
			if key := summedKey[q]; key > 0 {
				args = sumRows(args, cols, key)
				n = len(args) / cols
			}
		}
		for n > 0 {
			k := rowsChunk(q, n)
			var err error
			if conn != nil {
				err = s.raw.exec(ctx, conn, q, k, args[:k*cols])
			} else {
				var st *sql.Stmt
				if st, err = s.rows.inTx(ctx, tx, q, k); err == nil {
					_, err = st.ExecContext(ctx, args[:k*cols]...)
				}
			}
			if err != nil {
				return fmt.Errorf("insert %s: %w", insertSpecs[q].table, err)
			}
			args, n = args[k*cols:], n-k
		}
	}
	if s.dialect == sqliteDialect {
		return s.fillFTS(ctx, tx, marks)
	}
	return nil
}

// summedKey gives, for the actor tables that sum over articles (their
// INSERTs end with an aggregateUpsert), how many leading columns are the
// key of their UPSERT.
var summedKey = [numInserts]int{insActorTotal: 1, insActorDay: 2, insActorLink: 4}

// sumRows merges the rows of a summed actor table (cols values each) that
// share a key (the first key columns) into the first of them, as its
// UPSERT would merge them in the table: counts (int64s) add up, and the
// other values (strings: kind, country, ...) keep the greater. A batch of
// articles then upserts each actor once instead of once per article.
// Rows with values of other types are left as they are, for the UPSERT.
// The rows are merged in place: the result shares args' array, whose
// rows past it are left as they happen to be.
func sumRows(args []any, cols, key int) []any {
	out := args[:0] // len(out) <= r below: a row is read before it is overwritten
	at := map[string]int{}
	var kb []byte
	for r := 0; r < len(args); r += cols {
		row := args[r : r+cols]
		kb = kb[:0]
		for _, v := range row[:key] {
			s, _ := v.(string)
			kb = binary.AppendUvarint(kb, uint64(len(s)))
			kb = append(kb, s...)
		}
		i, ok := at[string(kb)]
		if !ok || !summable(row, out[i:i+cols], key) {
			if summable(row, row, key) {
				at[string(kb)] = len(out)
			}
			out = append(out, row...)
			continue
		}
		for c := key; c < cols; c++ {
			switch v := row[c].(type) {
			case int64:
				out[i+c] = out[i+c].(int64) + v
			case string:
				out[i+c] = max(out[i+c].(string), v)
			}
		}
	}
	return out
}

// summable reports whether sumRows can merge row b into row a: string
// keys, and the same type, int64 or string, in each other column.
func summable(a, b []any, key int) bool {
	for c := range a {
		switch a[c].(type) {
		case string:
			if _, ok := b[c].(string); !ok {
				return false
			}
		case int64:
			if _, ok := b[c].(int64); !ok || c < key {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// setArticle reads the seq of the article, which writeRows has inserted,
// and puts it in the article column of every row of the other tables.
// The value is boxed once for all the rows (an int64 above 255 in an
// interface is an allocation).
func (w *writer) setArticle(ctx context.Context, tx *sql.Tx) error {
	st, err := w.store.txStmt(ctx, tx, sqlArticleSeq)
	if err == nil {
		err = st.QueryRowContext(ctx, w.d.ID).Scan(&w.seq)
	}
	if err != nil {
		return fmt.Errorf("article seq: %w", err)
	}
	var key any = w.seq
	for q, c := range articleColumn {
		if c < 0 {
			continue
		}
		cols := len(insertSpecs[q].columns)
		rows := w.rows[q]
		for i := c; i < len(rows); i += cols {
			rows[i] = key
		}
	}
	return nil
}

// sqlArticleSeq reads the seq of an article by its id (PostgreSQL has no
// LastInsertId, and a multi-row INSERT gives SQLite's only for its last
// row).
const sqlArticleSeq = `SELECT seq FROM articles WHERE id = ?`

// span returns the code-point offsets of s, as the database stores them.
// It gives int64s, as do the other integers of the layer rows: database/sql
// passes an int64 to the driver as it is, but converts an int or int32
// through reflection, for each of some 1,500 integers an article.
func (w *writer) span(s doc.Span) (int64, int64) {
	a, b := w.o.CodePoints(s)
	return int64(a), int64(b)
}

func (w *writer) article(now time.Time) {
	d := w.d
	var day any
	if !d.Published.IsZero() {
		day = d.Published.Format(time.DateOnly)
	}
	w.add(insArticle,
		d.ID, null(d.URL), null(d.Title), null(d.Source), null(d.Author), null(d.PublishedString()), day,
		d.Text, null(d.Origin), now.UTC().Format(time.RFC3339))
}

func (w *writer) sentences() {
	for i, s := range w.d.Sentences {
		a, b := w.span(s.Span)
		w.add(insSentence,
			nil, int64(i), a, b, int64(s.TokenStart), int64(s.TokenEnd))
	}
}

func (w *writer) tokens() {
	if len(w.d.Tokens) == 0 {
		return
	}
	data := packTokens(make([]byte, 0, 48*len(w.d.Tokens)), w.d.Tokens, w.o)
	// data is not touched again, so the string can share its bytes: a
	// copy was 35 KB of garbage per bench article.
	w.add(insTokens, nil, int64(len(w.d.Tokens)), unsafe.String(unsafe.SliceData(data), len(data)))
}

// packTokens appends the tokens layer as the tokens table stores it: a JSON
// array of [start, end, pos, tag, lemma, head, dep], offsets in code
// points. It is written by hand because encoding/json on a []any per token
// took a tenth of SaveDocument's time.
func packTokens(buf []byte, toks []doc.Token, o *doc.Offsets) []byte {
	buf = append(buf, '[')
	for i, t := range toks {
		if i > 0 {
			buf = append(buf, ',')
		}
		a, b := o.CodePoints(t.Span)
		buf = append(buf, '[')
		buf = strconv.AppendInt(buf, int64(a), 10)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(b), 10)
		for _, s := range []string{t.POS, t.Tag, t.Lemma} {
			buf = append(buf, ',')
			buf = appendJSONString(buf, s)
		}
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(t.Head), 10)
		buf = append(buf, ',')
		buf = appendJSONString(buf, t.Dep)
		buf = append(buf, ']')
	}
	return append(buf, ']')
}

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes
// U+FFFD, as encoding/json does.
//
// A string of printable ASCII without quote or backslash, as nearly every
// tag, lemma and label is, is copied as it is: the tokens of an article
// make some 3,000 such strings, and checking their UTF-8 and escaping
// them a byte at a time cost ~0.17M instructions an article, 1% of a
// save (BenchmarkSaveAnalysed on 200 bench articles under cachegrind).
func appendJSONString(buf []byte, s string) []byte {
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		plain = c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\'
	}
	if plain {
		buf = append(buf, '"')
		buf = append(buf, s...)
		return append(buf, '"')
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	buf = append(buf, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			buf = append(buf, '\\', c)
		case c < 0x20:
			buf = append(buf, `\u00`...)
			buf = append(buf, hexDigits[c>>4], hexDigits[c&0xf])
		default:
			buf = append(buf, c)
		}
	}
	return append(buf, '"')
}

const hexDigits = "0123456789abcdef"

func (w *writer) actors() {
	for i, a := range w.d.Actors {
		w.add(insActor,
			nil, int64(i), a.Name, strings.ToLower(a.Name), null(a.Kind), null(a.Country), null(a.Sector), null(a.Role), null(a.Code))
		for k, m := range a.Mentions {
			s, e := w.span(m)
			w.add(insMention,
				nil, int64(i), int64(k), s, e, w.d.Slice(m))
		}
	}
}

func (w *writer) entities() {
	for i, e := range w.d.Entities {
		a, b := w.span(e.Span)
		w.add(insEntity,
			nil, int64(i), a, b, w.d.Slice(e.Span), e.Label, index(e.Actor))
	}
}

func (w *writer) quotes() {
	for i, q := range w.d.Quotes {
		a, b := w.span(q.Span)
		ms, me, mt := w.optSpan(q.SpeakerMention)
		cs, ce, ct := w.optSpan(q.Cue)
		w.add(insQuote,
			nil, int64(i), a, b, w.d.Slice(q.Span), q.Kind, index(q.Speaker), null(q.SpeakerName),
			ms, me, mt, cs, ce, ct, null(q.Medium), null(q.Date))
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
		w.add(insEvent,
			nil, int64(i), e.Type, null(e.Mode), null(e.Cameo), null(e.Date), null(e.Location), e.Negated, e.Hypothetical,
			a, b, w.d.Slice(e.Trigger), index(e.Sentence))
		w.participants(i, "source", e.Sources, e.SourceNames)
		w.participants(i, "target", e.Targets, e.TargetNames)
	}
}

func (w *writer) participants(event int, role string, ids []int32, names []string) {
	for k := range max(len(ids), len(names)) {
		var id, name any
		if k < len(ids) {
			id = int64(ids[k])
		}
		if k < len(names) {
			name = names[k]
		}
		w.add(insParticipant,
			nil, int64(event), role, int64(k), id, name)
	}
}

func (w *writer) dates() {
	for i, t := range w.d.Dates {
		a, b := w.span(t.Span)
		w.add(insDate,
			nil, int64(i), a, b, w.d.Slice(t.Span), t.Value, t.Type)
	}
}

func (w *writer) diagnostics() {
	for i, g := range w.d.Diagnostics {
		a, b := w.span(g.Span)
		w.add(insDiagnostic,
			nil, int64(i), g.Stage, g.Message, a, b)
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
	return int64(i)
}
