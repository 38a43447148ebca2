package eval

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"chronicle/internal/conllu"
	"chronicle/internal/tag"
)

// POS scores a tagger on a CoNLL-U file with gold tokens: the syntactic
// words of each sentence (the parts of multiword tokens, not the tokens)
// are tagged as one sentence and compared with the gold UPOS, XPOS and
// LEMMA. It writes a report with the ten most frequent UPOS and XPOS
// confusions and ends with "task=pos lemma=… n=… upos=… xpos=…". When
// predictions is not empty it also writes there the gold file with the
// UPOS, XPOS and LEMMA columns replaced by the predictions.
func POS(ctx context.Context, m *tag.Model, path string, w io.Writer, predictions string) (map[string]float64, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: pos: %w", err)
	}
	var upos, xpos, lemmas []string
	var (
		n, upOK, xpOK, lemOK int
		upConf, xpConf       = map[[2]string]int{}, map[[2]string]int{}
	)
	for si, s := range sents {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("eval: pos: %w", err)
			}
		}
		words := make([]string, len(s.Words))
		for i, wd := range s.Words {
			words[i] = wd.Form
		}
		u, x, l := make([]string, len(words)), make([]string, len(words)), make([]string, len(words))
		m.Tag(words, u, x, l)
		for i, wd := range s.Words {
			n++
			if u[i] == wd.UPOS {
				upOK++
			} else {
				upConf[[2]string{wd.UPOS, u[i]}]++
			}
			if x[i] == wd.XPOS {
				xpOK++
			} else {
				xpConf[[2]string{wd.XPOS, x[i]}]++
			}
			if l[i] == wd.Lemma {
				lemOK++
			}
		}
		upos, xpos, lemmas = append(upos, u...), append(xpos, x...), append(lemmas, l...)
	}
	res := map[string]float64{
		"upos":  ratio(upOK, n),
		"xpos":  ratio(xpOK, n),
		"lemma": ratio(lemOK, n),
		"n":     float64(n),
	}
	fmt.Fprintf(w, "pos: %s: %d sentences, %d words\n", path, len(sents), n)
	fmt.Fprintf(w, "  upos  %.2f%%  (%d wrong)\n", 100*res["upos"], n-upOK)
	fmt.Fprintf(w, "  xpos  %.2f%%  (%d wrong)\n", 100*res["xpos"], n-xpOK)
	fmt.Fprintf(w, "  lemma %.2f%%  (%d wrong)\n", 100*res["lemma"], n-lemOK)
	posWriteConfusions(w, "UPOS", upConf)
	posWriteConfusions(w, "XPOS", xpConf)
	if predictions != "" {
		if err := posWritePredictions(path, predictions, upos, xpos, lemmas); err != nil {
			return nil, err
		}
	}
	if err := writeKV(w, "pos", res); err != nil {
		return nil, fmt.Errorf("eval: pos: %w", err)
	}
	return res, nil
}

// posWriteConfusions writes the ten most frequent (gold, predicted) pairs.
func posWriteConfusions(w io.Writer, name string, conf map[[2]string]int) {
	pairs := make([][2]string, 0, len(conf))
	for p := range conf {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(conf[b], conf[a]), strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
	})
	fmt.Fprintf(w, "  most frequent %s confusions (gold → predicted):\n", name)
	for _, p := range pairs[:min(10, len(pairs))] {
		fmt.Fprintf(w, "    %6d  %s → %s\n", conf[p], p[0], p[1])
	}
}

// posWritePredictions copies the gold file line by line to out, replacing
// LEMMA, UPOS and XPOS of each syntactic word (in file order) with the
// predictions. Comments, multiword-token ranges and empty nodes are copied
// as they are.
func posWritePredictions(gold, out string, upos, xpos, lemmas []string) (err error) {
	in, err := os.Open(gold)
	if err != nil {
		return fmt.Errorf("eval: pos: %w", err)
	}
	defer in.Close()
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("eval: pos: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("eval: pos: %w", cerr)
		}
	}()
	bw := bufio.NewWriter(f)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	k := 0
	for sc.Scan() {
		line := sc.Text()
		if cols := strings.Split(line, "\t"); len(cols) == 10 && !strings.HasPrefix(line, "#") &&
			!strings.ContainsAny(cols[0], "-.") {
			if k >= len(upos) {
				return fmt.Errorf("eval: pos: %s has more words than were tagged", gold)
			}
			cols[2], cols[3], cols[4] = lemmas[k], upos[k], xpos[k]
			line = strings.Join(cols, "\t")
			k++
		}
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval: pos: %s: %w", gold, err)
	}
	if k != len(upos) {
		return fmt.Errorf("eval: pos: %s: wrote %d words, tagged %d", gold, k, len(upos))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: pos: %w", err)
	}
	return nil
}
