package cli

import (
	"context"

	"chronicle/examples"
	"chronicle/internal/doc"
	"chronicle/internal/engine"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
)

// newPipeline builds the analysis pipeline with the embedded models and
// actor knowledge base.
func newPipeline() (*pipeline.Pipeline, error) { return engine.New(engine.Config{}) }

// newPipelineKB builds the analysis pipeline, extending the embedded actor
// knowledge base with the user's file at kbPath when it is not empty.
func newPipelineKB(kbPath string) (*pipeline.Pipeline, error) {
	return engine.New(engine.Config{KB: kbPath})
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
