package quote_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/actor"
	"chronicle/internal/doc"
	"chronicle/internal/ner"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/quote"
	"chronicle/internal/tag"
	"chronicle/internal/text"
)

// fullPipeline builds the CLI's stages up to the quote stage, text → tag →
// ner → actor → quote, from the stages whose models load; stages still
// being built are left out.
func fullPipeline(t testing.TB) *pipeline.Pipeline { return pipelineWith(t, false, quote.NewStage()) }

// parsedPipeline is fullPipeline with the dependency parser after the
// tagger, so that the dependency sieves run.
func parsedPipeline(t testing.TB) *pipeline.Pipeline { return pipelineWith(t, true, quote.NewStage()) }

// sievePipeline is parsedPipeline with the quote stage's sieves alone,
// without the cue model, for tests of what a sieve makes of a cue whatever
// the model would judge of it (nested cues, which the model mostly vetoes).
func sievePipeline(t testing.TB) *pipeline.Pipeline {
	return pipelineWith(t, true, quote.NewStageWith(nil))
}

func pipelineWith(t testing.TB, withParse bool, qs *quote.Stage) *pipeline.Pipeline {
	t.Helper()
	stages := []pipeline.Stage{text.NewStage()}
	if m, err := tag.Default(); err == nil {
		stages = append(stages, tag.NewStage(m))
		if withParse {
			pm, err := parse.Default()
			if err != nil {
				t.Skipf("no parser: %v", err)
			}
			stages = append(stages, parse.NewStage(pm))
		}
	} else if withParse {
		t.Skipf("no tagger, so no parse: %v", err)
	} else {
		t.Logf("no tagger (%v): surface patterns only", err)
	}
	if m, err := ner.Default(); err == nil {
		stages = append(stages, ner.NewStage(m), actor.NewStage(nil))
	} else {
		t.Logf("no NER (%v): actors from the quote stage only", err)
	}
	stages = append(stages, qs)
	p, err := pipeline.New(stages...)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// surfacePipeline runs the quote stage over tokens and sentences only.
func surfacePipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(text.NewStage(), quote.NewStage())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func analyze(t testing.TB, p *pipeline.Pipeline, txt string) *doc.Document {
	t.Helper()
	d := &doc.Document{Text: txt}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("invalid document: %v", err)
	}
	return d
}

// sharedDir finds ../shared from the module root, or skips the test.
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("module root not found")
		}
		dir = up
	}
	p := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s absent: %v", p, err)
	}
	return p
}
