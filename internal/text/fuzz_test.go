package text

import (
	"testing"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// FuzzSegment checks the invariants Segment promises, on any input:
//
//   - it never panics, even on invalid UTF-8;
//   - tokens are non-empty, sorted and do not overlap, and none contains
//     white space (unicode.IsSpace, U+200B or U+FEFF);
//   - every other byte of the text lies inside some token, so the tokens
//     and the white space between them rebuild the text exactly;
//   - sentences partition the tokens in order, and each sentence spans from
//     its first token's start to its last token's end;
//   - for valid UTF-8, the document passes doc.Validate.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"", " ", "Spain's top diplomat didn't say.", "U.S. Gen. J.D. Vance met Mr. X at 9 a.m. Mon. 19 May.",
		"“Spain is a very committed ally,” he said.\n\nTerritorial Integrity\n\nThe aim…",
		"$1.5bn, 5%, 1,000.50, https://x.org/a?b. mail a@b.co.", "\xff\xfe'\xe2\x80", "n't 's ' - -- #a :) ***",
		"e.g. etc. Inc.\n1. a\n- b", "a\u200bb\u00a0c\ufeff", "U.S.\n\n", "Dr.\n", ".",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks, sents := Segment(s)
		covered := 0 // bytes up to here are inside a token or white space
		for i, tok := range toks {
			if tok.Start >= tok.End || int(tok.Start) < covered {
				t.Fatalf("token %d [%d,%d) empty or overlapping (previous end %d)", i, tok.Start, tok.End, covered)
			}
			for p := covered; p < int(tok.Start); {
				c, n := classAt(s, p)
				if c != cSpace {
					t.Fatalf("byte %d (%q) is neither white space nor inside a token", p, s[p:p+n])
				}
				p += n
			}
			for p := int(tok.Start); p < int(tok.End); {
				c, n := classAt(s, p)
				if c == cSpace {
					t.Fatalf("token %d %q contains white space", i, s[tok.Start:tok.End])
				}
				p += n
			}
			if tok.Head != -1 {
				t.Fatalf("token %d has Head %d", i, tok.Head)
			}
			covered = int(tok.End)
		}
		for p := covered; p < len(s); {
			c, n := classAt(s, p)
			if c != cSpace {
				t.Fatalf("trailing byte %d (%q) not in a token", p, s[p:p+n])
			}
			p += n
		}
		next := int32(0)
		for i, st := range sents {
			if st.TokenStart != next || st.TokenEnd <= st.TokenStart {
				t.Fatalf("sentence %d token range [%d,%d), want to start at %d", i, st.TokenStart, st.TokenEnd, next)
			}
			if st.Start != toks[st.TokenStart].Start || st.End != toks[st.TokenEnd-1].End {
				t.Fatalf("sentence %d span [%d,%d) does not match its tokens", i, st.Start, st.End)
			}
			next = st.TokenEnd
		}
		if int(next) != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
		if utf8.ValidString(s) {
			d := &doc.Document{Text: s, Tokens: toks, Sentences: sents}
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
		}
	})
}
