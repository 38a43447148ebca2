package actor

import (
	"testing"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// FuzzResolve resolves random entity spans over random text (tokens from
// the test tokenizer, entity bounds from the fuzzer, snapped to rune
// starts) and checks that nothing panics and the document stays valid.
func FuzzResolve(f *testing.F) {
	f.Add("Foreign Minister José Manuel Albares said Spain’s army is ready.", 17, 37, 2, 9, "PER")
	f.Add("US and European officials met in Washington. People familiar with the matter said so.", 0, 2, 33, 43, "LOC")
	f.Add("NATO, the military alliance, said. Kyiv's military and Mr. X, Spain's foreign minister,", 0, 4, 5, 40, "ORG")
	f.Add("", 0, 0, 0, 0, "MISC")
	f.Fuzz(func(t *testing.T, text string, a, b, c, e int, label string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		d := &doc.Document{ID: "f", Text: text}
		d.Tokens, d.Sentences = tokenize(text)
		n := len(text)
		snap := func(i int) int32 {
			if n == 0 {
				return 0
			}
			i %= n + 1
			if i < 0 {
				i = -i
			}
			for i < n && !utf8.RuneStart(text[i]) {
				i++
			}
			return int32(i)
		}
		for _, p := range [][2]int{{a, b}, {c, e}, {a, e}} {
			s, t2 := snap(p[0]), snap(p[1])
			if s > t2 {
				s, t2 = t2, s
			}
			for _, l := range []string{label, "PER", "LOC", "ORG"} {
				d.Entities = append(d.Entities, doc.Entity{Span: doc.Span{Start: s, End: t2}, Label: l, Actor: -1})
			}
		}
		Resolve(MustDefault(), d)
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		for i, en := range d.Entities {
			if en.Actor >= int32(len(d.Actors)) {
				t.Fatalf("entity %d: actor %d out of range", i, en.Actor)
			}
		}
		for _, ac := range d.Actors {
			for k := 1; k < len(ac.Mentions); k++ {
				if ac.Mentions[k].Start < ac.Mentions[k-1].Start {
					t.Fatalf("mentions of %q unsorted", ac.Name)
				}
			}
		}
	})
}
