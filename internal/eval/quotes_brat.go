package eval

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

// readPolNeAR reads dir/text/*.txt and, for each, the first (in name
// order) dir/attributions/NAME_ANNOTATOR.ann. Documents without an
// annotation file are skipped.
func readPolNeAR(dir string) ([]quoteDoc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("eval: quotes: %w", err)
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
		return nil, fmt.Errorf("eval: quotes: no attributions/*.ann under %s", dir)
	}
	var docs []quoteDoc
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("eval: quotes: %w", err)
		}
		d := quoteDoc{Name: name, Text: string(b)}
		if d.Attrs, err = readBrat(first[name], d.Text); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// runeOffsets maps code-point offsets to byte offsets in s.
func runeOffsets(s string) []int32 {
	m := make([]int32, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		m = append(m, int32(i))
	}
	return append(m, int32(len(s)))
}

// readBrat reads the Attribution events of one brat standoff file. A text
// bound line whose mention spans a line break continues on the next line;
// such continuation lines are skipped.
func readBrat(path, text string) ([]quoteGold, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: quotes: %w", err)
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
					return nil, fmt.Errorf("eval: quotes: %s: bad span %q", path, fr)
				}
				frags = append(frags, doc.Span{Start: off[a], End: off[b]})
			}
			spans[parts[0]] = frags
		case strings.HasPrefix(parts[0], "E"):
			events = append(events, strings.Fields(parts[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: quotes: %s: %w", path, err)
	}
	var out []quoteGold
	for _, ev := range events {
		if len(ev) == 0 || !strings.HasPrefix(ev[0], "Attribution") {
			continue
		}
		var g quoteGold
		for _, arg := range ev[1:] {
			role, id, ok := strings.Cut(arg, ":")
			fr := spans[id]
			if !ok || len(fr) == 0 {
				continue
			}
			whole := doc.Span{Start: fr[0].Start, End: fr[len(fr)-1].End}
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				g.Content = append(g.Content, fr...)
			case "Source":
				g.Source = &whole
			case "Cue":
				g.Cue = &whole
			}
		}
		out = append(out, g)
	}
	return out, nil
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
