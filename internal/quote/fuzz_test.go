package quote_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"chronicle/internal/doc"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/quote"
	"chronicle/internal/tag"
	"chronicle/internal/text"
)

// FuzzQuote checks that the quote stage never panics and never emits a
// span outside the text, off a rune boundary or reversed, nor a speaker
// index that does not resolve, whatever the input.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{
		"“Spain is a very committed ally,” Foreign Minister José Manuel Albares said.",
		"He said: “It never ends.\n\n“Still going,” he added, according to Reuters.",
		`"Unclosed, she said`, "”“”“", "said said said", "According to , .", "\"\"\"", "told", "",
		"Hugh Hill, a doctor who treated him, said the boy would recover, adding that “he is lucky.”",
	} {
		f.Add(s)
	}
	// the surface patterns, and the dependency sieves when a tagger and
	// parser load (a broken parse must not break the stage either)
	pipes := []*pipeline.Pipeline{surfacePipeline(f)}
	if tm, err := tag.Default(); err == nil {
		if pm, err := parse.Default(); err == nil {
			p, err := pipeline.New(text.NewStage(), tag.NewStage(tm), parse.NewStage(pm), quote.NewStage())
			if err != nil {
				f.Fatal(err)
			}
			pipes = append(pipes, p)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // readers hand on valid UTF-8 only
		}
		for _, p := range pipes {
			d := &doc.Document{Text: s}
			if err := p.Process(context.Background(), d); err != nil {
				t.Fatalf("process: %v", err)
			}
			if err := d.Validate(); err != nil {
				t.Fatalf("invalid document for %q: %v", s, err)
			}
			for _, q := range d.Quotes {
				if q.Start >= q.End {
					t.Fatalf("empty quotation %v in %q", q.Span, s)
				}
			}
		}
	})
}
