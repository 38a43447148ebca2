package eval

import (
	"context"
	"os"
	"testing"

	"chronicle/internal/testutil"
)

// TestQuotesPolNeAR runs the quotes task on PolNeAR when QUOTES_SPLIT names
// a split (train or dev); it is a tuning aid, skipped by default.
// QUOTES_PARSE=1 adds the dependency parser to the pipeline; QUOTES_PRED
// names a folder for the brat predictions.
func TestQuotesPolNeAR(t *testing.T) {
	split := os.Getenv("QUOTES_SPLIT")
	if split == "" {
		t.Skip("set QUOTES_SPLIT=train|dev to score PolNeAR")
	}
	dir := testutil.SharedData(t, "quotes", "polnear", split)
	p, err := QuotePipeline(os.Getenv("QUOTES_PARSE") == "1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Quotes(context.Background(), p, dir, os.Stdout, os.Getenv("QUOTES_PRED")); err != nil {
		t.Fatal(err)
	}
}
