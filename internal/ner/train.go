package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// TrainOptions control Train.
type TrainOptions struct {
	Epochs   int       // passes over the training data; default 12
	Seed     uint64    // seed of the article order shuffle; default 1
	Prune    float64   // drop features whose averaged weights are all within ±Prune; default 0
	Progress io.Writer // per-epoch progress and dev scores; nil for none
}

// Train trains a model on a CoNLL-2003 file and, after each epoch, scores
// the averaged model on devFile (if not empty) and keeps the best epoch;
// without a dev file the last epoch is kept. The same files, options and
// code give the same model, byte for byte, after Save.
func Train(ctx context.Context, trainFile, devFile string, opts TrainOptions) (*Model, error) {
	train, err := ReadCoNLLFile(trainFile)
	if err != nil {
		return nil, err
	}
	var dev []Article
	if devFile != "" {
		if dev, err = ReadCoNLLFile(devFile); err != nil {
			return nil, err
		}
	}
	return TrainArticles(ctx, train, dev, opts)
}

// TrainArticles is Train on articles already read.
func TrainArticles(ctx context.Context, train, dev []Article, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	progress := opts.Progress
	if progress == nil {
		progress = io.Discard
	}
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	sents, gold := make([][][]string, len(train)), make([][][]uint8, len(train))
	pred := make([][][]uint8, len(train))
	tokens := 0
	for a, art := range train {
		for _, s := range art.Sentences {
			l := make([]uint8, len(s.Words))
			bilouFromChunks(l, chunksIOB(s.Tags))
			sents[a] = append(sents[a], s.Words)
			gold[a] = append(gold[a], l)
			pred[a] = append(pred[a], make([]uint8, len(s.Words)))
			tokens += len(s.Words)
		}
	}
	tw := newTrainWeights()
	r := newRunner(g)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var best *Model
	bestF1, bestEpoch := -1.0, 0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong := 0
		for n, a := range order {
			if n%64 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("ner: train: %w", err)
				}
			}
			r.run(tw, sents[a], pred[a], func(si int, feats []uint32, offs []int32, p []uint8) {
				gs := gold[a][si]
				for k := range gs {
					if gs[k] != p[k] {
						wrong++
					}
				}
				tw.update(feats, offs, gs, p)
			})
		}
		m := tw.freeze(g, opts.Prune)
		line := fmt.Sprintf("ner: epoch %d/%d: train token errors %.2f%% (%d features, %s)",
			epoch, opts.Epochs, 100*float64(wrong)/float64(max(tokens, 1)), m.features, time.Since(start).Round(time.Millisecond))
		if len(dev) > 0 {
			s := m.Score(dev)
			line += fmt.Sprintf(" dev f1=%.4f precision=%.4f recall=%.4f", s.F1(), s.Precision(), s.Recall())
			if s.F1() > bestF1 {
				best, bestF1, bestEpoch = m, s.F1(), epoch
			}
		} else {
			best, bestEpoch = m, epoch
		}
		fmt.Fprintln(progress, line)
	}
	fmt.Fprintf(progress, "ner: kept epoch %d (%d features)\n", bestEpoch, best.features)
	return best, nil
}

// Counts are chunk counts for exact-match precision and recall.
type Counts struct {
	Gold, Pred, Correct int
}

// Precision returns Correct/Pred.
func (c Counts) Precision() float64 { return frac(c.Correct, c.Pred) }

// Recall returns Correct/Gold.
func (c Counts) Recall() float64 { return frac(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 { return frac(2*c.Correct, c.Gold+c.Pred) }

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score tags articles and counts exact chunk matches against their gold
// tags (conlleval semantics). It is the quick dev check of Train; package
// eval has the full report.
func (m *Model) Score(arts []Article) Counts {
	var c Counts
	for _, a := range arts {
		words := make([][]string, len(a.Sentences))
		for i, s := range a.Sentences {
			words[i] = s.Words
		}
		pred := m.Chunks(words)
		for i, s := range a.Sentences {
			g := chunksIOB(s.Tags)
			c.Gold += len(g)
			c.Pred += len(pred[i])
			j := 0
			for _, p := range pred[i] {
				for j < len(g) && g[j].Start < p.Start {
					j++
				}
				if j < len(g) && g[j] == p {
					c.Correct++
				}
			}
		}
	}
	return c
}
