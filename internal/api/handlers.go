package api

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"strconv"
	"time"

	"chronicle/internal/doc"
	"chronicle/internal/store"
)

// csvBody is a handler result sent as text/csv.
type csvBody struct{ data []byte }

// page reads limit (1..MaxPageSize, default 50) and offset (0..store.MaxOffset).
func page(r *http.Request) (limit, offset int, err error) {
	limit, offset = defaultPage, 0
	if s := r.FormValue("limit"); s != "" {
		n, e := strconv.Atoi(s)
		if e != nil || n < 1 || n > MaxPageSize {
			return 0, 0, badRequest("limit: want an integer from 1 to " + strconv.Itoa(MaxPageSize))
		}
		limit = n
	}
	if s := r.FormValue("offset"); s != "" {
		n, e := strconv.Atoi(s)
		if e != nil || n < 0 || n > store.MaxOffset {
			return 0, 0, badRequest("offset: want an integer from 0 to " + strconv.Itoa(store.MaxOffset))
		}
		offset = n
	}
	return limit, offset, nil
}

// filter reads the parameters shared by the lists: q (plain words) or
// match (FTS5 syntax), since, until, actor, type, article, limit.
func filter(r *http.Request) (store.Filter, int, error) {
	var f store.Filter
	limit, offset, err := page(r)
	if err != nil {
		return f, 0, err
	}
	f.Limit = limit
	f.Text = store.PlainQuery(r.FormValue("q"))
	if m := r.FormValue("match"); m != "" {
		f.Text = m
	}
	for _, d := range []struct {
		name string
		dst  *string
	}{{"since", &f.Since}, {"until", &f.Until}} {
		v := r.FormValue(d.name)
		if v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return f, 0, badRequest(d.name + ": want YYYY-MM-DD")
		}
		*d.dst = v
	}
	f.Actor = r.FormValue("actor")
	f.Type = r.FormValue("type")
	f.Article = r.FormValue("article")
	return f, offset, nil
}

func (h *handler) articles(r *http.Request) (any, error) {
	f, offset, err := filter(r)
	if err != nil {
		return nil, err
	}
	return h.store.ArticlesPage(r.Context(), f, offset)
}

// article returns the full document JSON of SPEC.md §2 (code-point
// offsets), without tokens unless tokens=1.
func (h *handler) article(r *http.Request) (any, error) {
	d, err := h.store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	b, err := d.EncodeJSON(doc.JSONOptions{Tokens: r.FormValue("tokens") == "1"})
	if err != nil {
		return nil, err
	}
	return rawJSON(b), nil
}

// quotes lists quotes; speaker is an alias of actor and kind of type.
func (h *handler) quotes(r *http.Request) (any, error) {
	f, offset, err := filter(r)
	if err != nil {
		return nil, err
	}
	if s := r.FormValue("speaker"); s != "" {
		f.Actor = s
	}
	if k := r.FormValue("kind"); k != "" {
		f.Type = k
	}
	return h.store.QuotesPage(r.Context(), f, offset)
}

// events lists events, as JSON or, with format=csv, as CSV of the page.
func (h *handler) events(r *http.Request) (any, error) {
	f, offset, err := filter(r)
	if err != nil {
		return nil, err
	}
	ef := store.EventFilter{Filter: f, Offset: offset, Country: r.FormValue("country"),
		Location: r.FormValue("location"), From: r.FormValue("from"), To: r.FormValue("to")}
	p, err := h.store.EventsPage(r.Context(), ef)
	if err != nil {
		return nil, err
	}
	switch r.FormValue("format") {
	case "", "json":
		return p, nil
	case "csv":
		header, cells := store.Table(p.Items)
		var buf bytes.Buffer
		cw := csv.NewWriter(&buf)
		cw.Write(header)
		cw.WriteAll(cells)
		return csvBody{buf.Bytes()}, cw.Error()
	}
	return nil, badRequest("format: want json or csv")
}

// actors lists actors; q is a name substring (alias of actor), type the
// actor kind.
func (h *handler) actors(r *http.Request) (any, error) {
	f, offset, err := filter(r)
	if err != nil {
		return nil, err
	}
	if q := r.FormValue("q"); q != "" {
		f.Text, f.Actor = "", q
	}
	return h.store.ActorsPage(r.Context(), f, offset)
}

func (h *handler) actor(r *http.Request) (any, error) {
	return h.store.Profile(r.Context(), r.PathValue("name"))
}

func (h *handler) actorQuotes(r *http.Request) (any, error) {
	limit, offset, err := page(r)
	if err != nil {
		return nil, err
	}
	return h.store.ActorQuotes(r.Context(), r.PathValue("name"), limit, offset)
}

func (h *handler) actorEvents(r *http.Request) (any, error) {
	limit, offset, err := page(r)
	if err != nil {
		return nil, err
	}
	return h.store.ActorEvents(r.Context(), r.PathValue("name"), limit, offset)
}

// timeline counts articles, quotes and events per period; actor narrows
// it to one actor, bucket is day, month or year.
func (h *handler) timeline(r *http.Request) (any, error) {
	f := store.TimelineFilter{Actor: r.FormValue("actor"), Bucket: r.FormValue("bucket")}
	switch f.Bucket {
	case "", "day", "month", "year":
	default:
		return nil, badRequest("bucket: want day, month or year")
	}
	ff, _, err := filter(r)
	if err != nil {
		return nil, err
	}
	f.Since, f.Until = ff.Since, ff.Until
	counts, err := h.store.Timeline(r.Context(), f)
	if err != nil {
		return nil, err
	}
	return struct {
		Bucket string            `json:"bucket"`
		Counts []store.TimeCount `json:"counts"`
	}{cmpOr(f.Bucket, "month"), counts}, nil
}

func (h *handler) stats(r *http.Request) (any, error) {
	return h.store.Counts(r.Context())
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
