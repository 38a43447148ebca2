package doc

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// The wire types below are the document JSON of SPEC.md §2. Offsets there
// are Unicode code points; the conversion happens only here.

type wireDoc struct {
	ID          string           `json:"id"`
	URL         *string          `json:"url"`
	Title       *string          `json:"title"`
	Source      *string          `json:"source"`
	Author      *string          `json:"author"`
	Published   *string          `json:"published"`
	Text        string           `json:"text"`
	Sentences   []wireSpan       `json:"sentences"`
	Tokens      []wireToken      `json:"tokens,omitempty"`
	Entities    []wireEntity     `json:"entities"`
	Actors      []wireActor      `json:"actors"`
	Quotes      []wireQuote      `json:"quotes"`
	Events      []wireEvent      `json:"events"`
	Dates       []wireDate       `json:"dates"`
	Diagnostics []wireDiagnostic `json:"diagnostics"`
}

type wireSpan struct {
	Start int32 `json:"start"`
	End   int32 `json:"end"`
}

type wireTextSpan struct {
	Start int32  `json:"start"`
	End   int32  `json:"end"`
	Text  string `json:"text"`
}

type wireToken struct {
	Start int32   `json:"start"`
	End   int32   `json:"end"`
	POS   *string `json:"pos,omitempty"`
	Tag   *string `json:"tag,omitempty"`
	Lemma *string `json:"lemma,omitempty"`
	Head  *int32  `json:"head,omitempty"`
	Dep   *string `json:"dep,omitempty"`
}

type wireEntity struct {
	Start int32  `json:"start"`
	End   int32  `json:"end"`
	Text  string `json:"text"`
	Label string `json:"label"`
	Actor *int32 `json:"actor"`
}

type wireActor struct {
	ID       int32      `json:"id"`
	Name     string     `json:"name"`
	Kind     string     `json:"kind"`
	Country  *string    `json:"country"`
	Sector   *string    `json:"sector"`
	Role     *string    `json:"role"`
	Code     *string    `json:"code"`
	Mentions [][2]int32 `json:"mentions"`
}

type wireQuote struct {
	Start          int32         `json:"start"`
	End            int32         `json:"end"`
	Text           string        `json:"text"`
	Kind           string        `json:"kind"`
	Speaker        *int32        `json:"speaker"`
	SpeakerName    *string       `json:"speaker_name"`
	SpeakerMention *wireTextSpan `json:"speaker_mention"`
	Cue            *wireTextSpan `json:"cue"`
	Medium         *string       `json:"medium"`
	Date           *string       `json:"date"` // when it was said; not in SPEC.md §2's example, added after medium
}

type wireEvent struct {
	Type         string       `json:"type"`
	Mode         *string      `json:"mode"`
	Cameo        *string      `json:"cameo"`
	Sources      []int32      `json:"sources"`
	Targets      []int32      `json:"targets"`
	SourceNames  []string     `json:"source_names"`
	TargetNames  []string     `json:"target_names"`
	Date         *string      `json:"date"`
	Location     *string      `json:"location"`
	Negated      bool         `json:"negated"`
	Hypothetical bool         `json:"hypothetical"`
	Trigger      wireTextSpan `json:"trigger"`
	Sentence     int32        `json:"sentence"`
}

