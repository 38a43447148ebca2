package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"chronicle/internal/api"
	"chronicle/internal/api/apitest"
	"chronicle/internal/doc"
	"chronicle/internal/store"
	"chronicle/internal/store/storetest"
)

// newServer serves the API over a new store on backend (storetest)
// holding the rich fixtures.
func newServer(t *testing.T, backend string, c api.Config) (*httptest.Server, *store.Storage) {
	t.Helper()
	ctx := context.Background()
	docs, err := apitest.Rich()
	if err != nil {
		t.Fatal(err)
	}
	path := storetest.Target(t, backend)
	if err := apitest.Save(ctx, path, docs); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	c.Store = s
	srv := httptest.NewServer(api.New(c))
	t.Cleanup(func() { srv.Close(); s.Close() })
	return srv, s
}

// get fetches path and returns the status and body.
func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	res, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// TestEndpoints runs on every backend of storetest.Backends: the answers
// must be the same on SQLite and PostgreSQL (see also TestBackendParity).
func TestEndpoints(t *testing.T) { storetest.Run(t, testEndpoints) }

func testEndpoints(t *testing.T, backend string) {
	srv, _ := newServer(t, backend, api.Config{})
	tests := []struct {
		path   string
		status int
		wants  []string // substrings of the body
	}{
		{"/api/articles", 200, []string{`"id":"albares-morocco"`, `"more":false`, `"limit":50`}},
		{"/api/articles?q=Albares", 200, []string{`"albares-nato"`, `"albares-morocco"`, `"snippet":"`}},
		{"/api/articles?q=jose+albares", 200, []string{`"albares-nato"`}},    // diacritics ignored
		{"/api/articles?q=%22unclosed+AND", 200, []string{`"items":[]`}},     // plain words never fail
		{"/api/articles?match=%22unclosed", 400, []string{`"status":400`}},   // raw FTS5 may
		{"/api/articles?limit=1", 200, []string{`"more":true`, `"limit":1`}}, // pagination
		{"/api/articles?limit=1&offset=3", 200, []string{`"sahel-talks"`, `"more":false`}},
		{"/api/articles?limit=0", 400, []string{`"limit: want`}},
		{"/api/articles?offset=-1", 400, []string{`"offset: want`}},
		{"/api/articles?since=2025-08-01&until=2025-08-20", 200, []string{`"albares-nato"`}},
		{"/api/articles?since=yesterday", 400, []string{`since: want YYYY-MM-DD`}},
		{"/api/articles?type=THREATEN", 200, []string{`"albares-nato"`}},
		{"/api/articles/albares-nato", 200, []string{`"quotes":[{"start":`, `"speaker_name":"José Manuel Albares"`, `"events":[`, `"dates":[`, `"entities":[`}},
		{"/api/articles/nope", 404, []string{`"status":404`}},
		{"/api/quotes?q=ceasefire", 200, []string{`We need a ceasefire first of all,`}},
		{"/api/quotes?speaker=Bourita", 200, []string{`Morocco would add patrols`}},
		{"/api/quotes?kind=indirect", 200, []string{`"kind":"indirect"`}},
		{"/api/quotes?since=2025-08-25", 200, []string{`Our cooperation`}},
		{"/api/events?type=consult", 200, []string{`"type":"CONSULT"`, `"Abuja"`, `"Rabat"`}},
		{"/api/events?actor=Trump", 200, []string{`"THREATEN"`}},
		{"/api/events?country=MAR", 200, []string{`"COOPERATE"`}},
		{"/api/events?location=abu", 200, []string{`"Abuja"`}},
		{"/api/events?from=2025-08&to=2025-08-20", 200, []string{`"ACCUSE"`}},
		{"/api/events?format=csv&type=AID", 200, []string{"article_id,published,type", "AID"}},
		{"/api/events?format=xml", 400, []string{`format: want`}},
		{"/api/actors", 200, []string{`"name":"José Manuel Albares"`, `"articles":2`}},
		{"/api/actors?q=esp", 200, []string{`"Spain"`}},
		{"/api/actors?type=organisation", 200, []string{`"NATO"`}},
		{"/api/actors/Jos%C3%A9%20Manuel%20Albares", 200, []string{`"quotes":4`, `"other":"Russia","direction":"on","type":"ACCUSE"`}},
		{"/api/actors/jos%C3%A9%20manuel%20albares", 200, []string{`"name":"José Manuel Albares"`}}, // case ignored
		{"/api/actors/Spain", 200, []string{`"other":"Donald Trump","direction":"by"`, `"other":"European Union","direction":"with"`}},
		{"/api/actors/Nobody", 404, []string{`"status":404`}},
		{"/api/actors/Jos%C3%A9%20Manuel%20Albares/quotes?limit=2", 200, []string{`"more":true`, `Our cooperation`}},
		{"/api/actors/Jos%C3%A9%20Manuel%20Albares/events", 200, []string{`"CONSULT"`, `"ACCUSE"`}},
		{"/api/actors/Nobody/events", 404, nil},
		{"/api/timeline", 200, []string{`"bucket":"month"`, `{"period":"2025-06","articles":1,"quotes":1,"events":2}`}},
		{"/api/timeline?bucket=day&actor=Jos%C3%A9%20Manuel%20Albares", 200, []string{`{"period":"2025-08-28","articles":1,"quotes":1,"events":2}`}},
		{"/api/timeline?bucket=week", 400, []string{`bucket: want`}},
		{"/api/stats", 200, []string{`"articles":4`}},
		{"/api/openapi.json", 200, []string{`"openapi": "3.1.0"`}},
		{"/api/nothing", 404, []string{`no such endpoint`}},
	}
	for _, tc := range tests {
		status, body := get(t, srv, tc.path)
		if status != tc.status {
			t.Errorf("GET %s = %d; want %d\n%s", tc.path, status, tc.status, body)
			continue
		}
		for _, w := range tc.wants {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: body lacks %s\n%s", tc.path, w, body)
			}
		}
		if status != 200 {
			var e struct{ Error api.Error }
			if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error.Status != status || e.Error.Message == "" {
				t.Errorf("GET %s: error body %q is not {error: {status, message}}", tc.path, body)
			}
		}
	}
}

