package ner

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"chronicle/internal/testutil"
)

// TestTrainShipped retrains the embedded model from CoNLL-2003 when
// CHRONICLE_NER_TRAIN=1 (it takes minutes, so it never runs by default):
//
//	CHRONICLE_NER_TRAIN=1 GOMAXPROCS=1 nice -n 10 go test ./internal/ner -run TestTrainShipped -v -timeout 1h
//
// CHRONICLE_NER_EPOCHS and CHRONICLE_NER_PRUNE override the defaults;
// CHRONICLE_NER_OUT writes elsewhere than model/ner.bin.zst.
func TestTrainShipped(t *testing.T) {
	if os.Getenv("CHRONICLE_NER_TRAIN") != "1" {
		t.Skip("set CHRONICLE_NER_TRAIN=1 to retrain the shipped model")
	}
	dir := testutil.SharedData(t, "ner", "conll2003")
	opts := ShippedOptions()
	opts.Progress = os.Stderr
	if s := os.Getenv("CHRONICLE_NER_TWOPASS"); s != "" {
		opts.TwoPass = s == "1"
	}
	if s := os.Getenv("CHRONICLE_NER_EPOCHS"); s != "" {
		opts.Epochs, _ = strconv.Atoi(s)
	}
	if s := os.Getenv("CHRONICLE_NER_PRUNE"); s != "" {
		opts.Prune, _ = strconv.ParseFloat(s, 64)
	}
	m, err := Train(context.Background(), filepath.Join(dir, "train.txt"), filepath.Join(dir, "dev.txt"), opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	out := os.Getenv("CHRONICLE_NER_OUT")
	if out == "" {
		out = filepath.Join("model", "ner.bin.zst")
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := Load(bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s: %d bytes, %d features, load %s", out, buf.Len(), m.Features(), time.Since(start))
}
