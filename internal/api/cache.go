package api

import (
	"bytes"
	"net/http"
	"sync"
)

// cache keeps the bodies of successful GET responses by request URI. The
// store changes only through POST /api/ingest on this server (or another
// process's ingest, which is why the cache is bounded and can be
// disabled), so a response stays right until the next ingest, which drops
// every entry. When full, the cache starts afresh rather than tracking
// recency: the working set of a UI is small, and a reset costs one query
// per page.
type cache struct {
	mu      sync.Mutex
	max     int
	entries map[string]cached
}

type cached struct {
	ctype string
	body  []byte
}

// maxCachedBody keeps huge responses (a long article) out of the cache.
const maxCachedBody = 512 << 10

func newCache(n int) *cache { return &cache{max: n, entries: make(map[string]cached)} }

func (c *cache) get(k string) (cached, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[k]
	return e, ok
}

func (c *cache) put(k string, e cached) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.max {
		c.entries = make(map[string]cached)
	}
	c.entries[k] = e
}

func (c *cache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = make(map[string]cached)
}

// cached serves GET responses from h.cache and stores the 200 ones.
func (h *handler) cached(next http.Handler) http.Handler {
	if h.cache == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.RequestURI()
		if e, ok := h.cache.get(key); ok {
			w.Header().Set("X-Cache", "hit")
			writeBody(w, http.StatusOK, e.ctype, e.body)
			return
		}
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		if rec.status == http.StatusOK && rec.buf.Len() <= maxCachedBody {
			h.cache.put(key, cached{rec.Header().Get("Content-Type"), bytes.Clone(rec.buf.Bytes())})
		}
	})
}

// recorder passes a response through and keeps a copy of its body.
type recorder struct {
	http.ResponseWriter
	status int
	buf    bytes.Buffer
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.buf.Len() <= maxCachedBody {
		r.buf.Write(b)
	}
	return r.ResponseWriter.Write(b)
}
