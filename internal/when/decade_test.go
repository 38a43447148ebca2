package when

import (
	"strings"
	"testing"

	"chronicle/internal/doc"
)

// spaceTokens tags the words of text, split at spaces with a final full
// stop as a token of its own, with tags in order.
func spaceTokens(text string, tags ...string) []doc.Token {
	var toks []doc.Token
	start := 0
	for _, w := range strings.Split(text, " ") {
		end := start + len(w)
		if strings.HasSuffix(w, ".") {
			toks = append(toks, doc.Token{Span: doc.Span{Start: int32(start), End: int32(end - 1)}}, doc.Token{Span: doc.Span{Start: int32(end - 1), End: int32(end)}})
		} else {
			toks = append(toks, doc.Token{Span: doc.Span{Start: int32(start), End: int32(end)}})
		}
		start = end + 1
	}
	for k := range toks {
		if k < len(tags) {
			toks[k].Tag = tags[k]
		}
	}
	return toks
}

// A bare two-digit decade is one before a noun it qualifies ("90s
// nostalgia"), which takes the tagger's word that the next word is a
// noun; before anything else it is an age or a score.
func TestBareTwoDigitDecade(t *testing.T) {
	tests := []struct {
		text string
		tags []string
		want string // the value of the only expression, "" for none
	}{
		{"You people and your 90s nostalgia.", []string{"PRP", "NNS", "CC", "PRP$", "CD", "NN", "."}, "199"},
		{"He only listens to 80s music.", []string{"PRP", "RB", "VBZ", "IN", "CD", "NN", "."}, "198"},
		{"She is still acting in her 80s.", []string{"PRP", "VBZ", "RB", "VBG", "IN", "PRP$", "NNS", "."}, ""},
		{"They scored 40s and 50s.", []string{"PRP", "VBD", "CD", "CC", "CD", "."}, ""},
		{"It was in 80s heat.", []string{"PRP", "VBD", "IN", "CD", "NN", "."}, ""},
	}
	for _, tc := range tests {
		res := AnnotateTagged(tc.text, nil, spaceTokens(tc.text, tc.tags...), anchor)
		got := ""
		for _, d := range res.Dates {
			got += d.Value
		}
		if got != tc.want {
			t.Errorf("%q: %v; want %q", tc.text, res.Dates, tc.want)
		}
	}
}
