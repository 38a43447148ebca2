package parse

import (
	"context"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"chronicle/internal/conllu"
	"chronicle/internal/model/cluster"
	"chronicle/internal/model/hashkey"
)

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs int    // passes over the training data; 0 means 10 (the shipped model: 10, best epoch 10)
	Seed   uint64 // seed of the shuffle and the exploration; same seed and data give the same model bytes
	// Explore is the probability, from the second epoch on, of following
	// the model's own move instead of the oracle's when the two differ
	// (Goldberg & Nivre's exploration); 0 means 0.9, negative means never.
	Explore float64
	// MinWeight drops averaged weights of smaller magnitude from the
	// model; 0 means 0.9 (a little under one perceptron update), negative
	// keeps all. On EWT dev this keeps half the features, costs about 0.1
	// UAS and LAS and makes parsing 1.5 times faster (measured).
	MinWeight float64
	// Retag, when not nil, replaces the gold tags of every training and
	// dev sentence with predicted ones (e.g. from the tagger), so that the
	// parser learns from the tags it will see.
	Retag func(words, upos, xpos []string)
	// ShapeFeatures adds templates over word suffixes and shapes, which do
	// not depend on the tagger, and makes a format 3 model. Off, the model
	// has the feature set of format 2 (the shipped model's until session 4;
	// the shipped model now has these and the clusters).
	ShapeFeatures bool
	// Clusters, when above 0, derives that many word clusters from the
	// training words (package cluster) and adds templates over them,
	// which makes a format 4 model; it implies ShapeFeatures.
	Clusters int
	// TagClasses adds templates over each word's tag class, the set of
	// Penn tags it took (tagClassMinShare of the time or more) in the
	// gold training data, so that the parser knows which words the
	// tagger may have got wrong and what they may be instead. It needs
	// Clusters (the feature set builds on the cluster one). Measured with
	// the shipped recipe and 12 epochs: EWT dev with the tagger's tags
	// UAS/LAS 0.8564/0.8265 to 0.8590/0.8282, GUM dev flat, but the
	// eight more table lookups a move miss the cache, and parsing ran
	// about a fifth slower in paired runs (the whole pipeline about a
	// tenth), so the shipped model does without them.
	TagClasses bool
	Progress   io.Writer // one line per epoch; nil for silence
}

// sentence is one treebank sentence as the trainer uses it.
type sentence struct {
	words, upos, xpos []string
	heads             []int32 // heads[i] of word i (1-based); heads[0] unused
	labels            []uint8 // label ids, indexed like heads
	deprels           []string
}

// Score holds attachment scores over words, punctuation included.
type Score struct {
	Words, Head, Labelled, LabelledFull int
}

// UAS returns the unlabelled attachment score.
func (s Score) UAS() float64 { return frac(s.Head, s.Words) }

// LAS returns the labelled attachment score as CoNLL 2018 counts it: head
// and the universal part of the relation (nmod:poss counts as nmod).
func (s Score) LAS() float64 { return frac(s.Labelled, s.Words) }

// LASFull returns the labelled attachment score with relation subtypes.
func (s Score) LASFull() float64 { return frac(s.LabelledFull, s.Words) }

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Train trains a parser on CoNLL-U files (syntactic words with their gold
// tags, or tags from opts.Retag) and, when devFile is not empty, scores it
// after every epoch and returns the model of the best epoch by LAS. It
// honours ctx between sentences.
func Train(ctx context.Context, trainFiles []string, devFile string, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.Explore == 0 {
		opts.Explore = 0.9
	}
	if opts.MinWeight == 0 {
		opts.MinWeight = 0.9
	}
	progress := opts.Progress
	if progress == nil {
		progress = io.Discard
	}
	var raw []conllu.Sentence
	for _, f := range trainFiles {
		s, err := conllu.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("parse: train: %w", err)
		}
		raw = append(raw, s...)
	}
	labels, ids := collectLabels(raw)
	if opts.TagClasses && opts.Clusters <= 0 {
		return nil, fmt.Errorf("parse: train: tag classes need clusters")
	}
	var amb map[uint32]uint16
	if opts.TagClasses {
		var n int
		amb, n = deriveTagClasses(raw)
		fmt.Fprintf(progress, "parse: %d tag classes over %d ambiguous words\n", n, len(amb))
	}
	train, err := toSentences(ctx, raw, ids, opts.Retag)
	if err != nil {
		return nil, err
	}
	if len(train) == 0 {
		return nil, fmt.Errorf("parse: train: no sentences in %v", trainFiles)
	}
	var dev []sentence
	if devFile != "" {
		d, err := conllu.ReadFile(devFile)
		if err != nil {
			return nil, fmt.Errorf("parse: dev: %w", err)
		}
		if dev, err = toSentences(ctx, d, ids, opts.Retag); err != nil {
			return nil, err
		}
	}
	words := 0
	for _, s := range train {
		words += len(s.words)
	}
	fmt.Fprintf(progress, "parse: %d training sentences, %d words, %d labels, %d dev sentences\n", len(train), words, len(labels), len(dev))

	var clus map[uint32]uint16
	if opts.Clusters > 0 {
		opts.ShapeFeatures = true
		start := time.Now()
		clus = deriveClusters(train, opts.Clusters)
		fmt.Fprintf(progress, "parse: %d clusters over %d words in %.1fs\n", opts.Clusters, len(clus), time.Since(start).Seconds())
	}
	p := newPerceptron()
	tr := &trainer{p: p, nc: 1 + 2*len(labels), shape: opts.ShapeFeatures}
	tr.atoms.clus = clus
	tr.atoms.amb = amb
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var best *Model
	bestLAS, bestEpoch := -1.0, 0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := 0.0
		if epoch > 1 && opts.Explore > 0 {
			explore = opts.Explore
		}
		tr.errors, tr.steps = 0, 0
		for k, i := range order {
			if k%512 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("parse: train: %w", err)
				}
			}
			tr.sentence(&train[i], explore, rng)
		}
		keys, rows := p.averaged(opts.MinWeight)
		wt, err := quantise(keys, rows)
		if err != nil {
			return nil, err
		}
		m, err := newModel(labels, wt, opts.ShapeFeatures)
		if err != nil {
			return nil, err
		}
		m.clus = clus
		m.amb = amb
		line := fmt.Sprintf("epoch %2d  train err %.4f  features %d  %.1fs", epoch,
			frac(tr.errors, tr.steps), len(keys), time.Since(start).Seconds())
		if dev == nil {
			best, bestEpoch = m, epoch
			fmt.Fprintln(progress, line)
			continue
		}
		sc, err := m.score(ctx, dev)
		if err != nil {
			return nil, err
		}
		line += fmt.Sprintf("  dev uas %.4f las %.4f", sc.UAS(), sc.LAS())
		if sc.LAS() > bestLAS {
			best, bestLAS, bestEpoch = m, sc.LAS(), epoch
			line += "  *"
		}
		fmt.Fprintln(progress, line)
	}
	fmt.Fprintf(progress, "parse: kept epoch %d\n", bestEpoch)
	return best, nil
}

