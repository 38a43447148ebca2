package cli

import (
	"context"
	"fmt"
	"io"

	"chronicle/internal/doc"
	"chronicle/internal/engine"
	"chronicle/internal/eval"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/quote"
	"chronicle/internal/tag"
	"chronicle/internal/text"
)

// trainQuote trains the quote stage's cue model on a PolNeAR folder. The
// model's features read the tagger's and parser's output, so the training
// documents go through the embedded tagger and parser first; a model
// trained here matches the shipped one only while those models are the
// ones it was trained with. With --dev, the quotes task is scored once on
// that folder with the new model in the full pipeline (the trainer has a
// fixed number of epochs: there is no best epoch to choose).
func trainQuote(ctx context.Context, o trainOptions, w io.Writer) error {
	if len(o.train) != 1 {
		return usagef("train quote: --train takes one PolNeAR folder (text/, attributions/)")
	}
	docs, err := quote.ReadPolNeARCues(o.train[0])
	if err != nil {
		return err
	}
	ex, err := cueExamples(ctx, docs)
	if err != nil {
		return err
	}
	opts := quote.ShippedCueOptions()
	if o.epochs > 0 {
		opts.Epochs = o.epochs
	}
	opts.Seed, opts.Progress = o.seed, o.progress
	m, err := quote.TrainCueModel(ctx, ex, opts)
	if err != nil {
		return err
	}
	if o.dev != "" {
		p, err := engine.New(engine.Config{Cue: m})
		if err != nil {
			return err
		}
		scores, err := eval.Quotes(ctx, p, o.dev, io.Discard, "")
		if err != nil {
			return fmt.Errorf("train quote: dev: %w", err)
		}
		fmt.Fprintf(o.progress, "dev: content_f1 %.4f source_f1 %.4f cue_f1 %.4f (exact %.4f / %.4f / %.4f)\n",
			scores["content_f1"], scores["source_f1"], scores["cue_f1"],
			scores["content_exact_f1"], scores["source_exact_f1"], scores["cue_exact_f1"])
	}
	return m.Save(w)
}

// cueExamples analyses the training documents as far as the cue model's
// features read (tokens, sentences, tags, parse) and pairs them with their
// gold attributions.
func cueExamples(ctx context.Context, docs []quote.PolNeARDoc) ([]quote.CueExample, error) {
	tm, err := tag.Default()
	if err != nil {
		return nil, err
	}
	pm, err := parse.Default()
	if err != nil {
		return nil, err
	}
	p, err := pipeline.New(text.NewStage(), tag.NewStage(tm), parse.NewStage(pm))
	if err != nil {
		return nil, err
	}
	out := make([]quote.CueExample, 0, len(docs))
	for _, pd := range docs {
		d := &doc.Document{ID: pd.Name, Text: pd.Text}
		if err := p.Process(ctx, d); err != nil {
			return nil, fmt.Errorf("train quote: %s: %w", pd.Name, err)
		}
		out = append(out, quote.CueExample{Doc: d, Attrs: pd.Attrs})
	}
	return out, nil
}
