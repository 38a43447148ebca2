package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"chronicle/internal/doc"
)

// ReadPage turns a page fetched from the web or read from a WARC record
// into a Document named origin. contentType is the HTTP Content-Type
// header ("" when unknown): its media type picks the format (HTML, plain
// text, JSON; anything else is sniffed) and its charset, else a BOM or the
// page's <meta charset>, decodes a page that is not UTF-8 (charset
// detection to UTF-8). pageURL becomes the Document's URL when the page
// names none of its own.
func ReadPage(origin, pageURL string, body []byte, contentType string, opt Options) (*doc.Document, error) {
	format := FormatAuto
	media, params, _ := mime.ParseMediaType(contentType)
	switch {
	case media == "text/html" || media == "application/xhtml+xml":
		format = FormatHTML
	case media == "text/plain":
		format = FormatText
	case media == "application/json":
		format = FormatJSON
	}
	var note string
	if !utf8.Valid(body) && !hasUTF16BOM(body) {
		// The header wins over the page; x/net's charset also reads a BOM
		// and a <meta> prescan, and falls back to windows-1252, which
		// decodes any byte.
		name := params["charset"]
		if format != FormatHTML && format != FormatAuto && name == "" {
			name = "windows-1252"
		}
		enc, canon, _ := charset.DetermineEncoding(body, "text/html; charset="+name)
		if name == "" && format == FormatAuto {
			enc, canon, _ = charset.DetermineEncoding(body, "")
		}
		if canon != "utf-8" {
			if out, err := enc.NewDecoder().Bytes(body); err == nil {
				body, note = out, "decoded from the charset "+canon
			}
		}
	}
	d, err := ReadBytes(origin, body, format, opt)
	if err != nil {
		return nil, err
	}
	if d.URL == "" {
		d.URL = pageURL
	}
	if note != "" {
		d.Diagnose(Stage, doc.Span{}, "%s", note)
	}
	return d, nil
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

// isHTMLType reports whether an HTTP Content-Type names a page ingest can
// read as an article (HTML, or none given).
func isHTMLType(ct string) bool {
	media, _, _ := mime.ParseMediaType(ct)
	return ct == "" || media == "text/html" || media == "application/xhtml+xml"
}

// pageItem is the Item for a page: parsed now, or on Item.Parse when the
// options defer parsing to the caller's workers.
func pageItem(origin, pageURL string, body []byte, contentType string, opt Options) Item {
	// The location is what was asked for (the URL before redirects, the
	// record's URI): what a rerun will ask Options.Known about.
	it := Item{Origin: origin, Location: origin}
	it.Parse = func() (*doc.Document, error) {
		d, err := ReadPage(origin, pageURL, body, contentType, opt)
		if err != nil {
			return nil, &ReadError{Origin: origin, Err: err}
		}
		return d, nil
	}
	return it
}

// errorf makes a failed Item for origin.
func errorf(origin string, err error, format string, args ...any) Item {
	return failed(origin, fmt.Errorf("%w: "+format, append([]any{err}, args...)...))
}

// looksLikeURL reports whether s is an absolute http(s) URL.
func looksLikeURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > len("http://x") && !strings.ContainsAny(s, " \t")
}
