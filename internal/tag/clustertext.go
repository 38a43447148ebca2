package tag

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Word clusters need no tags, so they can be learnt from more text than
// the treebanks hold. Train takes, besides CoNLL-U treebanks, unlabelled
// sources that only feed the clusters: CoNLL-2003 column files (the words
// of the first column) and plain-text files or folders of .txt files,
// segmented by TrainOptions.Segment (the caller passes text.Words, so the
// clusters see the words the pipeline gives the tagger; a stage does not
// import another). Only the clusters (word hashes and class ids) reach the
// model, never the text.

// isTreebank reports whether a training path is a CoNLL-U treebank, which
// carries tags; any other path is unlabelled cluster text.
func isTreebank(path string) bool { return strings.HasSuffix(path, ".conllu") }

// readClusterText returns the sentences of an unlabelled source as words:
// a folder is read file by file in name order (its .txt files only).
func readClusterText(path string, segment func(string) [][]string) ([][]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	if !st.IsDir() {
		return readTextFile(path, segment)
	}
	names, err := filepath.Glob(filepath.Join(path, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	slices.Sort(names)
	var out [][]string
	for _, n := range names {
		s, err := readTextFile(n, segment)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}

// readTextFile reads one file: CoNLL-2003 columns when it starts with a
// -DOCSTART- line, plain text otherwise.
func readTextFile(path string, segment func(string) [][]string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	s := string(b)
	if strings.HasPrefix(s, "-DOCSTART-") {
		return conllColumns(s), nil
	}
	if segment == nil {
		return nil, fmt.Errorf("tag: %s is plain text and TrainOptions.Segment is nil", path)
	}
	return segment(s), nil
}

// conllColumns returns the sentences of a CoNLL-2003 file: the first
// column of each line, blank lines between sentences, -DOCSTART- lines
// skipped.
func conllColumns(s string) [][]string {
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := sc.Text()
		w, _, _ := strings.Cut(line, " ")
		switch {
		case w == "" || w == "-DOCSTART-":
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
		default:
			cur = append(cur, w)
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
