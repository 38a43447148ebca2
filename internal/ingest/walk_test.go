package ingest

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":              "Second file.",
		"a.txt":              "First file.",
		"sub/c.json":         `{"text": "From JSON."}`,
		"sub/d.jsonl":        "{\"text\": \"line one\"}\nnot json\n\n{\"text\": \"line four\"}\n",
		"sub/deeper/e.htm":   "<html><body><article><p>" + lorem + "</p></article></body></html>",
		"sub/z-noext":        "Plain words with no extension.",
		"sub/y.dat":          `{"text": "sniffed object", "title": "Y"}`,
		"sub/x.page":         "<!DOCTYPE html><html><body><p>" + lorem + "</p></body></html>",
		"sub/w.bin":          "\x89PNG\r\n\x1a\n\x00\x00",
		"sub/v.log":          "{\"text\": \"one\"}\n{\"text\": \"two\"}\n",
		"sub/empty.txt":      "   ",
		".hidden.txt":        "skipped",
		".git/config":        "skipped",
		"sub/.cache/f.txt":   "skipped",
		"sub/deeper/_ok.txt": "Underscore is not hidden.",
	}
	for name, content := range files {
		writeFile(t, dir, name, content)
	}
	items := collect(t, []string{dir}, nil, Options{})
	p := func(s string) string { return dir + "/" + s }
	want := []string{
		p("a.txt"), p("b.txt"),
		p("sub/c.json"),
		p("sub/d.jsonl:1"), p("sub/d.jsonl:2 ERR"), p("sub/d.jsonl:4"),
		p("sub/deeper/_ok.txt"), p("sub/deeper/e.htm"),
		p("sub/empty.txt ERR"),
		p("sub/v.log:1"), p("sub/v.log:2"),
		p("sub/w.bin ERR"),
		p("sub/x.page"), p("sub/y.dat"), p("sub/z-noext"),
	}
	if got := origins(items); !reflect.DeepEqual(got, want) {
		t.Fatalf("origins:\n got %q\nwant %q", got, want)
	}
	byOrigin := map[string]Item{}
	for _, it := range items {
		byOrigin[it.Origin] = it
	}
	if d := byOrigin[p("sub/y.dat")].Doc; d.Title != "Y" || d.Text != "sniffed object" {
		t.Errorf("y.dat sniffed as %+v; want the JSON article", d)
	}
	if d := byOrigin[p("sub/x.page")].Doc; d.Text != lorem {
		t.Errorf("x.page text = %q; want the HTML paragraph", d.Text)
	}
	if err := byOrigin[p("sub/d.jsonl:2")].Err; !errors.Is(err, ErrBadJSON) || !strings.HasPrefix(err.Error(), p("sub/d.jsonl:2: ")) {
		t.Errorf("d.jsonl:2 err = %v; want ErrBadJSON naming file:line", err)
	}
	if !errors.Is(byOrigin[p("sub/w.bin")].Err, ErrBinary) || !errors.Is(byOrigin[p("sub/empty.txt")].Err, ErrEmpty) {
		t.Errorf("w.bin, empty.txt errors = %v, %v", byOrigin[p("sub/w.bin")].Err, byOrigin[p("sub/empty.txt")].Err)
	}
	// A hidden file named explicitly is read.
	if items := collect(t, []string{p(".hidden.txt")}, nil, Options{}); len(items) != 1 || items[0].Err != nil {
		t.Errorf("explicit hidden file: %v", origins(items))
	}
}

