// Package ingest turns inputs into doc.Documents: plain text, HTML pages,
// JSON article objects and JSON Lines, read from files, folders or stdin;
// web pages, RSS/Atom feeds and lists of URLs, fetched through a Fetcher
// (package fetch provides the real one); and WARC archives (CC-NEWS),
// read record by record.
// It is the only place where article text is cleaned; every Document it
// yields has Text set once and for all, its metadata (ID, URL, Title,
// Source, Author, Published, Origin) filled as far as the input tells, and
// no annotation layers. Problems it can repair (invalid UTF-8, a date that
// does not parse) become doc.Diagnostics with Stage "ingest"; problems that
// leave no usable article (binary, empty, too large, bad JSON, unreadable)
// become an Item with Err set, and reading goes on with the next input.
//
// The entry point for a command line is Read; ReadBytes and ReadFile serve
// tests and callers that already hold one input.
package ingest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"

	"chronicle/internal/doc"
)

// Stage is the name ingest gives its diagnostics.
const Stage = "ingest"

// DefaultMaxBytes is the size cap used when Options.MaxBytes is zero.
const DefaultMaxBytes = 5 << 20

// Options configures reading. The zero value is ready to use.
type Options struct {
	// MaxBytes caps the size of one input in bytes: a file, stdin, or one
	// line of a JSON Lines file (whose total size is not capped, since it
	// is read line by line). Zero means DefaultMaxBytes; negative means no
	// cap.
	MaxBytes int64

	// Published is the publication time used when the input carries none
	// (always for .txt); zero leaves it unknown. PublishedHasTime tells
	// whether it includes a time of day (see doc.Document).
	Published        time.Time
	PublishedHasTime bool

	// Fetcher fetches http(s) sources: URLs given as sources, the lines of
	// a URL list, feed items. Without one, such sources fail.
	Fetcher Fetcher
	// FetchWorkers is how many fetches run at once (the Fetcher applies
	// its own per-host limits on top); zero means 8.
	FetchWorkers int
	// Known, when not nil, is asked before a URL or a WARC record is
	// fetched or parsed whether its location is stored already; if so the
	// Item is emitted with Known set and nothing else (an ingest that is
	// run again skips what it did).
	Known func(ctx context.Context, location string) (bool, error)
	// Defer leaves the parsing of web pages and WARC records to the
	// caller: their Items come with Doc nil and Parse set, so that a pool
	// of workers can parse them in parallel. Without Defer, Read parses
	// each page itself before emitting it.
	Defer bool
	// Progress, when not nil, is called with the number of bytes read
	// from each file source as reading goes, for a progress bar.
	Progress func(n int64)
	// Warmup, with Defer, is closed when the caller's workers are ready
	// to parse (chronicle ingest: once its models are loaded). Until then
	// Read parses what it reads itself, on its own goroutine, which would
	// otherwise wait, and holds up to warmupHold parsed Items back before
	// it emits them, in order; after, Defer applies. Nil means ready.
	// Items still held when Read stops on an error or a cancelled context
	// are dropped, like those not read yet.
	Warmup <-chan struct{}
}

func (o Options) maxBytes() int64 {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return 1<<63 - 1
	}
	return o.MaxBytes
}

// Item is one result of reading: an article (Doc set, Err nil) or an input
// that yielded none (Doc nil, Err a *ReadError).
type Item struct {
	Doc *doc.Document
	// Origin names the input: the path, "path:line" for a JSON Lines
	// record (lines count from 1), or "-" (and "-:line") for stdin.
	Origin string
	Err    error

	// Location is the URL of a page fetched or read from a WARC record
	// (what Options.Known is asked about); "" for other inputs.
	Location string
	// Known is set when Options.Known said the location is stored
	// already; the Item has no Doc, Parse or Err.
	Known bool
	// Parse, when not nil, yields the Doc (or the error, a *ReadError) of
	// an Item read with Options.Defer. It may be called from any
	// goroutine, once.
	Parse func() (*doc.Document, error)
}

// Resolve parses a deferred Item in place: it calls Parse and sets Doc
// or Err. Items that are not deferred are left as they are.
func (it *Item) Resolve() {
	if it.Parse == nil {
		return
	}
	it.Doc, it.Err = it.Parse()
	it.Parse = nil
}

