package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"chronicle/internal/web"
)

func TestHandler(t *testing.T) {
	apiHit := false
	h := web.NewHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { apiHit = true }))
	tests := []struct {
		path, want string
		status     int
	}{
		{"/", `<script type="module" src="/static/app.js"></script>`, 200},
		{"/static/app.js", "function el(", 200},
		{"/static/style.css", "mark.quote", 200},
		{"/static/vendor/uPlot.iife.min.js", "uPlot", 200},
		{"/static/vendor/cytoscape.min.js", "cytoscape", 200},
		{"/static/vendor/cytoscape.LICENSE", "MIT", 200},
		{"/nothing", "404", 404},
	}
	for _, tc := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tc.path, nil))
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != tc.status || !strings.Contains(string(body), tc.want) {
			t.Errorf("GET %s = %d, body has %q: %v; want %d", tc.path, rec.Code, tc.want, strings.Contains(string(body), tc.want), tc.status)
		}
		if got := rec.Header().Get("Content-Security-Policy"); got != web.CSP {
			t.Errorf("GET %s: CSP %q", tc.path, got)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no nosniff", tc.path)
		}
	}
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/api/stats", nil))
	if !apiHit {
		t.Error("/api/ is not routed to the API handler")
	}
}

// TestNoInlineScriptOrHTMLSinks keeps the UI within its CSP and away from
// the DOM sinks that would turn data into markup.
func TestNoInlineScriptOrHTMLSinks(t *testing.T) {
	h := web.NewHandler(http.NotFoundHandler())
	get := func(p string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		return rec.Body.String()
	}
	index := get("/")
	if strings.Contains(index, "<script>") || strings.Contains(index, "onclick=") || strings.Contains(index, "://") {
		t.Error("index.html has an inline script, a handler attribute or an external URL")
	}
	app := get("/static/app.js")
	for _, sink := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"} {
		if strings.Contains(app, sink) {
			t.Errorf("app.js uses %s", sink)
		}
	}
}
