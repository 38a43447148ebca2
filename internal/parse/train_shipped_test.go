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

// TestTrainShipped retrains the shipped model. It runs only when
// CHRONICLE_TRAIN_PARSE names the output file (it takes minutes):
//
//	CHRONICLE_TRAIN_PARSE=$PWD/model/en.parse.zst CHRONICLE_PARSE_EPOCHS=10 \
//	GOMAXPROCS=1 go test -run TestTrainShipped -timeout 2h
//
// With CHRONICLE_PARSE_JACKKNIFE set, the parser learns from five-fold
// jackknifed tags of the tagger and is scored on dev with the shipped
// tagger's tags; without it (the shipped model), from gold tags. The
// jackknife trains taggers with tag.Train, so its bytes depend on the
// tagger's code and model too.
//
// CHRONICLE_PARSE_SHAPE=1 adds the suffix and shape features (a format 3
// model) and drops weights under 2. With the jackknife and 10 epochs it
// measured on EWT dev, with the tagger of commit 80fc76e: UAS 85.71 LAS
// 82.78 against the shipped model's 84.95 and 81.98 (gold tags: 88.51
// and 86.56 against 89.08 and 87.50), 3.1 MB; with it chronicle eval
// events (tuple F1 48.5 -> 49.4) and quotes (content F1 62.9 -> 63.5) gained
// too. Rerun at commit bcc7dca (the tagger trained with cluster text): it
// reproduced in 8 minutes on one core, kept epoch 8 of 10, and gave UAS
// 85.53 LAS 82.57 with the tagger's tags (shipped: 84.95 / 81.98), gold
// tags 88.17 / 86.39, 2.66 MB loading in 61 ms; quotes content F1 63.0 ->
// 63.9, events tuple F1 48.5 -> 48.9 but type F1 75.7 -> 75.2. It is not
// shipped yet: eight cases of the parse, event and quote tests were written
// against the shipped model's parses of their sentences, and they change
// (among them "saying the budget was tight", whose ccomp the candidate
// loses, and "Madrid" attached to "men").
//
// CHRONICLE_PARSE_CLUSTERS=256 adds 256 word clusters derived from the
// training words (12,865 words seen twice or more; 30 s) and ten templates
// over them (a format 4 model). With the jackknife, the shape features and
// 10 epochs, with the code of commit 79fe4fe (43 minutes on a loaded
// machine), it kept epoch 10 (still rising) and gave UAS 85.64 LAS 82.65
// with the tagger's tags (chronicle eval dep; the shape candidate above
// 85.53 / 82.57, shipped 84.95 / 81.98), gold tags 88.44 / 86.54, 3.3 MB;
// on the same tree, quotes content F1 66.78 -> 67.17 (source 64.28 ->
// 64.19) and events tuple F1 64.10 -> 64.97, type F1 80.77 -> 80.89; it
// runs about a fifth more instructions a word than the shipped model
// (cachegrind, EWT dev). Not shipped
// either: TestShippedModelSentences passes with it (Madrid is obl of
// arrested again), but TestShippedModelOnDev's UAS bar does not, nor do
// seven cases of the quote and event tests, written against the shipped
// model's parses: "saying the budget was tight" (saying becomes csubj of
// tight), the number of rifles after "According to ..." (nsubj of fell
// instead of appos), "halt mediation efforts ... if the fighting goes on"
// (goes advcl of republics), "Egypt condemned the attack on Gaza by Israel"
// (Israel obl of condemned), "Indonesia banned palm oil exports to India"
// (banned, tagged VBN, amod of a root exports), "sanctions are the best
// security guarantee" and "Ankara will expel ... if the ban stays, Turkey
// said" (said the root, expel its ccomp). Rerun at commit db28ef4 with 14
// epochs (39 minutes, loaded machine): epochs 11 to 14 scored below epoch
// 10 on dev (LAS 82.58, 82.46, 82.51, 82.46 against 82.65), so it kept
// epoch 10, the same model with the same figures (chronicle eval dep: UAS
// 85.64 LAS 82.65; gold tags 88.44 / 86.54); saved in format 5 it is 3.5
// MB and loads in ~65 ms of CPU against ~100-150 for the shipped model
// (BenchmarkLoad, loaded machine). Swapped in, go test ./... fails the
// same seven quote and event cases, and here TestShippedModelResaves (it
// has the shape features) and TestShippedModelOnDev (gold-tag UAS under
// 0.89).
func TestTrainShipped(t *testing.T) {
	out := os.Getenv("CHRONICLE_TRAIN_PARSE")
	if out == "" {
		t.Skip("set CHRONICLE_TRAIN_PARSE=path to retrain the shipped model")
	}
	data := testutil.SharedData(t, "ud")
	opts := TrainOptions{Seed: 1, Progress: os.Stdout}
	if os.Getenv("CHRONICLE_PARSE_SHAPE") != "" {
		// Weights under 2 go: on EWT dev (the tagger's tags) that cost
		// 0.06 LAS against 0.9 and made the model a quarter of the size,
		// 3.1 MB, with a third of the load time (measured).
		opts.ShapeFeatures, opts.MinWeight = true, 2
	}
	if k, err := strconv.Atoi(os.Getenv("CHRONICLE_PARSE_CLUSTERS")); err == nil {
		// Word clusters from the training words (a format 4 model).
		opts.Clusters = k
	}
	if e, err := strconv.Atoi(os.Getenv("CHRONICLE_PARSE_EPOCHS")); err == nil {
		opts.Epochs = e
	}
	train := []string{filepath.Join(data, "en_ewt", "train.conllu"), filepath.Join(data, "en_gum", "train.conllu")}
	if os.Getenv("CHRONICLE_PARSE_JACKKNIFE") != "" {
		tg, err := tag.Default()
		if err != nil {
			t.Fatal(err)
		}
		retag, err := jackknifeRetag(context.Background(), train, 5, 8, tg, t.TempDir(), os.Stdout)
		if err != nil {
			t.Fatal(err)
		}
		opts.Retag = retag
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
