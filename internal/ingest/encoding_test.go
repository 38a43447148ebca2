package ingest

import (
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16LE(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

func utf16BE(s string) string {
	b := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

func TestUTF16(t *testing.T) {
	for _, c := range []struct{ name, content, want string }{
		{"le.txt", utf16LE("“Déjà vu,” he said.\r\n"), "“Déjà vu,” he said."},
		{"be.txt", utf16BE("Ελλάδα 🙂"), "Ελλάδα 🙂"},
		{"le.json", utf16LE(`{"text": "From JSON"}`), "From JSON"},
		{"le.dat", utf16LE("sniffed text"), "sniffed text"},
	} {
		it := one(t, c.name, c.content, Options{})
		if it.Err != nil {
			t.Fatalf("%s: %v", c.name, it.Err)
		}
		if it.Doc.Text != c.want || len(it.Doc.Diagnostics) != 1 || !strings.Contains(it.Doc.Diagnostics[0].Message, "UTF-16") {
			t.Errorf("%s: text %q diagnostics %+v; want %q and a UTF-16 note", c.name, it.Doc.Text, it.Doc.Diagnostics, c.want)
		}
	}
	dir := t.TempDir()
	path := writeFile(t, dir, "a.jsonl", utf16LE("{\"text\": \"one\"}\n{\"text\": \"two\"}\n"))
	items := collect(t, []string{path}, nil, Options{})
	if len(items) != 2 || items[1].Doc == nil || items[1].Doc.Text != "two" {
		t.Fatalf("UTF-16 JSON Lines: %q", origins(items))
	}
}

func TestDeclaredCharset(t *testing.T) {
	page := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><article><p>" +
		"Le ministre fran\xe7ais a d\xe9clar\xe9 mardi que la r\xe9union de Bruxelles avait \xe9t\xe9 utile pour les n\xe9gociations sur le budget europ\xe9en.</p></article></body></html>"
	it := one(t, "latin1.html", page, Options{})
	if it.Err != nil {
		t.Fatal(it.Err)
	}
	want := "Le ministre français a déclaré mardi que la réunion de Bruxelles avait été utile pour les négociations sur le budget européen."
	if it.Doc.Text != want {
		t.Fatalf("text = %q; want %q", it.Doc.Text, want)
	}
	if len(it.Doc.Diagnostics) != 1 || !strings.Contains(it.Doc.Diagnostics[0].Message, "iso-8859-1") {
		t.Fatalf("diagnostics = %+v; want one naming the charset", it.Doc.Diagnostics)
	}
	// Declared Latin-1 but really UTF-8: left alone, no diagnostic.
	it = one(t, "mislabelled.html", "<meta charset=latin1><p>"+lorem+" Café.</p>", Options{})
	if !strings.HasSuffix(it.Doc.Text, "Café.") || len(it.Doc.Diagnostics) != 0 {
		t.Fatalf("mislabelled page: %q %+v", it.Doc.Text, it.Doc.Diagnostics)
	}
}
