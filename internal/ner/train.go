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
	Epochs   int       // passes over the training data; default 15
	Seed     uint64    // seed of the article order shuffle; default 1
	Prune    float64   // drop features whose averaged weights are all within ±Prune; default 0
	Progress io.Writer // per-epoch progress and dev scores; nil for none

	// TwoPass trains a second model that tags each article after the
	// first: it sees, for every capitalised word, the type the first pass
	// gave the word's other occurrences in the article (a headline's
	// "ROTOR" learns from the story's "Rotor Volgograd"). Its training
	// input comes from first-pass models trained on the other folds of the
	// training data (jackknifing), so that it learns how far a first pass
	// can be trusted on unseen text rather than on text it memorised.
	TwoPass bool

	// NoClusters leaves out the word-cluster features (see clusters.go).
	NoClusters bool
}

// ShippedOptions returns the options the embedded model was trained with:
// Train with them on CoNLL-2003 train.txt and dev.txt reproduces
// model/ner.bin.zst byte for byte. (Two passes measured 92.85 dev F1
// against 93.17 for one, before clusters, so they stay off.)
func ShippedOptions() TrainOptions { return TrainOptions{Epochs: 15, Seed: 1} }

// jackknifeFolds is the number of folds that give the second pass its
// first-pass input in training.
const jackknifeFolds = 4

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
		opts.Epochs = 15
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.Progress == nil {
		opts.Progress = io.Discard
	}
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	data := newTrainData(train)
	if !opts.NoClusters {
		start := time.Now()
		var sents [][]string
		for _, a := range data.sents {
			sents = append(sents, a...)
		}
		data.clus = deriveClusters(sents)
		fmt.Fprintf(opts.Progress, "ner: %d words clustered (%s)\n", len(data.clus), time.Since(start).Round(time.Millisecond))
	}
	all := make([]int, len(train))
	for i := range all {
		all[i] = i
	}
	first, epochs, err := trainPass(ctx, g, data, all, nil, dev, nil, opts, "pass 1")
	if err != nil || !opts.TwoPass {
		return first, err
	}
	majs := make([][]uint8, len(train))
	r := newRunner(g, data.clus)
	for f := 0; f < jackknifeFolds; f++ {
		var in, out []int
		for _, a := range all {
			if a%jackknifeFolds == f {
				out = append(out, a)
			} else {
				in = append(in, a)
			}
		}
		o := opts
		o.Epochs = epochs
		o.Seed = opts.Seed + uint64(f) + 1
		mf, _, err := trainPass(ctx, g, data, in, nil, nil, nil, o, fmt.Sprintf("fold %d", f+1))
		if err != nil {
			return nil, err
		}
		for _, a := range out {
			labels := data.newLabels(a)
			r.prepare(data.sents[a])
			r.decode(mf, data.sents[a], labels, nil, nil)
			majs[a] = r.majorityCodes(labels, nil)
		}
	}
	second, _, err := trainPass(ctx, g, data, all, majs, dev, first, opts, "pass 2")
	return second, err
}

// trainData is the training articles as words and gold BILOU labels.
type trainData struct {
	sents  [][][]string
	gold   [][][]uint8
	tokens int
	clus   map[uint64]uint16
}

func newTrainData(train []Article) *trainData {
	d := &trainData{sents: make([][][]string, len(train)), gold: make([][][]uint8, len(train))}
	for a, art := range train {
		for _, s := range art.Sentences {
			l := make([]uint8, len(s.Words))
			bilouFromChunks(l, chunksIOB(s.Tags))
			d.sents[a] = append(d.sents[a], s.Words)
			d.gold[a] = append(d.gold[a], l)
			d.tokens += len(s.Words)
		}
	}
	return d
}

func (d *trainData) newLabels(a int) [][]uint8 {
	out := make([][]uint8, len(d.sents[a]))
	for i, s := range d.sents[a] {
		out[i] = make([]uint8, len(s))
	}
	return out
}

// trainPass trains one perceptron on the articles in use (indices into
// data), with first-pass codes majs (nil for a first pass), scoring each
// epoch on dev with first as the model's first pass. It returns the best
// epoch's model and that epoch.
func trainPass(ctx context.Context, g *gazetteer, data *trainData, use []int, majs [][]uint8, dev []Article, first *Model, opts TrainOptions, name string) (*Model, int, error) {
	tw := newTrainWeights()
	r := newRunner(g, data.clus)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	order := append([]int(nil), use...)
	pred := make([][][]uint8, len(data.sents))
	tokens := 0
	for _, a := range use {
		pred[a] = data.newLabels(a)
		for _, s := range data.sents[a] {
			tokens += len(s)
		}
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
					return nil, 0, fmt.Errorf("ner: train: %w", err)
				}
			}
			var maj []uint8
			if majs != nil {
				maj = majs[a]
			}
			r.prepare(data.sents[a])
			r.decode(tw, data.sents[a], pred[a], maj, func(si int, feats []uint32, offs []int32, p []uint8) {
				gs := data.gold[a][si]
				for k := range gs {
					if gs[k] != p[k] {
						wrong++
					}
				}
				tw.update(feats, offs, gs, p)
			})
		}
		m := tw.freeze(g, opts.Prune)
		m.first = first
		m.clus = data.clus
		line := fmt.Sprintf("ner: %s: epoch %d/%d: train token errors %.2f%% (%d features, %s)",
			name, epoch, opts.Epochs, 100*float64(wrong)/float64(max(tokens, 1)), m.features, time.Since(start).Round(time.Millisecond))
		if len(dev) > 0 {
			s := m.Score(dev)
			line += fmt.Sprintf(" dev f1=%.4f precision=%.4f recall=%.4f", s.F1(), s.Precision(), s.Recall())
			if s.F1() > bestF1 {
				best, bestF1, bestEpoch = m, s.F1(), epoch
			}
		} else {
			best, bestEpoch = m, epoch
		}
		fmt.Fprintln(opts.Progress, line)
	}
	fmt.Fprintf(opts.Progress, "ner: %s: kept epoch %d (%d features)\n", name, bestEpoch, best.features)
	return best, bestEpoch, nil
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
