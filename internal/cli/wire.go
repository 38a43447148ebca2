package cli

import (
	"context"

	"chronicle/examples"
	"chronicle/internal/doc"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
	"chronicle/internal/text"
	"chronicle/internal/when"
)

// newPipeline builds the analysis pipeline from the stages that exist. The
// order matters and is checked by pipeline.New: each stage's requirements
// must be provided by an earlier one.
func newPipeline() (*pipeline.Pipeline, error) {
	stages := []pipeline.Stage{
		text.NewStage(),
		when.NewStage(),
	}
	return pipeline.New(stages...)
}

// bundledExamples reads the example articles embedded in the binary: the
// default corpus of chronicle bench.
func bundledExamples(ctx context.Context) ([]*doc.Document, error) {
	var docs []*doc.Document
	err := ingest.ReadFS(ctx, examples.FS(), "examples", ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		docs = append(docs, it.Doc)
		return nil
	})
	return docs, err
}
