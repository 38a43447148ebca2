// Package api is chronicle's JSON API over the store: articles (search and
// full documents with every layer), quotes, events, actors (profiles,
// their quotes and events, who they act on and with) and counts over time,
// with offset pagination, errors as JSON and an OpenAPI description at
// /api/openapi.json. It never touches SQL; every query is a method of
// store.Storage.
//
// The API is read-only unless Config.Token is set: then POST /api/ingest
// takes one article (text, HTML or a JSON article object), runs
// Config.Analyze on it and stores it. The package does not build the
// analysis pipeline itself; the CLI injects it, as esbuild's bundler takes
// its linker as a function.
package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"chronicle/internal/doc"
	"chronicle/internal/store"
)

// Defaults for the zero fields of Config.
const (
	DefaultMaxBody = 5 << 20          // bytes accepted by POST /api/ingest
	DefaultTimeout = 10 * time.Second // per request
	MaxPageSize    = 500              // the largest limit a list accepts
	defaultPage    = 50
)

// Config is what New needs. Store is required; the rest may be zero.
type Config struct {
	Store *store.Storage
	// Analyze runs the analysis pipeline on a freshly read document, in
	// place. Nil disables POST /api/ingest, as an empty Token does.
	Analyze func(ctx context.Context, d *doc.Document) error
	// Token, when set, enables POST /api/ingest for requests that send
	// "Authorization: Bearer <Token>".
	Token string
	// MaxBody caps the request body of POST /api/ingest, in bytes.
	MaxBody int64
	// Timeout bounds the work of one request (store queries honour it).
	Timeout time.Duration
	// CacheEntries caps the response cache (GET responses, dropped on each
	// ingest); 0 means 4096, negative disables it.
	CacheEntries int
	Log          *slog.Logger
}

// handler serves the API. Its fields never change after New, except the
// cache, which guards itself.
type handler struct {
	store   *store.Storage
	analyze func(context.Context, *doc.Document) error
	token   string
	maxBody int64
	timeout time.Duration
	log     *slog.Logger
	cache   *cache
}

// New returns the API handler; mount it at /api/ (its routes carry the
// prefix).
func New(c Config) http.Handler {
	h := &handler{store: c.Store, analyze: c.Analyze, token: c.Token, maxBody: c.MaxBody,
		timeout: c.Timeout, log: c.Log}
	if h.maxBody <= 0 {
		h.maxBody = DefaultMaxBody
	}
	if h.timeout <= 0 {
		h.timeout = DefaultTimeout
	}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	switch {
	case c.CacheEntries == 0:
		h.cache = newCache(4096)
	case c.CacheEntries > 0:
		h.cache = newCache(c.CacheEntries)
	}
	mux := http.NewServeMux()
	get := func(pattern string, f func(*http.Request) (any, error)) {
		mux.Handle("GET "+pattern, h.cached(h.jsonHandler(f)))
	}
	get("/api/articles", h.articles)
	get("/api/articles/{id}", h.article)
	get("/api/quotes", h.quotes)
	get("/api/events", h.events)
	get("/api/actors", h.actors)
	get("/api/actors/{name}", h.actor)
	get("/api/actors/{name}/quotes", h.actorQuotes)
	get("/api/actors/{name}/events", h.actorEvents)
	get("/api/timeline", h.timeline)
	get("/api/stats", h.stats)
	mux.HandleFunc("GET /api/openapi.json", serveOpenAPI)
	mux.HandleFunc("POST /api/ingest", h.ingest)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
	return h.withTimeout(mux)
}

// withTimeout bounds each request's context by h.timeout.
func (h *handler) withTimeout(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), h.timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
