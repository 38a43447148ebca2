package quote

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

// ReadPolNeARCues reads dir/text/*.txt and the first dir/attributions/
// NAME_ANNOTATOR.ann of each, for training the cue model; documents
// without an annotation file are skipped.
func ReadPolNeARCues(dir string) ([]PolNeARDoc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("quote: polnear: %w", err)
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
		return nil, fmt.Errorf("quote: polnear: no attributions/*.ann under %s", dir)
	}
	out := make([]PolNeARDoc, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("quote: polnear: %w", err)
		}
		d := PolNeARDoc{Name: name, Text: string(b)}
		if d.Attrs, err = readBratAttrs(first[name], d.Text); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// readBratAttrs returns the cue and content spans of the Attribution
// events of one brat file, converted from code points to bytes.
func readBratAttrs(path, text string) ([]PolNeARAttr, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("quote: polnear: %w", err)
	}
	defer fh.Close()
	off := make([]int32, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		off = append(off, int32(i))
	}
	off = append(off, int32(len(text)))
	spans := map[string]doc.Span{}
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
			a, b := -1, -1 // fragments may come in any order: the cue is first start to last end
			for _, fr := range strings.Split(f[1], ";") {
				se := strings.Fields(fr)
				if len(se) != 2 {
					continue
				}
				x, err1 := strconv.Atoi(se[0])
				y, err2 := strconv.Atoi(se[1])
				if err1 != nil || err2 != nil || x < 0 || y < x || y >= len(off) {
					return nil, fmt.Errorf("quote: polnear: %s: bad span %q", path, fr)
				}
				if a < 0 || x < a {
					a = x
				}
				b = max(b, y)
			}
			if a < 0 {
				continue
			}
			spans[parts[0]] = doc.Span{Start: off[a], End: off[b]}
		case strings.HasPrefix(parts[0], "E"):
			ev := strings.Fields(parts[1])
			if len(ev) == 0 || !strings.HasPrefix(ev[0], "Attribution") {
				continue
			}
			events = append(events, ev[1:])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("quote: polnear: %s: %w", path, err)
	}
	out := make([]PolNeARAttr, 0, len(events))
	for _, ev := range events {
		var a PolNeARAttr
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			sp, found := spans[id]
			if !ok || !found {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Cue":
				a.Cue = sp
			case "Content":
				if a.Content.End == 0 {
					a.Content = sp
				} else {
					a.Content = doc.Span{Start: min(a.Content.Start, sp.Start), End: max(a.Content.End, sp.End)}
				}
			}
		}
		out = append(out, a)
	}
	return out, nil
}
