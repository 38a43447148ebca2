package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"chronicle/internal/doc"
)

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRead reads a folder written for the test: the first annotator's file
// in name order is the one read, code points become bytes (the "é" is two),
// a discontinuous content keeps its fragments, the last Cue argument wins,
// continuation lines and other events are skipped, and a text without
// annotations is left out.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	text := "Café owners said prices rose, the report added, and fell.\n"
	write(t, filepath.Join(dir, "text", "a.txt"), text)
	write(t, filepath.Join(dir, "text", "lonely.txt"), "No annotation here.\n")
	write(t, filepath.Join(dir, "attributions", "a_zed.ann"), "T1\tCue 0 4\tCafé\nE1\tAttribution:T1 Cue:T1\n")
	write(t, filepath.Join(dir, "attributions", "a_amy.ann"), strings.Join([]string{
		"T1\tSource 0 11\tCafé owners",
		"T2\tCue 12 16\tsaid",
		"T3\tContent 17 28;52 56\tprices rose fell",
		"a continuation line of T3",
		"T4\tCue 41 46\tadded",
		"T5\tAttribution 12 16\tsaid",
		"E1\tAttribution:T5 Source:T1 Cue:T2 Content:T3 Cue2:T4",
		"E2\tOther:T5 Source:T1",
		"#1\tAnnotatorNotes T1\ta note",
	}, "\n")+"\n")
	docs, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Doc{{Name: "a", Text: text, Attrs: []Attr{{
		Source:  []doc.Span{{Start: 0, End: 12}},
		Cue:     []doc.Span{{Start: 42, End: 47}},
		Content: []doc.Span{{Start: 18, End: 29}, {Start: 53, End: 57}},
	}}}}
	if d := cmp.Diff(want, docs); d != "" {
		t.Errorf("Read (-want +got):\n%s", d)
	}
	if got := text[53:57]; got != "fell" {
		t.Errorf("second fragment reads %q", got)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no attributions") {
		t.Errorf("empty folder: %v", err)
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "text", "a.txt"), "short")
	write(t, filepath.Join(dir, "attributions", "a_x.ann"), "T1\tCue 2 40\tshort\n")
	if _, err := Read(dir); err == nil || !strings.Contains(err.Error(), "bad span") {
		t.Errorf("offset past the text: %v", err)
	}
	dir = t.TempDir()
	write(t, filepath.Join(dir, "attributions", "b_x.ann"), "")
	if _, err := Read(dir); err == nil {
		t.Error("an annotation without its text was read")
	}
}

// FuzzReadAnn: any file content either is refused with an error or gives
// spans inside the text, and never panics.
func FuzzReadAnn(f *testing.F) {
	f.Add("T1\tCue 0 3\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T2\nT2\tContent 4 9;1 2\tx\n")
	f.Add("T1\tSource 3\n\tE1\tAttribution:T1\nE2\t\n")
	text := "Él dijo: «sí».\n"
	f.Fuzz(func(t *testing.T, ann string) {
		path := filepath.Join(t.TempDir(), "x.ann")
		write(t, path, ann)
		attrs, err := ReadAnn(path, text)
		if err != nil {
			return
		}
		for _, a := range attrs {
			for _, s := range append(append(append([]doc.Span{}, a.Content...), a.Source...), a.Cue...) {
				if s.Start < 0 || s.End < s.Start || int(s.End) > len(text) {
					t.Fatalf("span %v outside a text of %d bytes", s, len(text))
				}
			}
		}
	})
}
