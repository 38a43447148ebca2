package ingest

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// Format is the kind of an input.
type Format int

// The formats ingest reads. FormatAuto asks for the content to decide.
const (
	FormatAuto  Format = iota
	FormatText         // plain UTF-8 text
	FormatHTML         // an HTML page; main text and metadata are extracted
	FormatJSON         // one article object (SPEC.md §1)
	FormatJSONL        // one article object per line
	FormatWARC         // a WARC file, plain or gzip: response records with HTML pages
	FormatURLs         // a list of URLs, one per line
	FormatFeed         // an RSS or Atom feed
)

func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatHTML:
		return "html"
	case FormatJSON:
		return "json"
	case FormatJSONL:
		return "jsonl"
	case FormatWARC:
		return "warc"
	case FormatURLs:
		return "urls"
	case FormatFeed:
		return "feed"
	}
	return "auto"
}

// FormatFromExt returns the format a file extension (with its dot, any
// case) names, or FormatAuto for one it does not know.
func FormatFromExt(ext string) Format {
	switch strings.ToLower(ext) {
	case ".txt", ".text":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".json":
		return FormatJSON
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".warc":
		return FormatWARC
	case ".rss", ".atom":
		return FormatFeed
	}
	return FormatAuto
}

// formatFromName is FormatFromExt for a file name, which also knows the
// double extension .warc.gz.
func formatFromName(name string) Format {
	if strings.HasSuffix(strings.ToLower(name), ".warc.gz") {
		return FormatWARC
	}
	return FormatFromExt(filepath.Ext(name))
}

// notArticleExts are extensions a folder walk skips without a word:
// documentation, source code and configuration that sit beside articles
// (a README in a corpus folder, the examples package's Go file). Named on
// the command line, such a file is still read.
var notArticleExts = map[string]bool{
	".md": true, ".markdown": true, ".rst": true, ".go": true, ".mod": true, ".sum": true,
	".py": true, ".js": true, ".ts": true, ".css": true, ".sh": true,
	".yml": true, ".yaml": true, ".toml": true, ".ini": true, ".cfg": true,
}

// skipInFolder reports whether a folder walk passes over the file name.
func skipInFolder(name string) bool {
	return strings.HasPrefix(name, ".") || notArticleExts[strings.ToLower(filepath.Ext(name))]
}

// sniffLen is how much of an input the content checks look at.
const sniffLen = 8 << 10

// magic numbers of binary formats that can pass the control-byte test
// (compressed data is nearly random, so a short head may hold no NUL).
var magics = []struct {
	prefix string
	name   string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"PK\x05\x06", "ZIP archive"},
	{"PK\x07\x08", "ZIP archive"},
	{"\x1f\x8b", "gzip data"}, // unless it holds a WARC file (isWARC, checked first)
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"\x7fELF", "ELF executable"},
	{"\xfd7zXZ\x00", "xz data"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"\x28\xb5\x2f\xfd", "zstd data"},
	{"BZh", "bzip2 data"}, // checked further in binaryKind
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document"},
	{"SQLite format 3\x00", "SQLite database"},
	{"wOFF", "WOFF font"},
	{"wOF2", "WOFF2 font"},
	{"OggS", "Ogg media"},
	{"ID3", "MP3 audio"},
}

// binaryKind returns a description of head (the first bytes of an input)
// if it is binary, or "" if it may be text. Invalid UTF-8 alone does not
// make an input binary: that is repaired, not refused.
func binaryKind(head []byte) string {
	for _, m := range magics {
		if !bytes.HasPrefix(head, []byte(m.prefix)) {
			continue
		}
		if m.prefix == "BZh" && !(len(head) >= 10 && head[3] >= '1' && head[3] <= '9' && string(head[4:10]) == "1AY&SY") {
			continue
		}
		return m.name
	}
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	control := 0
	for _, c := range head {
		switch {
		case c == 0:
			return "NUL bytes"
		case c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x1b:
		case c < 0x20 || c == 0x7f:
			control++
		}
	}
	// Text with stray control characters exists (pasted from terminals,
	// old word processors); a tenth of the bytes is far beyond that.
	if control > 0 && control*10 > len(head) {
		return fmt.Sprintf("%d control bytes in the first %d", control, len(head))
	}
	return ""
}

// sniff decides the format of an input from its first bytes (a BOM
// already stripped): FormatJSON when it starts with "{" (the caller tells
// one object from JSON Lines), FormatHTML when it starts with a tag that
// only HTML pages start with, else FormatText.
func sniff(head []byte) Format {
	s := bytes.TrimLeft(head, " \t\r\n\f\v")
	if len(s) == 0 {
		return FormatText
	}
	if s[0] == '{' {
		return FormatJSON
	}
	if s[0] != '<' {
		return FormatText
	}
	if len(s) > 512 {
		s = s[:512]
	}
	l := bytes.ToLower(s)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<!--", "<?xml"} {
		if bytes.HasPrefix(l, []byte(tag)) {
			return FormatHTML
		}
	}
	return FormatText
}
