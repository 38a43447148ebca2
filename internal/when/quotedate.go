package when

import (
	"context"
	"sort"
	"time"

	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
)

// quoteDateStage dates each quotation: when it was said, which is what a
// reader of "X said on Tuesday that talks would resume on Thursday" files
// it under (Tuesday, not Thursday).
type quoteDateStage struct{}

// NewQuoteDateStage returns the stage that fills Quote.Date. It runs after
// the quote and "when" stages. A quote's date is the value of a date
// expression attached to its cue in the parse ("said on Tuesday", "told
// reporters Monday", "In an interview on Sunday, X said"), never one inside
// the quoted content; otherwise the publication day; otherwise empty.
// Without a parse, the first date of the cue's sentence outside the content
// stands in for an attached one, as the event stage does.
func NewQuoteDateStage() pipeline.Stage { return quoteDateStage{} }

func (quoteDateStage) Name() string { return "quote-date" }
func (quoteDateStage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerSentences, doc.LayerQuotes, doc.LayerDates}
}
func (quoteDateStage) Provides() []doc.Layer { return []doc.Layer{doc.LayerQuoteDates} }

func (quoteDateStage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	DateQuotes(d)
	return nil
}

// DateQuotes sets Date on every quote of d (see NewQuoteDateStage).
func DateQuotes(d *doc.Document) {
	published := ""
	if !d.Published.IsZero() {
		published = d.Published.Format(time.DateOnly)
	}
	parsed := len(d.Tokens) > 0 && hasParse(d.Tokens)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		q.Date = published
		if q.Cue == nil {
			continue
		}
		if v := cueDate(d, q, parsed); v != "" {
			q.Date = v
		}
	}
}

// hasParse reports whether the tokens carry dependency relations.
func hasParse(toks []doc.Token) bool {
	for _, t := range toks {
		if t.Dep != "" {
			return true
		}
	}
	return false
}

// cueDate returns the value of the date expression attached to q's cue, or
// "".
func cueDate(d *doc.Document, q *doc.Quote, parsed bool) string {
	cue := *q.Cue
	si := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > cue.Start })
	if si == len(d.Sentences) || !d.Sentences[si].Span.Overlaps(cue) {
		return ""
	}
	sent := d.Sentences[si]
	var cueToks []int32
	if parsed {
		for t := sent.TokenStart; t < sent.TokenEnd; t++ {
			if d.Tokens[t].Span.Overlaps(cue) {
				cueToks = append(cueToks, t)
			}
		}
		if len(cueToks) == 0 {
			return ""
		}
	}
	for _, dt := range d.Dates {
		if !sent.Span.Contains(dt.Span) || dt.Value == "" || (dt.Type != doc.DateDate && dt.Type != doc.DateTime) {
			continue
		}
		if q.Span.Overlaps(dt.Span) || dt.Span.Overlaps(cue) {
			continue // what the speaker talked about, or part of the cue itself
		}
		if !parsed {
			return dt.Value
		}
		h := phraseHead(d, sent, dt.Span)
		if h < 0 {
			continue
		}
		g := d.Tokens[h].Head
		if g >= 0 && isCue(cueToks, g) {
			return dt.Value
		}
		// "told reporters on Tuesday", "in an interview on Sunday": the
		// parse often hangs the date on a noun of the cue's clause.
		if g >= 0 && !isVerbTag(d.Tokens[g].POS) && g >= sent.TokenStart && g < sent.TokenEnd {
			if gg := d.Tokens[g].Head; gg >= 0 && isCue(cueToks, gg) && !q.Span.Overlaps(d.Tokens[g].Span) {
				return dt.Value
			}
		}
	}
	return ""
}

// phraseHead returns the index of the token of span sp (in sentence s)
// whose head lies outside sp, or -1.
func phraseHead(d *doc.Document, s doc.Sentence, sp doc.Span) int32 {
	for t := s.TokenStart; t < s.TokenEnd; t++ {
		tok := d.Tokens[t]
		if !sp.Overlaps(tok.Span) {
			continue
		}
		if tok.Head < 0 || !sp.Overlaps(d.Tokens[tok.Head].Span) {
			return t
		}
	}
	return -1
}

func isCue(cue []int32, t int32) bool {
	for _, c := range cue {
		if c == t {
			return true
		}
	}
	return false
}

func isVerbTag(upos string) bool { return upos == "VERB" || upos == "AUX" }
