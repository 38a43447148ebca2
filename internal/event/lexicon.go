package event

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// lexiconText is the trigger lexicon; its header explains the format.
//
//go:embed lexicon.txt
var lexiconText string

// entry is one trigger of the lexicon.
type entry struct {
	word string   // +WORD: a particle or preposition the trigger needs; "" if none
	deps []string // =W1|W2: lemmas one of whose dependents the trigger needs
	not  []string // !W1|W2: lemmas no object of the trigger may have
	code string   // CAMEO code
	typ  string   // PLOVER type, from the crosswalk
	mode string   // PLOVER mode, from the crosswalk
}

// specificity orders the entries of a lemma: the most constrained first.
func (e *entry) specificity() int {
	n := 0
	if e.word != "" {
		n++
	}
	if len(e.deps) > 0 {
		n++
	}
	return n
}

// lexicon holds the triggers by lemma. It is built once and only read.
type lexicon struct {
	verbs, nouns map[string][]*entry
	light        map[string]bool // verbs that lend their subject to a noun trigger
}

// defaultLexicon parses the embedded lexicon once; a parse error is a bug
// in lexicon.txt and is reported by every call (and by TestLexicon).
var defaultLexicon = sync.OnceValues(func() (*lexicon, error) { return parseLexicon(lexiconText) })

// parseLexicon reads the lexicon format of lexicon.txt.
func parseLexicon(src string) (*lexicon, error) {
	cw := make(map[string]int, len(crosswalk))
	for i, r := range crosswalk {
		cw[r.code] = i
	}
	lx := &lexicon{verbs: map[string][]*entry{}, nouns: map[string][]*entry{}, light: map[string]bool{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			return nil, fmt.Errorf("event: lexicon line %d: %q has no lemma", n+1, line)
		}
		kind, lemma := f[0], f[1]
		if kind == "X" {
			lx.light[lemma] = true
			continue
		}
		if kind != "V" && kind != "N" {
			return nil, fmt.Errorf("event: lexicon line %d: kind %q is not V, N or X", n+1, kind)
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("event: lexicon line %d: %q has no CAMEO code", n+1, line)
		}
		e := &entry{}
		for _, x := range f[2 : len(f)-1] {
			switch x[0] {
			case '+':
				e.word = x[1:]
			case '=':
				e.deps = strings.Split(x[1:], "|")
			case '!':
				e.not = strings.Split(x[1:], "|")
			default:
				return nil, fmt.Errorf("event: lexicon line %d: unexpected %q", n+1, x)
			}
		}
		e.code = f[len(f)-1]
		i, ok := cw[e.code]
		if !ok {
			return nil, fmt.Errorf("event: lexicon line %d: CAMEO code %q is not in the crosswalk", n+1, e.code)
		}
		e.typ, e.mode = crosswalk[i].typ, crosswalk[i].mode
		m := lx.verbs
		if kind == "N" {
			m = lx.nouns
		}
		list := append(m[lemma], e)
		// Keep the most specific first; stable among equals.
		for k := len(list) - 1; k > 0 && list[k].specificity() > list[k-1].specificity(); k-- {
			list[k], list[k-1] = list[k-1], list[k]
		}
		m[lemma] = list
	}
	return lx, nil
}

// cameoRoot returns the two-digit CAMEO root of a CAMEO code.
func cameoRoot(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}
