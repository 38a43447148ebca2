package ingest

import (
	"errors"
	"strings"
	"testing"

	"chronicle/internal/doc"
)

// checkFuzzed asserts what every input must give: a valid Document with
// valid, clean, non-empty UTF-8 text, or one of the package's errors.
func checkFuzzed(t *testing.T, d *doc.Document, err error) {
	t.Helper()
	if err != nil {
		for _, s := range []error{ErrBinary, ErrEmpty, ErrNoText, ErrTooLarge, ErrBadJSON} {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("error %v wraps no sentinel", err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if !validText(d.Text) || d.Text == "" || d.ID == "" {
		t.Fatalf("bad document: id %q text %q", d.ID, d.Text)
	}
	if Clean(d.Text) != d.Text {
		t.Fatalf("text is not clean: %q", d.Text)
	}
	for _, s := range []string{d.Title, d.Source, d.Author, d.URL, d.ID} {
		if !validText(s) {
			t.Fatalf("metadata %q is not valid UTF-8", s)
		}
	}
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range []string{
		benchPage(),
		"<p>" + lorem + "</p>",
		"<html><body><div><p>" + lorem + "<p>Unclosed <b>bold",
		"<<<>>>",
		"<table><tr><td>a<td>b</table>",
		"<br><br>text<br>",
		"<pre>line 1\n  line 2</pre>",
		"<html><head><meta property='article:published_time' content='2025-13-45'></head><body><p>x</p></body></html>",
		"\xff\xfe<p>\x00</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadBytes("fuzz.html", data, FormatHTML, Options{})
		checkFuzzed(t, d, err)
	})
}

func FuzzReadJSON(f *testing.F) {
	for _, s := range []string{
		`{"text": "x"}`,
		`{"id": 1, "url": "u", "title": "t", "published": "2025-08-19", "source": "s", "author": "a", "text": "Body."}`,
		`{"html": "<p>` + lorem + `</p>", "published": "nope"}`,
		`{"text": "\ud800"}`,
		`[]`, `null`, `{"text": null}`, `{"text": "a\r\n\r\n\r\nb"}`,
		"{\"text\": \"\xff\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadBytes("fuzz.json", data, FormatJSON, Options{})
		checkFuzzed(t, d, err)
	})
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{"Plain.", "\uFEFFa\r\nb\r\r\r c  ", "caf\xe9", "  \n ", "\x00", "\u2028x\u00a0\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadBytes("fuzz.txt", data, FormatText, Options{})
		checkFuzzed(t, d, err)
	})
}

// FuzzReadStdin drives the sniffing stream reader (JSON Lines, one object
// spread over lines, HTML, text) with a small size cap.
func FuzzReadStdin(f *testing.F) {
	for _, s := range []string{"{\"text\": \"a\"}\n{\"text\": \"b\"}", "{\n\"text\": \"a\"\n}", "<p>x</p>", "text", "{\"text\": \"" + strings.Repeat("y", 80) + "\"}\n{}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		items := collect(t, []string{"-"}, strings.NewReader(string(data)), Options{MaxBytes: 64})
		for _, it := range items {
			if it.Doc != nil {
				checkFuzzed(t, it.Doc, nil)
			}
		}
	})
}