// TestOpenAPICoversRoutes checks that every path tested above is described.
func TestOpenAPICoversRoutes(t *testing.T) {
	srv, _ := newServer(t, storetest.SQLite, api.Config{})
	_, body := get(t, srv, "/api/openapi.json")
	var spec struct {
		Paths map[string]map[string]any
	}
	if err := json.Unmarshal([]byte(body), &spec); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/api/articles", "/api/articles/{id}", "/api/quotes", "/api/events", "/api/actors",
		"/api/actors/{name}", "/api/actors/{name}/quotes", "/api/actors/{name}/events", "/api/timeline",
		"/api/stats", "/api/openapi.json", "/api/ingest"} {
		if spec.Paths[p] == nil {
			t.Errorf("openapi.json lacks %s", p)
		}
	}
}

func post(t *testing.T, srv *httptest.Server, token, ctype, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+"/api/ingest", strings.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestIngestReadOnlyByDefault(t *testing.T) {
	srv, _ := newServer(t, storetest.SQLite, api.Config{Analyze: func(context.Context, *doc.Document) error { return nil }})
	if status, body := post(t, srv, "x", "text/plain", "Some news."); status != http.StatusForbidden {
		t.Errorf("POST /api/ingest without --token = %d %s; want 403", status, body)
	}
	if status, _ := get(t, srv, "/api/ingest"); status != http.StatusNotFound && status != http.StatusMethodNotAllowed {
		t.Errorf("GET /api/ingest = %d; want 404 or 405", status)
	}
}

func TestIngestWithToken(t *testing.T) { storetest.Run(t, testIngestWithToken) }

func testIngestWithToken(t *testing.T, backend string) {
	analyzed := 0
	srv, s := newServer(t, backend, api.Config{Token: "s3cret", MaxBody: 1000,
		Analyze: func(_ context.Context, d *doc.Document) error { analyzed++; return nil }})
	cases := []struct {
		token, ctype, body string
		status             int
	}{
		{"", "text/plain", "Albares spoke in Lisbon on Friday.", http.StatusUnauthorized},
		{"wrong", "text/plain", "Albares spoke in Lisbon on Friday.", http.StatusUnauthorized},
		{"s3cret", "text/plain", strings.Repeat("long ", 300), http.StatusRequestEntityTooLarge},
		{"s3cret", "application/json", `{"title": 1}`, http.StatusBadRequest},
		{"s3cret", "text/plain", "   ", http.StatusBadRequest},
		{"s3cret", "application/json", `{"id": "lisbon", "text": "Albares spoke in Lisbon on Friday.", "published": "2025-09-05"}`, http.StatusCreated},
		{"s3cret", "application/json", `{"id": "lisbon", "text": "Albares spoke in Lisbon on Friday.", "published": "2025-09-05"}`, http.StatusOK},
	}
	// Warm the cache, which an ingest must drop.
	if _, body := get(t, srv, "/api/articles?q=Lisbon"); !strings.Contains(body, `"items":[]`) {
		t.Fatalf("before ingest: %s", body)
	}
	for _, c := range cases {
		status, body := post(t, srv, c.token, c.ctype, c.body)
		if status != c.status {
			t.Errorf("POST %q with token %q = %d %s; want %d", c.body, c.token, status, body, c.status)
		}
	}
	if analyzed != 2 {
		t.Errorf("analyzed %d articles; want 2", analyzed)
	}
	if ok, _ := s.Has(context.Background(), "lisbon"); !ok {
		t.Error("the ingested article is not stored")
	}
	if _, body := get(t, srv, "/api/articles?q=Lisbon"); !strings.Contains(body, `"lisbon"`) {
		t.Errorf("after ingest the search still misses the article (stale cache?): %s", body)
	}
}
