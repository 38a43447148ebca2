package ingest

import (
	"strings"
	"testing"
)

func TestBinaryKind(t *testing.T) {
	for _, c := range []struct {
		head   string
		binary bool
	}{
		{"Plain text.\n", false},
		{"caf\xe9 latin-1 is repaired, not refused", false},
		{"\x1b[1mterminal\x1b[0m", false},
		{"\x89PNG\r\n\x1a\nxxxx", true},
		{"%PDF-1.7\n", true},
		{"PK\x03\x04rest", true},
		{"\x1f\x8b\x08\x00", true},
		{"GIF89a", true},
		{"text\x00with NUL", true},
		{strings.Repeat("\x01\x02\x03 ab", 10), true},
		{"BZh is how this sentence starts", false},
		{"BZh91AY&SY", true},
	} {
		if got := binaryKind([]byte(c.head)) != ""; got != c.binary {
			t.Errorf("binaryKind(%q) binary = %v; want %v", c.head, got, c.binary)
		}
	}
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		head string
		want Format
	}{
		{"  {\"text\": \"x\"}", FormatJSON},
		{"<!DOCTYPE html><html>", FormatHTML},
		{"\n<HTML lang=en>", FormatHTML},
		{"<p>Just a paragraph</p>", FormatHTML},
		{"<not html> is text", FormatText},
		{"Plain words.", FormatText},
		{"", FormatText},
	} {
		if got := sniff([]byte(c.head)); got != c.want {
			t.Errorf("sniff(%q) = %v; want %v", c.head, got, c.want)
		}
	}
}

func TestFormatFromExt(t *testing.T) {
	for ext, want := range map[string]Format{
		".txt": FormatText, ".TXT": FormatText, ".html": FormatHTML, ".htm": FormatHTML,
		".json": FormatJSON, ".jsonl": FormatJSONL, ".md": FormatAuto, "": FormatAuto,
	} {
		if got := FormatFromExt(ext); got != want {
			t.Errorf("FormatFromExt(%q) = %v; want %v", ext, got, want)
		}
	}
}
