package cli

import (
	"bufio"
	"fmt"

	"github.com/spf13/cobra"

	"chronicle/internal/doc"
)

func (a *app) analyzeCmd() *cobra.Command {
	var in inputFlags
	var tokens bool
	c := &cobra.Command{
		Use:   "analyze [flags] PATH... | -",
		Short: "Analyze articles and print one JSON document per article (stores nothing)",
		Long: `Analyze reads files, folders (recursively) or standard input ("-") and prints
one JSON object per article on standard output (JSON Lines), in input order, in
the document format of SPEC.md §2 with Unicode code-point offsets.

Inputs: .txt, .html/.htm, .json (one article object), .jsonl (one per line);
other files are recognised by their content. An input that cannot be read is
named on standard error and skipped; the exit status is then 1.`,
		Example: `  chronicle analyze examples/
  chronicle analyze --published 2025-08-19 --tokens story.txt
  cat story.txt | chronicle analyze -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			opt, err := in.options()
			if err != nil {
				return err
			}
			p, err := newPipelineKB(in.kb)
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(a.stdout, 1<<16)
			defer out.Flush()
			st, err := a.stream(c.Context(), args, opt, in.workers, p, nil, func(r result) error {
				if r.err != nil {
					a.reportFailure(r)
					return nil
				}
				b, err := r.doc.EncodeJSON(doc.JSONOptions{Tokens: tokens})
				if err != nil {
					return fmt.Errorf("encode %s: %w", r.origin, err)
				}
				out.Write(b)
				return out.WriteByte('\n')
			})
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
	c.Flags().BoolVar(&tokens, "tokens", false, "include the tokens layer (with POS, lemma and dependencies where available)")
	return c
}
