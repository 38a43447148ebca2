package ingest

import (
	"bytes"
	"fmt"
	"time"

	"chronicle/internal/doc"
)

// ReadBytes turns one whole input into a Document named origin. format
// FormatAuto sniffs the content; FormatJSONL is not accepted here (a JSON
// Lines input is many articles: use Read). data is not retained.
//
// The error, when not nil, wraps one of the sentinels (ErrBinary,
// ErrEmpty, ErrNoText, ErrTooLarge, ErrBadJSON); ReadBytes does not wrap
// it in a *ReadError, which Read adds.
func ReadBytes(origin string, data []byte, format Format, opt Options) (*doc.Document, error) {
	if int64(len(data)) > opt.maxBytes() {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), opt.maxBytes())
	}
	var notes []string
	if u, ok := decodeUTF16(data); ok {
		data = u
		notes = append(notes, "decoded from UTF-16")
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	if kind := binaryKind(data); kind != "" {
		return nil, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if format == FormatAuto {
		format = sniff(data)
	}
	a := article{notes: notes}
	switch format {
	case FormatText:
		a.text, a.bad = repairUTF8(data)
	case FormatHTML:
		if err := a.fromHTML(data); err != nil {
			return nil, err
		}
	case FormatJSON:
		if err := a.fromJSON(data); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("ingest: ReadBytes cannot read format %v", format)
	}
	return a.document(origin, opt)
}

// article is what a reader found before it becomes a Document: the raw
// text (not yet cleaned), the metadata, and notes for diagnostics.
type article struct {
	id, url, title, source, author string
	text                           string // valid UTF-8, not yet cleaned
	published                      time.Time
	publishedHasTime               bool
	bad                            int      // invalid UTF-8 bytes replaced
	notes                          []string // diagnostics to attach
	fromPage                       bool     // text came from an HTML page
}

// document cleans the text and builds the Document.
func (a *article) document(origin string, opt Options) (*doc.Document, error) {
	text := Clean(a.text)
	if text == "" {
		if a.fromPage {
			return nil, ErrNoText
		}
		return nil, ErrEmpty
	}
	d := &doc.Document{
		ID: a.id, URL: a.url, Title: a.title, Source: a.source, Author: a.author,
		Published: a.published, PublishedHasTime: a.publishedHasTime,
		Origin: origin, Text: text,
	}
	if d.ID == "" {
		d.ID = doc.HashID(text)
	}
	if d.Published.IsZero() {
		d.Published, d.PublishedHasTime = opt.Published, opt.PublishedHasTime
	}
	if a.bad > 0 {
		d.Diagnose(Stage, doc.Span{}, "replaced %d invalid UTF-8 byte(s) with U+FFFD", a.bad)
	}
	for _, n := range a.notes {
		d.Diagnose(Stage, doc.Span{}, "%s", n)
	}
	if !readsAsEnglish(text) {
		d.Diagnose(Stage, doc.Span{}, "%s", notEnglishNote)
	}
	return d, nil
}
