// Package polnear reads the PolNeAR attribution corpus in the form it was
// published: a folder with text/NAME.txt and, per annotator,
// attributions/NAME_ANNOTATOR.ann in brat standoff (code-point offsets).
// The quotes scorer and the quote stage's cue-model trainer read the same
// files the same way through it, so that what the model learns from is
// exactly what the scorer scores.
package polnear

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// Doc is one document with its first annotator's attributions.
type Doc struct {
	Name  string // base name, without the annotator suffix
	Text  string
	Attrs []Attr
}

// Attr is one Attribution event as byte spans into Doc.Text. Each field
// holds the fragments of its text-bound annotation in the file's order
// (brat allows a discontinuous mention, "a b;c d"): Content those of every
// Content argument, Source and Cue those of the event's last Source or Cue
// argument; empty when the annotator gave none.
type Attr struct {
	Content, Source, Cue []doc.Span
}

// Read reads dir/text/*.txt and, for each, the first (in name order)
// dir/attributions/NAME_ANNOTATOR.ann. Documents without an annotation
// file are skipped.
func Read(dir string) ([]Doc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	sort.Strings(anns)
	first := map[string]string{}
	var names []string
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i]
		}
		if _, ok := first[base]; !ok {
			first[base] = a
			names = append(names, base)
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("polnear: no attributions/*.ann under %s", dir)
	}
	docs := make([]Doc, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		d := Doc{Name: name, Text: string(b)}
		if d.Attrs, err = ReadAnn(first[name], d.Text); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// ReadAnn reads the Attribution events of one brat standoff file over
// text, converting code-point offsets to bytes. A text-bound line whose
// mention spans a line break continues on the next line; such
// continuation lines are skipped. An offset outside the text is an error.
func ReadAnn(path, text string) ([]Attr, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer fh.Close()
	off := runeOffsets(text)
	spans := map[string][]doc.Span{}
	var events [][]string
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(parts[0], "T"):
			f := strings.SplitN(parts[1], " ", 2)
			if len(f) < 2 {
				continue
			}
			var frags []doc.Span
			for _, fr := range strings.Split(f[1], ";") {
				se := strings.Fields(fr)
				if len(se) != 2 {
					continue
				}
				a, err1 := strconv.Atoi(se[0])
				b, err2 := strconv.Atoi(se[1])
				if err1 != nil || err2 != nil || a < 0 || b < a || b >= len(off) {
					return nil, fmt.Errorf("polnear: %s: bad span %q", path, fr)
				}
				frags = append(frags, doc.Span{Start: off[a], End: off[b]})
			}
			spans[parts[0]] = frags
		case strings.HasPrefix(parts[0], "E"):
			if ev := strings.Fields(parts[1]); len(ev) > 0 && strings.HasPrefix(ev[0], "Attribution") {
				events = append(events, ev[1:])
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear: %s: %w", path, err)
	}
	out := make([]Attr, 0, len(events))
	for _, ev := range events {
		var a Attr
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			fr := spans[id]
			if !ok || len(fr) == 0 {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				a.Content = append(a.Content, fr...)
			case "Source":
				a.Source = fr
			case "Cue":
				a.Cue = fr
			}
		}
		out = append(out, a)
	}
	return out, nil
}

// runeOffsets maps code-point offsets to byte offsets in s.
func runeOffsets(s string) []int32 {
	m := make([]int32, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		m = append(m, int32(i))
	}
	return append(m, int32(len(s)))
}
