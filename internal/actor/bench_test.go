package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

// benchDoc returns the seed article with its entities, or a written
// stand-in when the seed is absent.
func benchDoc(b *testing.B) *doc.Document {
	b.Helper()
	text := "Foreign Minister José Manuel Albares said Spain’s army is ready. US and European officials met in Washington with Ukrainian President Volodymyr Zelenskiy, people familiar with the matter said. The Kremlin and NATO disagreed; Russian forces attacked. Albares said Spain's top diplomat would travel to Kyiv.\n\n"
	if raw, err := os.ReadFile(filepath.Join(testutil.RepoRoot(b), "..", "shared", "examples", "seed", "article.txt")); err == nil {
		text = string(raw)
	}
	return mkdoc(b, strings.Repeat(text, 4), seedEntities...)
}

// BenchmarkResolve measures the stage on one core: documents/s and
// tokens/s (run with -cpu 1).
func BenchmarkResolve(b *testing.B) {
	kb := MustDefault()
	base := benchDoc(b)
	ents := append([]doc.Entity(nil), base.Entities...)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := *base
		d.Entities = append(d.Entities[:0:0], ents...)
		Resolve(kb, &d)
	}
	sec := b.Elapsed().Seconds()
	if sec > 0 {
		b.ReportMetric(float64(b.N)/sec, "docs/s")
		b.ReportMetric(float64(b.N*len(base.Tokens))/sec, "tokens/s")
	}
}

// BenchmarkLoadKB measures building the index from the embedded files.
func BenchmarkLoadKB(b *testing.B) {
	files := map[string][]byte{}
	entries, _ := kbFiles.ReadDir("kb")
	for _, e := range entries {
		files[e.Name()], _ = kbFiles.ReadFile("kb/" + e.Name())
	}
	for i := 0; i < b.N; i++ {
		s, err := readLines(files)
		if err != nil {
			b.Fatal(err)
		}
		build(s)
	}
}
