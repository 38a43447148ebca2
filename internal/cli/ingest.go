package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"chronicle/internal/doc"
	"chronicle/internal/store"
)

func (a *app) ingestCmd() *cobra.Command {
	var in inputFlags
	var dbPath string
	c := &cobra.Command{
		Use:   "ingest [flags] SOURCE...",
		Short: "Analyze articles and store them in the SQLite store",
		Long: `Ingest reads files, folders (recursively) or standard input ("-"), analyzes each
article and stores it with all its layers in one SQLite transaction.

Ingest is idempotent: an article is identified by its id (given, or a hash of
its text), and one already stored is skipped without being analyzed again. An
ingest that is interrupted, even by SIGKILL, leaves only complete articles, so
running the same command again completes the rest without duplicates.`,
		Example: `  chronicle ingest examples/
  chronicle ingest --db news.db --published 2025-08-19 story.txt
  chronicle query articles --db news.db`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opt, err := in.options()
			if err != nil {
				return err
			}
			p, err := newPipeline()
			if err != nil {
				return err
			}
			ctx := c.Context()
			s, err := store.Open(ctx, dbPath)
			if err != nil {
				return err
			}
			defer s.Close()
			skip := func(ctx context.Context, d *doc.Document) (bool, error) { return s.Has(ctx, d.ID) }
			stored, dup := 0, 0
			st, err := a.stream(ctx, args, opt, in.workers, p, skip, func(r result) error {
				switch {
				case r.err != nil:
					a.reportFailure(r)
				case r.skipped:
					dup++
				default:
					saved, err := s.SaveDocument(ctx, r.doc)
					if err != nil {
						return fmt.Errorf("store %s: %w", r.origin, err)
					}
					if saved {
						stored++
					} else {
						dup++
					}
				}
				return nil
			})
			fmt.Fprintf(a.stderr, "chronicle: ingest: %d read, %d stored, %d already stored, %d failed in %.1fs\n",
				st.read, stored, dup, st.failed, st.elapsed.Seconds())
			if err != nil {
				return err
			}
			if st.failed > 0 {
				return errSomeFailed
			}
			return nil
		},
	}
	in.register(c)
	c.Flags().StringVar(&dbPath, "db", defaultDB(), "SQLite store file (default $CHRONICLE_DB or chronicle.db)")
	return c
}
