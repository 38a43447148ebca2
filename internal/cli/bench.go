package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"chronicle/internal/doc"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
	"chronicle/internal/store"
)

func (a *app) benchCmd() *cobra.Command {
	var (
		corpus   []string
		stage    string
		cores    int
		minTime  time.Duration
		ingestN  int
		keep     string
		cpuProf  string
		memProf  string
		traceOut string
		workers  int
	)
	c := &cobra.Command{
		Use:   "bench [flags]",
		Short: "Measure analysis throughput (tokens and articles per second)",
		Long: `Bench reads a corpus (by default the bundled examples), then analyzes it again
and again for at least --min-time and reports throughput. Figures are for one
core (GOMAXPROCS=1) unless --cores says otherwise. --stage NAME times one stage
alone: the stages before it run first, untimed.

--ingest N times the whole of chronicle ingest instead: it writes a WARC.gz of N
generated news pages of about 5 KB (different texts, so that none is a
duplicate), then ingests it into a new SQLite file on --cores cores (GOMAXPROCS; ingest's
default workers: reading, HTML extraction, analysis, reprint detection,
storing, unless --workers says how many analyse) and reports articles per
second, CPU seconds and cores busy.

The last line is machine-readable (SPEC.md §5), for example
  tokens_per_s=2513000 articles_per_s=3120.5 peak_rss_mb=41 cores=1`,
		Example: `  chronicle bench
  chronicle bench --ingest 2000 --cores 2
  chronicle bench --stage text --min-time 5s
  chronicle bench --corpus ../shared/examples/seed/article.json --cores 2`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if cores < 1 {
				return usagef("--cores must be at least 1")
			}
			ctx := c.Context()
			if c.Flags().Changed("ingest") {
				return a.benchIngest(ctx, ingestN, cores, workers, keep, cpuProf, memProf, traceOut)
			}
			docs, err := a.loadCorpus(ctx, corpus)
			if err != nil {
				return err
			}
			p, err := newPipeline()
			if err != nil {
				return err
			}
			before, timed, err := splitAt(p, stage)
			if err != nil {
				return err
			}
			prev := runtime.GOMAXPROCS(cores)
			defer runtime.GOMAXPROCS(prev)

			// Prepare the input of the timed part once: the untimed stages run
			// here, and each round works on fresh copies of their output.
			prepared := make([]*doc.Document, len(docs))
			for i, d := range docs {
				cp := *d
				if err := before.Process(ctx, &cp); err != nil {
					return err
				}
				prepared[i] = &cp
			}
			var articles, tokens int64
			if cpuProf != "" {
				f, err := os.Create(cpuProf)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			start := time.Now()
			for rounds := 0; rounds == 0 || time.Since(start) < minTime; rounds++ {
				in := make(chan *doc.Document)
				go func() {
					defer close(in)
					for _, d := range prepared {
						cp := *d
						cp.Tokens = append([]doc.Token(nil), d.Tokens...)
						cp.Sentences = append([]doc.Sentence(nil), d.Sentences...)
						select {
						case in <- &cp:
						case <-ctx.Done():
							return
						}
					}
				}()
				err := pipeline.Run(ctx, cores, in, func(ctx context.Context, d *doc.Document) *doc.Document {
					if err := timed.Process(ctx, d); err != nil {
						fmt.Fprintf(a.stderr, "chronicle: bench: %s: %v\n", d.Origin, err)
					}
					return d
				}, func(d *doc.Document) error {
					articles++
					tokens += int64(len(d.Tokens))
					return nil
				})
				if err != nil {
					return err
				}
			}
			el := time.Since(start).Seconds()
			what := "full pipeline"
			if stage != "" {
				what = "stage " + stage
			}
			fmt.Fprintf(a.stdout, "bench: %s over %d articles (%d rounds of %d), %d tokens in %.2fs\n",
				what, articles, int(articles)/max(len(docs), 1), len(docs), tokens, el)
			fmt.Fprintf(a.stdout, "tokens_per_s=%.0f articles_per_s=%.1f peak_rss_mb=%d cores=%d",
				float64(tokens)/el, float64(articles)/el, peakRSSMB(), cores)
			if stage != "" {
				fmt.Fprintf(a.stdout, " stage=%s", stage)
			}
			fmt.Fprintln(a.stdout)
			return nil
		},
	}
	c.Flags().StringSliceVar(&corpus, "corpus", nil, "files or folders to read (default: the bundled examples)")
	c.Flags().StringVar(&stage, "stage", "", "time only this stage (text, tag, when, ...)")
	c.Flags().IntVar(&cores, "cores", 1, "cores to use (GOMAXPROCS and workers)")
	c.Flags().DurationVar(&minTime, "min-time", 3*time.Second, "keep repeating the corpus for at least this long")
	c.Flags().IntVar(&ingestN, "ingest", 0, "instead: time `chronicle ingest` end to end on a generated WARC.gz of this many 5 KB pages (e.g. --ingest 2000)")
	c.Flags().StringVar(&keep, "keep", "", "with --ingest: keep the generated WARC at this path")
	c.Flags().StringVar(&cpuProf, "cpuprofile", "", "write a CPU profile of the timed part to this file (go tool pprof)")
	c.Flags().StringVar(&memProf, "memprofile", "", "with --ingest: write an allocation profile of the ingest to this file (go tool pprof -sample_index=alloc_space), to see what makes the garbage")
	c.Flags().IntVar(&workers, "workers", 0, "with --ingest: analysis workers (default: ingest's own, one per core), to compare layouts")
	c.Flags().StringVar(&traceOut, "trace", "", "with --ingest: write an execution trace to this file (go tool trace), to see which goroutine waits on which")
	return c
}

