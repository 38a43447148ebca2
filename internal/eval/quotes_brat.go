package eval

import (
	"fmt"
	"os"
	"strings"

	"chronicle/internal/doc"
	"chronicle/internal/polnear"
)

// quoteGold is one PolNeAR attribution: byte spans into the document text
// (the brat offsets are code points and are converted on reading).
type quoteGold struct {
	Content []doc.Span // fragments; empty when the annotator gave none
	Source  *doc.Span  // first fragment's start to last fragment's end
	Cue     *doc.Span
}

// quoteDoc is one PolNeAR document with the first annotator's attributions.
type quoteDoc struct {
	Name  string // base name, without the annotator suffix
	Text  string
	Attrs []quoteGold
}

// readPolNeAR reads a PolNeAR folder (see package polnear) into the
// scorer's form.
func readPolNeAR(dir string) ([]quoteDoc, error) {
	docs, err := polnear.Read(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: quotes: %w", err)
	}
	out := make([]quoteDoc, 0, len(docs))
	for _, d := range docs {
		out = append(out, quoteDoc{Name: d.Name, Text: d.Text, Attrs: goldOf(d.Attrs)})
	}
	return out, nil
}

// readBrat reads one brat standoff file over text into the scorer's form.
func readBrat(path, text string) ([]quoteGold, error) {
	attrs, err := polnear.ReadAnn(path, text)
	if err != nil {
		return nil, fmt.Errorf("eval: quotes: %w", err)
	}
	return goldOf(attrs), nil
}

// goldOf keeps a content's fragments and takes a source or cue from its
// first fragment's start to its last fragment's end.
func goldOf(attrs []polnear.Attr) []quoteGold {
	out := make([]quoteGold, 0, len(attrs))
	for _, a := range attrs {
		out = append(out, quoteGold{Content: a.Content, Source: whole(a.Source), Cue: whole(a.Cue)})
	}
	return out
}

// whole spans fragments from the first's start to the last's end; nil for
// none.
func whole(frags []doc.Span) *doc.Span {
	if len(frags) == 0 {
		return nil
	}
	return &doc.Span{Start: frags[0].Start, End: frags[len(frags)-1].End}
}

// writeBrat writes predicted attributions as brat standoff with code-point
// offsets, one Attribution event per attribution.
func writeBrat(path, text string, attrs []quoteGold) error {
	toRune := map[int32]int{}
	n := 0
	for i := range text {
		toRune[int32(i)] = n
		n++
	}
	toRune[int32(len(text))] = n
	var b strings.Builder
	t := 0
	span := func(label string, frags []doc.Span) string {
		t++
		var parts []string
		var texts []string
		for _, f := range frags {
			parts = append(parts, fmt.Sprintf("%d %d", toRune[f.Start], toRune[f.End]))
			texts = append(texts, strings.ReplaceAll(text[f.Start:f.End], "\n", " "))
		}
		fmt.Fprintf(&b, "T%d\t%s %s\t%s\n", t, label, strings.Join(parts, ";"), strings.Join(texts, " "))
		return fmt.Sprintf("T%d", t)
	}
	for i, a := range attrs {
		var args []string
		if a.Cue != nil {
			trig := span("Attribution", []doc.Span{*a.Cue})
			args = append(args, "Attribution:"+trig, "Cue:"+span("Cue", []doc.Span{*a.Cue}))
		} else {
			args = append(args, "Attribution:"+span("Attribution", a.Content[:1]))
		}
		args = append(args, "Content:"+span("Content", a.Content))
		if a.Source != nil {
			args = append(args, "Source:"+span("Source", []doc.Span{*a.Source}))
		}
		fmt.Fprintf(&b, "E%d\t%s\n", i+1, strings.Join(args, " "))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("eval: quotes: %w", err)
	}
	return nil
}
