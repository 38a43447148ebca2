package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// finder holds the per-document working state of the stage: flat slices
// indexed by token, filled in a few passes.
type finder struct {
	d       *doc.Document
	lex     *lexicon
	words   []string   // lower-cased token text
	marks   []markKind // quotation mark class per token
	inSeg   []int32    // segment holding the token (marks included), -1 if none
	sentOf  []int32    // sentence of the token, -1 if none
	heads   []int32    // head of the token as head() gives it, -1 if none
	usedCue []bool     // token already serves as a cue
	segs    []segment
	drafts  []draft
	hasPOS  bool
	// asTrained reads cues as when the shipped cue model was trained,
	// without prepVerbs, verbMistagged and subjectBefore (added since),
	// so that training reproduces it.
	asTrained bool
	hasDeps   bool
	tree      *tree     // the parse, when hasDeps
	cm        *CueModel // the learnt cue judge, nil for the sieves alone
	scores    []float32 // cue model scores by token, NaN until computed
	prepSeen  []uint8   // prepVerbCue's verdict by token: 0 not judged yet, 1 no cue, 2 a cue
	fbuf      []uint64  // feature buffer of cueScore and learntEnd
	// lastComp is the complement whose subtree depReported last took for
	// a content after its cue, or -1
	lastComp int
	// noVeto lets matchCue take a lexicon cue the model would veto
	// (colonlead.go's colonCue)
	noVeto bool
}

// draft is a quotation before its speaker is resolved to an actor.
type draft struct {
	first, last int // content tokens, inclusive
	span        doc.Span
	kind        string
	cue         cue
	hasCue      bool
	spk         [2]int // speaker mention tokens, inclusive; spk[0] < 0 when none
	name        [2]int // the naming part of the mention (no apposition)
	inherit     int    // draft whose speaker this one takes, -1 if none
	seg         int    // quote segment, -1 for reported speech
	// whole marks reported speech whose content was one quotation
	// (wholequote.go): a quotation after it may follow it as a reported
	// attribution's (following.go)
	whole bool
}

func newFinder(d *doc.Document, lex *lexicon) *finder {
	n := len(d.Tokens)
	ints := make([]int32, 3*n) // inSeg, sentOf, heads
	f := &finder{d: d, lex: lex,
		words: make([]string, n), marks: make([]markKind, n),
		inSeg: ints[:n:n], sentOf: ints[n : 2*n : 2*n], heads: ints[2*n:], usedCue: make([]bool, n)}
	for i, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		f.marks[i] = classifyMark(w)
		f.words[i] = lower(w)
		f.inSeg[i] = -1
		f.sentOf[i] = -1
		if t.POS != "" {
			f.hasPOS = true
		}
		if t.Dep != "" {
			f.hasDeps = true
		}
	}
	for i := 0; i+1 < n; i++ {
		// "''...'old-school,''' said": the tokenizer splits the three
		// apostrophes as "''" and "'", but the inner quotation closes
		// first; the last token closes the outer one
		if f.words[i] == "''" && f.words[i+1] == "'" && d.Tokens[i].End == d.Tokens[i+1].Start &&
			(i+2 == n || d.Tokens[i+1].End < d.Tokens[i+2].Start) {
			f.marks[i], f.marks[i+1] = markNone, markStraight
		}
	}
	for si, s := range d.Sentences {
		for i := s.TokenStart; i < s.TokenEnd && int(i) < n; i++ {
			if i >= 0 {
				f.sentOf[i] = int32(si)
			}
		}
	}
	for i := range f.heads {
		f.heads[i] = int32(f.headOf(i))
	}
	if f.hasDeps {
		f.tree = f.newTree()
	}
	return f
}

// lower lower-cases w, without allocating when it is already lower case
// ASCII, and folds the typographic apostrophe to the ASCII one.
func lower(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// sentBounds returns the token range [lo, hi) of the sentence of token i,
// or the paragraph around it when there are no sentences.
func (f *finder) sentBounds(i int) (int, int) {
	if s := f.sentOf[i]; s >= 0 {
		st := f.d.Sentences[s]
		return int(st.TokenStart), int(st.TokenEnd)
	}
	lo, hi := i, i+1
	for lo > 0 && !f.paraBreak(lo) {
		lo--
	}
	for hi < len(f.words) && !f.paraBreak(hi) {
		hi++
	}
	return lo, hi
}

// capitalised reports whether token i starts with an upper-case letter.
func (f *finder) capitalised(i int) bool {
	t := f.d.Tokens[i]
	r, _ := utf8.DecodeRuneInString(f.d.Text[t.Start:t.End])
	return unicode.IsUpper(r)
}

func (f *finder) tokSpan(a, b int) doc.Span {
	return doc.Span{Start: f.d.Tokens[a].Start, End: f.d.Tokens[b].End}
}

func isEndPunct(w string) bool { return w == "." || w == "!" || w == "?" }

func isPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "it", "we", "i", "you", "who":
		return true
	}
	return false
}

// between lists adverbs and auxiliaries that sit between a speaker and the
// cue ("he also said", "she has repeatedly argued").
var between = toSet("also has have had would will 'd 've 's was is were are did does do not n't never further publicly privately " +
	"earlier originally already still just often even specifically flatly strongly quickly simply similarly initially " +
	"first both all can could may might should must shall previously later then again repeatedly reportedly recently once " +
	"later subsequently separately tuesday monday wednesday thursday friday saturday sunday yesterday today")

// npStop lists words that end a noun phrase when walking left from its head.
var npStop = toSet("that which who whom whose when where while because if as but so than then there here it is are was were " +
	"be been being has have had not also just only even now although though after before since until unless whether and or " +
	"nor yet i you he she we they me him us them said says say told -- — – ; : ( ) [ ] to would will could should may might must can do does did")

// speakerNouns are lower-case heads that name a speaker ("a spokesman
// said", "officials say").
var speakerNouns = toSet("official officials source sources people person spokesman spokeswoman spokesperson spokespeople aide aides " +
	"analyst analysts expert experts critic critics minister ministers president leader leaders diplomat diplomats lawmaker lawmakers " +
	"senator senators governor governors report reports statement survey poll polls study studies police prosecutor prosecutors " +
	"campaign researchers economists economist residents resident witnesses witness voters supporters democrats republicans " +
	"administration government ministry department agency officer officers chief director executive executives ceo chairman " +
	"chairwoman secretary ambassador envoy general commander spokesmen representative representatives member members group groups " +
	"activists activist advocates observers investigators authorities authority company firm bank committee council court judge " +
	"doctor doctors scientist scientists professor teacher lawyer lawyers attorney attorneys candidate nominee adviser advisers " +
	"advisor advisors strategist strategists allies ally insiders insider document documents data figures records letter memo " +
	"filing filings website paper newspaper network organizers organisers union unions partner partners founder owner manager " +
	"percent many most some others few several majority half one two three four five them those everyone nobody " +
	"somebody someone anyone " +
	"mayor prime premier chancellor king queen minister's colleague friend friends family father mother son daughter wife husband")

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
