package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestTrainIsReproducible(t *testing.T) {
	data := filepath.Join("..", "tag", "testdata", "tiny.conllu")
	dir := t.TempDir()
	var models [][]byte
	for _, name := range []string{"a.bin.gz", "b.bin.gz"} {
		out := filepath.Join(dir, name)
		code, _, errs := run(t, "", "train", "pos", "--train", data, "--dev", data, "--out", out, "--epochs", "2")
		if code != 0 {
			t.Fatalf("train: exit %d: %s", code, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, b)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two runs on the same data and seed gave different model bytes")
	}
	if code, _, _ := run(t, "", "train", "pos", "--out", filepath.Join(dir, "c")); code != ExitUsage {
		t.Errorf("train without --train: exit %d; want %d", code, ExitUsage)
	}
}
