package when

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"chronicle/internal/testutil"
)

// TestColdTokensStartNothing checks that run's passing over cold words
// (startWords, token.rules) gives what trying every rule at every word
// gives, on the fuzz seeds, the benchmark texts, the bundled examples and,
// where ../shared holds it, the text of the GUM time corpus (its tokens
// joined by spaces, each document on its own anchor).
func TestColdTokensStartNothing(t *testing.T) {
	type text struct {
		s string
		a time.Time
	}
	var texts []text
	for _, s := range append([]string{benchText, newsText}, fuzzSeeds...) {
		texts = append(texts, text{s, anchor}, text{s, time.Time{}})
	}
	root := testutil.RepoRoot(t)
	files, _ := filepath.Glob(filepath.Join(root, "examples", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text{string(raw), anchor})
	}
	gum, _ := filepath.Glob(filepath.Join(root, "..", "shared", "data", "time", "gum", "*", "*.xml"))
	if len(gum) == 0 {
		t.Log("no GUM time corpus in ../shared; checking the package's own texts only")
	}
	for _, f := range gum {
		s, a := gumPlainText(t, f)
		texts = append(texts, text{s, a})
	}
	for _, x := range texts {
		fast := annotate(x.s, nil, nil, x.a, false)
		all := annotate(x.s, nil, nil, x.a, true)
		if !reflect.DeepEqual(fast, all) {
			t.Errorf("skipping cold words changes the result of %.80q...:\n%+v\nwant %+v", x.s, fast, all)
		}
	}
	if len(texts) < 50 {
		t.Errorf("only %d texts checked", len(texts))
	}
}

var gumCreated = regexp.MustCompile(`dateCreated="(\d{4}-\d\d-\d\d)"`)

// gumPlainText reads a GUM XML file as its tokens joined by spaces, a
// sentence a line, and its dateCreated.
func gumPlainText(t *testing.T, path string) (string, time.Time) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	var a time.Time
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "<") {
			if m := gumCreated.FindStringSubmatch(line); m != nil {
				a, _ = time.Parse(time.DateOnly, m[1])
			}
			if line == "</s>" {
				b.WriteByte('\n')
			}
			continue
		}
		w, _, _ := strings.Cut(line, "\t")
		b.WriteString(w)
		b.WriteByte(' ')
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String(), a
}
