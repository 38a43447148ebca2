package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"chronicle/internal/actor"
	"chronicle/internal/doc"
	"chronicle/internal/ner"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/quote"
	"chronicle/internal/tag"
	"chronicle/internal/text"
)

// QuotePipeline builds the pipeline the quotes task scores by default: the
// CLI's analysis stages up to the quote stage (text → tag → ner → actor →
// quote), from the stages whose models load (a stage still being built is
// left out, and the quote stage falls back to surface patterns). With
// withParse the dependency parser runs after the tagger, so that the quote
// stage reads cue subjects and complements from the tree. The CLI may pass
// its own pipeline to Quotes instead.
func QuotePipeline(withParse bool) (*pipeline.Pipeline, error) {
	stages, err := quoteUpstream(withParse)
	if err != nil {
		return nil, err
	}
	p, err := pipeline.New(append(stages, quote.NewStage())...)
	if err != nil {
		return nil, fmt.Errorf("eval: quotes: %w", err)
	}
	return p, nil
}

// quoteUpstream returns the stages QuotePipeline runs before the quote
// stage.
func quoteUpstream(withParse bool) ([]pipeline.Stage, error) {
	stages := []pipeline.Stage{text.NewStage()}
	if m, err := tag.Default(); err == nil {
		stages = append(stages, tag.NewStage(m))
		if withParse {
			pm, err := parse.Default()
			if err != nil {
				return nil, fmt.Errorf("eval: quotes: %w", err)
			}
			stages = append(stages, parse.NewStage(pm))
		}
	}
	if m, err := ner.Default(); err == nil {
		stages = append(stages, ner.NewStage(m), actor.NewStage(nil)) // nil: the embedded knowledge base, as the CLI's
	}
	return stages, nil
}

// Quotes scores quotations on a PolNeAR folder (dir/text/*.txt and
// dir/attributions/*.ann, the first annotator of each document) as SPEC.md
// §4 fixes, running p (QuotePipeline(false) when nil) over each text. It prints a
// report to w ending with the key=value line, and when predictions is not
// empty writes one brat .ann per document into that folder.
//
// Predicted quotations that share a cue are one attribution whose content
// has several fragments ("…," he said, "…"), as PolNeAR annotates them;
// direct and partial contents count their quotation marks and reported
// contents their "that", as PolNeAR's do.
func Quotes(ctx context.Context, p *pipeline.Pipeline, dir string, w io.Writer, predictions string) (map[string]float64, error) {
	if p == nil {
		var err error
		if p, err = QuotePipeline(false); err != nil {
			return nil, err
		}
	}
	docs, err := readPolNeAR(dir)
	if err != nil {
		return nil, err
	}
	if predictions != "" {
		if err := os.MkdirAll(predictions, 0o755); err != nil {
			return nil, fmt.Errorf("eval: quotes: %w", err)
		}
	}
	var sc quoteScore
	for _, qd := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("eval: quotes: %w", err)
		}
		d := &doc.Document{ID: qd.Name, Text: qd.Text}
		if err := p.Process(ctx, d); err != nil {
			return nil, fmt.Errorf("eval: quotes: %s: %w", qd.Name, err)
		}
		pred := predictedAttributions(d)
		sc.add(d, qd.Attrs, pred)
		if predictions != "" {
			if err := writeBrat(filepath.Join(predictions, qd.Name+".ann"), qd.Text, pred); err != nil {
				return nil, err
			}
		}
	}
	m := sc.figures()
	m["n_docs"] = float64(len(docs))
	fmt.Fprintf(w, "quotes: %d documents, %d gold attributions (%d with a source, %d with a cue), %d predicted\n",
		len(docs), sc.content.Gold, sc.source.Gold, sc.cue.Gold, sc.content.Pred)
	fmt.Fprintf(w, "%-16s %9s %9s %9s\n", "", "precision", "recall", "f1")
	for _, r := range []struct {
		name string
		c    PRF
	}{{"content", sc.content}, {"source", sc.source}, {"cue", sc.cue},
		{"content exact", sc.contentX}, {"source exact", sc.sourceX}, {"cue exact", sc.cueX}} {
		fmt.Fprintf(w, "%-16s %9.4f %9.4f %9.4f\n", r.name, r.c.Precision(), r.c.Recall(), r.c.F1())
	}
	return m, writeKV(w, "quotes", m)
}

