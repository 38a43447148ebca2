package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
	"chronicle/internal/tag"
	"chronicle/internal/text"
	"chronicle/internal/when"
)

// Time scores the temporal tagger (internal/when) on a folder of GUM XML
// documents (SPEC.md §4, task "time"). Each document's text is rebuilt as
// time_gum.go describes, tagged with its <s> sentences and anchored on its
// dateCreated, and compared with the gold <date> elements. The text goes
// through the stages that run before "when" in the CLI pipeline — text
// (tokens, sentences) and tag (PTB tags, which decide clause tense) — so
// the figures are those of production; when the tagger cannot be loaded
// the report says so and the gold <s> sentences, untagged, are used:
//
//   - span: a prediction matches a gold date when their spans overlap; each
//     gold and each prediction is used once (gold in text order, taking the
//     overlapping prediction with the largest overlap);
//   - value: of the matched pairs, the share whose values mean the same
//     calendar span (time_value.go gives the rules);
//   - an anchored duration ("the past five years": P5Y, with the span
//     when.Result.Spans gives it, TIMEX3's beginPoint/endPoint) is right
//     when either its value or its anchored span is, since GUM annotates
//     such phrases by the dates they cover;
//   - what GUM does not mark: GUM annotates dates — years, days, months,
//     decades, centuries, relative and anaphoric dates — but not durations
//     ("for two years"), sets ("every week"), the present ("now") or clock
//     times (those are <time>, not <date>). A prediction of type DURATION,
//     SET or TIME, or with a PRESENT_REF/PAST_REF/FUTURE_REF value, that
//     overlaps no gold date is therefore not counted as a false positive;
//     one that overlaps a gold date is scored like any other.
//
// It prints a report (overall, per genre, news separately) and ends with
// the line "task=time span_f1=… value_acc=… precision=… recall=… n=…
// news_span_f1=… news_value_acc=…". With predictions non-empty it writes
// JSON Lines {"doc","start","end","text","value","type"} with code-point
// offsets into the rebuilt text.
func Time(ctx context.Context, dir string, w io.Writer, predictions string) (map[string]float64, error) {
	prep, err := timePipeline()
	if err != nil {
		fmt.Fprintf(w, "time: tagger unavailable (%v); scoring on gold sentences without POS tags\n", err)
		prep = nil
	}
	return TimeWith(ctx, prep, dir, w, predictions)
}

// TimeWith is Time with the preparation chosen: prep runs on a document
// holding the rebuilt text and must fill its tokens and sentences (and may
// tag them), as the stages before "when" do; nil scores on the gold <s>
// sentences without tokens.
func TimeWith(ctx context.Context, prep *pipeline.Pipeline, dir string, w io.Writer, predictions string) (map[string]float64, error) {
	r, err := timeEvaluate(ctx, prep, dir)
	if err != nil {
		return nil, err
	}
	if predictions != "" {
		if err := timeWritePredictions(predictions, r.docs); err != nil {
			return nil, err
		}
	}
	return r.report(w)
}

// timeDocResult is one scored document.
type timeDocResult struct {
	gum     *gumDoc
	pred    []doc.Date
	spans   []string // when.Result.Spans: anchored spans of durations
	counted []bool   // pred[i] counts for precision
	match   []int    // match[g] = index into pred, or -1
	valueOK []bool   // per gold, when matched
}

// timeCounts accumulates the figures of a group of documents.
type timeCounts struct {
	docs, gold, pred, matched, valueOK int
}

func (c *timeCounts) add(d *timeDocResult) {
	c.docs++
	c.gold += len(d.gum.Dates)
	for _, ok := range d.counted {
		if ok {
			c.pred++
		}
	}
	for g, p := range d.match {
		if p >= 0 {
			c.matched++
			if d.valueOK[g] {
				c.valueOK++
			}
		}
	}
}

func (c timeCounts) precision() float64 { return timeRatio(c.matched, c.pred) }
func (c timeCounts) recall() float64    { return timeRatio(c.matched, c.gold) }
func (c timeCounts) f1() float64        { return timeRatio(2*c.matched, c.gold+c.pred) }
func (c timeCounts) valueAcc() float64  { return timeRatio(c.valueOK, c.matched) }

func timeRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

type timeResult struct {
	dir  string
	docs []*timeDocResult
}

