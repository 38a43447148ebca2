package ingest

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Bounds for dates found in pages. htmldate defaults the upper bound and
// its reference time to "now", which would make the same page yield
// different dates on different days; fixed bounds keep ingest a pure
// function of its input.
var (
	htmlMinDate = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	htmlMaxDate = time.Date(2099, 12, 31, 23, 59, 59, 0, time.UTC)
	htmlRefDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
)

// fromHTML fills a from an HTML page: the main text (go-trafilatura) with
// paragraphs as blank-line-separated blocks, the title, author, site name
// and URL from the page's metadata, and the publication date (go-htmldate,
// fast mode: metadata, JSON-LD, URL and date elements, no free-text
// search). Nothing is fetched from the network: both libraries only read
// the parsed tree here. A page with no extractable text is ErrNoText.
func (a *article) fromHTML(data []byte) (err error) {
	// The extractors are large third-party code run on hostile input; a
	// panic in them must cost one page, not the batch.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: extractor failed: %v", ErrNoText, r)
		}
	}()
	data = bytes.TrimPrefix(data, []byte(bom))
	if decoded, charset := decodeDeclared(data); charset != "" {
		data = decoded
		a.notes = append(a.notes, "decoded from the declared charset "+charset)
	}
	// The parser copies what it keeps, so valid UTF-8 (nearly every
	// page) is read in place rather than copied into a string first.
	var page io.Reader = bytes.NewReader(data)
	if !utf8.Valid(data) {
		s, bad := repairUTF8(data)
		a.bad += bad
		page = strings.NewReader(s)
	}
	a.fromPage = true
	root, err := html.Parse(page)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoText, err)
	}

	date, err := htmldate.FromDocument(root, htmldate.Options{
		ExtractTime:         true,
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
		// The page's own metadata (article:published_time, with its time
		// of day) is better evidence than a date in the URL.
		DeferUrlExtractor: true,
		MinDate:           htmlMinDate,
		MaxDate:           htmlMaxDate,
		DateParserConfig:  &dps.Configuration{CurrentTime: htmlRefDate},
	})
	if err == nil && !date.IsZero() {
		a.published, a.publishedHasTime = date.DateTime, date.HasTime
	}

	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		HtmlDateMode:    trafilatura.Disabled, // done above, deterministically
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
		Config:          extractConfig(),
	})
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoText, err)
	}
	m := res.Metadata
	a.title = strings.TrimSpace(m.Title)
	a.author = strings.TrimSpace(m.Author)
	a.source = strings.TrimSpace(m.Sitename)
	a.url = strings.TrimSpace(m.URL)
	a.text = blockText(res.ContentNode, a.title)
	if strings.TrimSpace(a.text) == "" {
		return ErrNoText
	}
	return nil
}

// extractConfig is trafilatura's default configuration with a lower
// threshold for its "baseline" rescue. By default any main text under 250
// characters is replaced by the baseline's output, which flattens the
// article into one paragraph (and on tiny pages repeats it); short news
// briefs are common, so only a near-empty extraction is rescued.
func extractConfig() *trafilatura.Config {
	c := trafilatura.DefaultConfig()
	c.MinExtractedSize = 100
	return c
}

// blockTags are the elements that start a new paragraph of text.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "tr": true, "thead": true,
	"tbody": true, "tfoot": true, "caption": true, "figure": true,
	"figcaption": true, "header": true, "footer": true, "aside": true,
	"hr": true, "address": true, "details": true, "summary": true, "body": true,
}

// skipTags hold no readable text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"head": true, "svg": true, "math": true, "iframe": true, "object": true,
}

// blockText renders the extracted content tree as plain text: one
// paragraph per block element, separated by a blank line; white space
// inside a paragraph collapsed to single spaces; <br> kept as a line
// break. Blocks without a letter or digit (stray separators such as "·"
// left over from bylines) are dropped, and so is a first block that only
// repeats the title, which the Document keeps in Title.
//
// The paragraphs are collapsed straight into one buffer, the text
// returned, rather than each into a string of its own and joined.
func blockText(root *html.Node, title string) string {
	if root == nil {
		return ""
	}
	var r blockRenderer
	r.walk(root, false)
	r.flush()
	out := r.out
	if len(r.starts) > 0 && title != "" && sameWords(string(out[:r.ends[0]]), title) {
		if len(r.starts) == 1 {
			return ""
		}
		out = out[r.starts[1]:]
	}
	return string(out)
}

