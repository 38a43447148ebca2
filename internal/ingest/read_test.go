package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestReadText(t *testing.T) {
	expectText(t, "a.txt", "Headline without a stop\nFirst paragraph.\r\n\r\n\r\n\r\nSecond one.  \n", "Headline without a stop\nFirst paragraph.\n\nSecond one.")
	expectText(t, "bom.txt", "\uFEFF“Curly,” she said — twice.", "“Curly,” she said — twice.")

	it := one(t, "plain.txt", "Spain said so on Tuesday.", Options{})
	d := it.Doc
	if d.Title != "" || !d.Published.IsZero() || d.ID == "" || d.ID != hashOf("Spain said so on Tuesday.") {
		t.Fatalf("plain text doc = %+v; want no title, no date, hash id", d)
	}
}

func TestReadTextPublishedFallback(t *testing.T) {
	pub := time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)
	it := one(t, "a.txt", "Text.", Options{Published: pub})
	if !it.Doc.Published.Equal(pub) || it.Doc.PublishedHasTime {
		t.Fatalf("Published = %v (time %v); want %v", it.Doc.Published, it.Doc.PublishedHasTime, pub)
	}
}

func TestInvalidUTF8IsRepaired(t *testing.T) {
	for _, c := range []struct{ name, content, want string }{
		{"latin1.txt", "Caf\xe9 in S\xe3o Paulo.", "Caf\uFFFD in S\uFFFDo Paulo."},
		{"bad.json", "{\"text\": \"Caf\xe9 \xff\"}", "Caf\uFFFD \uFFFD"},
		{"bad.html", "<html><body><article><p>Caf\xe9 society met in Lisbon on Monday to discuss the budget and the ministers said nothing new.</p></article></body></html>", "Caf\uFFFD society met in Lisbon on Monday to discuss the budget and the ministers said nothing new."},
	} {
		it := one(t, c.name, c.content, Options{})
		if it.Err != nil {
			t.Fatalf("%s: %v", c.name, it.Err)
		}
		if it.Doc.Text != c.want {
			t.Errorf("%s: text = %q; want %q", c.name, it.Doc.Text, c.want)
		}
		if len(it.Doc.Diagnostics) != 1 || it.Doc.Diagnostics[0].Stage != Stage || !strings.Contains(it.Doc.Diagnostics[0].Message, "invalid UTF-8") {
			t.Errorf("%s: diagnostics = %+v; want one ingest diagnostic about invalid UTF-8", c.name, it.Doc.Diagnostics)
		}
	}
	it := one(t, "two.txt", "a\xff\xfeb", Options{})
	if msg := it.Doc.Diagnostics[0].Message; !strings.Contains(msg, "2 invalid") {
		t.Errorf("diagnostic %q does not count 2 bytes", msg)
	}
}

func TestReadJSON(t *testing.T) {
	it := one(t, "a.json", `{"id": "x1", "url": " https://e.example/a ", "title": "T", "published": "2025-08-19T10:15:00+02:00",
		"source": "Wire", "author": "A. Writer", "text": "Body text.\r\n\r\n\r\nMore.", "extra": [1, 2]}`, Options{})
	d := it.Doc
	want := []string{"x1", "https://e.example/a", "T", "Wire", "A. Writer", "Body text.\n\nMore.", "2025-08-19T10:15:00+02:00"}
	got := []string{d.ID, d.URL, d.Title, d.Source, d.Author, d.Text, d.PublishedString()}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("json doc = %q; want %q", got, want)
	}

	it = one(t, "num.json", `{"id": 42, "text": "x", "published": "2025-08-19"}`, Options{})
	if it.Doc.ID != "42" || it.Doc.PublishedString() != "2025-08-19" {
		t.Fatalf("id, published = %q, %q; want 42, 2025-08-19", it.Doc.ID, it.Doc.PublishedString())
	}
	it = one(t, "noid.json", `{"text": "Same text", "title": null, "published": ""}`, Options{})
	if it.Doc.ID != hashOf("Same text") || it.Doc.Title != "" || !it.Doc.Published.IsZero() {
		t.Fatalf("doc = %+v; want hash id, no title, no date", it.Doc)
	}
}

