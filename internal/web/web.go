// Package web is chronicle's browser UI: plain HTML, CSS and ES modules
// embedded in the binary (go:embed), with uPlot and cytoscape vendored
// under static/vendor, so it works offline and needs no build step. The
// pages (search, article, actor, events) run in the browser and read the
// JSON API of package api; they build every element with createElement and
// textContent, never as parsed HTML, so article text cannot become markup.
//
// NewHandler mounts the UI and an API handler on one mux and adds the
// security headers (a strict Content-Security-Policy among them).
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// CSP is the Content-Security-Policy of every response: only this origin's
// scripts, styles and fetches, no inline script, no plugins, no framing.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// NewHandler returns the whole site: the UI at / (index.html and
// /static/...) and api at /api/.
func NewHandler(api http.Handler) http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree always has static/
	}
	files := http.FileServerFS(sub)
	mux := http.NewServeMux()
	mux.Handle("/api/", api)
	mux.Handle("GET /static/", http.StripPrefix("/static/", files))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, sub, "index.html")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})
	return secure(mux)
}

// secure sets the security headers on every response.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
