package quote

import "chronicle/internal/doc"

// segment is one stretch of quoted text between a pair of quotation marks,
// cut at a paragraph end when the quote runs on.
type segment struct {
	open, close int // token indices of the marks; close is -1 when the paragraph ended first
	first, last int // token range of the content, inclusive
	span        doc.Span
	continues   int  // index of the segment this one continues (previous paragraph), or -1
	unclosed    bool // the paragraph ended before a closing mark
	paraStart   bool // the opening mark begins its paragraph
}

// markKind classifies a token as an opening, closing or ambiguous mark.
type markKind uint8

const (
	markNone markKind = iota
	markOpen
	markClose
	markStraight // '"', whose direction depends on its neighbours
)

func classifyMark(s string) markKind {
	switch s {
	case "“", "«", "„":
		return markOpen
	case "”", "»":
		return markClose
	case "\"", "''", "``":
		if s == "``" {
			return markOpen
		}
		return markStraight
	}
	return markNone
}

// paraBreak reports whether the gap between tokens i-1 and i holds a line
// break, which in cleaned news text separates paragraphs.
func (f *finder) paraBreak(i int) bool {
	if i == 0 {
		return true
	}
	gap := f.d.Text[f.d.Tokens[i-1].End:f.d.Tokens[i].Start]
	for j := 0; j < len(gap); j++ {
		if gap[j] == '\n' {
			return true
		}
	}
	return false
}

// scanMarks pairs the quotation marks of the whole document into segments.
// Single marks (‘ ’ and ') are left alone: they are nested quotes or
// apostrophes, and either way belong to the content of the outer quote.
func (f *finder) scanMarks() {
	toks := f.d.Tokens
	open := -1
	depth := 0
	paraFirst := 0
	pendingContinue := -1
	flush := func(end int) { // paragraph ends before token end
		if open >= 0 && end-1 > open {
			f.addSegment(open, -1, paraFirst, pendingContinue)
			pendingContinue = len(f.segs) - 1
		} else {
			pendingContinue = -1
		}
		open, depth = -1, 0
	}
	for i := range toks {
		if i > 0 && f.paraBreak(i) {
			flush(i)
			paraFirst = i
			if m := f.marks[i]; m != markOpen && m != markStraight {
				pendingContinue = -1
			}
		}
		k := f.marks[i]
		if k == markNone {
			continue
		}
		if k == markStraight {
			if open >= 0 {
				k = markClose
			} else {
				k = markOpen
			}
		}
		switch k {
		case markOpen:
			if open >= 0 && depth == 0 && f.wrongWayClose(i) {
				f.marks[i] = markClose
				f.addSegment(open, i, paraFirst, pendingContinue)
				pendingContinue = -1
				open = -1
				continue
			}
			if open < 0 {
				open = i
				if i != paraFirst {
					pendingContinue = -1
				}
			} else {
				depth++
			}
		case markClose:
			if open < 0 {
				continue // a stray closing mark
			}
			if depth > 0 {
				depth--
				continue
			}
			f.addSegment(open, i, paraFirst, pendingContinue)
			pendingContinue = -1
			open = -1
		}
	}
	flush(len(toks))
	for i := range f.segs {
		s := &f.segs[i]
		if s.unclosed {
			// A run-on quote is fine when the next paragraph continues it.
			next := -1
			for j := i + 1; j < len(f.segs); j++ {
				if f.segs[j].continues == i {
					next = j
					break
				}
			}
			if next < 0 {
				f.d.Diagnose(stageName, s.span, "unclosed quotation")
			}
		}
	}
}

// addSegment records the quote opened at token open and closed at close
// (-1: by the paragraph end before token f.paraEnd).
func (f *finder) addSegment(open, close, paraFirst, cont int) {
	toks := f.d.Tokens
	first := open + 1
	last := close - 1
	if close < 0 {
		last = first
		for last+1 < len(toks) && !f.paraBreak(last+1) {
			last++
		}
	}
	if first > last || first >= len(toks) {
		return
	}
	s := segment{open: open, close: close, first: first, last: last, continues: -1,
		unclosed: close < 0, paraStart: open == paraFirst}
	if s.paraStart && cont >= 0 {
		s.continues = cont
	}
	s.span = doc.Span{Start: toks[first].Start, End: toks[last].End}
	f.segs = append(f.segs, s)
	for j := open; j <= last && j < len(toks); j++ {
		if f.inSeg[j] < 0 {
			f.inSeg[j] = int32(len(f.segs) - 1)
		}
	}
	if close >= 0 {
		f.inSeg[close] = int32(len(f.segs) - 1)
	}
}

// wrongWayClose reports whether the opening mark at i, met while a quote is
// open, is a typo for its closing mark ("“The port stays shut,“ said Lee"):
// it follows a comma and comes right before a cue, alone or after a short
// speaker phrase, and no closing mark follows it in the paragraph, which a
// nested quote ("“He said, “we will go,” …”) would need.
func (f *finder) wrongWayClose(i int) bool {
	if i == 0 || f.words[i-1] != "," || f.words[i] != "“" {
		return false
	}
	for k := i + 1; k < len(f.words) && !f.paraBreak(k); k++ {
		if f.marks[k] == markClose || f.marks[k] == markStraight {
			return false
		}
		if f.marks[k] == markOpen {
			break
		}
	}
	// The cue comes first ("said Lee") or after a speaker of at most
	// six words with no punctuation ("Ann Lee, …" ends the search).
	for k := i + 1; k < len(f.words) && k <= i+7 && !f.paraBreak(k); k++ {
		w := f.words[k]
		if f.lex.class[w] == cueSpeech {
			return true
		}
		if isEndPunct(w) || w == "," || w == ";" || w == ":" || f.marks[k] != markNone {
			return false
		}
	}
	return false
}