func TestReadJSONWithHTML(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Page title"><meta property="og:site_name" content="Page Site"><meta property="article:published_time" content="2024-02-03"></head><body><article><p>` + lorem + `</p><p>Second paragraph of the page.</p></article></body></html>`
	it := one(t, "h.json", jsonString(map[string]any{"html": page, "title": "Given title"}), Options{})
	if it.Err != nil {
		t.Fatal(it.Err)
	}
	d := it.Doc
	if d.Title != "Given title" || d.Source != "Page Site" || d.PublishedString() != "2024-02-03" {
		t.Fatalf("title, source, published = %q, %q, %q", d.Title, d.Source, d.PublishedString())
	}
	if d.Text != lorem+"\n\nSecond paragraph of the page." {
		t.Fatalf("text = %q", d.Text)
	}
}

func TestBadPublishedKeepsArticle(t *testing.T) {
	pub := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
	it := one(t, "a.json", `{"text": "x", "published": "last Tuesday"}`, Options{Published: pub})
	if it.Err != nil {
		t.Fatal(it.Err)
	}
	if !it.Doc.Published.Equal(pub) {
		t.Errorf("Published = %v; want the fallback %v", it.Doc.Published, pub)
	}
	if len(it.Doc.Diagnostics) != 1 || !strings.Contains(it.Doc.Diagnostics[0].Message, "last Tuesday") {
		t.Errorf("diagnostics = %+v; want one naming the bad date", it.Doc.Diagnostics)
	}
}

func TestReadErrors(t *testing.T) {
	small := Options{MaxBytes: 100}
	for _, c := range []struct {
		name, content string
		opt           Options
		want          error
	}{
		{"empty.txt", "", Options{}, ErrEmpty},
		{"blank.txt", " \n\t\r\n ", Options{}, ErrEmpty},
		{"bom-only.txt", "\uFEFF\n", Options{}, ErrEmpty},
		{"empty.json", "", Options{}, ErrEmpty},
		{"empty.html", "", Options{}, ErrEmpty},
		{"empty-text.json", `{"text": "  \n "}`, Options{}, ErrEmpty},
		{"script-only.html", "<html><head><script>var a = 1;</script><style>p {}</style></head><body><script>document.write('x')</script></body></html>", Options{}, ErrNoText},
		{"tags-only.html", "<html><body><div><span></span></div></body></html>", Options{}, ErrNoText},
		{"png.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Options{}, ErrBinary},
		{"doc.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj", Options{}, ErrBinary},
		{"a.html", "PK\x03\x04\x14\x00\x00\x00", Options{}, ErrBinary},
		{"crawl.warc.gz", "\x1f\x8b\x08\x00\x00\x00\x00\x00", Options{}, ErrBinary},
		{"nul.txt", "some text\x00more", Options{}, ErrBinary},
		{"control.json", strings.Repeat("\x01\x02{}", 20), Options{}, ErrBinary},
		{"big.txt", strings.Repeat("word ", 30), small, ErrTooLarge},
		{"big.html", "<p>" + strings.Repeat("word ", 30), small, ErrTooLarge},
		{"syntax.json", `{"text": "x",}`, Options{}, ErrBadJSON},
		{"truncated.json", `{"text": "x"`, Options{}, ErrBadJSON},
		{"notext.json", `{"title": "No body"}`, Options{}, ErrBadJSON},
		{"array.json", `[{"text": "x"}]`, Options{}, ErrBadJSON},
		{"string.json", `"text"`, Options{}, ErrBadJSON},
		{"textnum.json", `{"text": 5}`, Options{}, ErrBadJSON},
		{"badid.json", `{"id": {"a": 1}, "text": "x"}`, Options{}, ErrBadJSON},
		{"two.json", "{\"text\": \"a\"}\n{\"text\": \"b\"}", Options{}, ErrBadJSON},
	} {
		t.Run(c.name, func(t *testing.T) { expectErr(t, c.name, c.content, c.opt, c.want) })
	}
}

func TestBadJSONDetail(t *testing.T) {
	it := one(t, "syntax.json", `{"text": "x",}`, Options{})
	if msg := it.Err.Error(); !strings.Contains(msg, "syntax.json: ") || !strings.Contains(msg, "at byte") {
		t.Fatalf("message %q should name the file and the position", msg)
	}
	it = one(t, "num.json", `{"title": 7, "text": "x"}`, Options{})
	if msg := it.Err.Error(); !strings.HasSuffix(msg, `field "title" must be a string, not a number`) {
		t.Fatalf("message %q should name the field and its type", msg)
	}
	it = one(t, "array.json", `[{"text": "x"}]`, Options{})
	if msg := it.Err.Error(); !strings.HasSuffix(msg, "not a JSON object") {
		t.Fatalf("message %q", msg)
	}
	it = one(t, "notext.json", `{"title": "x"}`, Options{})
	if msg := it.Err.Error(); !strings.Contains(msg, `"text"`) {
		t.Fatalf("message %q should name the missing field", msg)
	}
}

func TestTooLargeIsNotReadWhole(t *testing.T) {
	// A sparse 1 GiB file: refused from its size alone, instantly.
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Skipf("cannot make a sparse file: %v", err)
	}
	f.Close()
	items := collect(t, []string{path}, nil, Options{})
	if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) {
		t.Fatalf("items = %v; want one ErrTooLarge", origins(items))
	}
	// Stdin has no size: it is cut off after MaxBytes.
	items = collect(t, []string{"-"}, strings.NewReader(strings.Repeat("word ", 100)), Options{MaxBytes: 64})
	if len(items) != 1 || !errors.Is(items[0].Err, ErrTooLarge) || items[0].Origin != "-" {
		t.Fatalf("stdin items = %v (%v); want one ErrTooLarge for -", origins(items), items[0].Err)
	}
}

