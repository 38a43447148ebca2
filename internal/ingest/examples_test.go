package ingest

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"chronicle/examples"
)

// TestExamples reads the bundled example articles from disk and from the
// embedded copy and checks what each yields.
func TestExamples(t *testing.T) {
	dir := filepath.Join("..", "..", "examples")
	items := collect(t, []string{dir}, nil, Options{})
	type meta struct{ title, source, author, published string }
	want := map[string]meta{
		"ecowas-sahel-talks.txt":        {},
		"iaea-iran-inspectors.txt":      {},
		"who-cholera-nairobi.txt":       {},
		"nato-baltic-air-policing.html": {"NATO ministers agree to double Baltic air patrols", "The Northern Ledger", "Sofia Lindqvist", "2025-06-12T09:30:00Z"},
		"spain-morocco-migration.html":  {"Spain and Morocco agree to joint patrols ahead of summer crossings", "Mediterranean Wire", "Carlos Medina", "2025-04-23"},
		"wire-diplomacy.jsonl:1":        {"UN Security Council extends Haiti mission, targets arms trafficking", "Chronicle Wire", "Daniel Okafor", "2025-07-15"},
		"wire-diplomacy.jsonl:2":        {"Pandemic treaty talks stall over vaccine sharing", "Chronicle Wire", "Marta Keller", "2025-04-18T17:45:00+02:00"},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items %q; want %d", len(items), origins(items), len(want))
	}
	for _, it := range items {
		name := strings.TrimPrefix(filepath.ToSlash(it.Origin), "../../examples/")
		w, ok := want[name]
		if !ok || it.Err != nil {
			t.Errorf("%s: unexpected item (err %v)", it.Origin, it.Err)
			continue
		}
		d := it.Doc
		if got := (meta{d.Title, d.Source, d.Author, d.PublishedString()}); got != w {
			t.Errorf("%s: metadata %+v; want %+v", name, got, w)
		}
		if words := len(strings.Fields(d.Text)); words < 150 || words > 400 {
			t.Errorf("%s: %d words; want 150-400", name, words)
		}
		if strings.Count(d.Text, "\n\n") < 5 {
			t.Errorf("%s: paragraphs were not kept:\n%s", name, d.Text)
		}
		for _, junk := range []string{"Subscribe", "Related stories", "cookies", "Sign up", "All rights reserved", "Advertisement", "More from", "Log in", "By Carlos Medina"} {
			if strings.Contains(d.Text, junk) {
				t.Errorf("%s: boilerplate %q left in the text", name, junk)
			}
		}
		if len(d.Diagnostics) != 0 {
			t.Errorf("%s: diagnostics %+v", name, d.Diagnostics)
		}
	}

	var embedded []Item
	err := ReadFS(context.Background(), examples.FS(), dir, Options{}, func(it Item) error {
		embedded = append(embedded, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(embedded, items) {
		t.Errorf("ReadFS(examples.FS()) differs from reading the folder:\n%q\n%q", origins(embedded), origins(items))
	}
}

// TestHTMLIsDeterministic reads the same page twice: the extractor and
// the date finder must not depend on the clock or on map order.
func TestHTMLIsDeterministic(t *testing.T) {
	page := benchPage()
	first, err := ReadBytes("p", []byte(page), FormatHTML, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		again, err := ReadBytes("p", []byte(page), FormatHTML, Options{})
		if err != nil || !reflect.DeepEqual(first, again) {
			t.Fatalf("run %d differs: %v", i, err)
		}
	}
}
