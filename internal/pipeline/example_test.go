package pipeline_test

import (
	"context"
	"fmt"
	"strings"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// A stage that needs tokens cannot come before the stage that makes them.
func ExampleNew() {
	words := pipeline.StageFunc{
		StageName: "words",
		Adds:      []doc.Layer{doc.LayerTokens},
		Func: func(ctx context.Context, d *doc.Document) error {
			start := 0
			for _, f := range strings.Fields(d.Text) {
				i := strings.Index(d.Text[start:], f) + start
				d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: int32(i), End: int32(i + len(f))}, Head: -1})
				start = i + len(f)
			}
			return nil
		},
	}
	count := pipeline.StageFunc{
		StageName: "count",
		Needs:     []doc.Layer{doc.LayerTokens},
		Func: func(ctx context.Context, d *doc.Document) error {
			fmt.Println(len(d.Tokens), "tokens")
			return nil
		},
	}
	if _, err := pipeline.New(count, words); err != nil {
		fmt.Println(err)
	}
	p, _ := pipeline.New(words, count)
	p.Process(context.Background(), &doc.Document{Text: "Spain is a committed ally"})
	// Output:
	// pipeline: unmet requirement: count needs "tokens"
	// 5 tokens
}
