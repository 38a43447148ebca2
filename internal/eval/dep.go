package eval

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"chronicle/internal/conllu"
	"chronicle/internal/parse"
	"chronicle/internal/tag"
)

// Tagger tags one sentence of words; *tag.Model satisfies it. Dep takes it
// as an interface so that the parser can be scored with gold tags or with
// any tagger's.
type Tagger interface {
	Tag(words []string, upos, xpos, lemmas []string)
}

// Dep scores the parser on a CoNLL-U file with gold tokens as it runs
// inside chronicle: on the POS tags of the shipped tagger (pos=predicted in
// the report). When the tagger cannot be loaded it says so and scores with
// the gold tags (pos=gold). DepTagged chooses the tags explicitly.
func Dep(ctx context.Context, m *parse.Model, path string, w io.Writer, predictions string) (map[string]float64, error) {
	tg, err := tag.Default()
	if err != nil {
		fmt.Fprintf(w, "dep: tagger unavailable (%v); scoring with gold POS\n", err)
		return DepTagged(ctx, m, nil, path, w, predictions)
	}
	return DepTagged(ctx, m, tg, path, w, predictions)
}

// DepTagged parses the syntactic words of each sentence of a CoNLL-U file
// (gold tokens) with the POS tags of tg, or the gold tags when tg is nil,
// and compares the trees with the gold ones over all words, punctuation
// included, as CoNLL 2018 does: UAS counts heads, LAS heads and the
// universal part of the relation (nmod:poss counts as nmod), las_full the
// whole relation, label_acc the relation alone. It writes a report with the
// most frequent relation errors and ends with
// "task=dep label_acc=… las=… las_full=… n=… uas=…". When predictions is not
// empty it also writes there the gold file with UPOS, XPOS, HEAD and
// DEPREL replaced by what the parser used and predicted.
func DepTagged(ctx context.Context, m *parse.Model, tg Tagger, path string, w io.Writer, predictions string) (map[string]float64, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: dep: %w", err)
	}
	var (
		n, uas, las, lasFull, lab, nNoPunct, uasNoPunct, lasNoPunct int
		conf                                                        = map[[2]string]int{}
		allUPOS, allXPOS, allDeps                                   []string
		allHeads                                                    []int
	)
	for si, s := range sents {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("eval: dep: %w", err)
			}
		}
		k := len(s.Words)
		words, upos, xpos := make([]string, k), make([]string, k), make([]string, k)
		for i, wd := range s.Words {
			words[i], upos[i], xpos[i] = wd.Form, wd.UPOS, wd.XPOS
		}
		if tg != nil && k > 0 {
			tg.Tag(words, upos, xpos, nil)
		}
		heads, deps := make([]int, k), make([]string, k)
		m.Parse(words, upos, xpos, heads, deps)
		for i, wd := range s.Words {
			n++
			headOK := heads[i] == wd.Head
			labOK := depUniversal(deps[i]) == depUniversal(wd.Deprel)
			punct := wd.UPOS == "PUNCT"
			if !punct {
				nNoPunct++
			}
			if labOK {
				lab++
			} else {
				conf[[2]string{depUniversal(wd.Deprel), depUniversal(deps[i])}]++
			}
			if headOK {
				uas++
				if !punct {
					uasNoPunct++
				}
				if labOK {
					las++
					if !punct {
						lasNoPunct++
					}
				}
				if deps[i] == wd.Deprel {
					lasFull++
				}
			}
		}
		allUPOS, allXPOS = append(allUPOS, upos...), append(allXPOS, xpos...)
		allHeads, allDeps = append(allHeads, heads...), append(allDeps, deps...)
	}
	res := map[string]float64{
		"uas":       ratio(uas, n),
		"las":       ratio(las, n),
		"las_full":  ratio(lasFull, n),
		"label_acc": ratio(lab, n),
		"n":         float64(n),
	}
	posSource := "gold"
	if tg != nil {
		posSource = "predicted"
	}
	fmt.Fprintf(w, "dep: %s: %d sentences, %d words, pos=%s, punctuation included (CoNLL 2018)\n", path, len(sents), n, posSource)
	fmt.Fprintf(w, "  uas        %.2f%%\n", 100*res["uas"])
	fmt.Fprintf(w, "  las        %.2f%%  (universal relations, as CoNLL 2018)\n", 100*res["las"])
	fmt.Fprintf(w, "  las_full   %.2f%%  (relations with subtypes)\n", 100*res["las_full"])
	fmt.Fprintf(w, "  label_acc  %.2f%%\n", 100*res["label_acc"])
	fmt.Fprintf(w, "  without punctuation: uas %.2f%% las %.2f%% over %d words\n",
		100*ratio(uasNoPunct, nNoPunct), 100*ratio(lasNoPunct, nNoPunct), nNoPunct)
	depWriteConfusions(w, conf)
	if predictions != "" {
		if err := depWritePredictions(path, predictions, allUPOS, allXPOS, allHeads, allDeps); err != nil {
			return nil, err
		}
	}
	if err := writeKV(w, "dep", res); err != nil {
		return nil, fmt.Errorf("eval: dep: %w", err)
	}
	return res, nil
}

// depUniversal returns the universal part of a relation.
func depUniversal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// depWriteConfusions writes the ten most frequent relation errors.
func depWriteConfusions(w io.Writer, conf map[[2]string]int) {
	pairs := make([][2]string, 0, len(conf))
	for p := range conf {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(conf[b], conf[a]), strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
	})
	fmt.Fprintln(w, "  most frequent relation errors (gold → predicted):")
	for _, p := range pairs[:min(10, len(pairs))] {
		fmt.Fprintf(w, "    %6d  %s → %s\n", conf[p], p[0], p[1])
	}
}

// depWritePredictions copies the gold file line by line to out, replacing
// UPOS, XPOS, HEAD and DEPREL of each syntactic word (in file order).
// Comments, multiword-token ranges and empty nodes are copied as they are.
func depWritePredictions(gold, out string, upos, xpos []string, heads []int, deps []string) (err error) {
	in, err := os.Open(gold)
	if err != nil {
		return fmt.Errorf("eval: dep: %w", err)
	}
	defer in.Close()
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("eval: dep: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("eval: dep: %w", cerr)
		}
	}()
	bw := bufio.NewWriter(f)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	k := 0
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if cols := strings.Split(line, "\t"); len(cols) == 10 && !strings.HasPrefix(line, "#") &&
			!strings.ContainsAny(cols[0], "-.") {
			if k >= len(heads) {
				return fmt.Errorf("eval: dep: %s has more words than were parsed", gold)
			}
			cols[3], cols[4], cols[6], cols[7] = upos[k], xpos[k], strconv.Itoa(heads[k]), deps[k]
			line = strings.Join(cols, "\t")
			k++
		}
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval: dep: %s: %w", gold, err)
	}
	if k != len(heads) {
		return fmt.Errorf("eval: dep: %s: wrote %d words, parsed %d", gold, k, len(heads))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: dep: %w", err)
	}
	return nil
}
