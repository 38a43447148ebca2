package store

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"chronicle/internal/dedup"
	"chronicle/internal/doc"
)

// BenchmarkSaveAnalysed stores real analysed articles the way `chronicle
// ingest` does (SaveArticles, 32 per transaction, with their dedup
// signatures) into a new file, so that the cost of saving can be measured
// and profiled apart from the analysis. The articles are the JSON Lines
// of `chronicle analyze --tokens` named by $CHRONICLE_SAVE_DOCS, e.g. the
// pages of `chronicle bench --ingest 1000 --keep bench.warc.gz`; without
// it the benchmark is skipped. One iteration stores all of them, 32 a
// transaction or $CHRONICLE_SAVE_BATCH.
func BenchmarkSaveAnalysed(b *testing.B) {
	path := os.Getenv("CHRONICLE_SAVE_DOCS")
	if path == "" {
		b.Skip("CHRONICLE_SAVE_DOCS (JSON Lines of analysed articles) is not set")
	}
	docs := readAnalysed(b, path)
	sigs := make([]*dedup.Signature, len(docs))
	for i, d := range docs {
		if sig, ok := dedup.Sign(d.Text); ok {
			sigs[i] = &sig
		}
	}
	batch := 32
	if v, err := strconv.Atoi(os.Getenv("CHRONICLE_SAVE_BATCH")); err == nil && v > 0 {
		batch = v
	}
	ctx := context.Background()
	b.ReportAllocs()
	run := 0
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		run++
		b.StartTimer()
		c0 := cpuTime()
		for i := 0; i < len(docs); i += batch {
			var arts []Article
			for k := i; k < min(i+batch, len(docs)); k++ {
				arts = append(arts, Article{Doc: docs[k], Save: ArticleSave{Location: docs[k].URL, Signature: sigs[k]}})
			}
			if _, err := s.SaveArticles(ctx, arts); err != nil {
				b.Fatal(err)
			}
		}
		cpu += cpuTime() - c0
		b.StopTimer()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(run*len(docs)), "ms/article")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(run*len(docs)), "cpu-ms/article")
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func readAnalysed(t testing.TB, path string) []*doc.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*doc.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		d := new(doc.Document)
		if err := d.UnmarshalJSON(sc.Bytes()); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}