// timePipeline is the part of the CLI pipeline that runs before "when":
// text, then the shipped POS tagger.
func timePipeline() (*pipeline.Pipeline, error) {
	m, err := tag.Default()
	if err != nil {
		return nil, fmt.Errorf("eval: time: %w", err)
	}
	p, err := pipeline.New(text.NewStage(), tag.NewStage(m))
	if err != nil {
		return nil, fmt.Errorf("eval: time: %w", err)
	}
	return p, nil
}

// timeEvaluate parses and scores every *.xml file of dir.
func timeEvaluate(ctx context.Context, prep *pipeline.Pipeline, dir string) (*timeResult, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil {
		return nil, fmt.Errorf("eval: time: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("eval: time: no *.xml files in %s", dir)
	}
	sort.Strings(files)
	res := &timeResult{dir: dir}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		g, err := timeReadGUM(f)
		if err != nil {
			return nil, err
		}
		d, err := timeScoreDoc(ctx, prep, g)
		if err != nil {
			return nil, err
		}
		res.docs = append(res.docs, d)
	}
	return res, nil
}

func timeReadGUM(path string) (*gumDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: time: %w", err)
	}
	defer f.Close()
	g, err := parseGUM(f)
	if err != nil {
		return nil, fmt.Errorf("eval: time: %s: %w", path, err)
	}
	if g.ID == "" {
		g.ID = strings.TrimSuffix(filepath.Base(path), ".xml")
	}
	return g, nil
}

// timeAnchor parses dateCreated; an unparsable one leaves the tagger
// without an anchor, as an article without a publication date would be.
func timeAnchor(s string) time.Time {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}
	}
	return t
}

// timeUnmarked reports whether GUM leaves predictions like p unannotated.
func timeUnmarked(p doc.Date) bool {
	switch p.Type {
	case doc.DateDuration, doc.DateSet, doc.DateTime:
		return true
	}
	return strings.HasSuffix(p.Value, "_REF")
}

// timeScoreDoc tags g (after prep, see TimeWith) and matches the result
// with its gold dates.
func timeScoreDoc(ctx context.Context, prep *pipeline.Pipeline, g *gumDoc) (*timeDocResult, error) {
	sort.SliceStable(g.Dates, func(i, j int) bool { return g.Dates[i].Start < g.Dates[j].Start })
	anchor := timeAnchor(g.Created)
	var res when.Result
	if prep == nil {
		sents := g.Sentences
		if len(sents) == 0 {
			sents = nil
		}
		res = when.Annotate(g.Text, sents, anchor)
	} else {
		// The same call as the "when" stage makes, which also gives
		// Result.Spans (the stage keeps only the dates).
		d := &doc.Document{Text: g.Text, Published: anchor}
		if err := prep.Process(ctx, d); err != nil {
			return nil, fmt.Errorf("eval: time: %s: %w", g.ID, err)
		}
		sents := make([]doc.Span, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Span
		}
		if len(sents) == 0 {
			sents = nil
		}
		res = when.AnnotateTagged(d.Text, sents, d.Tokens, anchor)
	}
	d := &timeDocResult{gum: g, pred: res.Dates, spans: res.Spans}
	used := make([]bool, len(d.pred))
	d.match = make([]int, len(g.Dates))
	d.valueOK = make([]bool, len(g.Dates))
	overlapsGold := make([]bool, len(d.pred))
	for gi, gd := range g.Dates {
		best, bestOv := -1, int32(0)
		for pi, p := range d.pred {
			if !p.Overlaps(gd.Span) {
				continue
			}
			overlapsGold[pi] = true
			ov := min(p.End, gd.End) - max(p.Start, gd.Start)
			if !used[pi] && ov > bestOv {
				best, bestOv = pi, ov
			}
		}
		d.match[gi] = best
		if best >= 0 {
			used[best] = true
			d.valueOK[gi] = timeValueEqual(gd, d.pred[best].Value) ||
				(d.spans[best] != "" && timeValueEqual(gd, d.spans[best]))
		}
	}
	d.counted = make([]bool, len(d.pred))
	for pi, p := range d.pred {
		d.counted[pi] = overlapsGold[pi] || !timeUnmarked(p)
	}
	return d, nil
}