// predictedAttributions groups d's quotes into PolNeAR-style attributions:
// one per cue (quotes without a cue stand alone), content fragments in text
// order, quotation marks around direct and partial contents included.
func predictedAttributions(d *doc.Document) []quoteGold {
	var out []quoteGold
	byCue := map[doc.Span]int{}
	for _, q := range d.Quotes {
		c := widenToMarks(d.Text, q.Span, q.Kind)
		if q.Cue != nil {
			if i, ok := byCue[*q.Cue]; ok {
				out[i].Content = mergeFragment(out[i].Content, c)
				if out[i].Source == nil && q.SpeakerMention != nil {
					s := *q.SpeakerMention
					out[i].Source = &s
				}
				continue
			}
			byCue[*q.Cue] = len(out)
		}
		g := quoteGold{Content: []doc.Span{c}}
		if q.Cue != nil {
			s := widenCue(d.Text, *q.Cue)
			g.Cue = &s
		}
		if q.SpeakerMention != nil {
			s := *q.SpeakerMention
			g.Source = &s
		}
		out = append(out, g)
	}
	return out
}

// widenToMarks maps a quote's content span to PolNeAR's convention, as
// measured on its train split: quotation marks right around a quoted
// content belong to it (curly, straight, guillemets, and the doubled
// apostrophes of NYT copy); a reported content starts with its "that", and
// when it ends in a partial quote the sentence's final punctuation and the
// closing mark belong to it ("… given “the reality on the ground.”").
func widenToMarks(t string, s doc.Span, kind string) doc.Span {
	if kind == doc.QuoteIndirect {
		// PolNeAR's reported contents start with their "that".
		head := strings.TrimRight(t[:s.Start], " ")
		if strings.HasSuffix(strings.ToLower(head), " that") {
			s.Start = int32(len(head) - len("that"))
		}
		rest := t[s.End:]
		for _, p := range []string{"", ".", "?", "!"} {
			for _, m := range closeMarks {
				if strings.HasPrefix(rest, p+m) && endsQuoted(t[s.Start:s.End]) {
					s.End += int32(len(p + m))
					return s
				}
			}
		}
		return s
	}
	for _, m := range openMarks {
		if int(s.Start) >= len(m) && t[int(s.Start)-len(m):s.Start] == m {
			s.Start -= int32(len(m))
			break
		}
	}
	for _, m := range closeMarks {
		if int(s.End)+len(m) <= len(t) && t[s.End:int(s.End)+len(m)] == m {
			s.End += int32(len(m))
			break
		}
	}
	return s
}

// openMarks and closeMarks are the quotation marks widenToMarks takes in,
// longest first where one is a prefix of another.
var (
	openMarks  = []string{"“", "''", "``", "\"", "«", "„"}
	closeMarks = []string{"”", "''", "\"", "»"}
)

// endsQuoted reports whether a reported content's last word sits inside
// a quotation opened within it and not closed.
func endsQuoted(c string) bool {
	open := strings.LastIndex(c, "“")
	return open >= 0 && !strings.Contains(c[open:], "”")
}

// widenCue maps a cue span to PolNeAR's convention: auxiliaries and
// adverbs right before the verb belong to it ("has said", "also said",
// "did not mention"), and so does a colon right after it ("said:").
func widenCue(t string, s doc.Span) doc.Span {
	for {
		head := t[:s.Start]
		if !strings.HasSuffix(head, " ") {
			break
		}
		head = head[:len(head)-1]
		i := strings.LastIndexAny(head, " \n\t") + 1
		if !cueAux[strings.ToLower(head[i:])] {
			break
		}
		s.Start = int32(i)
	}
	if strings.HasPrefix(t[s.End:], ":") {
		s.End++
	}
	return s
}

// cueAux are the words widenCue takes into a cue.
var cueAux = map[string]bool{"has": true, "have": true, "had": true, "also": true, "not": true, "did": true,
	"does": true, "do": true, "was": true, "were": true, "is": true, "are": true, "will": true, "would": true,
	"later": true, "now": true, "previously": true, "repeatedly": true, "already": true, "then": true}

