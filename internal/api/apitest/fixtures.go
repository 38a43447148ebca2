// Package apitest builds hand-made documents with every layer filled
// (sentences, entities, actors, quotes with speakers, events, dates) for the
// tests of the HTTP API and the web UI, for the screenshots in docs/, and
// for the load test. The texts are written for the project; none is cut
// from a corpus.
package apitest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"chronicle/internal/doc"
	"chronicle/internal/store"
)

// builder places annotations by finding their text in the document.
type builder struct {
	d   *doc.Document
	err error
}

func newBuilder(id, title, source, published string, sentences ...string) *builder {
	b := &builder{d: &doc.Document{ID: id, Title: title, Source: source, URL: "https://example.org/" + id}}
	if published != "" {
		t, hasTime, err := doc.ParsePublished(published)
		if err != nil {
			b.err = err
		}
		b.d.Published, b.d.PublishedHasTime = t, hasTime
	}
	var sb strings.Builder
	for i, s := range sentences {
		if i > 0 {
			sb.WriteString(" ")
		}
		start := int32(sb.Len())
		sb.WriteString(s)
		b.d.Sentences = append(b.d.Sentences, doc.Sentence{Span: doc.Span{Start: start, End: int32(sb.Len())}})
	}
	b.d.Text = sb.String()
	return b
}

// find returns the span of the n-th (from 0) occurrence of sub.
func (b *builder) find(sub string, n int) doc.Span {
	from := 0
	for k := 0; ; k++ {
		i := strings.Index(b.d.Text[from:], sub)
		if i < 0 {
			if b.err == nil {
				b.err = fmt.Errorf("apitest: %q (occurrence %d) not in %s", sub, n, b.d.ID)
			}
			return doc.Span{}
		}
		if k == n {
			return doc.Span{Start: int32(from + i), End: int32(from + i + len(sub))}
		}
		from += i + len(sub)
	}
}

func (b *builder) ptr(sub string) *doc.Span {
	if sub == "" {
		return nil
	}
	n := 0
	if i := strings.LastIndex(sub, "#"); i > 0 {
		fmt.Sscan(sub[i+1:], &n)
		sub = sub[:i]
	}
	s := b.find(sub, n)
	return &s
}

// actor adds an actor; each mention is "text" or "text#n" for the n-th
// occurrence. Mentions also become entities with label.
func (b *builder) actor(name, kind, country, sector, role, label string, mentions ...string) int32 {
	id := int32(len(b.d.Actors))
	code := country + sector
	b.d.Actors = append(b.d.Actors, doc.Actor{Name: name, Kind: kind, Country: country, Sector: sector, Role: role, Code: code})
	for _, m := range mentions {
		n := 0
		if i := strings.LastIndex(m, "#"); i > 0 {
			fmt.Sscan(m[i+1:], &n)
			m = m[:i]
		}
		s := b.find(m, n)
		b.d.Actors[id].Mentions = append(b.d.Actors[id].Mentions, s)
		b.d.Entities = append(b.d.Entities, doc.Entity{Span: s, Label: label, Actor: id})
	}
	return id
}

func (b *builder) entity(text, label string) {
	b.d.Entities = append(b.d.Entities, doc.Entity{Span: b.find(text, 0), Label: label, Actor: -1})
}

func (b *builder) quote(content, kind string, speaker int32, mention, cue, medium string) {
	name := ""
	if speaker >= 0 {
		name = b.d.Actors[speaker].Name
	}
	b.d.Quotes = append(b.d.Quotes, doc.Quote{Span: b.find(content, 0), Kind: kind, Speaker: speaker, SpeakerName: name,
		SpeakerMention: b.ptr(mention), Cue: b.ptr(cue), Medium: medium})
}

func (b *builder) event(typ, cameo, trigger, date, location string, sources, targets []int32) {
	sent := int32(-1)
	tr := b.find(trigger, 0)
	for i, s := range b.d.Sentences {
		if s.Contains(tr) {
			sent = int32(i)
		}
	}
	names := func(ids []int32) []string {
		var out []string
		for _, i := range ids {
			out = append(out, b.d.Actors[i].Name)
		}
		return out
	}
	b.d.Events = append(b.d.Events, doc.Event{Type: typ, Cameo: cameo, Sources: sources, Targets: targets,
		SourceNames: names(sources), TargetNames: names(targets), Date: date, Location: location,
		Trigger: tr, Sentence: sent})
}

func (b *builder) date(text, value, typ string) {
	b.d.Dates = append(b.d.Dates, doc.Date{Span: b.find(text, 0), Value: value, Type: typ})
}

// done sorts the layers the way stages emit them and validates.
func (b *builder) done() (*doc.Document, error) {
	if b.err != nil {
		return nil, b.err
	}
	sortSpans(b.d.Entities, func(e doc.Entity) doc.Span { return e.Span })
	sortSpans(b.d.Quotes, func(q doc.Quote) doc.Span { return q.Span })
	sortSpans(b.d.Dates, func(d doc.Date) doc.Span { return d.Span })
	if err := b.d.Validate(); err != nil {
		return nil, fmt.Errorf("apitest: %s: %w", b.d.ID, err)
	}
	return b.d, nil
}

func sortSpans[T any](xs []T, span func(T) doc.Span) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && span(xs[j]).Start < span(xs[j-1]).Start; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// Save stores docs in the store at path (created if needed) and closes it.
func Save(ctx context.Context, path string, docs []*doc.Document) error {
	s, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if _, err := s.SaveDocument(ctx, d); err != nil {
			s.Close()
			return err
		}
	}
	return s.Close()
}

// published is a fixed clock for the fixtures: nothing depends on today.
var published = time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)
