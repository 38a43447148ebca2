package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/quote"
)

// writePolNeAR writes a PolNeAR-shaped folder (text/NAME.txt and
// attributions/NAME_ann1.ann with Source, Cue, Content and an Attribution
// event) from sentences written for the test: each attribution is given by
// its source, cue and content strings, found in the sentence.
func writePolNeAR(t *testing.T, dir string) {
	t.Helper()
	type attr struct{ sentence, source, cue, content string }
	docs := map[string][]attr{
		"one": {
			{"The mayor said the bridge would reopen in May.", "The mayor", "said", "the bridge would reopen in May"},
			{"Officials warned that the river could rise again.", "Officials", "warned", "the river could rise again"},
		},
		"two": {
			{"The union insisted the strike was legal.", "The union", "insisted", "the strike was legal"},
			{"Doctors argued the clinic needed more nurses.", "Doctors", "argued", "the clinic needed more nurses"},
			{"The council denied that it had raised the fees.", "The council", "denied", "it had raised the fees"},
		},
	}
	for _, sub := range []string{"text", "attributions"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, attrs := range docs {
		var text, ann strings.Builder
		n := 0
		for i, a := range attrs {
			base := utf8.RuneCountInString(text.String())
			text.WriteString(a.sentence + "\n")
			span := func(s string) string {
				at := strings.Index(a.sentence, s)
				if at < 0 {
					t.Fatalf("%q not in %q", s, a.sentence)
				}
				start := base + utf8.RuneCountInString(a.sentence[:at])
				return fmt.Sprintf("%d %d", start, start+utf8.RuneCountInString(s))
			}
			for _, part := range [][2]string{{"Source", a.source}, {"Cue", a.cue}, {"Content", a.content}, {"Attribution", a.cue}} {
				n++
				fmt.Fprintf(&ann, "T%d\t%s %s\t%s\n", n, part[0], span(part[1]), part[1])
			}
			fmt.Fprintf(&ann, "E%d\tAttribution:T%d Content:T%d Cue:T%d Source:T%d\n", i+1, n, n-1, n-2, n-3)
		}
		if err := os.WriteFile(filepath.Join(dir, "text", name+".txt"), []byte(text.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "attributions", name+"_ann1.ann"), []byte(ann.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestTrainQuoteIsReproducible(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "polnear")
	writePolNeAR(t, data)
	var models [][]byte
	for _, name := range []string{"a.bin.gz", "b.bin.gz"} {
		out := filepath.Join(dir, name)
		code, _, errs := run(t, "", "train", "quote", "--train", data, "--out", out, "--epochs", "2")
		if code != 0 {
			t.Fatalf("train quote: exit %d: %s", code, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := quote.LoadCueModel(bytes.NewReader(b)); err != nil {
			t.Fatalf("trained model does not load: %v", err)
		}
		models = append(models, b)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two runs on the same data and seed gave different model bytes")
	}
	if code, _, _ := run(t, "", "train", "quote", "--train", data+","+data, "--out", filepath.Join(dir, "c")); code != ExitUsage {
		t.Errorf("train quote with two folders: exit %d; want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "", "train", "quote", "--train", filepath.Join(dir, "missing"), "--out", filepath.Join(dir, "d")); code == 0 {
		t.Error("train quote on a missing folder succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "d")); !os.IsNotExist(err) {
		t.Errorf("a failed run left a model behind: %v", err)
	}
}