// Clustering parameters of Train; they are part of a model's recipe.
const (
	clusterMinFreq = 2
	clusterIters   = 8
)

// deriveClusters returns the clusters of the training words seen at least
// clusterMinFreq times, keyed by clusterKey of their word atoms.
func deriveClusters(sents []sentence, k int) map[uint32]uint16 {
	hashes := make([][]uint64, len(sents))
	var buf []byte
	for i, s := range sents {
		hs := make([]uint64, len(s.words))
		for j, w := range s.words {
			buf = appendWordForm(buf[:0], w)
			hs[j] = hashkey.Bytes(buf)
		}
		hashes[i] = hs
	}
	clus := cluster.Exchange(hashes, k, clusterMinFreq, clusterIters)
	// Words whose keys fold together take the cluster of the smaller
	// hash, whatever the map's order.
	words := slices.Sorted(maps.Keys(clus))
	out := make(map[uint32]uint16, len(clus))
	for _, h := range slices.Backward(words) {
		out[clusterKey(h)] = clus[h]
	}
	return out
}

// Tag-class parameters of Train; they are part of a model's recipe.
const (
	tagClassMinFreq  = 3
	tagClassMinShare = 0.05
)

// deriveTagClasses returns the tag class of every training word seen at
// least tagClassMinFreq times with two or more gold Penn tags that each
// have tagClassMinShare of its occurrences, keyed by clusterKey of its
// word atom, and the number of classes. Classes are numbered from 1 in
// the order of their tag lists, so the same data gives the same ids.
func deriveTagClasses(sents []conllu.Sentence) (map[uint32]uint16, int) {
	counts := map[uint64]map[string]int{}
	var buf []byte
	for _, s := range sents {
		for _, w := range s.Words {
			buf = appendWordForm(buf[:0], w.Form)
			h := hashkey.Bytes(buf)
			c := counts[h]
			if c == nil {
				c = map[string]int{}
				counts[h] = c
			}
			c[w.XPOS]++
		}
	}
	class := map[uint64]string{}
	names := map[string]bool{}
	for h, c := range counts {
		total := 0
		for _, n := range c {
			total += n
		}
		if total < tagClassMinFreq {
			continue
		}
		var tags []string
		for t, n := range c {
			if float64(n) >= tagClassMinShare*float64(total) {
				tags = append(tags, t)
			}
		}
		if len(tags) < 2 {
			continue
		}
		slices.Sort(tags)
		name := strings.Join(tags, " ")
		class[h] = name
		names[name] = true
	}
	ids := map[string]uint16{}
	for i, name := range slices.Sorted(maps.Keys(names)) {
		ids[name] = uint16(min(i+1, math.MaxUint16))
	}
	// Words whose keys fold together take the class of the smaller hash,
	// whatever the map's order.
	words := slices.Sorted(maps.Keys(class))
	out := make(map[uint32]uint16, len(class))
	for _, h := range slices.Backward(words) {
		out[clusterKey(h)] = ids[class[h]]
	}
	return out, len(ids)
}

