package quote_test

import (
	"fmt"
	"os"
	"testing"

	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/tag"
	"chronicle/internal/text"
)

func TestZZParse(t *testing.T) {
	s := os.Getenv("ZZ")
	if s == "" {
		t.Skip()
	}
	tm, err := tag.Default()
	if err != nil {
		t.Skip(err)
	}
	pm, _ := parse.Default()
	fmt.Println(pm.Labels())
	p, _ := pipeline.New(text.NewStage(), tag.NewStage(tm), parse.NewStage(pm))
	d := analyze(t, p, s)
	for i, tk := range d.Tokens {
		fmt.Printf("%d %s %s %d %s\n", i, d.Slice(tk.Span), tk.POS, tk.Head, tk.Dep)
	}
}