// mergeFragment adds s to the sorted fragments, absorbing those it overlaps
// (a partial quote inside its reported content adds nothing).
func mergeFragment(frags []doc.Span, s doc.Span) []doc.Span {
	var out []doc.Span
	for _, f := range frags {
		if f.Overlaps(s) || f.End == s.Start || s.End == f.Start {
			s = doc.Span{Start: min(s.Start, f.Start), End: max(s.End, f.End)}
			continue
		}
		out = append(out, f)
	}
	out = append(out, s)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// quoteScore accumulates the SPEC.md §4 counts.
type quoteScore struct {
	content, source, cue    PRF
	contentX, sourceX, cueX PRF
}

func (s *quoteScore) figures() map[string]float64 {
	return map[string]float64{
		"content_f1": s.content.F1(), "source_f1": s.source.F1(), "cue_f1": s.cue.F1(),
		"content_exact_f1": s.contentX.F1(), "source_exact_f1": s.sourceX.F1(), "cue_exact_f1": s.cueX.F1(),
		"content_precision": s.content.Precision(), "content_recall": s.content.Recall(),
		"n_gold": float64(s.content.Gold), "n_pred": float64(s.content.Pred),
	}
}

// tokenSet returns the indices of d's tokens that overlap any fragment.
func tokenSet(d *doc.Document, frags []doc.Span) map[int]bool {
	set := map[int]bool{}
	for _, f := range frags {
		lo := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > f.Start })
		for i := lo; i < len(d.Tokens) && d.Tokens[i].Start < f.End; i++ {
			set[i] = true
		}
	}
	return set
}

// add scores one document: gold and predicted attributions are paired one
// to one, largest token overlap first, when the overlap is at least half of
// the longer content.
func (s *quoteScore) add(d *doc.Document, gold, pred []quoteGold) {
	var gs, ps []map[int]bool
	for _, g := range gold {
		if len(g.Content) > 0 {
			s.content.Gold++
		}
		if g.Source != nil {
			s.source.Gold++
			s.sourceX.Gold++
		}
		if g.Cue != nil {
			s.cue.Gold++
			s.cueX.Gold++
		}
		gs = append(gs, tokenSet(d, g.Content))
	}
	s.contentX.Gold += s.content.Gold - s.contentX.Gold
	for _, p := range pred {
		s.content.Pred++
		s.contentX.Pred++
		if p.Source != nil {
			s.source.Pred++
			s.sourceX.Pred++
		}
		if p.Cue != nil {
			s.cue.Pred++
			s.cueX.Pred++
		}
		ps = append(ps, tokenSet(d, p.Content))
	}
	type pair struct{ g, p, ov int }
	var pairs []pair
	for gi, g := range gs {
		if len(g) == 0 {
			continue
		}
		for pi, p := range ps {
			ov := 0
			for t := range p {
				if g[t] {
					ov++
				}
			}
			if ov > 0 && 2*ov >= max(len(g), len(p)) {
				pairs = append(pairs, pair{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	gUsed := make([]bool, len(gold))
	pUsed := make([]bool, len(pred))
	for _, pr := range pairs {
		if gUsed[pr.g] || pUsed[pr.p] {
			continue
		}
		gUsed[pr.g], pUsed[pr.p] = true, true
		g, p := gold[pr.g], pred[pr.p]
		s.content.Correct++
		if sameText(d.Text, g.Content, p.Content) {
			s.contentX.Correct++
		}
		if g.Source != nil && p.Source != nil {
			if g.Source.Overlaps(*p.Source) {
				s.source.Correct++
			}
			if trimSpan(d.Text, *g.Source) == trimSpan(d.Text, *p.Source) {
				s.sourceX.Correct++
			}
		}
		if g.Cue != nil && p.Cue != nil {
			if g.Cue.Overlaps(*p.Cue) {
				s.cue.Correct++
			}
			if trimSpan(d.Text, *g.Cue) == trimSpan(d.Text, *p.Cue) {
				s.cueX.Correct++
			}
		}
	}
}

// trimSpan drops white space at both ends of s, so that an annotator's
// stray space is no error.
func trimSpan(t string, s doc.Span) doc.Span {
	for s.Start < s.End && strings.ContainsRune(" \t\n\u00a0", rune(t[s.Start])) {
		s.Start++
	}
	for s.End > s.Start && strings.ContainsRune(" \t\n", rune(t[s.End-1])) {
		s.End--
	}
	return s
}

// sameText reports whether two fragment lists cover the same text, white
// space at fragment ends aside.
func sameText(t string, a, b []doc.Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if trimSpan(t, a[i]) != trimSpan(t, b[i]) {
			return false
		}
	}
	return true
}
