package cli

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"chronicle/internal/doc"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
)

func (a *app) benchCmd() *cobra.Command {
	var (
		corpus  []string
		stage   string
		cores   int
		minTime time.Duration
	)
	c := &cobra.Command{
		Use:   "bench [flags]",
		Short: "Measure analysis throughput (tokens and articles per second)",
		Long: `Bench reads a corpus (by default the bundled examples), then analyzes it again
and again for at least --min-time and reports throughput. Figures are for one
core (GOMAXPROCS=1) unless --cores says otherwise. --stage NAME times one stage
alone: the stages before it run first, untimed.

The last line is machine-readable (SPEC.md §5), for example
  tokens_per_s=2513000 articles_per_s=3120.5 peak_rss_mb=41 cores=1`,
		Example: `  chronicle bench
  chronicle bench --stage text --min-time 5s
  chronicle bench --corpus ../shared/examples/seed/article.json --cores 2`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if cores < 1 {
				return usagef("--cores must be at least 1")
			}
			ctx := c.Context()
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
