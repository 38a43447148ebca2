package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one sentence of a CoNLL-2003 file: the words (first column)
// and the gold NER tags (last column).
type Sentence struct {
	Words []string
	Tags  []string
}

// Article is the sentences between two -DOCSTART- lines.
type Article struct {
	Sentences []Sentence
}

// ReadCoNLL reads CoNLL-2003 text ("word POS chunk NER" per line, blank
// lines between sentences, -DOCSTART- lines between articles). Only the
// first and last columns are used, so files with two columns also work. A
// file without -DOCSTART- is one article. Lines with a single column get
// the tag O.
func ReadCoNLL(r io.Reader) ([]Article, error) {
	var (
		arts []Article
		cur  Article
		sent Sentence
	)
	flushSent := func() {
		if len(sent.Words) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
		}
		sent = Sentence{}
	}
	flushArt := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			arts = append(arts, cur)
		}
		cur = Article{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flushSent()
		case f[0] == "-DOCSTART-":
			flushArt()
		default:
			tag := "O"
			if len(f) > 1 {
				tag = f[len(f)-1]
			}
			sent.Words = append(sent.Words, f[0])
			sent.Tags = append(sent.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: read conll: %w", err)
	}
	flushArt()
	return arts, nil
}

// ReadCoNLLFile reads a CoNLL-2003 file; see ReadCoNLL.
func ReadCoNLLFile(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer f.Close()
	arts, err := ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return arts, nil
}
