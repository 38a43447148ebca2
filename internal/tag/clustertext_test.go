package tag

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"chronicle/internal/text"
)

func TestConllColumns(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nRain NN B-NP O\nfell VBD B-VP O\n. . O O\n\nSun NN B-NP O\nrose VBD B-VP O\n"
	got := conllColumns(in)
	want := [][]string{{"Rain", "fell", "."}, {"Sun", "rose"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("conllColumns = %q; want %q", got, want)
	}
}

func TestReadClusterTextFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "The cat sat. It didn't move.")
	write("a.txt", "Dogs bark.")
	write("notes.md", "Not read at all.")
	got, err := readClusterText(dir, text.Words)
	if err != nil {
		t.Fatal(err)
	}
	// Files in name order, segmented as the pipeline segments text.
	want := [][]string{{"Dogs", "bark", "."}, {"The", "cat", "sat", "."}, {"It", "did", "n't", "move", "."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readClusterText = %q; want %q", got, want)
	}
	if _, err := readClusterText(filepath.Join(dir, "missing"), text.Words); err == nil {
		t.Error("a missing path gave no error")
	}
}

// TestTrainWithClusterText checks that unlabelled text reaches the
// clusters: a word seen only there gets one, and the model stays
// deterministic.
func TestTrainWithClusterText(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "more.txt")
	if err := os.WriteFile(txt, []byte("The zebu sat on the mat. The zebu sat on the rug. A zebu ran.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	train := func() *Model {
		m, err := Train(context.Background(), []string{tinyTrain, txt}, tinyTrain, TrainOptions{Epochs: 3, Seed: 3, Segment: text.Words})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m := train()
	h := hashWords([][]string{{"zebu"}})[0][0]
	if m.lex.clus[h] == 0 {
		t.Error("a word of the unlabelled text got no cluster")
	}
	if a, b := saved(t, m), saved(t, train()); string(a) != string(b) {
		t.Error("training with cluster text is not deterministic")
	}
}
