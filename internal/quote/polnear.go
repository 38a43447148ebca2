package quote

import (
	"fmt"

	"chronicle/internal/doc"
	"chronicle/internal/polnear"
)

// PolNeARDoc is one PolNeAR document with the attributions of its first
// annotator (in name order, as the quotes eval reads them).
type PolNeARDoc struct {
	Name  string
	Text  string
	Attrs []PolNeARAttr
}

// PolNeARAttr is one attribution's cue and content as byte spans of the
// text, each from its first fragment's start to its last fragment's end;
// an empty span when the annotator gave none.
type PolNeARAttr struct {
	Cue, Content doc.Span
}

// ReadPolNeARCues reads a PolNeAR folder (see package polnear) for
// training the cue model: each attribution's cue and content, fragments
// joined.
func ReadPolNeARCues(dir string) ([]PolNeARDoc, error) {
	docs, err := polnear.Read(dir)
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	out := make([]PolNeARDoc, 0, len(docs))
	for _, d := range docs {
		pd := PolNeARDoc{Name: d.Name, Text: d.Text, Attrs: make([]PolNeARAttr, 0, len(d.Attrs))}
		for _, a := range d.Attrs {
			pd.Attrs = append(pd.Attrs, PolNeARAttr{Cue: joined(a.Cue), Content: joined(a.Content)})
		}
		out = append(out, pd)
	}
	return out, nil
}

// joined spans fragments given in any order, from the first start to the
// last end; the empty span for none.
func joined(frags []doc.Span) doc.Span {
	if len(frags) == 0 {
		return doc.Span{}
	}
	s := frags[0]
	for _, f := range frags[1:] {
		s.Start, s.End = min(s.Start, f.Start), max(s.End, f.End)
	}
	return s
}