// blockRenderer holds blockText's state: the paragraph being read, and
// the text so far with where each of its blocks starts and ends.
type blockRenderer struct {
	para         []byte // raw text of the current paragraph; U+2028 marks a kept line break
	out          []byte // the blocks so far, separated by blank lines
	starts, ends []int  // each block's span in out
}

// lineBreak is U+2028 LINE SEPARATOR, which marks the line breaks to keep
// (from <br> and <pre>) until the white space is collapsed.
const lineBreak = "\u2028"

func (r *blockRenderer) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			for i := 0; i < len(n.Data); i++ {
				if c := n.Data[i]; c == '\n' {
					r.para = append(r.para, lineBreak...)
				} else {
					r.para = append(r.para, c)
				}
			}
		} else {
			r.para = append(r.para, n.Data...)
		}
		return
	case html.ElementNode:
		tag := strings.ToLower(n.Data)
		switch {
		case skipTags[tag]:
			return
		case tag == "br":
			r.para = append(r.para, lineBreak...)
			return
		case tag == "td" || tag == "th":
			r.para = append(r.para, ' ')
		case blockTags[tag]:
			r.flush()
			defer r.flush()
		}
		pre = pre || tag == "pre"
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, pre)
	}
}

// flush ends the current paragraph: its white space collapsed (see
// appendCollapsed), it becomes a block unless it has no letter or digit
// or repeats the block before it (the baseline rescue can yield the same
// paragraph twice in a row).
func (r *blockRenderer) flush() {
	if len(r.para) == 0 {
		return
	}
	mark := len(r.out)
	if len(r.starts) > 0 {
		r.out = append(r.out, "\n\n"...)
	}
	start := len(r.out)
	r.out = appendCollapsed(r.out, r.para)
	r.para = r.para[:0]
	t := r.out[start:]
	if n := len(r.starts); !hasWordBytes(t) || n > 0 && bytes.Equal(r.out[r.starts[n-1]:r.ends[n-1]], t) {
		r.out = r.out[:mark]
		return
	}
	r.starts, r.ends = append(r.starts, start), append(r.ends, len(r.out))
}

// appendCollapsed appends s to dst with each run of ASCII white space
// turned into one space and every line trimmed; lines are split at
// U+2028 (see lineBreak), empty ones dropped, the rest joined by "\n".
// White space is ASCII, so bytes can be tested one by one, whatever the
// encoding of the rest.
func appendCollapsed(dst, s []byte) []byte {
	lines := 0
	for len(s) > 0 {
		line := s
		if i := bytes.Index(s, []byte(lineBreak)); i >= 0 {
			line, s = s[:i], s[i+len(lineBreak):]
		} else {
			s = nil
		}
		words := 0
		for i := 0; i < len(line); {
			for i < len(line) && asciiSpace[line[i]] {
				i++
			}
			j := i
			for j < len(line) && !asciiSpace[line[j]] {
				j++
			}
			if j == i {
				break
			}
			switch {
			case words > 0:
				dst = append(dst, ' ')
			case lines > 0:
				dst = append(dst, '\n')
			}
			dst = append(dst, line[i:j]...)
			words++
			i = j
		}
		if words > 0 {
			lines++
		}
	}
	return dst
}

// asciiSpace marks the bytes appendCollapsed collapses: ASCII white space.
var asciiSpace = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// hasWordBytes reports whether s has a letter or a digit.
func hasWordBytes(s []byte) bool {
	return bytes.IndexFunc(s, func(r rune) bool {
		return ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || (r > 0x7f && isLetterOrDigit(r))
	}) >= 0
}

// sameWords compares two strings by their words, ignoring case.
func sameWords(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