// collectLabels returns the relations of the treebank, "root" first and the
// rest sorted, and their ids.
func collectLabels(sents []conllu.Sentence) ([]string, map[string]uint8) {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Deprel != "root" && w.Deprel != "_" && w.Deprel != "" {
				seen[w.Deprel] = true
			}
		}
	}
	labels := []string{"root"}
	rest := make([]string, 0, len(seen))
	for l := range seen {
		rest = append(rest, l)
	}
	slices.Sort(rest)
	labels = append(labels, rest...)
	if len(labels) > 127 {
		labels = labels[:127]
	}
	ids := make(map[string]uint8, len(labels))
	for i, l := range labels {
		ids[l] = uint8(i)
	}
	return labels, ids
}

// toSentences converts treebank sentences, retagging them when retag is not
// nil. Relations the model does not know get id 255 (never predicted, so
// always wrong); a malformed head is an error.
func toSentences(ctx context.Context, in []conllu.Sentence, ids map[string]uint8, retag func(words, upos, xpos []string)) ([]sentence, error) {
	out := make([]sentence, 0, len(in))
	for si, s := range in {
		if si%512 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("parse: %w", err)
			}
		}
		n := len(s.Words)
		if n == 0 {
			continue
		}
		t := sentence{
			words: make([]string, n), upos: make([]string, n), xpos: make([]string, n),
			heads: make([]int32, n+1), labels: make([]uint8, n+1), deprels: make([]string, n),
		}
		for i, w := range s.Words {
			if w.Head < 0 || w.Head > n {
				return nil, fmt.Errorf("parse: sentence %q word %d: head %d out of range", s.ID, i+1, w.Head)
			}
			t.words[i], t.upos[i], t.xpos[i] = w.Form, w.UPOS, w.XPOS
			t.heads[i+1] = int32(w.Head)
			t.deprels[i] = w.Deprel
			id, ok := ids[w.Deprel]
			if !ok {
				id = 255
			}
			if w.Head == 0 {
				id = 0
			}
			t.labels[i+1] = id
		}
		if retag != nil {
			retag(t.words, t.upos, t.xpos)
		}
		out = append(out, t)
	}
	return out, nil
}

// trainer holds the perceptron and the scratch space of one training run.
type trainer struct {
	p             *perceptron
	nc            int
	shape         bool
	st            state
	atoms         sentAtoms
	feats         []uint64
	scores        []float32
	cost          []int32
	buf           []byte
	errors, steps int
}

// sentence runs the oracle over one sentence, updating the weights at
// every wrong move. With probability explore it then follows the model's
// move rather than the best correct one.
func (tr *trainer) sentence(s *sentence, explore float64, rng *rand.Rand) {
	tr.buf = tr.atoms.prepare(s.words, s.upos, s.xpos, tr.buf)
	st := &tr.st
	st.reset(len(s.words))
	if len(tr.scores) < tr.nc {
		tr.scores = make([]float32, tr.nc)
		tr.cost = make([]int32, tr.nc)
	}
	scores, cost := tr.scores[:tr.nc], tr.cost[:tr.nc]
	for !st.terminal() {
		tr.feats = extract(tr.feats[:0], st, &tr.atoms, tr.shape)
		clear(scores)
		tr.p.score(tr.feats, scores)
		classCosts(st, s.heads, s.labels, cost)
		pred := bestLegal(st, scores)
		minCost := int32(math.MaxInt32)
		for c := range cost {
			if cost[c] < minCost && st.legal(c) {
				minCost = cost[c]
			}
		}
		gold := -1
		for c := range cost {
			if cost[c] == minCost && st.legal(c) && (gold < 0 || scores[c] > scores[gold]) {
				gold = c
			}
		}
		tr.p.now++
		tr.steps++
		next := gold
		if cost[pred] > minCost {
			tr.errors++
			tr.p.update(tr.feats, gold, pred)
			if explore > 0 && rng.Float64() < explore {
				next = pred
			}
		}
		st.apply(next)
	}
}

// score parses sentences with their (gold or retagged) tags and compares
// the trees with the gold ones.
func (m *Model) score(ctx context.Context, sents []sentence) (Score, error) {
	var sc Score
	var heads []int
	var deps []string
	for i, s := range sents {
		if i%512 == 0 {
			if err := ctx.Err(); err != nil {
				return sc, fmt.Errorf("parse: %w", err)
			}
		}
		n := len(s.words)
		heads, deps = slices.Grow(heads[:0], n)[:n], slices.Grow(deps[:0], n)[:n]
		m.Parse(s.words, s.upos, s.xpos, heads, deps)
		for j := range n {
			sc.Words++
			if heads[j] != int(s.heads[j+1]) {
				continue
			}
			sc.Head++
			if universal(deps[j]) == universal(s.deprels[j]) {
				sc.Labelled++
			}
			if deps[j] == s.deprels[j] {
				sc.LabelledFull++
			}
		}
	}
	return sc, nil
}

// universal returns the universal part of a relation: nmod for nmod:poss.
func universal(rel string) string {
	for i := 0; i < len(rel); i++ {
		if rel[i] == ':' {
			return rel[:i]
		}
	}
	return rel
}