// Read reads every source in order and calls emit once per article and
// once per input that failed, in a deterministic order: sources as given;
// a folder's files in lexical order of their paths, recursively, skipping
// names that start with "." and documentation or code files (.md, .go,
// .py, .yml, ...); the records of a JSON Lines input in line
// order. A source "-" reads stdin. Format comes from the extension
// (.txt .html .htm .json .jsonl) or, for any other file and stdin, from
// the content (JSON object, JSON Lines, HTML, else text; binary refused).
//
// Read streams: it holds at most one input (or one JSON Lines record) in
// memory at a time. A failed input does not stop it; Read returns only
// ctx.Err() when the context is cancelled (checked between inputs and
// records) or the first error emit returns, which also stops it.
//
// Beyond files, Read takes http(s) URLs (fetched with Options.Fetcher: a
// page, or an RSS/Atom feed whose items are read in turn), files that list
// URLs (one per line; "#" starts a comment), feed files, and WARC files
// (.warc, .warc.gz, or recognised by content), which are read record by
// record whatever their size.
func Read(ctx context.Context, sources []string, stdin io.Reader, opt Options, emit func(Item) error) error {
	switch {
	case !opt.Defer:
		inner := emit
		emit = func(it Item) error {
			it.Resolve()
			return inner(it)
		}
	case opt.Warmup != nil:
		w := &warmup{ready: opt.Warmup, emit: emit}
		if err := readAll(ctx, sources, stdin, opt, w.put); err != nil {
			return err
		}
		return w.flush()
	}
	return readAll(ctx, sources, stdin, opt, emit)
}

// readAll is Read once emit is set up.
func readAll(ctx context.Context, sources []string, stdin io.Reader, opt Options, emit func(Item) error) error {
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case src == "-":
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			err = readStream(ctx, "-", stdin, FormatAuto, opt, emit)
		case looksLikeURL(src):
			err = readURLs(ctx, slices.Values([]string{src}), opt, emit)
		default:
			err = readPath(ctx, src, opt, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// ReadFile reads one file or folder as Read does.
func ReadFile(ctx context.Context, path string, opt Options, emit func(Item) error) error {
	return Read(ctx, []string{path}, nil, opt, emit)
}

// readPath reads a file or a folder given on the command line.
func readPath(ctx context.Context, path string, opt Options, emit func(Item) error) error {
	info, err := os.Stat(path)
	if err != nil {
		return emit(failed(path, err))
	}
	if info.IsDir() {
		return walkDir(ctx, path, opt, emit)
	}
	return readRegular(ctx, path, info, opt, emit)
}

// readRegular reads one file whose Stat is known. Its extension picks the
// format; other extensions are sniffed.
func readRegular(ctx context.Context, path string, info fs.FileInfo, opt Options, emit func(Item) error) error {
	return readOpened(ctx, path, info, func() (io.ReadCloser, error) { return os.Open(path) }, opt, emit)
}

// readOpened reads one file, from the OS or an fs.FS, named origin.
func readOpened(ctx context.Context, origin string, info fs.FileInfo, open func() (io.ReadCloser, error), opt Options, emit func(Item) error) error {
	if !info.Mode().IsRegular() {
		return emit(failed(origin, fmt.Errorf("%w: not a regular file (%s)", ErrUnreadable, info.Mode().Type())))
	}
	format := formatFromName(info.Name())
	f, err := open()
	if err != nil {
		return emit(failed(origin, err))
	}
	defer f.Close()
	if opt.Progress != nil {
		f = countingReader{f, opt.Progress}
	}
	// A JSON Lines, WARC or URL list file may be any size: only its
	// records are capped. Other big files are refused unread, after a
	// look at their head.
	if format != FormatJSONL && format != FormatWARC && info.Size() > opt.maxBytes() {
		br := bufio.NewReaderSize(f, 64<<10)
		head, _ := br.Peek(sniffLen)
		if !isWARC(head) && sniffList(head) == FormatAuto {
			return emit(failed(origin, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, info.Size(), opt.maxBytes())))
		}
		return readStream(ctx, origin, br, format, opt, emit)
	}
	return readStream(ctx, origin, f, format, opt, emit)
}

// failed makes the Item for an input that yielded no article.
func failed(origin string, err error) Item {
	return Item{Origin: origin, Err: &ReadError{Origin: origin, Err: err}}
}

func statFollow(path string) (os.FileInfo, error) { return os.Stat(path) }

// countingReader reports the bytes read through it.
type countingReader struct {
	io.ReadCloser
	count func(int64)
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.count(int64(n))
	return n, err
}