func TestUnreadablePaths(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	items := collect(t, []string{missing, writeFile(t, dir, "ok.txt", "Fine.")}, nil, Options{})
	if len(items) != 2 || !errors.Is(items[0].Err, fs.ErrNotExist) || items[1].Err != nil {
		t.Fatalf("items = %v; want missing (ErrNotExist) then ok", origins(items))
	}
	if !strings.HasPrefix(items[0].Err.Error(), missing+": ") {
		t.Fatalf("message %q does not start with the path", items[0].Err)
	}

	if os.Geteuid() == 0 {
		t.Log("running as root: permission checks are not enforced, skipping the unreadable-file case")
		return
	}
	locked := writeFile(t, dir, "locked.txt", "secret")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	items = collect(t, []string{locked}, nil, Options{})
	if len(items) != 1 || !errors.Is(items[0].Err, fs.ErrPermission) {
		t.Fatalf("items = %v; want ErrPermission", items)
	}
}

func TestBrokenHTML(t *testing.T) {
	for _, page := range []string{
		"<html><body><div><p>" + lorem + "<p>Unclosed <b>bold <i>and italic",
		"<<<>>><p>" + lorem + "</div></span></p></table>",
		"</html><p>" + lorem,
		"<html><body>&#xD800; &bogus; &amp" + lorem + "<script>unterminated",
		"<table><tr><td>" + lorem + "<td>cell</table></tr></td>",
		"<p>" + lorem + "<!-- unclosed comment",
		"<svg><p>" + lorem + "</svg><math><mi>x",
		"<html>\x01garbage\x02</html>",
	} {
		it := one(t, "broken.html", page, Options{})
		if it.Err != nil && !errors.Is(it.Err, ErrNoText) {
			t.Errorf("%q: err = %v; want text or ErrNoText", page, it.Err)
		}
	}
}

func TestReadErrorMessage(t *testing.T) {
	e := &ReadError{Origin: "dir/a.png", Err: ErrBinary}
	if e.Error() != "dir/a.png: ingest: binary input" || !errors.Is(e, ErrBinary) {
		t.Fatalf("ReadError = %q", e.Error())
	}
}

func TestReadBytes(t *testing.T) {
	d, err := ReadBytes("mem", []byte("<!doctype html><p>"+lorem+"</p>"), FormatAuto, Options{})
	if err != nil || d.Text != lorem || d.Origin != "mem" {
		t.Fatalf("ReadBytes = %+v, %v", d, err)
	}
	if _, err := ReadBytes("mem", []byte("{}\n{}"), FormatJSONL, Options{}); err == nil {
		t.Fatal("ReadBytes accepted FormatJSONL")
	}
}

func TestContextAndEmitStop(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		writeFile(t, dir, n, "Text of "+n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Read(ctx, []string{dir}, nil, Options{}, func(Item) error { n++; cancel(); return nil })
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Fatalf("after cancel: err = %v, %d items; want Canceled after 1", err, n)
	}
	stop := errors.New("stop")
	n = 0
	err = Read(context.Background(), []string{dir, dir}, nil, Options{}, func(Item) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("emit error: err = %v, %d items; want stop after 1", err, n)
	}
}
