package actor

import (
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// The tests build their own tokens and entities with the small helpers
// below, so that they depend on no other stage.

// tokenize splits text into UD-like tokens ("Spain’s" = Spain + ’s,
// "U.S." whole) and sentences ending at . ! ? or a blank line.
func tokenize(text string) ([]doc.Token, []doc.Sentence) {
	var toks []doc.Token
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	at := func(i int) rune { r, _ := utf8.DecodeRuneInString(text[i:]); return r }
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		if !isWord(r) {
			if (r == '\'' || r == '’') && i+n < len(text) && isWord(at(i+n)) {
				// a clitic: ’s ’d ’ll
				j := i + n
				for j < len(text) && unicode.IsLetter(at(j)) {
					_, m := utf8.DecodeRuneInString(text[j:])
					j += m
				}
				toks = append(toks, doc.Token{Span: doc.Span{Start: int32(start), End: int32(j)}, Head: -1})
				i = j
				continue
			}
			i += n
			toks = append(toks, doc.Token{Span: doc.Span{Start: int32(start), End: int32(i)}, Head: -1})
			continue
		}
		j := i
		for j < len(text) {
			c, m := utf8.DecodeRuneInString(text[j:])
			if isWord(c) || c == '-' && j+m < len(text) && isWord(at(j+m)) {
				j += m
				continue
			}
			if c == '.' && j+m < len(text) && unicode.IsLetter(at(j+m)) && j > i && j-i <= 2 {
				j += m
				continue
			}
			if (c == '\'' || c == '’') && j+m < len(text) && unicode.IsUpper(at(j+m)) {
				j += m
				continue
			}
			break
		}
		w := text[i:j]
		if j < len(text) && text[j] == '.' && (strings.Contains(w, ".") || w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr") {
			j++
		}
		toks = append(toks, doc.Token{Span: doc.Span{Start: int32(i), End: int32(j)}, Head: -1})
		i = j
	}
	var sents []doc.Sentence
	first := 0
	for k, t := range toks {
		w := text[t.Start:t.End]
		end := k == len(toks)-1
		if !end {
			gap := text[t.End:toks[k+1].Start]
			if strings.Contains(gap, "\n\n") {
				end = true
			}
			if (w == "." || w == "!" || w == "?") && !strings.HasPrefix(text[toks[k+1].Start:], "”") {
				end = true
			}
			if w == "”" && k > 0 && strings.ContainsAny(text[toks[k-1].Start:toks[k-1].End], ".!?") {
				end = true
			}
		}
		if end {
			sents = append(sents, doc.Sentence{Span: doc.Span{Start: toks[first].Start, End: t.End},
				TokenStart: int32(first), TokenEnd: int32(k + 1)})
			first = k + 1
		}
	}
	return toks, sents
}

// ent is one entity the test marks by its text: every whole-word
// occurrence not inside a longer marked entity.
type ent struct{ text, label string }

// mkdoc builds a document with tokens, sentences and the entities.
func mkdoc(t testing.TB, text string, ents ...ent) *doc.Document {
	t.Helper()
	d := &doc.Document{ID: "t", Text: text}
	d.Tokens, d.Sentences = tokenize(text)
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].text) > len(ents[j].text) })
	for _, e := range ents {
		for from := 0; ; {
			i := strings.Index(text[from:], e.text)
			if i < 0 {
				break
			}
			s := doc.Span{Start: int32(from + i), End: int32(from + i + len(e.text))}
			from += i + len(e.text)
			if !wordBoundary(text, s) {
				continue
			}
			overlaps := false
			for _, x := range d.Entities {
				if x.Overlaps(s) {
					overlaps = true
				}
			}
			if !overlaps {
				d.Entities = append(d.Entities, doc.Entity{Span: s, Label: e.label, Actor: -1})
			}
		}
	}
	sort.Slice(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
	return d
}

func wordBoundary(text string, s doc.Span) bool {
	if s.Start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s.Start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if int(s.End) < len(text) {
		r, _ := utf8.DecodeRuneInString(text[s.End:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// resolve runs the stage's resolution on d with the embedded KB and
// checks the document stays valid.
func resolve(t testing.TB, d *doc.Document) *doc.Document {
	t.Helper()
	Resolve(MustDefault(), d)
	if err := d.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	return d
}

// actorNamed returns the actor with a mention whose text is mention.
func actorWithMention(d *doc.Document, mention string) (doc.Actor, bool) {
	for _, a := range d.Actors {
		for _, m := range a.Mentions {
			if d.Slice(m) == mention {
				return a, true
			}
		}
	}
	return doc.Actor{}, false
}

// dump lists the actors for failure messages.
func dump(d *doc.Document) string {
	var b strings.Builder
	for i, a := range d.Actors {
		var ms []string
		for _, m := range a.Mentions {
			ms = append(ms, d.Slice(m))
		}
		b.WriteString("  ")
		b.WriteString(strings.Join([]string{itoa(i), a.Name, a.Kind, a.Country, a.Sector, a.Role, a.Code, "[" + strings.Join(ms, " | ") + "]"}, " / "))
		b.WriteString("\n")
	}
	return b.String()
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var s []byte
	for ; i > 0; i /= 10 {
		s = append([]byte{byte('0' + i%10)}, s...)
	}
	return string(s)
}
