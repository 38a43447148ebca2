package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/klauspost/compress/gzip"
)

// ErrBadWARC: a WARC file whose record headers do not parse. Records
// before the damage are kept; reading the file stops there.
var ErrBadWARC = errors.New("ingest: bad WARC record")

// isWARC reports whether head (the first bytes of an input) starts a WARC
// file, plain or gzip-compressed (one gzip member per record, as Common
// Crawl writes them).
func isWARC(head []byte) bool {
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return true
	}
	if !bytes.HasPrefix(head, []byte("\x1f\x8b")) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	var b [5]byte
	n, _ := io.ReadFull(zr, b[:])
	return string(b[:n]) == "WARC/"
}

// warcRecord is the part of a record header ingest uses.
type warcRecord struct {
	typ, uri, contentType string
	length                int64
}

// readWARC emits one item per response record that holds an HTML page
// with status 200: CC-NEWS and other crawls in WARC 1.0/1.1, plain or
// gzip (concatenated members are read as one stream). Requests,
// metadata, redirects and non-HTML responses are passed over. Only one
// record is held in memory at a time, and a record larger than
// Options.MaxBytes is skipped unread (reported as ErrTooLarge). Each item
// is named by the record's target URI; its HTML is parsed by Item.Parse
// (see Options.Defer), so that parsing, the costly part, runs on the
// caller's workers.
func readWARC(ctx context.Context, origin string, br *bufio.Reader, opt Options, emit func(Item) error) error {
	var r io.Reader = br
	if head, _ := br.Peek(2); bytes.Equal(head, []byte("\x1f\x8b")) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emit(failed(origin, err))
		}
		defer zr.Close()
		r = zr
	}
	wr := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := readWARCHeader(wr)
		if err == io.EOF {
			return nil
		}
		at := fmt.Sprintf("%s#%d", origin, n)
		if err != nil {
			return emit(failed(at, err))
		}
		if rec.typ != "response" || !strings.HasPrefix(rec.contentType, "application/http") {
			if _, err := io.CopyN(io.Discard, wr, rec.length); err != nil {
				return emit(errorf(at, ErrBadWARC, "truncated record: %v", err))
			}
			continue
		}
		name := rec.uri
		if name == "" {
			name = at
		}
		if opt.Known != nil && rec.uri != "" {
			known, err := opt.Known(ctx, rec.uri)
			if err != nil {
				return err
			}
			if known {
				if _, err := io.CopyN(io.Discard, wr, rec.length); err != nil {
					return emit(errorf(at, ErrBadWARC, "truncated record: %v", err))
				}
				if err := emit(Item{Origin: name, Location: rec.uri, Known: true}); err != nil {
					return err
				}
				continue
			}
		}
		if rec.length > opt.maxBytes() {
			if _, err := io.CopyN(io.Discard, wr, rec.length); err != nil {
				return emit(errorf(at, ErrBadWARC, "truncated record: %v", err))
			}
			if err := emit(errorf(name, ErrTooLarge, "WARC record of %d bytes, limit %d", rec.length, opt.maxBytes())); err != nil {
				return err
			}
			continue
		}
		block := make([]byte, rec.length)
		if _, err := io.ReadFull(wr, block); err != nil {
			return emit(errorf(at, ErrBadWARC, "truncated record: %v", err))
		}
		it, ok := warcPage(name, rec.uri, block, opt)
		if !ok {
			continue
		}
		if err := emit(it); err != nil {
			return err
		}
	}
}

// readWARCHeader reads the next record's header, skipping the blank lines
// that end the previous record. It returns io.EOF at the end of the file.
func readWARCHeader(br *bufio.Reader) (warcRecord, error) {
	var rec warcRecord
	line, err := br.ReadString('\n')
	for err == nil && strings.TrimSpace(line) == "" {
		line, err = br.ReadString('\n')
	}
	if err != nil {
		if err == io.EOF && strings.TrimSpace(line) == "" {
			return rec, io.EOF
		}
		return rec, fmt.Errorf("%w: %v", ErrBadWARC, err)
	}
	if !strings.HasPrefix(line, "WARC/") {
		return rec, fmt.Errorf("%w: record starts with %q, not WARC/", ErrBadWARC, truncate(strings.TrimSpace(line), 40))
	}
	rec.length = -1
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return rec, fmt.Errorf("%w: header: %v", ErrBadWARC, err)
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "warc-type":
			rec.typ = strings.ToLower(v)
		case "warc-target-uri":
			rec.uri = strings.Trim(v, "<>")
		case "content-type":
			rec.contentType = strings.ToLower(v)
		case "content-length":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 0 {
				return rec, fmt.Errorf("%w: Content-Length %q", ErrBadWARC, v)
			}
			rec.length = n
		}
	}
	if rec.length < 0 {
		return rec, fmt.Errorf("%w: no Content-Length", ErrBadWARC)
	}
	return rec, nil
}

// warcPage parses the HTTP response in a record's block; ok is false for
// one that holds no article (not 200, not HTML).
func warcPage(name, uri string, block []byte, opt Options) (Item, bool) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return errorf(name, ErrBadWARC, "HTTP response: %v", err), true
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !isHTMLType(resp.Header.Get("Content-Type")) {
		return Item{}, false
	}
	var body io.Reader = resp.Body
	switch strings.ToLower(resp.Header.Get("Content-Encoding")) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return errorf(name, ErrBadWARC, "gzip body: %v", err), true
		}
		body = zr
	case "deflate":
		body = flate.NewReader(body)
	}
	data, err := readCapped(body, opt.maxBytes())
	if err != nil && !errors.Is(err, ErrTooLarge) {
		// A body cut short (a truncated crawl) still has a page to read.
		if len(data) == 0 {
			return errorf(name, ErrBadWARC, "body: %v", err), true
		}
	} else if err != nil {
		return failed(name, err), true
	}
	return pageItem(name, uri, data, resp.Header.Get("Content-Type"), opt), true
}
