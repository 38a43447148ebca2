package parse

import (
	"context"
	"strings"
	"sync"
	"testing"

	"chronicle/internal/doc"
)

var (
	tinyOnce  sync.Once
	tinyModel *Model
)

// sharedTiny trains the tiny model once for the fuzzer and the stage tests.
func sharedTiny(t testing.TB) *Model {
	t.Helper()
	tinyOnce.Do(func() {
		m, err := Train(context.Background(), []string{"testdata/tiny_train.conllu"}, "", TrainOptions{Epochs: 3, Seed: 1, MinWeight: -1})
		if err != nil {
			t.Fatal(err)
		}
		tinyModel = m
	})
	return tinyModel
}

// checkTree fails unless heads (1-based, 0 = root) form one tree: exactly
// one root and every word reaching it without a cycle.
func checkTree(t testing.TB, heads []int, deps []string) {
	t.Helper()
	n := len(heads)
	roots := 0
	for i, h := range heads {
		if h < 0 || h > n || h == i+1 {
			t.Fatalf("word %d: head %d out of range or itself (%v)", i+1, h, heads)
		}
		if h == 0 {
			roots++
			if deps[i] != "root" {
				t.Errorf("root word %d has relation %q", i+1, deps[i])
			}
		} else if deps[i] == "root" || deps[i] == "" {
			t.Errorf("word %d has relation %q under head %d", i+1, deps[i], h)
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots in %v", roots, heads)
	}
	for i := range heads {
		seen := 0
		for j := i + 1; j != 0; j = heads[j-1] {
			if seen++; seen > n {
				t.Fatalf("cycle through word %d in %v", i+1, heads)
			}
		}
	}
}

// FuzzParse parses arbitrary token sequences (words and tags taken from
// the input split on spaces) through the stage: it must not panic, must
// leave a valid document, and every sentence must be one tree.
func FuzzParse(f *testing.F) {
	f.Add("The minister resigned .", "DET NOUN VERB PUNCT")
	f.Add("“ Spain ’s top diplomat ” said no", "PUNCT PROPN PART ADJ NOUN PUNCT VERB INTJ")
	f.Add("a", "")
	f.Add("", "X")
	f.Add(strings.Repeat("word ", 300), "NOUN VERB")
	f.Fuzz(func(t *testing.T, text, tags string) {
		m := sharedTiny(t)
		words := strings.Fields(text)
		tagList := strings.Fields(tags)
		upos, xpos := make([]string, len(words)), make([]string, len(words))
		for i := range words {
			if len(tagList) > 0 {
				upos[i] = tagList[i%len(tagList)]
				xpos[i] = strings.ToLower(upos[i])
			}
		}
		heads, deps := parseSentence(m, words, upos, xpos)
		if len(words) > 0 {
			checkTree(t, heads, deps)
		}
		d := docOf(text, words, upos, xpos)
		if d.Validate() != nil {
			return // the readers never hand on such a document (e.g. invalid UTF-8)
		}
		if err := NewStage(m).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("invalid document after parsing: %v", err)
		}
		for i := range d.Sentences {
			toks := d.SentenceTokens(i)
			lo := int(d.Sentences[i].TokenStart)
			h, dp := make([]int, len(toks)), make([]string, len(toks))
			for j, tk := range toks {
				if tk.Head >= 0 {
					h[j] = int(tk.Head) - lo + 1
				}
				dp[j] = tk.Dep
			}
			checkTree(t, h, dp)
		}
	})
}

// docOf builds a document whose tokens are the given words, found in text
// in order, split into sentences after each "." word.
func docOf(text string, words, upos, xpos []string) *doc.Document {
	d := &doc.Document{ID: "fuzz", Text: text}
	pos, start := 0, 0
	for i, w := range words {
		j := strings.Index(text[pos:], w) + pos
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: int32(j), End: int32(j + len(w))}, POS: upos[i], Tag: xpos[i], Head: -1})
		pos = j + len(w)
		if w == "." || i == len(words)-1 {
			d.Sentences = append(d.Sentences, doc.Sentence{
				Span:       doc.Span{Start: d.Tokens[start].Start, End: int32(pos)},
				TokenStart: int32(start), TokenEnd: int32(i + 1),
			})
			start = i + 1
		}
	}
	return d
}
