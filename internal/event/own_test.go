package event_test

import (
	"context"
	"io"
	"testing"

	"chronicle/internal/eval"
)

// TestOwnSet scores the coder on testdata/own.json, PLOVER-style records
// written for chronicle (one per sentence, every type, country-coded
// actors, hard cases: context countries, passives, speech verbs, purpose
// clauses, announced threats, promises and refusals, state protests and
// blockades, vowed acts, former leaders). It guards against regressions;
// the floors sit a little under the measured figures.
func TestOwnSet(t *testing.T) {
	p := testPipeline(t)
	m, err := eval.Events(context.Background(), p, "testdata/own.json", io.Discard, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("own set: type_f1 %.4f tuple_f1 %.4f (n=%v)", m["type_f1"], m["tuple_f1"], m["n"])
	if m["type_f1"] < 0.96 || m["tuple_f1"] < 0.94 {
		t.Errorf("own set: type_f1 %.4f tuple_f1 %.4f; want at least 0.96 and 0.94", m["type_f1"], m["tuple_f1"])
	}
}
