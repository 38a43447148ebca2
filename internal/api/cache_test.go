package api

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCacheEvictsLeastRecentlyUsed(t *testing.T) {
	c := newCache(2)
	put := func(k string) {
		t.Helper()
		_, hit, wait, gen := c.lookup(k)
		if hit || wait != nil {
			t.Fatalf("%s: hit %v, wait %v; want a miss", k, hit, wait != nil)
		}
		c.finish(k, gen, cached{"text/plain", []byte(k)}, true)
	}
	put("a")
	put("b")
	if _, hit, _, _ := c.lookup("a"); !hit { // a is now the most recent
		t.Fatal("a: want a hit")
	}
	put("c") // evicts b
	for k, want := range map[string]bool{"a": true, "c": true} {
		if _, hit, _, _ := c.lookup(k); hit != want {
			t.Errorf("%s: hit %v; want %v", k, hit, want)
		}
	}
	if _, hit, wait, gen := c.lookup("b"); hit || wait != nil {
		t.Error("b: want a miss after eviction")
	} else {
		c.finish("b", gen, cached{}, false)
	}
}

// TestCacheCollapsesConcurrentMisses sends many requests for one URI at
// once to a slow handler: it must run once, and every request get its
// answer.
func TestCacheCollapsesConcurrentMisses(t *testing.T) {
	var calls atomic.Int32
	h := &handler{cache: newCache(8)}
	srv := httptest.NewServer(h.cached(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		time.Sleep(50 * time.Millisecond)
		writeBody(w, http.StatusOK, "text/plain", []byte("answer "+r.URL.Query().Get("q")))
	})))
	defer srv.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := http.Get(srv.URL + "/x?q=1")
			if err != nil {
				errs <- err
				return
			}
			r.Body.Close()
			if r.StatusCode != 200 {
				errs <- &httpError{r.StatusCode, "status " + strconv.Itoa(r.StatusCode)}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("handler ran %d times; want 1", n)
	}
}

// TestCacheClearDuringQuery checks that an answer computed before an
// ingest dropped the cache is not kept.
func TestCacheClearDuringQuery(t *testing.T) {
	c := newCache(4)
	_, _, _, gen := c.lookup("k")
	c.clear()
	c.finish("k", gen, cached{"text/plain", []byte("old")}, true)
	if _, hit, _, _ := c.lookup("k"); hit {
		t.Error("an answer from before clear was kept")
	}
}
