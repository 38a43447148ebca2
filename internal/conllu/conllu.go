// Package conllu reads CoNLL-U treebanks (Universal Dependencies), the gold
// format of the tokenizer, tagger and parser evaluations. It keeps what the
// evaluations and trainers need: sentence text, paragraph and document
// breaks, surface tokens (including multiword ranges such as "didn't") and
// syntactic words with their annotations.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word (an integer-ID line).
type Word struct {
	ID     int // 1-based within the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root
	Deprel string
	Misc   string
}

// SpaceAfter reports whether the word or token is followed by a space
// (the absence of SpaceAfter=No in MISC).
func SpaceAfter(misc string) bool {
	for _, f := range strings.Split(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// Token is one surface token: a single word, or a multiword token (a range
// line such as "29-30 didn't") covering Words[First:Last+1].
type Token struct {
	Form        string
	First, Last int // indices into Sentence.Words, inclusive
	Misc        string
}

// Sentence is one sentence with its comments.
type Sentence struct {
	ID      string
	Text    string // from "# text = "
	NewDoc  bool   // a "# newdoc" comment precedes it
	NewPar  bool   // a "# newpar" comment precedes it
	DocID   string // the newdoc id in force
	Words   []Word
	Tokens  []Token
	Comment []string // all comment lines, without "# "
}

// Read parses a whole CoNLL-U stream. Empty nodes (IDs like 8.1) are
// skipped. Malformed lines are errors naming the line number.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var cur Sentence
	var mwtEnd int
	docID := ""
	started := false
	line := 0
	flush := func() {
		if started {
			out = append(out, cur)
		}
		cur = Sentence{DocID: docID}
		started = false
		mwtEnd = 0
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if l == "" {
			flush()
			continue
		}
		started = true
		if strings.HasPrefix(l, "#") {
			c := strings.TrimSpace(strings.TrimPrefix(l, "#"))
			cur.Comment = append(cur.Comment, c)
			switch {
			case strings.HasPrefix(c, "text ="):
				cur.Text = strings.TrimSpace(strings.TrimPrefix(c, "text ="))
			case strings.HasPrefix(c, "sent_id ="):
				cur.ID = strings.TrimSpace(strings.TrimPrefix(c, "sent_id ="))
			case strings.HasPrefix(c, "newdoc"):
				cur.NewDoc, cur.NewPar = true, true
				if _, id, ok := strings.Cut(c, "="); ok {
					docID = strings.TrimSpace(id)
				} else {
					docID = ""
				}
				cur.DocID = docID
			case strings.HasPrefix(c, "newpar"):
				cur.NewPar = true
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("conllu: line %d: %d fields, want 10", line, len(f))
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // empty node
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || last < first {
				return nil, fmt.Errorf("conllu: line %d: bad range %q", line, id)
			}
			cur.Tokens = append(cur.Tokens, Token{Form: f[1], First: first - 1, Last: last - 1, Misc: f[9]})
			mwtEnd = last
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return nil, fmt.Errorf("conllu: line %d: bad id %q", line, id)
		}
		head := 0
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil {
				return nil, fmt.Errorf("conllu: line %d: bad head %q", line, f[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: head, Deprel: f[7], Misc: f[9]})
		if n > mwtEnd {
			cur.Tokens = append(cur.Tokens, Token{Form: f[1], First: n - 1, Last: n - 1, Misc: f[9]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// ReadFile reads a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}
