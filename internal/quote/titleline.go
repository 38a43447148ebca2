package quote

import (
	"strings"

	"chronicle/internal/doc"
)

// titleLines reads a headline in title case ("Ben Carson Slams Hillary
// And The Media In One Debate Answer", "Donald Trump Is Like A Lawyer’s
// Dumbest Client Ever, Trevor Noah Says"), where the tagger takes the
// capitalised verb for a name and the sieves find no cue: a lexicon verb
// in its third-person form ("Slams", "Says") after the capitalised name
// that opens the line is the cue, the rest of the line the content; one
// that ends the line after a comma has the name before it as the speaker
// and the line before the comma as the content. It runs last, on lines
// no other sieve read.
func (f *finder) titleLines() {
	n := len(f.words)
	for p := 0; p < n; p++ {
		if !f.paraBreak(p) {
			continue
		}
		end := p
		for end+1 < n && !f.paraBreak(end+1) {
			end++
		}
		if !f.titleCase(p, end) || f.lineRead(p, end) {
			continue
		}
		e := end
		for e > p && isEdgePunct(f.words[e]) && f.marks[e] == markNone {
			e--
		}
		for k := p + 1; k <= e; k++ {
			w := f.words[k]
			cls, ok := f.lex.class[w]
			if !ok || cls == cueAccord || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || !f.capitalised(k) || f.marks[k] != markNone || f.inSeg[k] >= 0 {
				continue
			}
			s := k - 1
			for s >= p && f.capitalised(s) && f.marks[s] == markNone {
				s--
			}
			s++
			if s == k {
				continue
			}
			var a, b int
			switch {
			case k == e && s > p+1 && f.words[s-1] == ",":
				a, b = p, s-2 // "…, Trevor Noah Says"
			case k < e && s == p:
				a, b = k+1, e // "Ben Carson Slams …"
			default:
				continue
			}
			if a > b {
				continue
			}
			c := cue{first: k, last: k, class: cls, base: f.lex.base[w]}
			if a == k+1 && a < b && titlePreps[f.words[a]] {
				c.last, a = a, a+1 // "Mayor Warns Of Flood Risk": the preposition is the cue's
			}
			f.drafts = append(f.drafts, draft{first: a, last: b, span: f.tokSpan(a, b), kind: doc.QuoteIndirect,
				cue: c, hasCue: true, seg: -1, spk: [2]int{s, k - 1}, name: [2]int{s, k - 1}, inherit: -1})
			f.useCue(c)
			break
		}
	}
}

// titleCase reports whether the line p..end is in title case: at least
// four words of more than three letters, nearly all capitalised.
func (f *finder) titleCase(p, end int) bool {
	words, caps := 0, 0
	for k := p; k <= end; k++ {
		if len(f.words[k]) <= 3 || !isLetterWord(f.words[k]) {
			continue
		}
		words++
		if f.capitalised(k) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*9
}

// lineRead reports whether a draft's content or cue lies on the line.
func (f *finder) lineRead(p, end int) bool {
	for k := p; k <= end; k++ {
		if f.usedCue[k] {
			return true
		}
	}
	for _, d := range f.drafts {
		if d.first <= end && d.last >= p {
			return true
		}
	}
	return false
}

// isLetterWord reports whether w starts with a letter.
func isLetterWord(w string) bool {
	return w != "" && (w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z')
}

// titlePreps join a title line's cue ("Warns Of", "Speaks About").
var titlePreps = toSet("of about on against over for")
