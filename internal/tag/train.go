package tag

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"chronicle/internal/conllu"
	"chronicle/internal/model/hashkey"
)

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs   int    // passes over the training data; 0 means 12
	Seed     uint64 // seed of the per-epoch shuffle; the same seed and data give the same model
	Patience int    // stop after this many epochs without a better dev score; 0 never stops early
	// MinWeight drops averaged weights whose quantised magnitude (out of
	// 32767) is below it, trading accuracy for size; 0 means 1.
	MinWeight int
	// MinCount leaves out of training and of the model the features seen
	// fewer times than this in the training data (with gold tags as the
	// left context); 0 or 1 keeps every feature.
	MinCount int
	// TwoPass adds a second left-to-right pass that also sees the first
	// pass's tags of the two following words, trained on first-pass tags
	// from models that did not see the sentence (4-fold jackknifing). It
	// was measured at +0.07 points of en_ewt dev UPOS (95.38 to 95.45) for
	// twice the model size (9 MB) and loading time and about half the
	// tagging speed, which is why the shipped model has one pass. Training
	// takes about five times longer. Measured again with the clusters of
	// the unlabelled text (the folds took the full data's clusters):
	// en_ewt dev UPOS 95.59 to 95.68, XPOS 94.94 to 95.00, GUM dev UPOS
	// 96.79 to 96.91, for a 9.5 MB file and 0.62 times the tokens per CPU
	// second on the CoNLL-2003 dev words (3 interleaved rounds).
	TwoPass  bool
	Progress io.Writer // receives one line per epoch; nil for silence
	// Segment splits a plain-text training file into sentences of words
	// (text.Words, as the pipeline splits news); needed only when a
	// training path is plain text.
	Segment func(string) [][]string
}

// Thresholds for the lexicon built from the training data.
const (
	dictMinCount = 20   // a fast-path word was seen at least this often
	dictMinShare = 0.99 // with one tag at least this share of the time
	ambMinCount  = 10   // an ambiguity class needs this many occurrences
	ambMinShare  = 0.05 // and a tag joins it from this share on
)

// sentence is one training or dev sentence: normalised words and gold
// labels.
type sentence struct {
	words  []string
	class  []uint8
	upos   []string
	xpos   []string
	lemmas []string
}

// Train trains a model on CoNLL-U files (syntactic words are the units;
// multiword tokens are ignored; a path is a treebank when it ends in
// .conllu) and, when devFile is not empty, scores it
// on devFile after every epoch and returns the model of the best epoch
// (by UPOS plus XPOS accuracy). Without a dev file it returns the model of
// the last epoch. Any other training path is unlabelled text that only
// feeds the word clusters: a CoNLL-2003 file, a plain-text file or a
// folder of .txt files (see readClusterText). It honours ctx between
// sentences.
func Train(ctx context.Context, trainFiles []string, devFile string, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	progress := opts.Progress
	if progress == nil {
		progress = io.Discard
	}
	var train []conllu.Sentence
	var text [][]string // unlabelled sentences for the clusters only
	for _, f := range trainFiles {
		if !isTreebank(f) {
			words, err := readClusterText(f, opts.Segment)
			if err != nil {
				return nil, err
			}
			text = append(text, words...)
			continue
		}
		s, err := conllu.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("tag: %w", err)
		}
		train = append(train, s...)
	}
	if len(train) == 0 {
		return nil, fmt.Errorf("tag: no training sentences in %v", trainFiles)
	}
	var dev []conllu.Sentence
	if devFile != "" {
		var err error
		if dev, err = conllu.ReadFile(devFile); err != nil {
			return nil, fmt.Errorf("tag: %w", err)
		}
	}

	classes, classID, err := collectClasses(train)
	if err != nil {
		return nil, err
	}
	sents := toSentences(train, classID)
	lex := buildLexicon(sents, len(classes))
	lex.addClusters(sents, text)
	var samples []lemmaSample
	for _, s := range sents {
		for i, w := range s.words {
			samples = append(samples, lemmaSample{form: w, xpos: s.xpos[i], lemma: normalizeString(s.lemmas[i])})
		}
	}
	lem := learnLemmas(samples)
	devSents := toSentences(dev, classID)
	ntok := 0
	for _, s := range sents {
		ntok += len(s.words)
	}
	fmt.Fprintf(progress, "tag: %d sentences, %d words, %d unlabelled sentences, %d classes, %d fast-path words, %d ambiguity entries, %d clustered words, %d lemma exceptions, %d lemma rules\n",
		len(sents), ntok, len(text), len(classes), len(lex.dict), len(lex.amb), len(lex.clus), len(lem.except), len(lem.rules))

	first, err := trainPass(ctx, passInput{name: "pass 1", sents: sents, lex: lex, classes: classes, lem: lem,
		dev: devSents, seed: opts.Seed}, opts, progress)
	if err != nil {
		return nil, err
	}
	if !opts.TwoPass || len(classes) > pass2Class {
		return first.model, nil
	}
	guesses, err := jackknife(ctx, sents, text, classes, lem, first.epochs, opts, progress)
	if err != nil {
		return nil, err
	}
	second, err := trainPass(ctx, passInput{name: "pass 2", sents: sents, lex: lex, classes: classes, lem: lem,
		dev: devSents, seed: opts.Seed + 1, first: guesses, base: &first}, opts, progress)
	if err != nil {
		return nil, err
	}
	return second.model, nil
}