// report prints the readable report and the final key=value line.
func (r *timeResult) report(w io.Writer) (map[string]float64, error) {
	bw := bufio.NewWriter(w)
	var all, news timeCounts
	genres := map[string]*timeCounts{}
	var names []string
	for _, d := range r.docs {
		all.add(d)
		if d.gum.Genre == "news" {
			news.add(d)
		}
		c := genres[d.gum.Genre]
		if c == nil {
			c = &timeCounts{}
			genres[d.gum.Genre] = c
			names = append(names, d.gum.Genre)
		}
		c.add(d)
	}
	sort.Strings(names)
	fmt.Fprintf(bw, "time: %s: %d documents, %d gold dates\n", r.dir, all.docs, all.gold)
	fmt.Fprintf(bw, "%-24s %5s %5s %5s %7s %7s %7s %9s\n", "genre", "docs", "gold", "pred", "prec", "recall", "span_f1", "value_acc")
	row := func(name string, c timeCounts) {
		fmt.Fprintf(bw, "%-24s %5d %5d %5d %7.4f %7.4f %7.4f %9.4f\n", name, c.docs, c.gold, c.pred, c.precision(), c.recall(), c.f1(), c.valueAcc())
	}
	for _, n := range names {
		row(n, *genres[n])
	}
	row("ALL", all)
	fmt.Fprintf(bw, "\nnews documents:\n")
	for _, d := range r.docs {
		if d.gum.Genre == "news" {
			var c timeCounts
			c.add(d)
			row(d.gum.ID, c)
		}
	}
	row("NEWS", news)
	m := map[string]float64{
		"span_f1": all.f1(), "value_acc": all.valueAcc(), "precision": all.precision(), "recall": all.recall(),
		"n": float64(all.gold), "news_span_f1": news.f1(), "news_value_acc": news.valueAcc(), "n_news": float64(news.gold),
	}
	fmt.Fprintf(bw, "task=time span_f1=%.4f value_acc=%.4f precision=%.4f recall=%.4f n=%d news_span_f1=%.4f news_value_acc=%.4f n_news=%d\n",
		m["span_f1"], m["value_acc"], m["precision"], m["recall"], all.gold, m["news_span_f1"], m["news_value_acc"], news.gold)
	if err := bw.Flush(); err != nil {
		return nil, fmt.Errorf("eval: time: %w", err)
	}
	return m, nil
}

// timeErrors writes every miss, false alarm and wrong value, for
// development.
func (r *timeResult) timeErrors(w io.Writer) {
	for _, d := range r.docs {
		t := d.gum.Text
		for gi, g := range d.gum.Dates {
			p := d.match[gi]
			switch {
			case p < 0:
				fmt.Fprintf(w, "MISS  %s %q gold %s | %q\n", d.gum.ID, t[g.Start:g.End], g.Value(), timeContext(t, g.Start, g.End))
			case !d.valueOK[gi]:
				fmt.Fprintf(w, "VALUE %s %q gold %s; %q = %s %s (%s) | %q\n", d.gum.ID, t[g.Start:g.End], g.Value(), t[d.pred[p].Start:d.pred[p].End], d.pred[p].Value, d.spans[p], d.pred[p].Type, timeContext(t, g.Start, g.End))
			}
		}
		matched := map[int]bool{}
		for _, p := range d.match {
			matched[p] = true
		}
		for pi, p := range d.pred {
			if !matched[pi] && d.counted[pi] {
				fmt.Fprintf(w, "FALSE %s %q = %s (%s) | %q\n", d.gum.ID, t[p.Start:p.End], p.Value, p.Type, timeContext(t, p.Start, p.End))
			}
		}
	}
}

// timeContext is the text around [start, end), cut at byte offsets that
// may split a rune (it is only printed).
func timeContext(t string, start, end int32) string {
	return t[max(0, int(start)-70):min(len(t), int(end)+40)]
}

type timePrediction struct {
	Doc   string `json:"doc"`
	Start int32  `json:"start"`
	End   int32  `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
	Type  string `json:"type"`
}

// timeWritePredictions writes every prediction as JSON Lines with
// code-point offsets into the rebuilt text.
func timeWritePredictions(path string, docs []*timeDocResult) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("eval: time: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("eval: time: %w", cerr)
		}
	}()
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	for _, d := range docs {
		o := doc.NewOffsets(d.gum.Text)
		for _, p := range d.pred {
			a, b := o.CodePoints(p.Span)
			if err := enc.Encode(timePrediction{Doc: d.gum.ID, Start: a, End: b, Text: d.gum.Text[p.Start:p.End], Value: p.Value, Type: p.Type}); err != nil {
				return fmt.Errorf("eval: time: %w", err)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: time: %w", err)
	}
	return nil
}
