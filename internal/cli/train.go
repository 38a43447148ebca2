package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"chronicle/internal/ner"
	"chronicle/internal/parse"
	"chronicle/internal/tag"
	"chronicle/internal/text"
)

// trainOptions are the settings shared by every trainer.
type trainOptions struct {
	train    []string
	dev, out string
	epochs   int
	seed     uint64
	progress io.Writer
}

// trainTask trains one statistical model and writes it with its Save
// method. Training is reproducible: the same data and seed give the same
// bytes.
type trainTask struct {
	name, data string // data: what --train and --dev expect, for --help
	run        func(ctx context.Context, o trainOptions, w io.Writer) error
}

func trainTasks() []trainTask {
	return []trainTask{
		{"pos", "CoNLL-U, plus unlabelled text for the word clusters: CoNLL-2003 files, .txt files or folders of them (the shipped model: en_ewt + en_gum train, conll2003 train.txt, polnear train/text; en_ewt dev)", func(ctx context.Context, o trainOptions, w io.Writer) error {
			m, err := tag.Train(ctx, o.train, o.dev, tag.TrainOptions{Epochs: o.epochs, Seed: o.seed, Patience: 3, Progress: o.progress, Segment: text.Words})
			if err != nil {
				return err
			}
			return m.Save(w)
		}},
		{"dep", "CoNLL-U (the shipped model: en_ewt + en_gum train, en_ewt dev); trains on jackknifed tags of taggers trained on --train, scores --dev with the shipped tagger's tags", func(ctx context.Context, o trainOptions, w io.Writer) error {
			tg, err := tag.Default()
			if err != nil {
				return err
			}
			tmp, err := os.MkdirTemp("", "chronicle-train-dep-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			foldTagger := func(ctx context.Context, file string, epochs int) (parse.Tagger, error) {
				return tag.Train(ctx, []string{file}, "", tag.TrainOptions{Epochs: epochs, Seed: 1})
			}
			opts, err := parse.ShippedOptions(ctx, o.train, foldTagger, tg, tmp, o.progress)
			if err != nil {
				return err
			}
			opts.Seed = o.seed
			if o.epochs > 0 {
				opts.Epochs = o.epochs
			}
			m, err := parse.Train(ctx, o.train, o.dev, opts)
			if err != nil {
				return err
			}
			return m.Save(w)
		}},
		{"ner", "CoNLL-2003 (the shipped model: conll2003 train, dev)", func(ctx context.Context, o trainOptions, w io.Writer) error {
			if len(o.train) != 1 {
				return usagef("train ner: --train takes one CoNLL-2003 file")
			}
			opts := ner.ShippedOptions()
			if o.epochs > 0 {
				opts.Epochs = o.epochs
			}
			opts.Seed, opts.Progress = o.seed, o.progress
			m, err := ner.Train(ctx, o.train[0], o.dev, opts)
			if err != nil {
				return err
			}
			return m.Save(w)
		}},
		{"quote", "a PolNeAR folder (text/, attributions/): the quote stage's cue model (the shipped model: polnear train; --dev polnear dev is scored once at the end)", trainQuote},
	}
}

func (a *app) trainCmd() *cobra.Command {
	var o trainOptions
	tasks := trainTasks()
	var names, help []string
	for _, t := range tasks {
		names = append(names, t.name)
		help = append(help, fmt.Sprintf("  %-6s %s", t.name, t.data))
	}
	c := &cobra.Command{
		Use:   "train TASK --train PATH[,PATH] --dev PATH --out PATH",
		Short: "Retrain a statistical model (" + strings.Join(names, ", ") + ")",
		Long: `Train fits one of chronicle's statistical models on gold data, printing dev
scores after every epoch, and writes the best epoch's model to --out. The same
data and --seed give the same model bytes. To ship a model, replace the embedded
file named in the package's documentation and rebuild.

Tasks:
` + strings.Join(help, "\n"),
		Example: `  chronicle train pos --train ../shared/data/ud/en_ewt/train.conllu,../shared/data/ud/en_gum/train.conllu \
      --dev ../shared/data/ud/en_ewt/dev.conllu --out pos.bin.zst`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			i := slices.IndexFunc(tasks, func(t trainTask) bool { return t.name == args[0] })
			if i < 0 {
				return usagef("train: unknown task %q (have %s)", args[0], strings.Join(names, ", "))
			}
			if len(o.train) == 0 || o.out == "" {
				return usagef("train %s: --train and --out are required", args[0])
			}
			o.progress = a.stderr
			// Write to a temporary file first so that a failed or interrupted
			// run never leaves a truncated model at --out.
			tmp, err := os.CreateTemp(filepath.Dir(o.out), ".train-*")
			if err != nil {
				return err
			}
			defer os.Remove(tmp.Name())
			if err := tasks[i].run(c.Context(), o, tmp); err != nil {
				tmp.Close()
				return err
			}
			if err := tmp.Close(); err != nil {
				return err
			}
			// CreateTemp makes the file private; a model is an ordinary file.
			if err := os.Chmod(tmp.Name(), 0o644); err != nil {
				return err
			}
			if err := os.Rename(tmp.Name(), o.out); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "chronicle: train %s: wrote %s\n", args[0], o.out)
			return nil
		},
	}
	c.Flags().StringSliceVar(&o.train, "train", nil, "training files (comma-separated or repeated)")
	c.Flags().StringVar(&o.dev, "dev", "", "development file scored after every epoch; the best epoch is kept")
	c.Flags().StringVar(&o.out, "out", "", "where to write the model")
	c.Flags().IntVar(&o.epochs, "epochs", 0, "passes over the training data (0: the trainer's default)")
	c.Flags().Uint64Var(&o.seed, "seed", 1, "seed of the shuffles")
	return c
}
