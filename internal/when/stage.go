package when

import (
	"context"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// stage adapts the tagger to the pipeline.
type stage struct{}

// NewStage returns the "when" stage: it needs sentences; when the document
// already has tokens with PTB tags (a POS stage ran first) their verb tags
// decide clause tense, but the stage never requires them. It fills Document.Dates anchored on Document.Published, and adds a
// diagnostic for each relative expression it could not resolve because the
// publication date is unknown.
func NewStage() pipeline.Stage { return stage{} }

func (stage) Name() string          { return "when" }
func (stage) Requires() []doc.Layer { return []doc.Layer{doc.LayerSentences} }
func (stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerDates} }

func (stage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	spans := make([]doc.Span, len(d.Sentences))
	for i, s := range d.Sentences {
		spans[i] = s.Span
	}
	if len(d.Sentences) == 0 {
		spans = nil
	}
	res := AnnotateTagged(d.Text, spans, d.Tokens, d.Published)
	d.Dates = append(d.Dates, res.Dates...)
	for _, s := range res.Unresolved {
		d.Diagnose("when", s, "no publication date: %q left underspecified", d.Slice(s))
	}
	return nil
}
