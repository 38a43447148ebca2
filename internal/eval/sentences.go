package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/conllu"
	"chronicle/internal/doc"
	"chronicle/internal/text"
)

// SegmentationGold is a CoNLL-U treebank turned into raw text with gold
// sentence and token spans, as the sentence evaluation scores it.
type SegmentationGold struct {
	Raw       string     // the sentences' text joined by " ", "\n\n" at # newpar/# newdoc
	Sentences []doc.Span // byte spans into Raw, white space trimmed
	Tokens    []doc.Span // UD syntactic words as byte spans into Raw
	Rebuilt   int        // sentences whose # text disagreed with their tokens (or was missing) and was rebuilt
}

// BuildSegmentationGold builds the raw text and gold spans from sentences.
// A sentence's "# text" is used when its non-space characters equal those
// of its token forms; otherwise the text is rebuilt from the forms and
// SpaceAfter. A multiword token ("didn't") gives one gold token per word
// when the word forms spell the surface form (did + n't), else one for the
// whole token.
func BuildSegmentationGold(ctx context.Context, sents []conllu.Sentence) (*SegmentationGold, error) {
	g := &SegmentationGold{}
	var raw strings.Builder
	for i, s := range sents {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		t := s.Text
		if t == "" || squeeze(t) != squeeze(formsOf(s)) {
			t = rebuildText(s)
			g.Rebuilt++
		}
		if len(s.Tokens) == 0 || strings.TrimSpace(t) == "" {
			continue
		}
		if raw.Len() > 0 {
			if s.NewPar || s.NewDoc {
				raw.WriteString("\n\n")
			} else {
				raw.WriteByte(' ')
			}
		}
		base := raw.Len()
		raw.WriteString(t)
		lead := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
		trail := len(strings.TrimRightFunc(t, unicode.IsSpace))
		g.Sentences = append(g.Sentences, doc.Span{Start: int32(base + lead), End: int32(base + trail)})
		pos := 0
		for _, tok := range s.Tokens {
			words := s.Words[tok.First : tok.Last+1]
			if len(words) > 1 && joinForms(words) == tok.Form {
				for _, w := range words {
					var a, b int
					a, b, pos = advance(t, pos, w.Form)
					g.Tokens = append(g.Tokens, doc.Span{Start: int32(base + a), End: int32(base + b)})
				}
				continue
			}
			var a, b int
			a, b, pos = advance(t, pos, tok.Form)
			g.Tokens = append(g.Tokens, doc.Span{Start: int32(base + a), End: int32(base + b)})
		}
	}
	g.Raw = raw.String()
	return g, nil
}

// advance finds form in t from byte pos on, matching non-space characters
// only, and returns its span and the position after it.
func advance(t string, pos int, form string) (a, b, next int) {
	n := 0
	for _, r := range form {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	for pos < len(t) {
		r, size := utf8.DecodeRuneInString(t[pos:])
		if !unicode.IsSpace(r) {
			break
		}
		pos += size
	}
	a = pos
	for n > 0 && pos < len(t) {
		r, size := utf8.DecodeRuneInString(t[pos:])
		if !unicode.IsSpace(r) {
			n--
		}
		pos += size
	}
	return a, pos, pos
}

func joinForms(words []conllu.Word) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w.Form)
	}
	return b.String()
}

func formsOf(s conllu.Sentence) string {
	var b strings.Builder
	for _, t := range s.Tokens {
		b.WriteString(t.Form)
	}
	return b.String()
}

