package parse

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"chronicle/internal/tag"
	"chronicle/internal/testutil"
)

// TestTrainShipped retrains the shipped model with the recipe that
// chronicle train dep uses (ShippedOptions: jackknifed tags, suffix and
// shape features, 256 word clusters, weights under 2 dropped, 10 epochs).
// It runs only when CHRONICLE_TRAIN_PARSE names the output file (it takes
// 17 to 45 minutes on one core):
//
//	CHRONICLE_TRAIN_PARSE=$PWD/model/en.parse.zst GOMAXPROCS=1 \
//	go test -run TestTrainShipped -timeout 3h
//
// CHRONICLE_PARSE_EPOCHS overrides the number of epochs. The jackknife
// trains taggers with tag.Train, so the bytes depend on the tagger's code
// and shipped model too.
//
// History. Until session 4 the shipped model was trained on gold tags
// with the format 2 feature set: EWT dev UAS 84.95 LAS 81.98 with the
// tagger's tags (gold tags 89.08 / 87.50), 7.7 MB. The present recipe
// kept epoch 10 (epochs 11 to 14 scored lower) and gives UAS 85.64 LAS
// 82.65 with the tagger's tags (chronicle eval dep), gold tags 88.44 /
// 86.54, 3.5 MB, loading in ~65 ms CPU; with it, and the quote cue model
// retrained on its parses, quotes dev F1 went 0.6787/0.6528/0.6463 ->
// 0.6838/0.6560/0.6497 and events tuple F1 0.6518 -> 0.6646. Seven
// quote and event test sentences, written against the old model's
// parses, parsed differently; the rules were made to read both parses
// (a condition hung on the speech verb or on a noun, a by-phrase hung on
// the verb, a participle modifying its object, a predicate noun tagged as
// a verb, a speech verb's object that is the subject of a stranded
// clause, a participle continuing an according-to report). With shape
// features alone (no clusters) it gave 85.53 / 82.57.
func TestTrainShipped(t *testing.T) {
	out := os.Getenv("CHRONICLE_TRAIN_PARSE")
	if out == "" {
		t.Skip("set CHRONICLE_TRAIN_PARSE=path to retrain the shipped model")
	}
	data := testutil.SharedData(t, "ud")
	train := []string{filepath.Join(data, "en_ewt", "train.conllu"), filepath.Join(data, "en_gum", "train.conllu")}
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	opts, err := ShippedOptions(context.Background(), train, trainTagger, tg, t.TempDir(), os.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	if e, err := strconv.Atoi(os.Getenv("CHRONICLE_PARSE_EPOCHS")); err == nil {
		opts.Epochs = e
	}
	m, err := Train(context.Background(), train, filepath.Join(data, "en_ewt", "dev.conllu"), opts)
	if err != nil {
		t.Fatal(err)
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
	start := time.Now()
	g, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if _, err := Load(g); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(out)
	t.Logf("saved %s: %d bytes, load %v", out, st.Size(), time.Since(start))
}

// trainTagger is the shipped recipe's fold tagger: tag.Train on one file
// with seed 1.
func trainTagger(ctx context.Context, file string, epochs int) (Tagger, error) {
	return tag.Train(ctx, []string{file}, "", tag.TrainOptions{Epochs: epochs, Seed: 1})
}
