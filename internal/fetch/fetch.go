// Package fetch downloads web pages for ingest, as a good citizen and
// safely. Politeness: a clear User-Agent, at most PerHost requests at a
// time to one host and at least HostInterval between their starts,
// retries with exponential backoff (honouring Retry-After) on 429 and
// 5xx. Safety: a timeout on the whole request, a cap on the decompressed
// body, a cap on redirects, and a refusal to connect to loopback,
// private, link-local, CGNAT, multicast and cloud metadata addresses
// unless AllowPrivate is set. That check runs in the dialer, on the IP
// address actually dialled, so it covers every redirect and every DNS
// answer (a name that resolves, or later re-resolves, to 127.0.0.1 or
// 169.254.169.254 is refused like the address itself).
//
// Responses are decompressed (gzip, deflate, brotli) but not decoded from
// their charset: ingest.ReadPage does that with the Content-Type header.
package fetch

import (
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/andybalholm/brotli"
)

// DefaultUserAgent names chronicle to the sites it fetches from.
const DefaultUserAgent = "chronicle-ingest/1.0 (open-source news analysis; polite: per-host rate limit, honours Retry-After)"

// Sentinel errors, for errors.Is.
var (
	// ErrRefused: the address is loopback, private, link-local or
	// otherwise not on the public internet, and AllowPrivate is off.
	ErrRefused = errors.New("fetch: refused non-public address")
	// ErrTooLarge: the body is larger than Options.MaxBytes.
	ErrTooLarge = errors.New("fetch: response too large")
	// ErrRedirects: more than Options.MaxRedirects redirects.
	ErrRedirects = errors.New("fetch: too many redirects")
	// ErrStatus: the server answered with a status other than 2xx (see
	// *StatusError).
	ErrStatus = errors.New("fetch: HTTP error status")
	// ErrScheme: a URL (or redirect) that is not http or https.
	ErrScheme = errors.New("fetch: not an http(s) URL")
)

// StatusError is a non-2xx answer, after any retries.
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch: %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Unwrap makes errors.Is(err, ErrStatus) hold.
func (e *StatusError) Unwrap() error { return ErrStatus }

// Options configures a Client. Zero fields take the defaults in brackets.
type Options struct {
	UserAgent    string        // [DefaultUserAgent]
	Timeout      time.Duration // whole request, body included [30s]
	MaxBytes     int64         // decompressed body [10 MiB]
	MaxRedirects int           // [5]; negative: none followed
	PerHost      int           // requests at once to one host [2]
	HostInterval time.Duration // between request starts to one host [500ms]; negative: none
	Retries      int           // extra tries on 429, 5xx and network errors [3]; negative: none
	Backoff      time.Duration // first retry delay, doubled each time [1s]
	MaxBackoff   time.Duration // cap on a delay, Retry-After included [30s]
	AllowPrivate bool          // allow loopback, private and link-local addresses
	Logger       *slog.Logger  // retries and refusals, at debug and warn [discard]
}

// Response is a fetched page.
type Response struct {
	URL         string // final URL, after redirects
	Status      int
	ContentType string
	Body        []byte // decompressed
}

// Client fetches pages. It is safe for concurrent use.
type Client struct {
	opt   Options
	http  *http.Client
	log   *slog.Logger
	sleep func(context.Context, time.Duration) error

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

// New returns a Client with opt.
func New(opt Options) *Client {
	def := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	def(&opt.Timeout, 30*time.Second)
	def(&opt.HostInterval, 500*time.Millisecond)
	def(&opt.Backoff, time.Second)
	def(&opt.MaxBackoff, 30*time.Second)
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 10 << 20
	}
	if opt.MaxRedirects == 0 {
		opt.MaxRedirects = 5
	}
	if opt.PerHost <= 0 {
		opt.PerHost = 2
	}
	if opt.Retries == 0 {
		opt.Retries = 3
	}
	c := &Client{opt: opt, log: opt.Logger, hosts: map[string]*hostSlot{}, sleep: sleepCtx}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	c.http = &http.Client{
		Transport:     c.transport(publicOnly(opt.AllowPrivate)),
		Timeout:       opt.Timeout,
		CheckRedirect: c.checkRedirect,
	}
	return c
}