type wireDate struct {
	Start int32  `json:"start"`
	End   int32  `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
	Type  string `json:"type"`
}

type wireDiagnostic struct {
	Stage   string `json:"stage"`
	Message string `json:"message"`
	Start   int32  `json:"start"`
	End     int32  `json:"end"`
}

// JSONOptions choose what the document JSON includes.
type JSONOptions struct {
	Tokens bool // include the tokens layer (the CLI's --tokens)
}

// MarshalJSON encodes d as the document JSON of SPEC.md §2, tokens included.
func (d *Document) MarshalJSON() ([]byte, error) {
	return d.EncodeJSON(JSONOptions{Tokens: true})
}

// EncodeJSON encodes d as the document JSON of SPEC.md §2, with code-point
// offsets. It does not validate d; call Validate first when unsure.
func (d *Document) EncodeJSON(opt JSONOptions) ([]byte, error) {
	o := NewOffsets(d.Text)
	// The wire form without tokens, which appendDoc writes from d itself.
	w := d.wire(o, JSONOptions{})
	size := 2*len(d.Text) + 512
	if opt.Tokens {
		size += 96 * len(d.Tokens)
	}
	return appendDoc(make([]byte, 0, size), d, w, o, opt), nil
}

// wire returns d in the wire types, which encoding/json would write as
// appendDoc does (the tests compare them), with offsets converted by o.
func (d *Document) wire(o *Offsets, opt JSONOptions) *wireDoc {
	ts := func(s Span) wireTextSpan {
		a, b := o.CodePoints(s)
		return wireTextSpan{a, b, d.Text[s.Start:s.End]}
	}
	w := &wireDoc{
		ID:          d.ID,
		URL:         optString(d.URL),
		Title:       optString(d.Title),
		Source:      optString(d.Source),
		Author:      optString(d.Author),
		Published:   optString(d.PublishedString()),
		Text:        d.Text,
		Sentences:   make([]wireSpan, len(d.Sentences)),
		Entities:    make([]wireEntity, len(d.Entities)),
		Actors:      make([]wireActor, len(d.Actors)),
		Quotes:      make([]wireQuote, len(d.Quotes)),
		Events:      make([]wireEvent, len(d.Events)),
		Dates:       make([]wireDate, len(d.Dates)),
		Diagnostics: make([]wireDiagnostic, len(d.Diagnostics)),
	}
	for i, s := range d.Sentences {
		a, b := o.CodePoints(s.Span)
		w.Sentences[i] = wireSpan{a, b}
	}
	if opt.Tokens {
		w.Tokens = make([]wireToken, len(d.Tokens))
		for i, t := range d.Tokens {
			a, b := o.CodePoints(t.Span)
			wt := wireToken{Start: a, End: b, POS: optString(t.POS), Tag: optString(t.Tag), Lemma: optString(t.Lemma), Dep: optString(t.Dep)}
			if t.Dep != "" {
				h := t.Head
				wt.Head = &h
			}
			w.Tokens[i] = wt
		}
	}
	for i, e := range d.Entities {
		a, b := o.CodePoints(e.Span)
		w.Entities[i] = wireEntity{a, b, d.Slice(e.Span), e.Label, optIndex(e.Actor)}
	}
	for i, a := range d.Actors {
		wa := wireActor{ID: int32(i), Name: a.Name, Kind: a.Kind, Country: optString(a.Country),
			Sector: optString(a.Sector), Role: optString(a.Role), Code: optString(a.Code),
			Mentions: make([][2]int32, len(a.Mentions))}
		for k, m := range a.Mentions {
			s, e := o.CodePoints(m)
			wa.Mentions[k] = [2]int32{s, e}
		}
		w.Actors[i] = wa
	}
	for i, q := range d.Quotes {
		a, b := o.CodePoints(q.Span)
		wq := wireQuote{Start: a, End: b, Text: d.Slice(q.Span), Kind: q.Kind, Speaker: optIndex(q.Speaker),
			SpeakerName: optString(q.SpeakerName), Medium: optString(q.Medium), Date: optString(q.Date)}
		if q.SpeakerMention != nil {
			m := ts(*q.SpeakerMention)
			wq.SpeakerMention = &m
		}
		if q.Cue != nil {
			c := ts(*q.Cue)
			wq.Cue = &c
		}
		w.Quotes[i] = wq
	}
	for i, e := range d.Events {
		w.Events[i] = wireEvent{Type: e.Type, Mode: optString(e.Mode), Cameo: optString(e.Cameo),
			Sources: nonNil(e.Sources), Targets: nonNil(e.Targets),
			SourceNames: nonNil(e.SourceNames), TargetNames: nonNil(e.TargetNames),
			Date: optString(e.Date), Location: optString(e.Location), Negated: e.Negated,
			Hypothetical: e.Hypothetical, Trigger: ts(e.Trigger), Sentence: e.Sentence}
	}
	for i, t := range d.Dates {
		a, b := o.CodePoints(t.Span)
		w.Dates[i] = wireDate{a, b, d.Slice(t.Span), t.Value, t.Type}
	}
	for i, g := range d.Diagnostics {
		a, b := o.CodePoints(g.Span)
		w.Diagnostics[i] = wireDiagnostic{g.Stage, g.Message, a, b}
	}
	return w
}

// UnmarshalJSON decodes the document JSON of SPEC.md §2, converting its
// code-point offsets back to bytes. Sentence token ranges are rebuilt from
// the spans. The result is not validated; call Validate.
func (d *Document) UnmarshalJSON(data []byte) error {
	var w wireDoc
	if err := json.Unmarshal(data, &w); err != nil {
		return fmt.Errorf("doc: decode document: %w", err)
	}
	*d = Document{ID: w.ID, URL: deref(w.URL), Title: deref(w.Title), Source: deref(w.Source),
		Author: deref(w.Author), Text: w.Text}
	if p := deref(w.Published); p != "" {
		t, hasTime, err := ParsePublished(p)
		if err != nil {
			return fmt.Errorf("doc: decode document: %w", err)
		}
		d.Published, d.PublishedHasTime = t, hasTime
	}
	o := NewOffsets(w.Text)
	for _, t := range w.Tokens {
		tok := Token{Span: o.Bytes(t.Start, t.End), POS: deref(t.POS), Tag: deref(t.Tag),
			Lemma: deref(t.Lemma), Dep: deref(t.Dep), Head: -1}
		if t.Head != nil {
			tok.Head = *t.Head
		}
		d.Tokens = append(d.Tokens, tok)
	}
	k := 0
	for _, s := range w.Sentences {
		sent := Sentence{Span: o.Bytes(s.Start, s.End)}
		for k < len(d.Tokens) && d.Tokens[k].Start < sent.Start {
			k++
		}
		sent.TokenStart = int32(k)
		for k < len(d.Tokens) && d.Tokens[k].End <= sent.End {
			k++
		}
		sent.TokenEnd = int32(k)
		d.Sentences = append(d.Sentences, sent)
	}
	for _, e := range w.Entities {
		d.Entities = append(d.Entities, Entity{Span: o.Bytes(e.Start, e.End), Label: e.Label, Actor: index(e.Actor)})
	}
	for _, a := range w.Actors {
		act := Actor{Name: a.Name, Kind: a.Kind, Country: deref(a.Country), Sector: deref(a.Sector),
			Role: deref(a.Role), Code: deref(a.Code)}
		for _, m := range a.Mentions {
			act.Mentions = append(act.Mentions, o.Bytes(m[0], m[1]))
		}
		d.Actors = append(d.Actors, act)
	}
	span := func(t *wireTextSpan) *Span {
		if t == nil {
			return nil
		}
		s := o.Bytes(t.Start, t.End)
		return &s
	}
	for _, q := range w.Quotes {
		d.Quotes = append(d.Quotes, Quote{Span: o.Bytes(q.Start, q.End), Kind: q.Kind, Speaker: index(q.Speaker),
			SpeakerName: deref(q.SpeakerName), SpeakerMention: span(q.SpeakerMention), Cue: span(q.Cue),
			Medium: deref(q.Medium), Date: deref(q.Date)})
	}
	for _, e := range w.Events {
		d.Events = append(d.Events, Event{Type: e.Type, Mode: deref(e.Mode), Cameo: deref(e.Cameo),
			Sources: e.Sources, Targets: e.Targets, SourceNames: e.SourceNames, TargetNames: e.TargetNames,
			Date: deref(e.Date), Location: deref(e.Location), Negated: e.Negated, Hypothetical: e.Hypothetical,
			Trigger: *span(&e.Trigger), Sentence: e.Sentence})
	}
	for _, t := range w.Dates {
		d.Dates = append(d.Dates, Date{Span: o.Bytes(t.Start, t.End), Value: t.Value, Type: t.Type})
	}
	for _, g := range w.Diagnostics {
		d.Diagnostics = append(d.Diagnostics, Diagnostic{Span: o.Bytes(g.Start, g.End), Stage: g.Stage, Message: g.Message})
	}
	return nil
}

// PublishedString returns the publication date as the JSON gives it:
// YYYY-MM-DD when only the date is known, RFC 3339 with a time of day,
// and "" when unknown.
func (d *Document) PublishedString() string {
	switch {
	case d.Published.IsZero():
		return ""
	case d.PublishedHasTime:
		return d.Published.Format(time.RFC3339)
	default:
		return d.Published.Format(time.DateOnly)
	}
}

// ParsePublished parses a publication date given as YYYY-MM-DD or RFC 3339
// (with or without seconds or a zone), and reports whether it had a time of
// day. Dates without a zone are taken as UTC.
func ParsePublished(s string) (t time.Time, hasTime bool, err error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, false, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("doc: publication date %q: want YYYY-MM-DD or RFC 3339", s)
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func optIndex(i int32) *int32 {
	if i < 0 {
		return nil
	}
	return &i
}

func index(p *int32) int32 {
	if p == nil {
		return -1
	}
	return *p
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