func TestReadJSONL(t *testing.T) {
	dir := t.TempDir()
	long := `{"text": "` + strings.Repeat("x", 200) + `"}`
	path := writeFile(t, dir, "a.jsonl", "\uFEFF{\"id\": \"one\", \"text\": \"First.\"}\r\n"+
		long+"\n"+
		"{\"text\": \"third\"\n"+
		"   \n"+
		"{\"id\": \"five\", \"text\": \"Fifth.\", \"published\": \"2025-02-30\"}\n"+
		"[1]\n"+
		"{\"text\": \"last, no newline\"}")
	items := collect(t, []string{path}, nil, Options{MaxBytes: 100})
	want := []string{path + ":1", path + ":2 ERR", path + ":3 ERR", path + ":5", path + ":6 ERR", path + ":7"}
	if got := origins(items); !reflect.DeepEqual(got, want) {
		t.Fatalf("origins:\n got %q\nwant %q", got, want)
	}
	if items[0].Doc.ID != "one" || items[0].Doc.Text != "First." {
		t.Errorf("line 1 = %+v", items[0].Doc)
	}
	for i, sentinel := range map[int]error{1: ErrTooLarge, 2: ErrBadJSON, 4: ErrBadJSON} {
		if !errors.Is(items[i].Err, sentinel) {
			t.Errorf("%s: err = %v; want %v", items[i].Origin, items[i].Err, sentinel)
		}
	}
	if d := items[3].Doc; d.ID != "five" || !d.Published.IsZero() || len(d.Diagnostics) != 1 {
		t.Errorf("line 5 (bad date) = %+v; want kept, no date, one diagnostic", d)
	}
	if items[5].Doc.Text != "last, no newline" {
		t.Errorf("line 7 text = %q", items[5].Doc.Text)
	}
}

func TestReadStdin(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string // origin and text of each item, or origin + " ERR"
	}{
		{"text", "Plain text on stdin.\n", []string{"- Plain text on stdin."}},
		{"html", "<!doctype html><title>T</title><p>" + lorem + "</p>", []string{"- " + lorem}},
		{"one object", `{"text": "Object."}`, []string{"- Object."}},
		{"one object, newline", "{\"text\": \"Object.\"}\n\n", []string{"- Object."}},
		{"pretty object", "{\n  \"text\": \"Pretty.\"\n}\n", []string{"- Pretty."}},
		{"jsonl", "{\"text\": \"A\"}\n\n{\"text\": \"B\"}\nbad\n", []string{"-:1 A", "-:3 B", "-:4 ERR"}},
		{"bad object", "{\"text\": ", []string{"- ERR"}},
		{"binary", "\x1f\x8b\x08\x00", []string{"- ERR"}},
		{"empty", "", []string{"- ERR"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			items := collect(t, []string{"-"}, strings.NewReader(c.in), Options{})
			var got []string
			for _, it := range items {
				if it.Err != nil {
					got = append(got, it.Origin+" ERR")
				} else {
					got = append(got, it.Origin+" "+it.Doc.Text)
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %q; want %q", got, c.want)
			}
		})
	}
}

func TestOneBadFileDoesNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	sources := []string{
		writeFile(t, dir, "1.txt", "Good one."),
		dir + "/missing.txt",
		writeFile(t, dir, "2.json", "{oops"),
		writeFile(t, dir, "3.txt", "\x00\x01\x02"),
		writeFile(t, dir, "4.txt", "Good two."),
	}
	items := collect(t, sources, nil, Options{})
	if got := origins(items); !reflect.DeepEqual(got, []string{sources[0], sources[1] + " ERR", sources[2] + " ERR", sources[3] + " ERR", sources[4]}) {
		t.Fatalf("origins = %q", got)
	}
}

func TestFolderSkipsDocsAndCode(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "README.md", "# Corpus")
	writeFile(t, dir, "gen.go", "package x")
	writeFile(t, dir, "article.txt", "An article.")
	items := collect(t, []string{dir}, nil, Options{})
	if got := origins(items); !reflect.DeepEqual(got, []string{dir + "/article.txt"}) {
		t.Fatalf("origins = %q", got)
	}
	if items := collect(t, []string{dir + "/README.md"}, nil, Options{}); len(items) != 1 || items[0].Doc.Text != "# Corpus" {
		t.Fatalf("explicit README.md: %q", origins(items))
	}
}