// splitAt splits p before the named stage: the stages before it and the
// stage alone. With name empty, nothing runs before and everything is timed.
func splitAt(p *pipeline.Pipeline, name string) (before, timed *pipeline.Pipeline, err error) {
	stages := p.Stages()
	if name == "" {
		b, _ := pipeline.New()
		return b, p, nil
	}
	var names []string
	for i, s := range stages {
		names = append(names, s.Name())
		if s.Name() == name {
			b, err := pipeline.New(stages[:i]...)
			if err != nil {
				return nil, nil, err
			}
			return b, pipelineUnchecked(s), nil
		}
	}
	return nil, nil, usagef("--stage %q: no such stage (have %s)", name, strings.Join(names, ", "))
}

// pipelineUnchecked wraps one stage whose requirements the caller has
// already met by running the stages before it.
func pipelineUnchecked(s pipeline.Stage) *pipeline.Pipeline {
	p, err := pipeline.New(pipeline.StageFunc{StageName: s.Name(), Func: s.Process})
	if err != nil {
		panic(err) // a stage without requirements always builds
	}
	return p
}

// loadCorpus reads every article of the corpus into memory.
func (a *app) loadCorpus(ctx context.Context, paths []string) ([]*doc.Document, error) {
	if len(paths) == 0 {
		return bundledExamples(ctx)
	}
	var docs []*doc.Document
	err := ingest.Read(ctx, paths, a.stdin, ingest.Options{MaxBytes: 64 << 20}, func(it ingest.Item) error {
		if it.Err != nil {
			fmt.Fprintf(a.stderr, "chronicle: %s: %v\n", it.Origin, it.Err)
			return nil
		}
		docs = append(docs, it.Doc)
		return nil
	})
	if err == nil && len(docs) == 0 {
		err = fmt.Errorf("bench: the corpus has no readable article")
	}
	return docs, err
}

// peakRSSMB returns the process's peak resident set size in MiB (Linux), or
// 0 when it cannot be read.
func peakRSSMB() int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return kb / 1024
		}
	}
	return 0
}