// passInput is what one pass of training learns from.
type passInput struct {
	name    string
	sents   []sentence
	lex     lexicon
	classes []string
	lem     lemmatizer
	dev     []sentence // may be empty
	seed    uint64
	// For the second pass: the first pass's classes of every training
	// word, predicted by a model that did not see its sentence, and the
	// trained first pass.
	first [][]uint8
	base  *passResult
}

// passResult is one trained pass: its averaged weights, the model they
// make (with the first pass's weights, for a second pass) and the number
// of epochs that gave it.
type passResult struct {
	keys   []uint32
	rows   [][]entry
	model  *Model
	epochs int
}

// trainPass trains one pass of the tagger with the averaged perceptron,
// and keeps the epoch with the best dev score (UPOS plus XPOS), or the
// last epoch without dev data.
func trainPass(ctx context.Context, in passInput, opts TrainOptions, progress io.Writer) (passResult, error) {
	p := newPerceptron()
	rng := rand.New(rand.NewPCG(in.seed, 0x636872746167)) // "chrtag"
	order := make([]int, len(in.sents))
	for i := range order {
		order[i] = i
	}
	var s scratch
	scores := make([]int32, len(in.classes))
	var keep map[uint32]int32
	if opts.MinCount > 1 {
		keep = in.frequentFeatures(opts.MinCount)
	}
	var best passResult
	bestScore, sinceBest := -1.0, 0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for n, si := range order {
			if n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return passResult{}, fmt.Errorf("tag: train: %w", err)
				}
			}
			sent := in.sents[si]
			in.lex.prepare(&s, sent.words)
			c1, c2 := uint8(noClass), uint8(noClass)
			for i := range sent.words {
				truth := sent.class[i]
				guess := s.info[i+pad].dict
				if guess == noClass {
					if in.first == nil {
						s.feats = features(s.feats[:0], s.info, i, c1, c2)
					} else {
						s.feats = features2(s.feats[:0], s.info, in.first[si], i, c1, c2)
					}
					if keep != nil {
						s.feats = slices.DeleteFunc(s.feats, func(k uint32) bool { return keep[k] == 0 })
					}
					guess = p.predict(s.feats, scores)
					p.step++
					if guess != truth {
						p.update(s.feats, truth, guess)
					}
				}
				if guess == truth {
					correct++
				}
				total++
				c2, c1 = c1, guess
			}
		}
		line := fmt.Sprintf("%s epoch %d/%d: train %.4f, %d features, %.1fs", in.name, epoch, opts.Epochs,
			float64(correct)/float64(total), len(p.keys), time.Since(start).Seconds())
		if len(in.dev) == 0 && epoch < opts.Epochs {
			fmt.Fprintln(progress, line)
			continue
		}
		r, err := in.result(p, opts.MinWeight)
		if err != nil {
			return passResult{}, err
		}
		r.epochs = epoch
		if len(in.dev) == 0 {
			fmt.Fprintln(progress, line)
			best = r
			continue
		}
		acc := r.model.accuracy(in.dev)
		fmt.Fprintf(progress, "%s; dev upos=%.4f xpos=%.4f lemma=%.4f\n", line, acc.UPOS, acc.XPOS, acc.Lemma)
		if sc := acc.UPOS + acc.XPOS; sc > bestScore {
			best, bestScore, sinceBest = r, sc, 0
		} else if sinceBest++; opts.Patience > 0 && sinceBest >= opts.Patience {
			fmt.Fprintf(progress, "no better dev score for %d epochs; keeping epoch %d\n", sinceBest, best.epochs)
			break
		}
	}
	return best, nil
}

