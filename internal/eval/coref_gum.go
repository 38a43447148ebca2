package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// GUM's coreference files (../shared/data/coref/gum) are CoNLL-style: a
// document opens with "# begin document NAME" and closes with "# end
// document"; each token line is "INDEX<TAB>TOKEN<TAB>MENTIONS", where
// MENTIONS is "_" or brackets that open and close mentions on that token:
// "(person-1-Emperor_Norton" opens a mention of entity 1, a person (the
// name after the number is the entity's Wikipedia identity, when it has
// one), "person-1-Emperor_Norton)" closes it, "(time-2)" is a one-token
// mention, and several run together ("person-8)(place-5-San_Francisco").

// corefMention is a mention: tokens [Start, End) of entity Entity, of
// GUM's type Type (person, organization, place, abstract, ...).
type corefMention struct {
	Start, End int
	Type       string
	Entity     int
}

// corefDoc is one document: its tokens and gold mentions in order of
// their start (then of their length, longest first).
type corefDoc struct {
	Name     string
	Tokens   []string
	Mentions []corefMention
}

// readCorefDir reads every .conll file of dir (or dir itself when it is a
// file), in name order.
func readCorefDir(dir string) ([]corefDoc, error) {
	files := []string{dir}
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("eval: coref: %w", err)
	} else if st.IsDir() {
		if files, err = filepath.Glob(filepath.Join(dir, "*.conll")); err != nil {
			return nil, fmt.Errorf("eval: coref: %w", err)
		}
		sort.Strings(files)
	}
	var docs []corefDoc
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("eval: coref: %w", err)
		}
		ds, err := readCoref(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("eval: coref: %s: %w", filepath.Base(name), err)
		}
		docs = append(docs, ds...)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("eval: coref: no documents in %s", dir)
	}
	return docs, nil
}

// readCoref reads the documents of one CoNLL coreference file.
func readCoref(r io.Reader) ([]corefDoc, error) {
	var docs []corefDoc
	var cur *corefDoc
	open := map[int][]corefMention{} // entity -> its open mentions, innermost last
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.HasPrefix(s, "# begin document"):
			name := strings.TrimSpace(strings.TrimPrefix(s, "# begin document"))
			docs = append(docs, corefDoc{Name: name})
			cur = &docs[len(docs)-1]
			clear(open)
			continue
		case strings.HasPrefix(s, "# end document"):
			if err := unclosed(open); err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			cur = nil
			continue
		case s == "" || strings.HasPrefix(s, "#"):
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("line %d: a token outside a document", line)
		}
		f := strings.Split(s, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("line %d: %d columns, want 3", line, len(f))
		}
		tok := len(cur.Tokens)
		cur.Tokens = append(cur.Tokens, f[1])
		if err := readMentionColumn(f[len(f)-1], tok, open, &cur.Mentions); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if cur != nil {
		return nil, fmt.Errorf("document %s has no end", cur.Name)
	}
	for i := range docs {
		sort.SliceStable(docs[i].Mentions, func(a, b int) bool {
			x, y := docs[i].Mentions[a], docs[i].Mentions[b]
			if x.Start != y.Start {
				return x.Start < y.Start
			}
			return x.End > y.End
		})
	}
	return docs, nil
}

// readMentionColumn applies the brackets of one token's column: openings
// go on open, closings move the entity's innermost open mention to out.
func readMentionColumn(col string, tok int, open map[int][]corefMention, out *[]corefMention) error {
	if col == "_" || col == "" {
		return nil
	}
	for col != "" {
		opening := col[0] == '('
		if opening {
			col = col[1:]
		}
		end := strings.IndexAny(col, "()")
		label := col
		if end >= 0 {
			label = col[:end]
		}
		col = col[len(label):]
		closing := col != "" && col[0] == ')'
		if closing {
			col = col[1:]
		}
		typ, ent, err := parseMentionLabel(label)
		if err != nil {
			return err
		}
		switch {
		case opening && closing:
			*out = append(*out, corefMention{Start: tok, End: tok + 1, Type: typ, Entity: ent})
		case opening:
			open[ent] = append(open[ent], corefMention{Start: tok, Type: typ, Entity: ent})
		case closing:
			st := open[ent]
			if len(st) == 0 {
				return fmt.Errorf("%q closes a mention that is not open", label)
			}
			m := st[len(st)-1]
			open[ent] = st[:len(st)-1]
			m.End = tok + 1
			*out = append(*out, m)
		default:
			return fmt.Errorf("%q neither opens nor closes a mention", label)
		}
	}
	return nil
}

// parseMentionLabel reads "person-1-Emperor_Norton" or "time-2".
func parseMentionLabel(label string) (typ string, entity int, err error) {
	p := strings.SplitN(label, "-", 3)
	if len(p) < 2 || p[0] == "" {
		return "", 0, fmt.Errorf("bad mention label %q", label)
	}
	n, err := strconv.Atoi(p[1])
	if err != nil {
		return "", 0, fmt.Errorf("bad mention label %q", label)
	}
	return p[0], n, nil
}

func unclosed(open map[int][]corefMention) error {
	for ent, st := range open {
		if len(st) > 0 {
			return fmt.Errorf("mention of entity %d never closed", ent)
		}
	}
	return nil
}

// writeCorefPredictions writes docs' tokens with the predicted mentions
// in the gold's own format, entity numbers as the clusters were numbered
// and the type of each predicted cluster ("person", "organization",
// "place", or "entity" when chronicle's kind has no GUM type).
func writeCorefPredictions(path string, docs []corefDoc, pred [][]corefMention) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("eval: coref: %w", err)
	}
	bw := bufio.NewWriter(f)
	for i, d := range docs {
		fmt.Fprintf(bw, "# begin document %s\n", d.Name)
		cols := make([]string, len(d.Tokens))
		// Openings longest first, closings shortest first, so brackets nest.
		ms := append([]corefMention(nil), pred[i]...)
		sort.SliceStable(ms, func(a, b int) bool {
			if ms[a].Start != ms[b].Start {
				return ms[a].Start < ms[b].Start
			}
			return ms[a].End > ms[b].End
		})
		for _, m := range ms {
			label := fmt.Sprintf("%s-%d", m.Type, m.Entity)
			if m.End == m.Start+1 {
				cols[m.Start] += "(" + label + ")"
				continue
			}
			cols[m.Start] += "(" + label
		}
		sort.SliceStable(ms, func(a, b int) bool {
			if ms[a].End != ms[b].End {
				return ms[a].End < ms[b].End
			}
			return ms[a].Start > ms[b].Start
		})
		for _, m := range ms {
			if m.End > m.Start+1 {
				cols[m.End-1] += fmt.Sprintf("%s-%d)", m.Type, m.Entity)
			}
		}
		for t, tok := range d.Tokens {
			c := cols[t]
			if c == "" {
				c = "_"
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\n", t, tok, c)
		}
		fmt.Fprintf(bw, "# end document\n")
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("eval: coref: %w", err)
	}
	return f.Close()
}