// transport dials only addresses that allowed accepts. No proxy from the
// environment is used: a proxy would dial on our behalf, past the check.
func (c *Client) transport(allowed func(net.IP) bool) *http.Transport {
	d := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return fmt.Errorf("%w: %s", ErrRefused, address)
			}
			if ip := net.ParseIP(host); ip == nil || !allowed(ip) {
				return fmt.Errorf("%w: %s", ErrRefused, host)
			}
			return nil
		},
	}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: c.opt.Timeout,
		MaxIdleConnsPerHost:   c.opt.PerHost,
		IdleConnTimeout:       60 * time.Second,
		DisableCompression:    true, // we ask for gzip and br ourselves
	}
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.opt.MaxRedirects {
		return fmt.Errorf("%w (%d)", ErrRedirects, c.opt.MaxRedirects)
	}
	if s := req.URL.Scheme; s != "http" && s != "https" {
		return fmt.Errorf("%w: redirect to %s", ErrScheme, req.URL)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	return nil
}

// Fetch downloads url: GET, redirects followed, decompressed, retried on
// 429, 5xx and network errors. A non-2xx answer is a *StatusError.
func (c *Client) Fetch(ctx context.Context, url string) (*Response, error) {
	if l := strings.ToLower(url); !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
		return nil, fmt.Errorf("%w: %s", ErrScheme, url)
	}
	var lastErr error
	for try := 0; ; try++ {
		resp, wait, err := c.once(ctx, url)
		if err == nil {
			return resp, nil
		}
		lastErr = err
		if wait < 0 || try >= max(c.opt.Retries, 0) || ctx.Err() != nil {
			return nil, lastErr
		}
		if wait == 0 {
			wait = c.opt.Backoff << try
		}
		wait = min(wait, c.opt.MaxBackoff)
		c.log.Debug("fetch: retry", "url", url, "try", try+1, "wait", wait, "err", err)
		if err := c.sleep(ctx, wait); err != nil {
			return nil, lastErr
		}
	}
}

// once makes one request. wait tells the caller whether to retry: < 0
// not, 0 after the usual backoff, > 0 after that long (Retry-After).
func (c *Client) once(ctx context.Context, url string) (*Response, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, -1, fmt.Errorf("fetch: %w", err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, br, deflate")
	release, err := c.acquire(ctx, req.URL.Host)
	if err != nil {
		return nil, -1, err
	}
	defer release()
	resp, err := c.http.Do(req)
	if err != nil {
		if errors.Is(err, ErrRefused) || errors.Is(err, ErrRedirects) || errors.Is(err, ErrScheme) {
			c.log.Warn("fetch: refused", "url", url, "err", err)
			return nil, -1, err
		}
		return nil, 0, fmt.Errorf("fetch: %w", err) // network trouble: worth a retry
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		serr := &StatusError{URL: url, Code: resp.StatusCode}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			return nil, retryAfter(resp.Header.Get("Retry-After")), serr
		}
		return nil, -1, serr
	}
	if resp.ContentLength > c.opt.MaxBytes {
		return nil, -1, fmt.Errorf("%w: %s: %d bytes, limit %d", ErrTooLarge, url, resp.ContentLength, c.opt.MaxBytes)
	}
	body, err := decoded(resp)
	if err != nil {
		return nil, -1, fmt.Errorf("fetch: %s: %w", url, err)
	}
	data, err := io.ReadAll(io.LimitReader(body, c.opt.MaxBytes+1))
	if err != nil {
		return nil, 0, fmt.Errorf("fetch: %s: %w", url, err)
	}
	if int64(len(data)) > c.opt.MaxBytes {
		return nil, -1, fmt.Errorf("%w: %s: more than %d bytes", ErrTooLarge, url, c.opt.MaxBytes)
	}
	return &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"), Body: data}, -1, nil
}

// decoded undoes the Content-Encoding. The size cap applies after it, so
// a small compressed bomb is cut off like a big page.
func decoded(resp *http.Response) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity":
		return resp.Body, nil
	case "gzip", "x-gzip":
		return gzip.NewReader(resp.Body)
	case "br":
		return brotli.NewReader(resp.Body), nil
	case "deflate":
		return flate.NewReader(resp.Body), nil
	default:
		return nil, fmt.Errorf("unknown Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
}

// retryAfter reads a Retry-After header in seconds or as an HTTP date;
// 0 when absent or unreadable (the usual backoff then applies).
func retryAfter(h string) time.Duration {
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
