package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"

	"chronicle/internal/pipeline"
)

// ErrNoFetcher: an http(s) source, but Options.Fetcher is nil.
var ErrNoFetcher = errors.New("ingest: no fetcher for URLs")

// ErrFetch wraps a failed fetch (refused address, timeout, HTTP error).
var ErrFetch = errors.New("ingest: fetch failed")

// Page is a fetched web resource.
type Page struct {
	URL         string // after redirects
	Body        []byte // decompressed, not yet decoded from its charset
	ContentType string // the Content-Type header
}

// Fetcher fetches one URL. Implementations apply their own timeouts,
// size caps and politeness; ingest only decides what to fetch.
type Fetcher interface {
	Fetch(ctx context.Context, url string) (*Page, error)
}

// FetcherFunc adapts a function to Fetcher.
type FetcherFunc func(ctx context.Context, url string) (*Page, error)

// Fetch calls f.
func (f FetcherFunc) Fetch(ctx context.Context, url string) (*Page, error) { return f(ctx, url) }

func (o Options) fetchWorkers() int {
	if o.FetchWorkers > 0 {
		return o.FetchWorkers
	}
	return 8
}

// sniffList reports FormatURLs when every complete non-blank line of head
// that is not a "#" comment is an http(s) URL, and there is one at least.
func sniffList(head []byte) Format {
	lines := bytes.Split(bytes.TrimPrefix(head, []byte(bom)), []byte("\n"))
	if len(head) >= sniffLen && len(lines) > 1 {
		lines = lines[:len(lines)-1] // the last may be cut
	}
	n := 0
	for _, l := range lines {
		l = bytes.TrimSpace(l)
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		if !looksLikeURL(string(l)) {
			return FormatAuto
		}
		n++
	}
	if n == 0 {
		return FormatAuto
	}
	return FormatURLs
}

// readURLList reads a list of URLs line by line (any length of list) and
// reads each URL as a source.
func readURLList(ctx context.Context, origin string, br *bufio.Reader, opt Options, emit func(Item) error) error {
	var lineErr error
	seq := func(yield func(string) bool) {
		for n := 1; ; n++ {
			line, tooLong, err := readLine(br, 8<<10)
			if err != nil {
				if err != io.EOF {
					lineErr = err
				}
				return
			}
			s := strings.TrimSpace(string(line))
			if tooLong || s == "" || s[0] == '#' {
				continue
			}
			if !looksLikeURL(s) {
				lineErr = emit(failed(origin+":"+strconv.Itoa(n), fmt.Errorf("ingest: not an http(s) URL: %q", truncate(s, 60))))
				if lineErr != nil {
					return
				}
				continue
			}
			if !yield(s) {
				return
			}
		}
	}
	if err := readURLs(ctx, seq, opt, emit); err != nil {
		return err
	}
	return lineErr
}

// fetched is the outcome of one URL.
type fetched struct {
	url   string
	page  *Page
	known bool
	err   error
}

// readURLs fetches urls on Options.FetchWorkers goroutines, in order,
// and emits an Item per page; a feed is read as its items. The fetching
// happens here; the parsing of pages is deferred (see Options.Defer).
func readURLs(ctx context.Context, urls iter.Seq[string], opt Options, emit func(Item) error) error {
	if opt.Fetcher == nil {
		for u := range urls {
			if err := emit(failed(u, ErrNoFetcher)); err != nil {
				return err
			}
		}
		return nil
	}
	in := make(chan string)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(in)
		for u := range urls {
			select {
			case in <- u:
			case <-ctx.Done():
				return
			}
		}
	}()
	work := func(ctx context.Context, u string) fetched {
		if opt.Known != nil {
			known, err := opt.Known(ctx, u)
			if err != nil {
				return fetched{url: u, err: err}
			}
			if known {
				return fetched{url: u, known: true}
			}
		}
		p, err := opt.Fetcher.Fetch(ctx, u)
		return fetched{url: u, page: p, err: err}
	}
	return pipeline.Run(ctx, opt.fetchWorkers(), in, work, func(f fetched) error {
		switch {
		case f.known:
			return emit(Item{Origin: f.url, Location: f.url, Known: true})
		case f.err != nil:
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return emit(failed(f.url, fmt.Errorf("%w: %w", ErrFetch, f.err)))
		}
		if sniffFeed(f.page.Body) {
			return readFeed(ctx, f.url, f.page.URL, f.page.Body, opt, emit)
		}
		return emit(pageItem(f.url, f.page.URL, f.page.Body, f.page.ContentType, opt))
	})
}

// sniffFeed reports whether head starts an RSS or Atom feed: its first
// element (after an XML declaration, comments and stylesheets) is rss,
// feed or rdf:RDF.
func sniffFeed(head []byte) bool {
	s := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte(bom)), " \t\r\n"))
	for len(s) > 0 && s[0] == '<' && (bytes.HasPrefix(s, []byte("<?")) || bytes.HasPrefix(s, []byte("<!"))) {
		end := []byte(">")
		if bytes.HasPrefix(s, []byte("<!--")) {
			end = []byte("-->")
		}
		i := bytes.Index(s, end)
		if i < 0 {
			return false
		}
		s = bytes.TrimLeft(s[i+len(end):], " \t\r\n")
	}
	return slices.ContainsFunc([]string{"<rss", "<feed", "<rdf:rdf"}, func(p string) bool {
		return bytes.HasPrefix(s, []byte(p)) && len(s) > len(p) && strings.ContainsRune(" \t\r\n>", rune(s[len(p)]))
	})
}