// frequentFeatures returns the features of the training words that occur
// at least min times, with gold tags as the left context. (The value is
// the count; a missing feature reads as 0.)
func (in *passInput) frequentFeatures(min int) map[uint32]int32 {
	count := map[uint32]int32{}
	var s scratch
	for si, sent := range in.sents {
		in.lex.prepare(&s, sent.words)
		c1, c2 := uint8(noClass), uint8(noClass)
		for i := range sent.words {
			if s.info[i+pad].dict == noClass {
				if in.first == nil {
					s.feats = features(s.feats[:0], s.info, i, c1, c2)
				} else {
					s.feats = features2(s.feats[:0], s.info, in.first[si], i, c1, c2)
				}
				for _, k := range s.feats {
					count[k]++
				}
			}
			c2, c1 = c1, sent.class[i]
		}
	}
	for k, n := range count {
		if int(n) < min {
			delete(count, k)
		}
	}
	return count
}

// result averages the perceptron into a pass and the model it completes.
func (in *passInput) result(p *perceptron, minWeight int) (passResult, error) {
	keys, rows := p.averaged(minWeight)
	r := passResult{keys: keys, rows: rows}
	if in.base != nil {
		keys, rows = mergePasses(in.base.keys, in.base.rows, keys, rows)
	}
	wt, err := newWeights(keys, rows)
	if err != nil {
		return passResult{}, err
	}
	r.model = newModel(in.classes, in.lex, wt, in.base != nil, in.lem)
	return r, nil
}

// mergePasses joins the weights of the two passes, both sorted by key,
// into one table whose second-pass classes are offset by pass2Class.
func mergePasses(k1 []uint32, r1 [][]entry, k2 []uint32, r2 [][]entry) ([]uint32, [][]entry) {
	keys := make([]uint32, 0, len(k1)+len(k2))
	rows := make([][]entry, 0, len(k1)+len(k2))
	shift := func(r []entry) []entry {
		out := make([]entry, len(r))
		for i, e := range r {
			out[i] = entry{w: e.w, c: e.c + pass2Class}
		}
		return out
	}
	i, j := 0, 0
	for i < len(k1) || j < len(k2) {
		switch {
		case j == len(k2) || i < len(k1) && k1[i] < k2[j]:
			keys, rows = append(keys, k1[i]), append(rows, r1[i])
			i++
		case i == len(k1) || k2[j] < k1[i]:
			keys, rows = append(keys, k2[j]), append(rows, shift(r2[j]))
			j++
		default:
			keys, rows = append(keys, k1[i]), append(rows, append(slices.Clip(r1[i]), shift(r2[j])...))
			i, j = i+1, j+1
		}
	}
	return keys, rows
}

// folds is the number of parts the training data is cut into to give the
// second pass realistic first-pass guesses.
const folds = 4

// jackknife returns first-pass classes for every training word, each
// sentence tagged by a first pass trained (with its own lexicon and
// clusters) on the other folds for the given number of epochs, so that the
// second pass learns how far to trust guesses on words it has not seen.
func jackknife(ctx context.Context, sents []sentence, text [][]string, classes []string, lem lemmatizer, epochs int, opts TrainOptions, progress io.Writer) ([][]uint8, error) {
	out := make([][]uint8, len(sents))
	fopts := opts
	fopts.Epochs, fopts.Patience = epochs, 0
	for k := range folds {
		var in []sentence
		for i, s := range sents {
			if i%folds != k {
				in = append(in, s)
			}
		}
		lex := buildLexicon(in, len(classes))
		lex.addClusters(in, text)
		r, err := trainPass(ctx, passInput{name: fmt.Sprintf("fold %d/%d", k+1, folds), sents: in, lex: lex,
			classes: classes, lem: lem, seed: opts.Seed + 100 + uint64(k)}, fopts, progress)
		if err != nil {
			return nil, err
		}
		var s scratch
		for i := k; i < len(sents); i += folds {
			r.model.predict(&s, sents[i].words)
			out[i] = slices.Clone(s.class)
		}
	}
	return out, nil
}

// collectClasses returns the joint "XPOS|UPOS" labels, most frequent first
// (ties by name), and their ids.
func collectClasses(sents []conllu.Sentence) ([]string, map[string]uint8, error) {
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			count[w.XPOS+"|"+w.UPOS]++
		}
	}
	classes := make([]string, 0, len(count))
	for c := range count {
		classes = append(classes, c)
	}
	slices.SortFunc(classes, func(a, b string) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), strings.Compare(a, b))
	})
	if len(classes) >= noClass {
		return nil, nil, fmt.Errorf("tag: %d distinct XPOS|UPOS labels, at most %d", len(classes), noClass-1)
	}
	id := make(map[string]uint8, len(classes))
	for i, c := range classes {
		id[c] = uint8(i)
	}
	return classes, id, nil
}

