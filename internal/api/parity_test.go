package api_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"chronicle/internal/api"
	"chronicle/internal/store/storetest"
)

// parityPaths are API requests whose answers must be the same, byte for
// byte, on SQLite and PostgreSQL: every endpoint with its filters, pages
// and formats. Full-text searches are compared by membership only (see
// searchPaths).
var parityPaths = []string{
	"/api/articles", "/api/articles?limit=1", "/api/articles?limit=1&offset=1", "/api/articles?limit=2&offset=2",
	"/api/articles?limit=1&offset=3", "/api/articles?offset=10",
	"/api/articles?since=2025-08-01&until=2025-08-20", "/api/articles?since=2025-07-01", "/api/articles?until=2025-07-02",
	"/api/articles?type=THREATEN", "/api/articles?type=consult", "/api/articles?actor=esp", "/api/articles?actor=albares",
	"/api/articles?actor=JOSÉ", "/api/articles?since=yesterday", "/api/articles?limit=0",
	"/api/articles/albares-nato", "/api/articles/who-cholera", "/api/articles/sahel-talks", "/api/articles/albares-morocco",
	"/api/articles/nope",
	"/api/quotes", "/api/quotes?limit=2", "/api/quotes?limit=2&offset=2", "/api/quotes?speaker=Bourita", "/api/quotes?speaker=albares",
	"/api/quotes?speaker=JOSÉ", "/api/quotes?kind=indirect", "/api/quotes?kind=DIRECT", "/api/quotes?since=2025-08-25",
	"/api/quotes?article=albares-nato",
	"/api/events", "/api/events?limit=3", "/api/events?limit=3&offset=3", "/api/events?type=consult", "/api/events?actor=Trump",
	"/api/events?actor=spain", "/api/events?country=MAR", "/api/events?country=esp", "/api/events?location=abu",
	"/api/events?location=MADRID", "/api/events?from=2025-08&to=2025-08-20", "/api/events?from=2025", "/api/events?to=2025-07",
	"/api/events?format=csv", "/api/events?format=csv&type=AID", "/api/events?article=sahel-talks",
	"/api/actors", "/api/actors?limit=3", "/api/actors?limit=3&offset=3", "/api/actors?q=esp", "/api/actors?type=organisation",
	"/api/actors?type=PERSON", "/api/actors?since=2025-08-01",
	"/api/actors/Jos%C3%A9%20Manuel%20Albares", "/api/actors/jos%C3%A9%20manuel%20albares", "/api/actors/Spain",
	"/api/actors/Morocco", "/api/actors/Nobody",
	"/api/actors/Jos%C3%A9%20Manuel%20Albares/quotes", "/api/actors/Jos%C3%A9%20Manuel%20Albares/quotes?limit=2",
	"/api/actors/Jos%C3%A9%20Manuel%20Albares/quotes?limit=2&offset=2", "/api/actors/Jos%C3%A9%20Manuel%20Albares/events",
	"/api/actors/Spain/events?limit=1&offset=1", "/api/actors/Nobody/events",
	"/api/timeline", "/api/timeline?bucket=day", "/api/timeline?bucket=year", "/api/timeline?since=2025-07-01&until=2025-08-20",
	"/api/timeline?bucket=day&actor=Jos%C3%A9%20Manuel%20Albares", "/api/timeline?actor=Spain&bucket=year",
	"/api/timeline?actor=spain&since=2025-08-20", "/api/timeline?actor=Nobody", "/api/timeline?bucket=week",
	"/api/stats",
}

// searchPaths are full-text searches. They match the same rows on both
// backends, but rank them differently (FTS5's bm25 on SQLite, ts_rank on
// PostgreSQL) and cut different snippets (FTS5's snippet, ts_headline), so
// only the set of items, without the snippet, is compared; a query that
// fails must fail on both.
var searchPaths = []string{
	"/api/articles?q=Albares", "/api/articles?q=jose+albares", "/api/articles?q=ALBARÉS", "/api/articles?q=ceasefire",
	"/api/articles?q=%22unclosed+AND", "/api/articles?q=nato+spain", "/api/articles?q=alb*", "/api/articles?q=said&since=2025-08-01",
	"/api/articles?q=said&actor=esp", "/api/articles?q=said&type=consult", "/api/articles?q=zzzz",
	"/api/articles?match=%22unclosed", "/api/articles?match=spain+OR+kenya", "/api/articles?match=title:spain",
	"/api/articles?match=spain+NOT+ukraine", "/api/articles?match=%22committed+ally%22", "/api/articles?match=AND",
	"/api/quotes?q=ceasefire", "/api/quotes?q=albares", "/api/quotes?q=water", "/api/quotes?q=said&kind=direct",
	"/api/quotes?q=we&speaker=albares", "/api/quotes?match=speaker_name:bourita", "/api/quotes?match=%22unclosed",
	"/api/events?q=spain", "/api/actors?q=spain",
}

// TestBackendParity serves the same fixtures from SQLite and PostgreSQL
// and compares the answers. It needs CHRONICLE_TEST_PG.
func TestBackendParity(t *testing.T) {
	pg, _ := newServer(t, storetest.Postgres, api.Config{}) // skips without CHRONICLE_TEST_PG
	lite, _ := newServer(t, storetest.SQLite, api.Config{})
	for _, path := range parityPaths {
		ls, lb := get(t, lite, path)
		ps, pb := get(t, pg, path)
		if ls != ps || lb != pb {
			t.Errorf("GET %s differs:\n  sqlite   %d %s\n  postgres %d %s", path, ls, lb, ps, pb)
		}
	}
	for _, path := range searchPaths {
		ls, lb := get(t, lite, path)
		ps, pb := get(t, pg, path)
		if ls != ps {
			t.Errorf("GET %s: status %d on sqlite, %d on postgres\n  sqlite   %s\n  postgres %s", path, ls, ps, lb, pb)
			continue
		}
		if ls != 200 {
			continue
		}
		if l, p := searchSet(t, lb), searchSet(t, pb); !bytes.Equal(l, p) {
			t.Errorf("GET %s matches differ:\n  sqlite   %s\n  postgres %s", path, l, p)
		}
		if ls == 200 && path[:13] == "/api/articles" && bytes.Contains([]byte(lb), []byte(`"snippet":"`)) && !bytes.Contains([]byte(pb), []byte(`"snippet":"`)) {
			t.Errorf("GET %s: no snippet on postgres: %s", path, pb)
		}
	}
}

// searchSet returns a page of search results as sorted JSON items
// without their snippet, with the page's more flag.
func searchSet(t *testing.T, body string) []byte {
	t.Helper()
	var page struct {
		Items []map[string]any `json:"items"`
		More  bool             `json:"more"`
	}
	if err := json.Unmarshal([]byte(body), &page); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	items := make([]string, 0, len(page.Items))
	for _, it := range page.Items {
		delete(it, "snippet")
		b, _ := json.Marshal(it)
		items = append(items, string(b))
	}
	slices.Sort(items)
	b, _ := json.Marshal(struct {
		Items []string `json:"items"`
		More  bool     `json:"more"`
	}{items, page.More})
	return b
}
