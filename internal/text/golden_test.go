package text

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden segments every testdata/*.txt and compares a readable dump of
// the sentences and tokens with testdata/<case>.text.golden. Regenerate
// with: go test ./internal/text -run Golden -update
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range files {
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		got := dump(string(src))
		golden := strings.TrimSuffix(in, ".txt") + ".text.golden"
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: segmentation differs from %s (run with -update after checking):\n%s", in, golden, got)
		}
	}
}

// dump writes one line per sentence ([start,end) and its text) followed by
// its tokens separated by " | ".
func dump(s string) []byte {
	toks, sents := Segment(s)
	var b bytes.Buffer
	d := &doc.Document{Text: s, Tokens: toks, Sentences: sents}
	if err := d.Validate(); err != nil {
		fmt.Fprintf(&b, "INVALID: %v\n", err)
	}
	for i, st := range sents {
		fmt.Fprintf(&b, "%d [%d,%d) %q\n   ", i, st.Start, st.End, s[st.Start:st.End])
		for k := st.TokenStart; k < st.TokenEnd; k++ {
			fmt.Fprintf(&b, " %s |", s[toks[k].Start:toks[k].End])
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}
