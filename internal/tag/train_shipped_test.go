package tag

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/testutil"
	"chronicle/internal/text"
)

// TestTrainShipped retrains the shipped model. It runs only with
// CHRONICLE_TRAIN_POS=1 (it takes minutes):
//
//	CHRONICLE_TRAIN_POS=1 GOMAXPROCS=1 go test -run TestTrainShipped -timeout 1h ./internal/tag
func TestTrainShipped(t *testing.T) {
	if os.Getenv("CHRONICLE_TRAIN_POS") != "1" {
		t.Skip("set CHRONICLE_TRAIN_POS=1 to retrain the shipped model")
	}
	data := testutil.SharedData(t)
	train := []string{
		filepath.Join(data, "ud", "en_ewt", "train.conllu"),
		filepath.Join(data, "ud", "en_gum", "train.conllu"),
		// Unlabelled text for the word clusters only: the words of the
		// CoNLL-2003 and PolNeAR training splits.
		filepath.Join(data, "ner", "conll2003", "train.txt"),
		filepath.Join(data, "quotes", "polnear", "train", "text"),
	}
	m, err := Train(context.Background(), train, filepath.Join(data, "ud", "en_ewt", "dev.conllu"),
		TrainOptions{Epochs: 12, Seed: 1, Patience: 3, Progress: os.Stdout, Segment: text.Words})
	if err != nil {
		t.Fatal(err)
	}
	out := os.Getenv("CHRONICLE_POS_OUT")
	if out == "" {
		out = filepath.Join("model", "pos.bin.zst")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
