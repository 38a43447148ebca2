package api

import (
	"bytes"
	"container/list"
	"net/http"
	"sync"
)

// cache keeps the bodies of successful GET responses by request URI. The
// store changes only through POST /api/ingest on this server (or another
// process's ingest, which is why the cache is bounded and can be
// disabled), so a response stays right until the next ingest, which drops
// every entry.
//
// Two things keep it useful under load. It evicts the least recently used
// entry when full, so a stream of one-off searches cannot push out the
// pages everybody reads (an earlier version started afresh when full, and
// every reset sent a hundred clients to the database at once). And it
// collapses concurrent misses on one URI into one query (the others wait
// for its answer), so a popular page that is not cached yet costs one
// query, not one per waiting client.
type cache struct {
	mu       sync.Mutex
	max      int
	gen      uint64 // bumped by clear; a query begun before it is not kept
	order    *list.List
	entries  map[string]*list.Element // of *entry
	inflight map[string]*flight
}

type entry struct {
	key string
	cached
}

type cached struct {
	ctype string
	body  []byte
}

// flight is one query in progress; done closes when it has answered, and
// ok reports whether it left a cacheable answer in e.
type flight struct {
	done chan struct{}
	e    cached
	ok   bool
}

// maxCachedBody keeps huge responses (a long article) out of the cache.
const maxCachedBody = 512 << 10

func newCache(n int) *cache {
	return &cache{max: n, order: list.New(), entries: make(map[string]*list.Element), inflight: make(map[string]*flight)}
}

// lookup returns the cached answer for k (hit), or else the flight to
// wait for, or else (neither) registers the caller as the one to query,
// who must call finish.
func (c *cache) lookup(k string) (e cached, hit bool, wait *flight, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[k]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*entry).cached, true, nil, c.gen
	}
	if f, ok := c.inflight[k]; ok {
		return cached{}, false, f, c.gen
	}
	c.inflight[k] = &flight{done: make(chan struct{})}
	return cached{}, false, nil, c.gen
}

// finish ends the caller's flight for k, keeping e when ok and no clear
// came in between.
func (c *cache) finish(k string, gen uint64, e cached, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f := c.inflight[k]
	delete(c.inflight, k)
	if f != nil {
		f.e, f.ok = e, ok && gen == c.gen
		close(f.done)
	}
	if !ok || gen != c.gen {
		return
	}
	if el, found := c.entries[k]; found {
		el.Value.(*entry).cached = e
		c.order.MoveToFront(el)
		return
	}
	c.entries[k] = c.order.PushFront(&entry{k, e})
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.entries, old.Value.(*entry).key)
	}
}

func (c *cache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.order.Init()
	c.entries = make(map[string]*list.Element)
	c.inflight = make(map[string]*flight) // the flights still close their done channels
}

// cached serves GET responses from h.cache and stores the 200 ones.
func (h *handler) cached(next http.Handler) http.Handler {
	if h.cache == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.RequestURI()
		e, hit, wait, gen := h.cache.lookup(key)
		if wait != nil {
			select {
			case <-wait.done:
				if wait.ok {
					w.Header().Set("X-Cache", "shared")
					writeBody(w, http.StatusOK, wait.e.ctype, wait.e.body)
					return
				}
			case <-r.Context().Done():
			}
			// The other query failed, was too big, or this request's time
			// ran out while waiting: query alone, without the cache.
			next.ServeHTTP(w, r)
			return
		}
		if hit {
			w.Header().Set("X-Cache", "hit")
			writeBody(w, http.StatusOK, e.ctype, e.body)
			return
		}
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			ok := rec.status == http.StatusOK && rec.buf.Len() <= maxCachedBody
			h.cache.finish(key, gen, cached{rec.Header().Get("Content-Type"), bytes.Clone(rec.buf.Bytes())}, ok)
		}()
		next.ServeHTTP(rec, r)
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
