package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// testOptions are fast settings for a server on 127.0.0.1.
func testOptions() Options {
	return Options{AllowPrivate: true, Timeout: 2 * time.Second, Backoff: 5 * time.Millisecond, HostInterval: -1}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

func TestFetchDecodes(t *testing.T) {
	const page = "<html><body><p>The port reopened on Monday.</p></body></html>"
	var ua atomic.Value
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var buf bytes.Buffer
		switch r.URL.Path {
		case "/gzip":
			zw := gzip.NewWriter(&buf)
			zw.Write([]byte(page))
			zw.Close()
			w.Header().Set("Content-Encoding", "gzip")
		case "/br":
			bw := brotli.NewWriter(&buf)
			bw.Write([]byte(page))
			bw.Close()
			w.Header().Set("Content-Encoding", "br")
		default:
			buf.WriteString(page)
		}
		w.Write(buf.Bytes())
	})
	c := New(testOptions())
	for _, path := range []string{"/plain", "/gzip", "/br"} {
		r, err := c.Fetch(context.Background(), s.URL+path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if string(r.Body) != page || r.ContentType != "text/html; charset=utf-8" || r.URL != s.URL+path {
			t.Errorf("%s: got %q (%s) from %s", path, r.Body, r.ContentType, r.URL)
		}
	}
	if got := ua.Load().(string); got != DefaultUserAgent {
		t.Errorf("User-Agent %q; want %q", got, DefaultUserAgent)
	}
}

func TestFetchRefusesPrivateAddresses(t *testing.T) {
	var hits atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/to-other-loopback" {
			_, port, _ := net.SplitHostPort(r.Host)
			http.Redirect(w, r, "http://127.0.0.2:"+port+"/secret", http.StatusFound)
			return
		}
		fmt.Fprint(w, "ok")
	})
	ctx := context.Background()
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(s.URL, "http://"))

	// The default policy: loopback by address and by name is refused
	// before any byte is sent.
	c := New(Options{Timeout: 2 * time.Second, Retries: -1})
	for _, u := range []string{s.URL + "/", "http://localhost:" + port + "/", "http://[::1]:" + port + "/"} {
		if _, err := c.Fetch(ctx, u); !errors.Is(err, ErrRefused) {
			t.Errorf("Fetch(%s) = %v; want ErrRefused", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("the server saw %d requests; want none", hits.Load())
	}

	// A redirect is checked when it is dialled: here only 127.0.0.1 is
	// allowed, so the redirect to 127.0.0.2 is refused.
	only := New(Options{Timeout: 2 * time.Second, Retries: -1})
	only.http.Transport = only.transport(func(ip net.IP) bool { return ip.Equal(net.IPv4(127, 0, 0, 1)) })
	if _, err := only.Fetch(ctx, s.URL+"/to-other-loopback"); !errors.Is(err, ErrRefused) {
		t.Errorf("redirect to another address: %v; want ErrRefused", err)
	}
	if _, err := only.Fetch(ctx, "file:///etc/passwd"); !errors.Is(err, ErrScheme) {
		t.Errorf("file URL: %v; want ErrScheme", err)
	}
}

func TestPublic(t *testing.T) {
	for _, tc := range []struct {
		ip     string
		public bool
	}{
		{"93.184.215.14", true}, {"2606:2800:21f:cb07:6820:80da:af6b:8b2c", true}, {"8.8.8.8", true},
		{"127.0.0.1", false}, {"127.1.2.3", false}, {"::1", false}, {"10.1.2.3", false}, {"172.16.0.1", false},
		{"192.168.1.1", false}, {"169.254.169.254", false}, {"fe80::1", false}, {"fd00:ec2::254", false},
		{"100.100.100.200", false}, {"0.0.0.0", false}, {"::", false}, {"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false}, {"224.0.0.1", false}, {"255.255.255.255", false}, {"198.18.0.1", false},
		{"64:ff9b::7f00:1", false},
	} {
		if got := Public(net.ParseIP(tc.ip)); got != tc.public {
			t.Errorf("Public(%s) = %v; want %v", tc.ip, got, tc.public)
		}
	}
}

func TestFetchLimits(t *testing.T) {
	// 8 MiB of zeros in about 8 KB, compressed before the clock runs.
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(make([]byte, 8<<20))
	zw.Close()
	bomb := buf.Bytes()
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/slow":
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(200)
			w.Write([]byte("<p>first part"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		case "/huge":
			chunk := bytes.Repeat([]byte("x"), 64<<10)
			for range 64 { // 4 MiB, no Content-Length
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		}
	})
	opt := testOptions()
	opt.Timeout = 300 * time.Millisecond
	opt.MaxBytes = 1 << 20
	opt.MaxRedirects = 3
	opt.Retries = -1
	c := New(opt)
	ctx := context.Background()
	if _, err := c.Fetch(ctx, s.URL+"/loop"); !errors.Is(err, ErrRedirects) {
		t.Errorf("redirect loop: %v; want ErrRedirects", err)
	}
	start := time.Now()
	if _, err := c.Fetch(ctx, s.URL+"/slow"); err == nil || time.Since(start) > 2*time.Second {
		t.Errorf("slow response: %v after %v; want a timeout after about 300ms", err, time.Since(start))
	}
	for _, p := range []string{"/huge", "/bomb"} {
		if _, err := c.Fetch(ctx, s.URL+p); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: %v; want ErrTooLarge", p, err)
		}
	}
}

func TestFetchRetries(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		n := hits[r.URL.Path]
		mu.Unlock()
		switch {
		case r.URL.Path == "/flaky" && n <= 2:
			w.WriteHeader(http.StatusServiceUnavailable)
		case r.URL.Path == "/busy" && n == 1:
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
		case r.URL.Path == "/missing", r.URL.Path == "/down":
			code := map[string]int{"/missing": 404, "/down": 502}[r.URL.Path]
			w.WriteHeader(code)
		default:
			fmt.Fprint(w, "fine")
		}
	})
	c := New(testOptions())
	ctx := context.Background()
	for _, p := range []string{"/flaky", "/busy"} {
		if r, err := c.Fetch(ctx, s.URL+p); err != nil || string(r.Body) != "fine" {
			t.Errorf("%s: %v; want success after retries", p, err)
		}
	}
	var se *StatusError
	if _, err := c.Fetch(ctx, s.URL+"/missing"); !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("404: %v", err)
	}
	if _, err := c.Fetch(ctx, s.URL+"/down"); !errors.Is(err, ErrStatus) {
		t.Errorf("502 after retries: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	want := map[string]int{"/flaky": 3, "/busy": 2, "/missing": 1, "/down": 4}
	for p, n := range want {
		if hits[p] != n {
			t.Errorf("%s: %d requests; want %d", p, hits[p], n)
		}
	}
}

func TestFetchPerHostLimits(t *testing.T) {
	var now, peak atomic.Int32
	s := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := now.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		now.Add(-1)
	})
	opt := testOptions()
	opt.PerHost = 2
	c := New(opt)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := c.Fetch(context.Background(), s.URL); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p > 2 {
		t.Errorf("%d requests at once to one host; want at most 2", p)
	}

	opt.HostInterval = 40 * time.Millisecond
	c = New(opt)
	start := time.Now()
	for range 3 {
		if _, err := c.Fetch(context.Background(), s.URL); err != nil {
			t.Fatal(err)
		}
	}
	if el := time.Since(start); el < 80*time.Millisecond {
		t.Errorf("3 requests in %v; want at least 2 intervals of 40ms", el)
	}
}