func rebuildText(s conllu.Sentence) string {
	var b strings.Builder
	for i, t := range s.Tokens {
		b.WriteString(t.Form)
		if i+1 < len(s.Tokens) && conllu.SpaceAfter(t.Misc) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// squeeze drops white space, so that texts compare on characters only.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// matchSpans counts spans present in both sorted, non-overlapping lists.
func matchSpans(gold, pred []doc.Span) PRF {
	c := PRF{Gold: len(gold), Pred: len(pred)}
	i, j := 0, 0
	for i < len(gold) && j < len(pred) {
		switch g, p := gold[i], pred[j]; {
		case g == p:
			c.Correct++
			i++
			j++
		case g.Start < p.Start || (g.Start == p.Start && g.End < p.End):
			i++
		default:
			j++
		}
	}
	return c
}

// Sentences scores text.Segment on the CoNLL-U file at path: it builds
// the raw text (BuildSegmentationGold), segments it, and compares sentence
// and token spans by exact match, as the CoNLL 2018 shared task script
// does. It writes a readable report to w that ends with the line
//
//	task=sentences n_sentences=… n_tokens=… sent_f1=… sent_precision=… sent_recall=… token_f1=… token_precision=… token_recall=…
//
// and returns the same figures. When predictions is not empty, the
// predicted segmentation is written there as CoNLL-U (one sentence per
// predicted sentence, "# text =" lines, tokens as words with SpaceAfter=No
// where no space follows).
func Sentences(ctx context.Context, path string, w io.Writer, predictions string) (map[string]float64, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: sentences: %w", err)
	}
	g, err := BuildSegmentationGold(ctx, sents)
	if err != nil {
		return nil, fmt.Errorf("eval: sentences: %w", err)
	}
	toks, ss := text.Segment(g.Raw)
	predSents := make([]doc.Span, len(ss))
	for i, s := range ss {
		predSents[i] = s.Span
	}
	predToks := make([]doc.Span, len(toks))
	for i, t := range toks {
		predToks[i] = t.Span
	}
	sc := matchSpans(g.Sentences, predSents)
	tc := matchSpans(g.Tokens, predToks)
	m := map[string]float64{
		"sent_f1": sc.F1(), "sent_precision": sc.Precision(), "sent_recall": sc.Recall(),
		"token_f1": tc.F1(), "token_precision": tc.Precision(), "token_recall": tc.Recall(),
		"n_sentences": float64(sc.Gold), "n_tokens": float64(tc.Gold),
	}
	if predictions != "" {
		if err := writeSegmentation(predictions, g.Raw, toks, ss); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(w, "sentence segmentation on %s\n", path)
	fmt.Fprintf(w, "  raw text: %d bytes; %d of %d sentences rebuilt from their tokens\n", len(g.Raw), g.Rebuilt, len(sents))
	fmt.Fprintf(w, "  %-9s %7s %7s %7s %9s %7s %7s\n", "", "gold", "pred", "match", "precision", "recall", "f1")
	for _, r := range []struct {
		name string
		c    PRF
	}{{"sentences", sc}, {"tokens", tc}} {
		fmt.Fprintf(w, "  %-9s %7d %7d %7d %9.4f %7.4f %7.4f\n", r.name, r.c.Gold, r.c.Pred, r.c.Correct, r.c.Precision(), r.c.Recall(), r.c.F1())
	}
	if err := writeKV(w, "sentences", m); err != nil {
		return nil, fmt.Errorf("eval: sentences: %w", err)
	}
	return m, nil
}

// writeSegmentation writes the predicted sentences and tokens as CoNLL-U.
// A blank line before a sentence in raw becomes "# newpar".
func writeSegmentation(path, raw string, toks []doc.Token, ss []doc.Sentence) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("eval: sentences: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("eval: sentences: %w", cerr)
		}
	}()
	bw := bufio.NewWriter(f)
	prevEnd := int32(0)
	for i, s := range ss {
		if i == 0 || strings.Count(raw[prevEnd:s.Start], "\n") >= 2 {
			bw.WriteString("# newpar\n")
		}
		prevEnd = s.End
		fmt.Fprintf(bw, "# sent_id = %d\n# text = %s\n", i+1, strings.Join(strings.Fields(raw[s.Start:s.End]), " "))
		for k := s.TokenStart; k < s.TokenEnd; k++ {
			t := toks[k]
			misc := "_"
			if k+1 < s.TokenEnd && toks[k+1].Start == t.End {
				misc = "SpaceAfter=No"
			}
			fmt.Fprintf(bw, "%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", k-s.TokenStart+1, raw[t.Start:t.End], misc)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: sentences: %w", err)
	}
	return nil
}
