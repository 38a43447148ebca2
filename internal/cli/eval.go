package cli

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"chronicle/internal/eval"
	"chronicle/internal/ner"
	"chronicle/internal/parse"
	"chronicle/internal/tag"
)

// evalTask scores one capability on gold data: it prints a readable report
// to w ending with one machine-readable key=value line (SPEC.md §4) and,
// when predictions is not empty, writes what it predicted there in the
// gold's own format.
type evalTask struct {
	name, gold string // gold: the format and a typical path, for --help
	run        func(ctx context.Context, data string, w io.Writer, predictions string) error
}

// evalTasks lists the tasks whose stage exists; a task whose stage is not
// built yet is absent rather than faked.
func evalTasks() []evalTask {
	return []evalTask{
		{"sentences", "CoNLL-U, e.g. ../shared/data/ud/en_gum/dev.conllu", func(ctx context.Context, data string, w io.Writer, pred string) error {
			_, err := eval.Sentences(ctx, data, w, pred)
			return err
		}},
		{"pos", "CoNLL-U, gold tokens, e.g. ../shared/data/ud/en_ewt/dev.conllu", func(ctx context.Context, data string, w io.Writer, pred string) error {
			m, err := tag.Default()
			if err != nil {
				return err
			}
			_, err = eval.POS(ctx, m, data, w, pred)
			return err
		}},
		{"coref", "CoNLL coreference (GUM), e.g. ../shared/data/coref/gum/dev", func(ctx context.Context, data string, w io.Writer, pred string) error {
			p, err := newPipeline()
			if err != nil {
				return err
			}
			_, err = eval.Coref(ctx, p, data, w, pred)
			return err
		}},
		{"dep", "CoNLL-U, gold tokens, predicted POS, e.g. ../shared/data/ud/en_ewt/dev.conllu", func(ctx context.Context, data string, w io.Writer, pred string) error {
			m, err := parse.Default()
			if err != nil {
				return err
			}
			// The parser is scored as it runs in chronicle: on the tagger's
			// tags. A tagger that does not load is an error here, not a
			// silent switch to gold tags.
			tagger, err := tag.Default()
			if err != nil {
				return err
			}
			_, err = eval.DepTagged(ctx, m, tagger, data, w, pred)
			return err
		}},
		{"events", "PLOVER gold-standard JSON, e.g. ../shared/data/events/plover/dev.json", func(ctx context.Context, data string, w io.Writer, pred string) error {
			p, err := newPipeline()
			if err != nil {
				return err
			}
			_, err = eval.Events(ctx, p, data, w, pred)
			return err
		}},
		{"ner", "CoNLL-2003 (IOB2), gold tokens, e.g. ../shared/data/ner/conll2003/dev.txt", func(ctx context.Context, data string, w io.Writer, pred string) error {
			m, err := ner.Default()
			if err != nil {
				return err
			}
			_, err = eval.NER(ctx, m, data, w, pred)
			return err
		}},
		{"quotes", "PolNeAR folder (text/, attributions/), e.g. ../shared/data/quotes/polnear/dev", func(ctx context.Context, data string, w io.Writer, pred string) error {
			p, err := newPipeline()
			if err != nil {
				return err
			}
			_, err = eval.Quotes(ctx, p, data, w, pred)
			return err
		}},
		{"time", "GUM XML folder, e.g. ../shared/data/time/gum/dev", func(ctx context.Context, data string, w io.Writer, pred string) error {
			_, err := eval.Time(ctx, data, w, pred)
			return err
		}},
	}
}

func (a *app) evalCmd() *cobra.Command {
	var data, predictions string
	var list bool
	tasks := evalTasks()
	var names, help []string
	for _, t := range tasks {
		names = append(names, t.name)
		help = append(help, fmt.Sprintf("  %-10s %s", t.name, t.gold))
	}
	c := &cobra.Command{
		Use:   "eval TASK --data PATH",
		Short: "Score chronicle on gold data (" + strings.Join(names, ", ") + ")",
		Long: `Eval runs one capability over a gold corpus in the format it was published in,
prints a readable report and ends with one machine-readable line of key=value
pairs (SPEC.md §4). --predictions also writes what was predicted, in the gold's
own format, so that a standard scorer can check the figures.

Tasks:
` + strings.Join(help, "\n"),
		Example: `  chronicle eval sentences --data ../shared/data/ud/en_gum/dev.conllu
  chronicle eval --list`,
		RunE: func(c *cobra.Command, args []string) error {
			if list {
				for _, n := range names {
					fmt.Fprintln(a.stdout, n)
				}
				return nil
			}
			if len(args) != 1 {
				return usagef("eval needs one TASK (one of %s)", strings.Join(names, ", "))
			}
			i := slices.IndexFunc(tasks, func(t evalTask) bool { return t.name == args[0] })
			if i < 0 {
				return usagef("eval: unknown task %q (have %s)", args[0], strings.Join(names, ", "))
			}
			if data == "" {
				return usagef("eval %s: --data is required", args[0])
			}
			return tasks[i].run(c.Context(), data, a.stdout, predictions)
		},
	}
	c.Flags().StringVar(&data, "data", "", "gold file or folder")
	c.Flags().StringVar(&predictions, "predictions", "", "also write the predictions to this path, in the gold format")
	c.Flags().BoolVar(&list, "list", false, "list the tasks and exit")
	return c
}
