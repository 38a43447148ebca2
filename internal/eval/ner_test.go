package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"chronicle/internal/ner"
	"chronicle/internal/testutil"
)

func TestConllChunks(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want []conllChunk
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []conllChunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []conllChunk{{0, 2, "ORG"}, {2, 3, "ORG"}}}, // IOB1
		{[]string{"B-PER", "I-LOC", "I-LOC"}, []conllChunk{{0, 1, "PER"}, {1, 3, "LOC"}}},
		{[]string{"O", "I-MISC"}, []conllChunk{{1, 2, "MISC"}}},
		{[]string{"O"}, nil},
	} {
		got := conllChunks(tc.tags)
		want := map[conllChunk]bool{}
		for _, c := range tc.want {
			want[c] = true
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("conllChunks(%v) = %v; want %v", tc.tags, got, want)
		}
	}
}

func TestNERTiny(t *testing.T) {
	arts, err := ner.ReadCoNLLFile("testdata/ner_tiny.txt")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ner.TrainArticles(context.Background(), arts, nil, ner.TrainOptions{Epochs: 5})
	if err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(t.TempDir(), "pred.txt")
	var out bytes.Buffer
	res, err := NER(context.Background(), m, "testdata/ner_tiny.txt", &out, pred)
	if err != nil {
		t.Fatal(err)
	}
	last := out.String()[strings.LastIndex(strings.TrimSpace(out.String()), "\n")+1:]
	if !strings.HasPrefix(last, "task=ner ") || !strings.Contains(last, " f1=") || !strings.Contains(last, " n=7") {
		t.Errorf("last line %q", last)
	}
	if res["n"] != 7 || res["f1"] < 0.8 {
		t.Errorf("results %v", res)
	}
	b, err := os.ReadFile(pred)
	if err != nil {
		t.Fatal(err)
	}
	gold, _ := os.ReadFile("testdata/ner_tiny.txt")
	gl, pl := strings.Split(string(gold), "\n"), strings.Split(string(b), "\n")
	if len(gl) != len(pl) {
		t.Fatalf("predictions have %d lines, gold %d", len(pl), len(gl))
	}
	for i := range gl {
		if gl[i] == "" {
			if pl[i] != "" {
				t.Errorf("line %d: %q for a blank line", i+1, pl[i])
			}
			continue
		}
		if !strings.HasPrefix(pl[i], gl[i]+" ") || len(strings.Fields(pl[i])) != len(strings.Fields(gl[i]))+1 {
			t.Errorf("line %d: %q does not extend %q by one column", i+1, pl[i], gl[i])
		}
	}
}

// TestNERDev checks the shipped model on the CoNLL-2003 dev set when the
// shared data is present.
func TestNERDev(t *testing.T) {
	path := testutil.SharedData(t, "ner", "conll2003", "dev.txt")
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	res, err := NER(context.Background(), m, path, &out, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Log(out.String())
	if res["f1"] < 0.92 {
		t.Errorf("dev f1 %.4f < 0.92", res["f1"])
	}
}
