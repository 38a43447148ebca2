package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"chronicle/internal/ner"
)

// NER scores a named-entity model on a CoNLL-2003 file (word POS chunk NER
// per line, -DOCSTART- between articles, IOB1 or IOB2 tags) with the gold
// tokens. Each article is tagged as a whole, so document context is used
// as in analysis. Chunks are compared as conlleval does (exact span and
// type). The report has a per-type table and ends with
// "task=ner f1=… precision=… recall=… n=…" (n counts gold chunks), plus
// per-type f1 and the token rate. When predictions is not empty, every
// line of the gold file is written there with the predicted tag appended
// as the last column (conlleval's input).
func NER(ctx context.Context, m *ner.Model, path string, w io.Writer, predictions string) (map[string]float64, error) {
	arts, err := ner.ReadCoNLLFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: ner: %w", err)
	}
	total := PRF{}
	perType := map[string]*PRF{}
	get := func(t string) *PRF {
		if perType[t] == nil {
			perType[t] = &PRF{}
		}
		return perType[t]
	}
	var all []string
	tokens, tokOK := 0, 0
	var elapsed time.Duration
	for ai, a := range arts {
		if ai%16 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("eval: ner: %w", err)
			}
		}
		words := make([][]string, len(a.Sentences))
		for i, s := range a.Sentences {
			words[i] = s.Words
		}
		start := time.Now()
		pred := m.Tag(words)
		elapsed += time.Since(start)
		for i, s := range a.Sentences {
			for k := range s.Tags {
				tokens++
				if s.Tags[k] == pred[i][k] {
					tokOK++
				}
			}
			g, p := conllChunks(s.Tags), conllChunks(pred[i])
			total.Gold += len(g)
			total.Pred += len(p)
			for c := range g {
				get(c.typ).Gold++
			}
			for c := range p {
				get(c.typ).Pred++
				if g[c] {
					total.Correct++
					get(c.typ).Correct++
				}
			}
			all = append(all, pred[i]...)
		}
	}
	res := map[string]float64{
		"f1":        total.F1(),
		"precision": total.Precision(),
		"recall":    total.Recall(),
		"n":         float64(total.Gold),
	}
	fmt.Fprintf(w, "ner: %s: %d articles, %d tokens, %d gold and %d predicted entities\n",
		path, len(arts), tokens, total.Gold, total.Pred)
	fmt.Fprintf(w, "  token accuracy %.2f%%", 100*ratio(tokOK, tokens))
	if elapsed > 0 {
		fmt.Fprintf(w, ", %.0f tokens/s", float64(tokens)/elapsed.Seconds())
	}
	fmt.Fprintln(w)
	types := make([]string, 0, len(perType))
	for t := range perType {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(w, "  %-6s %9s %9s %9s %6s %6s\n", "type", "precision", "recall", "f1", "gold", "pred")
	for _, t := range types {
		c := perType[t]
		fmt.Fprintf(w, "  %-6s %8.2f%% %8.2f%% %8.2f%% %6d %6d\n", t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold, c.Pred)
		res["f1_"+strings.ToLower(t)] = c.F1()
	}
	fmt.Fprintf(w, "  %-6s %8.2f%% %8.2f%% %8.2f%% %6d %6d\n", "all", 100*total.Precision(), 100*total.Recall(), 100*total.F1(), total.Gold, total.Pred)
	if predictions != "" {
		if err := nerWritePredictions(path, predictions, all); err != nil {
			return nil, err
		}
	}
	return res, writeKV(w, "ner", res)
}

// conllChunk is an entity over tokens [start, end) of a sentence.
type conllChunk struct {
	start, end int
	typ        string
}

// conllChunks returns the chunks of one sentence's tags with conlleval's
// rules: a chunk starts at B-X, or at I-X (or E-X, S-X) whose type differs
// from the previous tag's or follows O; it ends where the next tag does
// not continue it.
func conllChunks(tags []string) map[conllChunk]bool {
	out := map[conllChunk]bool{}
	prevTag, prevType := "O", ""
	start := -1
	for i := 0; i <= len(tags); i++ {
		tag, typ := "O", ""
		if i < len(tags) {
			tag, typ = conllSplit(tags[i])
		}
		if start >= 0 && conllEnds(prevTag, tag, prevType, typ) {
			out[conllChunk{start, i, prevType}] = true
			start = -1
		}
		if conllStarts(prevTag, tag, prevType, typ) {
			start = i
		}
		prevTag, prevType = tag, typ
	}
	return out
}

func conllSplit(t string) (string, string) {
	if t == "O" || len(t) < 3 || t[1] != '-' {
		return "O", ""
	}
	return t[:1], t[2:]
}

// conllEnds is conlleval's endOfChunk.
func conllEnds(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && (tag == "B" || tag == "S" || tag == "O"),
		prevTag == "I" && (tag == "B" || tag == "S" || tag == "O"),
		prevTag == "E" || prevTag == "S":
		return true
	}
	return prevTag != "O" && prevType != typ
}

// conllStarts is conlleval's startOfChunk.
func conllStarts(prevTag, tag, prevType, typ string) bool {
	switch {
	case tag == "B" || tag == "S",
		(prevTag == "E" || prevTag == "S" || prevTag == "O") && (tag == "E" || tag == "I"):
		return true
	}
	return tag != "O" && prevType != typ
}

// nerWritePredictions copies the gold file to out with the predicted tag
// appended to every token line, in the order ReadCoNLL read them;
// -DOCSTART- lines get O, as conlleval expects.
func nerWritePredictions(gold, out string, tags []string) error {
	in, err := os.Open(gold)
	if err != nil {
		return fmt.Errorf("eval: ner: %w", err)
	}
	defer in.Close()
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("eval: ner: %w", err)
	}
	bw := bufio.NewWriter(f)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	k := 0
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			bw.WriteString("\n")
		case fields[0] == "-DOCSTART-":
			bw.WriteString(line + " O\n")
		default:
			tag := "O"
			if k < len(tags) {
				tag = tags[k]
			}
			k++
			bw.WriteString(line + " " + tag + "\n")
		}
	}
	if err := sc.Err(); err != nil {
		f.Close()
		return fmt.Errorf("eval: ner: %w", err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("eval: ner: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("eval: ner: %w", err)
	}
	if k != len(tags) {
		return fmt.Errorf("eval: ner: %s has %d tokens, predicted %d", gold, k, len(tags))
	}
	return nil
}
