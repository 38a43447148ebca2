// Package engine assembles chronicle's analysis pipeline: every stage in
// order, with the embedded models and actor knowledge base. It is the one
// place that knows the stage order, so that the CLI, the HTTP server and
// tests that need the real pipeline build the same one.
package engine

import (
	"cmp"
	"fmt"
	"os"
	"sync"

	"chronicle/internal/actor"
	"chronicle/internal/coref"
	"chronicle/internal/event"
	"chronicle/internal/ner"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/quote"
	"chronicle/internal/tag"
	"chronicle/internal/text"
	"chronicle/internal/when"
)

// Config chooses what the pipeline is built with.
type Config struct {
	// KB names a JSON file that extends the embedded actor knowledge base
	// (see actor.KB.Extend); empty for the embedded one alone.
	KB string
	// Cue replaces the embedded quote cue model (nil: the embedded one),
	// so that `chronicle train quote` can score a model it has just trained.
	Cue *quote.CueModel
}

// New builds the analysis pipeline from the stages that exist, extending
// the embedded actor knowledge base with the user's file cfg.KB when it is
// not empty. The order matters and is checked by
// pipeline.New: each stage's requirements must be provided by an earlier
// one. The models are loaded once per process and shared read-only.
//
// The models are decoded concurrently: decompressing and building them is
// about 0.4 s of CPU (the parser's 0.26 s alone), paid by every command
// that analyses before its first article, and on two cores the tagger and
// the recognizer load while the parser does.
func New(cfg Config) (*pipeline.Pipeline, error) {
	kbPath := cfg.KB
	var (
		tagger     *tag.Model
		recognizer *ner.Model
		tagErr     error
		nerErr     error
		wg         sync.WaitGroup
	)
	wg.Go(func() {
		tagger, tagErr = tag.Default()
		recognizer, nerErr = ner.Default()
	})
	parser, err := parse.Default()
	wg.Wait()
	if err = cmp.Or(tagErr, err, nerErr); err != nil {
		return nil, err
	}
	kb, err := actor.Default()
	if err != nil {
		return nil, err
	}
	if kbPath != "" {
		f, err := os.Open(kbPath)
		if err != nil {
			return nil, fmt.Errorf("--kb: %w", err)
		}
		defer f.Close()
		if kb, err = kb.Extend(f, actor.FormatOf(kbPath)); err != nil {
			return nil, fmt.Errorf("--kb %s: %w", kbPath, err)
		}
	}
	quotes := quote.NewStage()
	if cfg.Cue != nil {
		quotes = quote.NewStageWith(cfg.Cue)
	}
	stages := []pipeline.Stage{
		text.NewStage(),
		tag.NewStage(tagger),
		parse.NewStage(parser),
		ner.NewStage(recognizer),
		actor.NewStage(kb),
		quotes,                   // after actor: it resolves speakers to actors and may add some
		coref.NewStage(),         // after quote: it links pronouns and speakers to actors
		when.NewStage(),          // after tag: it reads verb tags for tense
		when.NewQuoteDateStage(), // after quote and when: a quote's date is its cue's
		event.NewStage(event.Config{Location: placeIn(kb)}), // last: it reads every layer
	}
	return pipeline.New(stages...)
}

// placeIn names the place a phrase such as "in Kabul" refers to, from
// the actor knowledge base: a country, a capital or a region.
func placeIn(kb *actor.KB) func(string) (string, bool) {
	return func(name string) (string, bool) {
		for _, known := range []func(string) (string, bool){kb.Country, kb.Capital, kb.Region} {
			if _, ok := known(name); ok {
				return name, true
			}
		}
		return "", false
	}
}
