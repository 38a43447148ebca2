package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

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
	s, bad := repairUTF8(data)
	a.bad += bad
	a.fromPage = true
	root, err := html.Parse(strings.NewReader(s))
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
func blockText(root *html.Node, title string) string {
	if root == nil {
		return ""
	}
	var blocks []string
	var para strings.Builder
	flush := func() {
		// The baseline rescue can yield the same paragraph twice in a row.
		if t := collapseSpace(para.String()); hasWord(t) && (len(blocks) == 0 || blocks[len(blocks)-1] != t) {
			blocks = append(blocks, t)
		}
		para.Reset()
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				para.WriteString(strings.ReplaceAll(n.Data, "\n", "\u2028"))
			} else {
				para.WriteString(n.Data)
			}
			return
		case html.ElementNode:
			tag := strings.ToLower(n.Data)
			switch {
			case skipTags[tag]:
				return
			case tag == "br":
				para.WriteString("\u2028") // a kept line break; see collapseSpace
				return
			case tag == "td" || tag == "th":
				para.WriteByte(' ')
			case blockTags[tag]:
				flush()
				defer flush()
			}
			pre = pre || tag == "pre"
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
	}
	walk(root, false)
	flush()
	if len(blocks) > 0 && title != "" && sameWords(blocks[0], title) {
		blocks = blocks[1:]
	}
	return strings.Join(blocks, "\n\n")
}

// collapseSpace turns runs of ASCII white space into one space and trims
// each line; U+2028 marks the line breaks to keep (from <br> and <pre>).
func collapseSpace(s string) string {
	lines := strings.Split(s, "\u2028")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.FieldsFunc(l, isASCIISpace), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

// hasWord reports whether s has a letter or a digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || (r > 0x7f && isLetterOrDigit(r))
	}) >= 0
}

// sameWords compares two strings by their words, ignoring case.
func sameWords(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
