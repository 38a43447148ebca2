package event

import (
	"context"
	"fmt"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// Config configures the event stage. The zero value works.
type Config struct {
	// Location, when set, names the place a phrase such as "in Kabul"
	// refers to (the CLI fills it from the actor KB, e.g. a capital or a
	// country name to its canonical name). It reports false for words
	// that are no place. When nil, only LOC entities and place or country
	// actors are locations, under the text they have.
	Location func(name string) (string, bool)

	// NoParse drops the deps layer from the stage's requirements, for a
	// pipeline without a parser; the stage then codes events from surface
	// patterns. With a parser present the parse is always used.
	NoParse bool
}

// stage is the pipeline step; it holds only read-only data.
type stage struct {
	cfg Config
	lx  *lexicon
	err error
}

// NewStage returns the "event" stage. It requires tokens, sentences, POS
// tags (lemmas), dependencies (unless cfg.NoParse), entities, actors and
// dates, and replaces Document.Events with the events it codes. Run it
// after the actor and when stages (and after the quote stage when there is
// one, since that may add actors). It is safe for concurrent use.
func NewStage(cfg Config) pipeline.Stage {
	lx, err := defaultLexicon()
	return &stage{cfg: cfg, lx: lx, err: err}
}

func (s *stage) Name() string { return "event" }

func (s *stage) Requires() []doc.Layer {
	ls := []doc.Layer{doc.LayerTokens, doc.LayerSentences, doc.LayerPOS, doc.LayerDeps,
		doc.LayerEntities, doc.LayerActors, doc.LayerDates}
	if s.cfg.NoParse {
		ls = append(ls[:3], ls[4:]...)
	}
	return ls
}

func (s *stage) Provides() []doc.Layer { return []doc.Layer{doc.LayerEvents} }

// Process codes the events of d sentence by sentence.
func (s *stage) Process(ctx context.Context, d *doc.Document) error {
	if s.err != nil {
		return s.err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("event: %w", err)
	}
	d.Events = codeDocument(d, s.lx, s.cfg)
	return nil
}