// toSentences turns CoNLL-U sentences into normalised training sentences.
// Labels unknown to classID get noClass (they can only occur in dev data
// and always count as errors).
func toSentences(in []conllu.Sentence, classID map[string]uint8) []sentence {
	out := make([]sentence, 0, len(in))
	for _, cs := range in {
		var s sentence
		for _, w := range cs.Words {
			c, ok := classID[w.XPOS+"|"+w.UPOS]
			if !ok {
				c = noClass
			}
			s.words = append(s.words, w.Form)
			s.class = append(s.class, c)
			s.upos = append(s.upos, w.UPOS)
			s.xpos = append(s.xpos, w.XPOS)
			s.lemmas = append(s.lemmas, w.Lemma)
		}
		if len(s.words) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// addClusters derives the lexicon's word clusters from the words of the
// treebank sentences and the unlabelled text.
func (lx *lexicon) addClusters(sents []sentence, text [][]string) {
	words := make([][]string, 0, len(sents)+len(text))
	for _, s := range sents {
		words = append(words, s.words)
	}
	words = append(words, text...)
	hashes := hashWords(words)
	lx.clus = deriveClusters(hashes, numClusters)
	lx.coarse = deriveClusters(hashes, numCoarse)
	lx.index()
}

// hashWords returns sentences of words as hashes of their lower-cased
// normalised forms.
func hashWords(sents [][]string) [][]uint64 {
	out := make([][]uint64, len(sents))
	var buf []byte
	for i, s := range sents {
		hs := make([]uint64, len(s))
		for j, w := range s {
			buf = appendNormalized(buf[:0], w)
			n := len(buf)
			buf = appendLower(buf, buf[:n])
			hs[j] = hashkey.Bytes(buf[n:])
		}
		out[i] = hs
	}
	return out
}

// buildLexicon finds the fast-path words and ambiguity classes. (Taking
// the ambiguity classes of training words from other folds, jackknifing,
// was measured and lost 0.3 points of dev UPOS.)
func buildLexicon(sents []sentence, nclass int) lexicon {
	counts := map[string][]int{}
	for _, s := range sents {
		for i, w := range s.words {
			w = normalizeString(w)
			c := counts[w]
			if c == nil {
				c = make([]int, nclass)
				counts[w] = c
			}
			c[s.class[i]]++
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	slices.Sort(words)
	lex := lexicon{dict: map[string]uint8{}, amb: map[string]uint16{}}
	ambID := map[string]uint16{}
	for _, w := range words {
		c := counts[w]
		total, top, topc := 0, 0, -1
		for j, v := range c {
			total += v
			if v > topc {
				top, topc = j, v
			}
		}
		if total >= dictMinCount && float64(topc) >= dictMinShare*float64(total) {
			lex.dict[w] = uint8(top)
		}
		if total < ambMinCount {
			continue
		}
		var set []byte
		for j, v := range c {
			if float64(v) >= ambMinShare*float64(total) {
				set = append(set, byte(j))
			}
		}
		id, ok := ambID[string(set)]
		if !ok {
			id = uint16(len(ambID) + 1)
			ambID[string(set)] = id
		}
		lex.amb[w] = id
	}
	return lex
}

// Accuracy is the share of words whose tags and lemma a model got right.
type Accuracy struct {
	UPOS, XPOS, Lemma float64
	Words             int
}

// accuracy tags gold sentences and scores them.
func (m *Model) accuracy(sents []sentence) Accuracy {
	var a Accuracy
	var up, xp, lem int
	for _, s := range sents {
		n := len(s.words)
		u, x, l := make([]string, n), make([]string, n), make([]string, n)
		m.Tag(s.words, u, x, l)
		for i := range n {
			if u[i] == s.upos[i] {
				up++
			}
			if x[i] == s.xpos[i] {
				xp++
			}
			if l[i] == s.lemmas[i] {
				lem++
			}
		}
		a.Words += n
	}
	if a.Words > 0 {
		a.UPOS = float64(up) / float64(a.Words)
		a.XPOS = float64(xp) / float64(a.Words)
		a.Lemma = float64(lem) / float64(a.Words)
	}
	return a
}
