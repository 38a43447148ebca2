package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chronicle/internal/conllu"
	"chronicle/internal/tag"
)

func TestPOS(t *testing.T) {
	m, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join("testdata", "pos_tiny.conllu")
	pred := filepath.Join(t.TempDir(), "pred.conllu")
	var out bytes.Buffer
	res, err := POS(context.Background(), m, gold, &out, pred)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "task=pos ") || !strings.Contains(last, " upos=") || !strings.Contains(last, " xpos=") || !strings.Contains(last, " n=22") {
		t.Errorf("last line = %q; want task=pos … n=22 … upos=… xpos=…", last)
	}
	if res["upos"] < 0.8 || res["n"] != 22 {
		t.Errorf("res = %v; want upos ≥ 0.8 over 22 words", res)
	}
	// The predictions are the gold file with three columns replaced: the
	// same sentences, words and multiword ranges.
	g, err := conllu.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	p, err := conllu.ReadFile(pred)
	if err != nil {
		t.Fatal(err)
	}
	if len(g) != len(p) {
		t.Fatalf("predictions have %d sentences; gold %d", len(p), len(g))
	}
	for i := range g {
		if len(g[i].Tokens) != len(p[i].Tokens) || len(g[i].Words) != len(p[i].Words) {
			t.Errorf("sentence %d: tokens/words differ", i)
		}
	}
	raw, _ := os.ReadFile(pred)
	if !strings.Contains(string(raw), "2-3\tdidn't\t_") {
		t.Error("multiword range line not copied")
	}
}
