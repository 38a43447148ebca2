package eval

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"chronicle/internal/doc"
)

// GUM's XML (the "vertical" TEI-like format of data/time/gum) has one token
// per line — word, PTB tag, lemma, ... separated by tabs — between lines
// that are XML tags. A document is one <text> element whose attributes
// give the genre (type) and the anchor (dateCreated); <s> marks sentences,
// <date when|from|to|notBefore|notAfter> the gold temporal expressions, and
// <time when> clock times (not scored: see time.go).
//
// The plain text the scorer builds from it (its "text rule"):
//   - tokens are joined by one space, except that no space goes before
//     closing punctuation (, . ; : ! ? ) ] } %), clitics ('s n't 're 've
//     'll 'd 'm), closing quotes (PTB tag ''), and HYPH hyphens; none goes
//     after opening brackets, opening quotes (PTB tag ``), $ and # or HYPH
//     hyphens; the parts of a <w> word are joined without spaces;
//   - a sentence that opens a new block (p, head, item, sp, caption, l,
//     cell, quote, note, figure) starts on a new line, other sentences
//     follow after one space.
// XML character entities in tokens are decoded.

// gumDoc is one GUM document turned into plain text with byte-offset gold.
type gumDoc struct {
	ID        string
	Genre     string // the <text type> attribute: news, bio, ...
	Created   string // dateCreated, the anchor (YYYY-MM-DD)
	Text      string
	Sentences []doc.Span
	Dates     []gumDate
	Times     []gumDate // <time> elements, reported only
}

// gumDate is one gold <date> (or <time>) element.
type gumDate struct {
	doc.Span
	When, From, To, NotBefore, NotAfter string
}

// Value renders the gold annotation compactly for reports.
func (g gumDate) Value() string {
	var parts []string
	for _, kv := range [][2]string{{"when", g.When}, {"from", g.From}, {"to", g.To}, {"notBefore", g.NotBefore}, {"notAfter", g.NotAfter}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+"="+kv[1])
		}
	}
	return strings.Join(parts, " ")
}

var gumAttr = regexp.MustCompile(`([A-Za-z_:]+)="([^"]*)"`)

func gumAttrs(tag string) map[string]string {
	m := map[string]string{}
	for _, a := range gumAttr.FindAllStringSubmatch(tag, -1) {
		m[a[1]] = a[2]
	}
	return m
}

var gumBlocks = map[string]bool{"p": true, "head": true, "item": true, "sp": true, "caption": true,
	"l": true, "cell": true, "quote": true, "note": true, "figure": true, "list": true, "row": true}

var gumNoSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, "!": true, "?": true,
	")": true, "]": true, "}": true, "%": true, "'s": true, "’s": true, "n't": true, "n’t": true, "'re": true,
	"’re": true, "'ve": true, "’ve": true, "'ll": true, "’ll": true, "'d": true, "’d": true, "'m": true,
	"’m": true, "'S": true, "N'T": true, "...": true, "…": true}

var gumNoSpaceAfter = map[string]bool{"(": true, "[": true, "{": true, "$": true, "#": true}

var gumEntities = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'")

// parseGUM reads one GUM XML document. It never fails on odd markup: a
// stray closing tag is ignored and an unclosed <date> ends at the text's
// end. The error is only an I/O error.
func parseGUM(r io.Reader) (*gumDoc, error) {
	g := &gumDoc{}
	var b strings.Builder
	type open struct {
		attrs map[string]string
		start int32
		time  bool
	}
	var stack []open
	lastEnd := int32(0)    // end of the last token written
	newBlock := true       // the next sentence opens a block
	sentStart := int32(-1) // start of the current sentence, -1 before its first token
	inSentence := false
	noSpace := true // no space before the next token
	inWord, wordFirst := false, false
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "<") && !strings.Contains(line, "\t") {
			name := strings.TrimLeft(line, "</")
			if k := strings.IndexAny(name, " >/"); k >= 0 {
				name = name[:k]
			}
			closing := strings.HasPrefix(line, "</")
			switch {
			case name == "text" && !closing:
				a := gumAttrs(line)
				g.ID, g.Genre, g.Created = a["id"], a["type"], a["dateCreated"]
			case name == "s" && !closing:
				inSentence, sentStart = true, -1
			case name == "s" && closing:
				if inSentence && sentStart >= 0 {
					g.Sentences = append(g.Sentences, doc.Span{Start: sentStart, End: lastEnd})
				}
				inSentence = false
			case (name == "date" || name == "time") && !closing:
				stack = append(stack, open{attrs: gumAttrs(line), start: -1, time: name == "time"})
			case (name == "date" || name == "time") && closing:
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.start < 0 {
					continue // an empty element
				}
				gd := gumDate{Span: doc.Span{Start: o.start, End: lastEnd}, When: strings.TrimSpace(o.attrs["when"]),
					From: o.attrs["from"], To: o.attrs["to"], NotBefore: o.attrs["notBefore"], NotAfter: o.attrs["notAfter"]}
				if o.time {
					g.Times = append(g.Times, gd)
				} else {
					g.Dates = append(g.Dates, gd)
				}
			case name == "w":
				inWord, wordFirst = !closing, !closing
			case gumBlocks[name] && !closing:
				newBlock = true
			}
			continue
		}
		f := strings.Split(line, "\t")
		word := gumEntities.Replace(strings.TrimSpace(f[0]))
		if word == "" {
			continue
		}
		tag := ""
		if len(f) > 1 {
			tag = f[1]
		}
		if b.Len() > 0 {
			switch {
			case newBlock && sentStart < 0:
				b.WriteByte('\n')
			case inWord && !wordFirst:
			case noSpace || gumNoSpaceBefore[word] || tag == "''" || tag == "HYPH" || tag == "POS":
			default:
				b.WriteByte(' ')
			}
		}
		newBlock = false
		wordFirst = false
		start := int32(b.Len())
		b.WriteString(word)
		lastEnd = int32(b.Len())
		if inSentence && sentStart < 0 {
			sentStart = start
		}
		for k := range stack {
			if stack[k].start < 0 {
				stack[k].start = start
			}
		}
		noSpace = gumNoSpaceAfter[word] || tag == "``" || tag == "HYPH"
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: read GUM: %w", err)
	}
	for _, o := range stack {
		if o.start >= 0 && !o.time {
			g.Dates = append(g.Dates, gumDate{Span: doc.Span{Start: o.start, End: lastEnd}, When: o.attrs["when"],
				From: o.attrs["from"], To: o.attrs["to"], NotBefore: o.attrs["notBefore"], NotAfter: o.attrs["notAfter"]})
		}
	}
	g.Text = b.String()
	return g, nil
}
