package quote

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"

	"chronicle/internal/doc"
)

// CueExample is one analysed training document (tokens, sentences, POS
// tags and the parse set) with its gold attributions.
type CueExample struct {
	Doc   *doc.Document
	Attrs []PolNeARAttr
}

// CueTrainOptions sets how TrainCueModel learns.
type CueTrainOptions struct {
	Epochs   int       // passes over the data
	Seed     uint64    // shuffling seed; the same data and seed give the same model
	MinCount int       // features seen fewer times than this are left out
	Progress io.Writer // per-epoch training accuracy, when not nil
}

// ShippedCueOptions are the options of the shipped model.
func ShippedCueOptions() CueTrainOptions { return CueTrainOptions{Epochs: 8, Seed: 1, MinCount: 4} }

// cueInstance is one candidate token: its hashed features and whether it
// lies in a gold cue.
type cueInstance struct {
	fs  []uint64
	pos bool
}

// cueInstances returns the candidate tokens of the examples with their
// labels: a token is a positive when it overlaps a gold cue span.
func cueInstances(ex []CueExample) []cueInstance {
	lex := newLexicon()
	var out []cueInstance
	for _, e := range ex {
		d := e.Doc
		if len(d.Tokens) == 0 {
			continue
		}
		f := newFinder(d, lex)
		if f.tree == nil || !f.hasPOS {
			continue
		}
		f.asTrained = true
		f.scanMarks()
		var cues []doc.Span
		for _, a := range e.Attrs {
			if a.Cue.End > a.Cue.Start {
				cues = append(cues, a.Cue)
			}
		}
		sort.Slice(cues, func(a, b int) bool { return cues[a].Start < cues[b].Start })
		for i := range d.Tokens {
			if !f.cueCandidate(i) {
				continue
			}
			t := d.Tokens[i].Span
			pos := false
			for _, c := range cues {
				if c.Start >= t.End {
					break
				}
				if c.Overlaps(t) {
					pos = true
					break
				}
			}
			out = append(out, cueInstance{fs: f.cueFeatures(i, nil), pos: pos})
		}
	}
	return out
}

// TrainCueModel trains the cue model's two judgements, cue words and
// content ends, as averaged perceptrons over the examples. It is
// deterministic: the same examples in the same order and the same options
// give the same weights.
func TrainCueModel(ctx context.Context, ex []CueExample, opts CueTrainOptions) (*CueModel, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 1
	}
	m := &CueModel{w: map[uint32]float32{}, Add: defaultAdd, Drop: defaultDrop, AddNoun: defaultAddNoun, End: defaultEnd}
	for _, part := range []struct {
		name string
		data []cueInstance
	}{{"cues", cueInstances(ex)}, {"ends", endInstances(ex)}} {
		if len(part.data) == 0 && part.name == "cues" {
			return nil, fmt.Errorf("quote: train cue model: no candidate words (do the documents have tags and a parse?)")
		}
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "%s: %d instances\n", part.name, len(part.data))
		}
		w, err := perceptron(ctx, part.data, opts)
		if err != nil {
			return nil, err
		}
		keys := make([]uint64, 0, len(w))
		for h := range w {
			keys = append(keys, h)
		}
		slices.Sort(keys) // features that fold together sum in one order
		for _, h := range keys {
			m.w[fold(h)] += w[h]
		}
	}
	m.tab = newWeightTable(m.w)
	return m, nil
}

// perceptron trains a binary averaged perceptron and returns its non-zero
// averaged weights.
func perceptron(ctx context.Context, data []cueInstance, opts CueTrainOptions) (map[uint64]float32, error) {
	count := map[uint64]int{}
	for _, in := range data {
		for _, h := range in.fs {
			count[h]++
		}
	}
	w := map[uint64]float64{}   // current weights
	acc := map[uint64]float64{} // sum of updates, each weighted by its time
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	step := 1.0
	for ep := range opts.Epochs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("quote: train cue model: %w", err)
		}
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		right := 0
		for _, oi := range order {
			in := data[oi]
			var s float64
			for _, h := range in.fs {
				s += w[h]
			}
			y := -1.0
			if in.pos {
				y = 1
			}
			if s*y > 0 {
				right++
			} else {
				for _, h := range in.fs {
					if count[h] < opts.MinCount {
						continue
					}
					w[h] += y
					acc[h] += y * step
				}
			}
			step++
		}
		if opts.Progress != nil {
			fmt.Fprintf(opts.Progress, "epoch %d: training accuracy %.4f\n", ep+1, float64(right)/float64(len(data)))
		}
	}
	out := map[uint64]float32{}
	for h, v := range w {
		// the averaged weight, by the usual lazy-averaging identity
		if a := v - acc[h]/step; a != 0 {
			out[h] = float32(a)
		}
	}
	return out, nil
}
