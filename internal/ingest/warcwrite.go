package ingest

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"time"
)

// WARCWriter writes WARC/1.1 response records as Common Crawl lays them
// out (each record its own gzip member when compressed). chronicle uses it
// to generate archives for tests and for `chronicle bench --ingest`; it is
// not a general WARC writer (no request or metadata records, no digests).
type WARCWriter struct {
	w        io.Writer
	compress bool
	n        int
	zw       *gzip.Writer // reused (Reset) for each record: a new one allocates ~0.8 MB
}

// NewWARCWriter returns a writer of records to w, gzip-compressed per
// record when compress is set.
func NewWARCWriter(w io.Writer, compress bool) *WARCWriter {
	return &WARCWriter{w: w, compress: compress}
}

// WriteResponse writes one response record for uri holding an HTTP/1.1
// response with the given status, headers (each "Name: value") and body.
func (ww *WARCWriter) WriteResponse(uri string, date time.Time, status int, headers []string, body []byte) error {
	ww.n++
	var http []byte
	http = fmt.Appendf(http, "HTTP/1.1 %d %s\r\n", status, statusText(status))
	for _, h := range headers {
		http = append(http, h...)
		http = append(http, "\r\n"...)
	}
	http = fmt.Appendf(http, "Content-Length: %d\r\n\r\n", len(body))
	http = append(http, body...)
	return ww.writeRecord("response", uri, date, "application/http; msgtype=response", http)
}

// WriteRecord writes a record of any type with a raw block, for records
// that ingest must pass over (warcinfo, request, metadata).
func (ww *WARCWriter) WriteRecord(typ, uri string, date time.Time, contentType string, block []byte) error {
	ww.n++
	return ww.writeRecord(typ, uri, date, contentType, block)
}

func (ww *WARCWriter) writeRecord(typ, uri string, date time.Time, contentType string, block []byte) error {
	out := ww.w
	var zw *gzip.Writer
	if ww.compress {
		if ww.zw == nil {
			ww.zw = gzip.NewWriter(ww.w)
		} else {
			ww.zw.Reset(ww.w)
		}
		zw = ww.zw
		out = zw
	}
	bw := bufio.NewWriter(out)
	fmt.Fprintf(bw, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nWARC-Date: %s\r\n",
		typ, ww.n, date.UTC().Format(time.RFC3339))
	if uri != "" {
		fmt.Fprintf(bw, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(bw, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	bw.Write(block)
	bw.WriteString("\r\n\r\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ingest: write WARC: %w", err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return fmt.Errorf("ingest: write WARC: %w", err)
		}
	}
	return nil
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	}
	return "Status"
}
