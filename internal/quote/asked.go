package quote

import "chronicle/internal/doc"

// askedQuestions reads the question a passive "Asked" opens ("Asked
// whether the port would close, the mayor said no"; "…, she said when
// asked why the vote failed"): the wh-clause up to the comma before the
// answer's clause is the content of an attribution whose cue is "asked"
// and whose asker the text does not name. PolNeAR marks these questions;
// the answer is an attribution of its own, read by the other sieves. It
// runs before the reported-speech sieves, so that "asked" is not read as
// an agentless passive there.
func (f *finder) askedQuestions() {
	for i, w := range f.words {
		if w != "asked" || f.usedCue[i] || f.inSeg[i] >= 0 || i+2 >= len(f.words) {
			continue
		}
		lo, hi := f.sentBounds(i)
		if i != lo && f.words[i-1] != "when" && f.words[i-1] != "," && f.words[i-1] != "after" {
			continue // "she asked whether …" has a subject: the other sieves read it
		}
		if !askedWh[f.words[i+1]] {
			continue
		}
		for hi-1 > i && isEndPunct(f.words[hi-1]) && f.marks[hi-1] == markNone {
			hi--
		}
		last := hi - 1
		// "Asked whether …, the mayor said …", "…, when asked about the
		// budget, the mayor said …": the question ends at the last comma
		// before the answer's cue; a question after its answer ("…, she
		// said when asked why the vote failed") runs to the sentence's end
		next := -1
		for k := i + 2; k < hi; k++ {
			if f.marks[k] == markNone && f.isCue(k) {
				next = k
				break
			}
		}
		if next >= 0 || i == lo {
			if next < 0 {
				next = hi
			}
			cut := -1
			for k := next - 1; k > i+1; k-- {
				if f.words[k] == "," && f.marks[k] == markNone {
					cut = k - 1
					break
				}
			}
			if cut >= 0 || i == lo {
				last = cut
			}
		}
		first := i + 1
		if f.words[first] == "about" {
			first++
		}
		if last < first {
			continue
		}
		last = f.toClosingMark(first, last)
		dr := draft{first: first, last: last, spk: [2]int{-1, -1}, name: [2]int{-1, -1}, inherit: -1, seg: -1}
		dr.cue, dr.hasCue = cue{first: i, last: i, class: cueSpeech, base: "ask"}, true
		dr.span, dr.kind = f.tokSpan(first, last), doc.QuoteIndirect
		f.useCue(dr.cue)
		f.drafts = append(f.drafts, dr)
	}
}

// askedWh are the words that open the question after "asked".
var askedWh = toSet("if whether what why how who when where which about")
