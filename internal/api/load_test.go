package api_test

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"chronicle/internal/api"
	"chronicle/internal/api/apitest"
	"chronicle/internal/store"
)

// TestLoad is the bounded load test of the serve issue: 100 concurrent
// clients for 30 s against a store of 10,000 articles, on loopback. It is
// too slow for CI and runs only with CHRONICLE_LOADTEST=1:
//
//	CHRONICLE_LOADTEST=1 go test -run TestLoad -v -timeout 30m ./internal/api/
//
// CHRONICLE_LOADTEST_ARTICLES, _CLIENTS and _SECONDS change the sizes;
// CHRONICLE_LOADTEST_DB reuses (or keeps) the store file. It runs twice:
// with the response cache (as served) and without (every request queries
// SQLite), and logs p50/p95/p99 per class (search, actor) and errors.
func TestLoad(t *testing.T) {
	if os.Getenv("CHRONICLE_LOADTEST") != "1" {
		t.Skip("set CHRONICLE_LOADTEST=1 to run the load test")
	}
	n, clients, secs := envInt("CHRONICLE_LOADTEST_ARTICLES", 10000), envInt("CHRONICLE_LOADTEST_CLIENTS", 100), envInt("CHRONICLE_LOADTEST_SECONDS", 30)
	ctx := context.Background()
	path := os.Getenv("CHRONICLE_LOADTEST_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "load.db")
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	for i := range n {
		d, err := apitest.Synthetic(i)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("store of %d articles ready in %.1fs", n, time.Since(start).Seconds())
	for _, cache := range []int{0, -1} {
		srv := httptest.NewServer(api.New(api.Config{Store: s, CacheEntries: cache}))
		res := hammer(t, srv, clients, time.Duration(secs)*time.Second)
		srv.Close()
		name := map[int]string{0: "cache on", -1: "cache off"}[cache]
		for _, class := range []string{"search", "actor"} {
			l := res.lat[class]
			slices.Sort(l)
			t.Logf("%s %-6s requests=%d errors=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms", name, class, len(l),
				res.errs[class], float64(len(l))/float64(secs), ms(pct(l, 50)), ms(pct(l, 95)), ms(pct(l, 99)), ms(pct(l, 100)))
			// The targets hold for the server as configured (cache on);
			// the uncached run is logged to show what the queries cost.
			if cache == 0 && res.errs[class] > 0 {
				t.Errorf("%s %s: %d errors (first: %v)", name, class, res.errs[class], res.first)
			}
			if cache == 0 && pct(l, 99) > 100*time.Millisecond {
				t.Errorf("%s %s: p99 %v over 100ms", name, class, pct(l, 99))
			}
		}
	}
}

type loadResult struct {
	mu    sync.Mutex
	lat   map[string][]time.Duration
	errs  map[string]int
	first error
}

// hammer runs clients closed-loop (each sends its next request as soon as
// the last one is answered) until d has passed. Half the requests are
// searches (articles or quotes for a word or a report number), half are
// the four requests of an actor page.
func hammer(t *testing.T, srv *httptest.Server, clients int, d time.Duration) *loadResult {
	t.Helper()
	// Common words (in every article: experts, said), topic and place
	// words from frequent to rare, and names; actors from the heavy one
	// (in a fifth of the articles) through the named cast to the tail.
	words := []string{"migration", "trade", "security", "energy", "health", "water", "fisheries", "elections", "wheat", "cables",
		"Albares", "Bourita", "Yusuf", "Trump", "Spain", "Morocco", "Kenya", "Norway", "talks frank", "experts", "said", "agreement year"}
	people := []string{apitest.HeavyActor, "José Manuel Albares", "Nasser Bourita", "Amina Yusuf", "Omar Touray", "Ana Weber", "Li Wei", "Kofi Mensah",
		apitest.SyntheticPerson(20), apitest.SyntheticPerson(150), apitest.SyntheticPerson(600), "Spain", "Morocco", "Norway"}
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	defer tr.CloseIdleConnections()
	res := &loadResult{lat: map[string][]time.Duration{}, errs: map[string]int{}}
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(c), 7))
			var lat = map[string][]time.Duration{}
			errs := map[string]int{}
			var first error
			for time.Now().Before(deadline) {
				var class string
				var paths []string
				if rng.IntN(2) == 0 {
					class = "search"
					q := words[rng.IntN(len(words))]
					if rng.IntN(4) == 0 {
						q = "report " + strconv.Itoa(rng.IntN(10000))
					}
					kind := []string{"articles", "quotes"}[rng.IntN(2)]
					paths = []string{"/api/" + kind + "?limit=20&q=" + url.QueryEscape(q)}
				} else {
					class = "actor"
					p := url.PathEscape(people[rng.IntN(len(people))])
					paths = []string{"/api/actors/" + p, "/api/timeline?bucket=month&actor=" + url.QueryEscape(people[rng.IntN(len(people))]),
						"/api/actors/" + p + "/quotes?limit=20", "/api/actors/" + p + "/events?limit=20"}
					paths = paths[rng.IntN(4):][:1]
				}
				for _, path := range paths {
					t0 := time.Now()
					r, err := client.Get(srv.URL + path)
					if err == nil {
						io.Copy(io.Discard, r.Body)
						r.Body.Close()
						if r.StatusCode != 200 {
							err = fmt.Errorf("GET %s: %d", path, r.StatusCode)
						}
					}
					lat[class] = append(lat[class], time.Since(t0))
					if err != nil {
						errs[class]++
						if first == nil {
							first = err
						}
					}
				}
			}
			res.mu.Lock()
			for k, v := range lat {
				res.lat[k] = append(res.lat[k], v...)
			}
			for k, v := range errs {
				res.errs[k] += v
			}
			if res.first == nil {
				res.first = first
			}
			res.mu.Unlock()
		}()
	}
	wg.Wait()
	return res
}

func pct(l []time.Duration, p int) time.Duration {
	if len(l) == 0 {
		return 0
	}
	i := min(len(l)-1, (len(l)*p+99)/100-1)
	return l[max(i, 0)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}