// benchIngest writes a WARC.gz of n generated pages and times an ingest
// of it into a fresh store, end to end.
func (a *app) benchIngest(ctx context.Context, n, cores, workers int, keep, cpuProf, memProf, traceOut string) error {
	if n < 1 {
		return usagef("--ingest must be at least 1")
	}
	if workers < 0 {
		return usagef("--workers must be positive")
	}
	dir, err := os.MkdirTemp("", "chronicle-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	warc := keep
	if warc == "" {
		warc = filepath.Join(dir, "bench.warc.gz")
	}
	size, pageBytes, err := writeBenchWARC(warc, n)
	if err != nil {
		return err
	}
	prev := runtime.GOMAXPROCS(cores)
	defer runtime.GOMAXPROCS(prev)
	db := filepath.Join(dir, "bench.db")
	var errs strings.Builder
	if cpuProf != "" {
		f, err := os.Create(cpuProf)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if traceOut != "" {
		f, err := os.Create(traceOut)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := trace.Start(f); err != nil {
			return err
		}
		defer trace.Stop()
	}
	cpu0 := cpuSeconds()
	start := time.Now()
	// Without --workers, ingest's default (a worker per GOMAXPROCS, here
	// cores) is what a user gets.
	args := []string{"ingest", "--db", db, "--progress", "never", warc}
	if workers > 0 {
		args = append(args, "--workers", strconv.Itoa(workers))
	}
	code := Run(ctx, args, strings.NewReader(""), io.Discard, &errs)
	el := time.Since(start).Seconds()
	cpu := cpuSeconds() - cpu0
	if memProf != "" {
		if err := writeAllocProfile(memProf); err != nil {
			return err
		}
	}
	if code != ExitOK {
		return fmt.Errorf("bench: ingest failed (exit %d): %s", code, errs.String())
	}
	s, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	counts, err := s.Counts(ctx)
	s.Close()
	if err != nil {
		return err
	}
	stored := counts["articles"]
	fmt.Fprintf(a.stdout, "bench: ingest of a generated WARC.gz (%d pages of %.1f KB on average, %.1f MB) into SQLite: %d stored, %d tokens in %.2fs\n",
		n, float64(pageBytes)/float64(n)/1024, float64(size)/(1<<20), stored, counts["token_count"], el)
	// On a shared machine the wall-clock rate depends on the neighbours;
	// articles per CPU second does not, and times the cores gives what
	// the cores would do alone.
	fmt.Fprintf(a.stdout, "bench: %.1f CPU seconds, %.2f cores busy, %.1f articles per CPU second (%.0f/s if %d cores were free)\n",
		cpu, cpu/el, float64(stored)/cpu, float64(stored)/cpu*float64(cores), cores)
	fmt.Fprintf(a.stdout, "articles_per_s=%.1f articles_per_cpu_s=%.1f peak_rss_mb=%d cores=%d stage=ingest\n",
		float64(stored)/el, float64(stored)/cpu, peakRSSMB(), cores)
	if stored != int64(n) {
		return fmt.Errorf("bench: %d of %d pages stored: %s", stored, n, errs.String())
	}
	return nil
}

// writeBenchWARC writes n news pages of about 5 KB to path as a WARC.gz,
// each with its own text composed from a vocabulary by a seeded random
// generator, so that the run is the same every time and no two pages are
// near-duplicates. It returns the file size and the HTML bytes in all.
func writeBenchWARC(path string, n int) (size, html int64, err error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := ingest.NewWARCWriter(bw, true)
	rng := rand.New(rand.NewPCG(7, uint64(n)))
	date := time.Date(2025, 3, 11, 9, 0, 0, 0, time.UTC)
	for i := range n {
		page := benchPage(rng, i)
		html += int64(len(page))
		uri := fmt.Sprintf("https://news%d.example/world/%d", i%17, i)
		if err := w.WriteResponse(uri, date, 200, []string{"Content-Type: text/html; charset=utf-8"}, page); err != nil {
			return 0, 0, err
		}
	}
	if err := bw.Flush(); err != nil {
		return 0, 0, fmt.Errorf("bench: %w", err)
	}
	info, err := f.Stat()
	if err != nil {
		return 0, 0, fmt.Errorf("bench: %w", err)
	}
	return info.Size(), html, nil
}

var (
	benchWho   = []string{"The foreign minister", "A government spokeswoman", "The central bank governor", "Union leaders", "The opposition leader", "Regional officials", "The defence ministry", "Aid agencies", "The prime minister", "Port authorities", "Farmers' groups", "The electoral commission"}
	benchVerb  = []string{"said on Tuesday that", "warned on Monday that", "told reporters that", "announced that", "denied reports that", "confirmed late on Friday that", "argued in a statement that", "insisted that"}
	benchWhat  = []string{"talks on the border dispute would resume", "grain exports had fallen sharply", "the ceasefire was holding in the north", "fuel prices would rise next month", "new elections could be held in the spring", "troops would be withdrawn from the capital", "the budget deficit had narrowed", "the strike at the port was over", "the bridge would reopen before the rains", "inflation had slowed for a third month"}
	benchWhere = []string{"in Nairobi", "in Ankara", "in Lima", "in Jakarta", "in Warsaw", "in Accra", "in Manila", "in Tbilisi", "in Quito", "in Dhaka", "in Rabat", "in Hanoi"}
	benchTail  = []string{"according to officials", "despite objections from neighbours", "after weeks of negotiations", "as protests continued", "amid a shortage of funds", "with support from donors", "under pressure from lenders", "following heavy rain"}
	benchQuote = []string{"We will not accept any delay", "This is a step in the right direction", "Nobody wants another crisis", "The numbers speak for themselves", "We are ready to talk at any time"}
)

// benchPage composes one page of about 5 KB.
func benchPage(rng *rand.Rand, i int) []byte {
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	var b strings.Builder
	title := fmt.Sprintf("%s %s %s", strings.TrimPrefix(pick(benchWho), "The "), pick(benchVerb), pick(benchWhat))
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | News %d</title>
<meta property="og:site_name" content="News %d"><meta property="article:published_time" content="2025-03-%02dT08:00:00Z">
<script>var cfg = {"ads": true, "id": %d};</script></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>%s</h1><p class="byline">By Staff Reporter %d</p>
`, title, i%17, i%17, 1+i%28, i, title, i%40)
	for b.Len() < 4700 {
		b.WriteString("<p>")
		for range 3 {
			fmt.Fprintf(&b, "%s %s %s %s, %d people %s. ", pick(benchWho), pick(benchVerb), pick(benchWhat), pick(benchWhere), rng.IntN(5000), pick(benchTail))
		}
		fmt.Fprintf(&b, "“%s,” %s said. ", pick(benchQuote), strings.ToLower(pick(benchWho)))
		b.WriteString("</p>\n")
	}
	b.WriteString(`</article><aside><h3>Related</h3><ul><li><a href="/a">Markets</a></li><li><a href="/b">Weather</a></li></ul></aside></main>
<footer><a href="/privacy">Privacy</a> © 2025</footer></body></html>`)
	return []byte(b.String())
}

// cpuSeconds is the CPU time (user and system) this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// writeAllocProfile writes the allocations made so far (the allocs
// profile: space and objects allocated, by call stack) to path.
func writeAllocProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("bench: %w", err)
	}
	return f.Close()
}
