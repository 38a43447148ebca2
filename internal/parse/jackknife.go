package parse

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"chronicle/internal/conllu"
)

// Tagger is what training on predicted tags needs of a POS tagger
// (package tag's Model); the parser does not import the tagger, a stage
// of its own.
type Tagger interface {
	Tag(words []string, upos, xpos, lemmas []string)
}

// TrainTagger trains a tagger on one CoNLL-U file for the given number
// of epochs with a fixed seed (tag.Train for the shipped recipe).
type TrainTagger func(ctx context.Context, file string, epochs int) (Tagger, error)

// jackknifeRetag returns a Retag function for training on predicted tags:
// the training sentences are split into folds by position, a tagger is
// trained on all folds but one and tags that one, so that every training
// sentence gets the tags of a tagger that never saw it (the errors the
// parser will meet at run time). Other sentences (the dev set) are tagged
// by dev, the shipped tagger. Sentences are found again by their words.
func jackknifeRetag(ctx context.Context, trainFiles []string, folds, epochs int, train TrainTagger, dev Tagger, tmp string, progress io.Writer) (func(words, upos, xpos []string), error) {
	if progress == nil {
		progress = io.Discard
	}
	var blocks []string
	for _, f := range trainFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, blk := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n") {
			if strings.TrimSpace(blk) != "" {
				blocks = append(blocks, strings.Trim(blk, "\n")+"\n\n")
			}
		}
	}
	tags := map[string][2][]string{}
	for k := range folds {
		var rest, held strings.Builder
		for i, blk := range blocks {
			if i%folds == k {
				held.WriteString(blk)
			} else {
				rest.WriteString(blk)
			}
		}
		restFile := filepath.Join(tmp, fmt.Sprintf("rest%d.conllu", k))
		heldFile := filepath.Join(tmp, fmt.Sprintf("held%d.conllu", k))
		if err := os.WriteFile(restFile, []byte(rest.String()), 0o644); err != nil {
			return nil, err
		}
		if err := os.WriteFile(heldFile, []byte(held.String()), 0o644); err != nil {
			return nil, err
		}
		tg, err := train(ctx, restFile, epochs)
		if err != nil {
			return nil, err
		}
		raw, err := readWords(heldFile)
		if err != nil {
			return nil, err
		}
		right, n := 0, 0
		for _, s := range raw {
			u, x := make([]string, len(s.words)), make([]string, len(s.words))
			tg.Tag(s.words, u, x, nil)
			for i := range u {
				n++
				if x[i] == s.xpos[i] {
					right++
				}
			}
			tags[strings.Join(s.words, "\x00")] = [2][]string{u, x}
		}
		fmt.Fprintf(progress, "jackknife fold %d/%d: held-out xpos accuracy %.4f over %d words\n", k+1, folds, float64(right)/float64(n), n)
	}
	return func(words, upos, xpos []string) {
		if t, ok := tags[strings.Join(words, "\x00")]; ok {
			copy(upos, t[0])
			copy(xpos, t[1])
			return
		}
		dev.Tag(words, upos, xpos, nil)
	}, nil
}

// ShippedOptions returns the training options of the shipped model for
// the given training files: suffix and shape features, 256 word clusters
// derived from the training words, weights under 2 dropped, 10 epochs,
// and tags from a five-fold jackknife of taggers trained on the same
// files (8 epochs each, trained by train) for the training sentences and
// from tagger dev (the shipped tagger) for the dev set, so that the parser
// learns from the kind of tags it meets at run time. tmp holds the folds'
// files.
func ShippedOptions(ctx context.Context, trainFiles []string, train TrainTagger, dev Tagger, tmp string, progress io.Writer) (TrainOptions, error) {
	retag, err := jackknifeRetag(ctx, trainFiles, 5, 8, train, dev, tmp, progress)
	if err != nil {
		return TrainOptions{}, err
	}
	return TrainOptions{
		Epochs:        10,
		Seed:          1,
		MinWeight:     2,
		ShapeFeatures: true,
		Clusters:      256,
		Retag:         retag,
		Progress:      progress,
	}, nil
}

// readWords reads a CoNLL-U file as trainer sentences with gold tags.
func readWords(path string) ([]sentence, error) {
	raw, err := readConllu(path)
	if err != nil {
		return nil, err
	}
	_, ids := collectLabels(raw)
	return toSentences(context.Background(), raw, ids, nil)
}

func readConllu(path string) ([]conllu.Sentence, error) { return conllu.ReadFile(path) }
