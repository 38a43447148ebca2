package ingest

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// collect runs Read and returns every item, failing the test if Read
// itself fails or a produced Document is invalid.
func collect(t *testing.T, sources []string, stdin io.Reader, opt Options) []Item {
	t.Helper()
	var items []Item
	err := Read(context.Background(), sources, stdin, opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%v) = %v", sources, err)
	}
	for _, it := range items {
		checkItem(t, it)
	}
	return items
}

// checkItem asserts the invariants of every item: exactly one of Doc and
// Err; a Doc that validates, has clean non-empty text, an ID and the
// item's origin; an Err that is a *ReadError naming the origin.
func checkItem(t *testing.T, it Item) {
	t.Helper()
	if (it.Doc == nil) == (it.Err == nil) {
		t.Fatalf("%s: item has Doc=%v Err=%v; want exactly one", it.Origin, it.Doc != nil, it.Err)
	}
	if it.Err != nil {
		var re *ReadError
		if !errors.As(it.Err, &re) || re.Origin != it.Origin {
			t.Fatalf("%s: error %v is not a *ReadError for this origin", it.Origin, it.Err)
		}
		if !strings.HasPrefix(it.Err.Error(), it.Origin+": ") {
			t.Fatalf("%s: error message %q does not name the input", it.Origin, it.Err)
		}
		return
	}
	checkDoc(t, it.Doc)
	if it.Doc.Origin != it.Origin {
		t.Fatalf("Doc.Origin = %q; item origin %q", it.Doc.Origin, it.Origin)
	}
}

func checkDoc(t *testing.T, d interface {
	Validate() error
}) {
	t.Helper()
	if err := d.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
}

// one writes content to a file called name in a fresh folder, reads it
// and returns the single item it yields.
func one(t *testing.T, name, content string, opt Options) Item {
	t.Helper()
	path := writeFile(t, t.TempDir(), name, content)
	items := collect(t, []string{path}, nil, opt)
	if len(items) != 1 {
		t.Fatalf("%s: got %d items; want 1", name, len(items))
	}
	return items[0]
}

// expectText reads name with content and checks the resulting text.
func expectText(t *testing.T, name, content, want string) {
	t.Helper()
	it := one(t, name, content, Options{})
	if it.Err != nil {
		t.Fatalf("%s: %v", name, it.Err)
	}
	if it.Doc.Text != want {
		t.Fatalf("%s: text = %q; want %q", name, it.Doc.Text, want)
	}
}

// expectErr reads name with content and checks that it fails with want.
func expectErr(t *testing.T, name, content string, opt Options, want error) {
	t.Helper()
	it := one(t, name, content, opt)
	if !errors.Is(it.Err, want) {
		t.Fatalf("%s: err = %v; want %v", name, it.Err, want)
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func origins(items []Item) []string {
	var out []string
	for _, it := range items {
		s := it.Origin
		if it.Err != nil {
			s += " ERR"
		}
		out = append(out, s)
	}
	return out
}

func validText(s string) bool { return utf8.ValidString(s) }
