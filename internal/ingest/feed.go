package ingest

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"chronicle/internal/doc"
)

// ErrBadFeed: an RSS or Atom feed that does not parse.
var ErrBadFeed = errors.New("ingest: bad feed")

// fullContentMin is the size of HTML from which a feed item's content is
// taken for the article instead of fetching the item's page: feeds that
// carry whole articles (content:encoded, Atom content) have kilobytes;
// those with a teaser have a sentence or two, and the page is fetched.
const fullContentMin = 1200

// xmlFeed holds RSS 2.0 (channel/item), RSS 1.0 (item beside channel)
// and Atom (entry) in one shape; encoding/xml matches local names in any
// namespace, so content:encoded is "encoded" and dc:creator "creator".
type xmlFeed struct {
	Channel struct {
		Title string    `xml:"title"`
		Items []xmlItem `xml:"item"`
	} `xml:"channel"`
	Items   []xmlItem `xml:"item"`
	Title   string    `xml:"title"`
	Entries []xmlItem `xml:"entry"`
}

type xmlItem struct {
	Title       string    `xml:"title"`
	Links       []xmlLink `xml:"link"`
	GUID        string    `xml:"guid"`
	PubDate     string    `xml:"pubDate"`
	Published   string    `xml:"published"`
	Updated     string    `xml:"updated"`
	Date        string    `xml:"date"`
	Creator     string    `xml:"creator"`
	Author      xmlAuthor `xml:"author"`
	Description string    `xml:"description"`
	Encoded     string    `xml:"encoded"`
	Content     struct {
		Type  string `xml:"type,attr"`
		Text  string `xml:",chardata"`
		Inner string `xml:",innerxml"`
	} `xml:"content"`
}

type xmlLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

type xmlAuthor struct {
	Name string `xml:"name"`
	Text string `xml:",chardata"`
}

// feedItem is one item of a feed, adapted from RSS or Atom.
type feedItem struct {
	title, link, author, content string
	published                    time.Time
	hasTime                      bool
}

// parseFeed decodes an RSS 1.0, RSS 2.0 or Atom feed. base resolves
// relative links. Sloppy feeds (HTML entities, bare ampersands) are read
// as far as encoding/xml's non-strict mode allows.
func parseFeed(data []byte, base string) (title string, items []feedItem, err error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel
	var f xmlFeed
	if err := dec.Decode(&f); err != nil {
		return "", nil, fmt.Errorf("%w: %v", ErrBadFeed, err)
	}
	title = strings.TrimSpace(f.Channel.Title + f.Title)
	baseURL, _ := url.Parse(base)
	for _, x := range slices.Concat(f.Channel.Items, f.Items, f.Entries) {
		it := feedItem{title: strings.TrimSpace(x.Title), author: strings.TrimSpace(x.Creator)}
		if it.author == "" {
			it.author = strings.TrimSpace(x.Author.Name + x.Author.Text)
		}
		for _, l := range x.Links {
			href := strings.TrimSpace(l.Href + l.Text)
			if href != "" && (l.Rel == "" || l.Rel == "alternate") {
				it.link = href
				break
			}
		}
		if it.link == "" && looksLikeURL(strings.TrimSpace(x.GUID)) {
			it.link = strings.TrimSpace(x.GUID)
		}
		if u, err := url.Parse(it.link); err == nil && baseURL != nil && it.link != "" {
			it.link = baseURL.ResolveReference(u).String()
		}
		switch {
		case strings.TrimSpace(x.Encoded) != "":
			it.content = x.Encoded
		case x.Content.Type == "xhtml":
			it.content = x.Content.Inner
		case strings.TrimSpace(x.Content.Text) != "":
			it.content = x.Content.Text
		}
		for _, d := range []string{x.PubDate, x.Published, x.Date, x.Updated} {
			if t, hasTime, ok := parseFeedDate(d); ok {
				it.published, it.hasTime = t, hasTime
				break
			}
		}
		items = append(items, it)
	}
	return title, items, nil
}

// feedDateLayouts are the date forms feeds use: RFC 822 in RSS (with or
// without the weekday, numeric or named zones), RFC 3339 in Atom and
// Dublin Core.
var feedDateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04 -0700",
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05",
}

func parseFeedDate(s string) (time.Time, bool, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false, false
	}
	for _, l := range feedDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true, true
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, false, true
	}
	return time.Time{}, false, false
}

// readFeed emits the items of a feed read from origin (fetched from
// feedURL, "" for a file): an item that carries its full content becomes
// an article directly, with the feed's metadata; the others' pages are
// fetched.
func readFeed(ctx context.Context, origin, feedURL string, data []byte, opt Options, emit func(Item) error) error {
	source, items, err := parseFeed(data, feedURL)
	if err != nil {
		return emit(failed(origin, err))
	}
	var fetch []string
	for i, it := range items {
		if len(it.content) < fullContentMin {
			if it.link != "" {
				fetch = append(fetch, it.link)
			}
			continue
		}
		name := it.link
		if name == "" {
			name = origin + "#" + strconv.Itoa(i+1)
		}
		if it.link != "" && opt.Known != nil {
			known, err := opt.Known(ctx, it.link)
			if err != nil {
				return err
			}
			if known {
				if err := emit(Item{Origin: name, Location: it.link, Known: true}); err != nil {
					return err
				}
				continue
			}
		}
		if err := emit(feedContentItem(name, source, it, opt)); err != nil {
			return err
		}
	}
	if len(fetch) == 0 {
		return nil
	}
	return readURLs(ctx, slices.Values(fetch), opt, emit)
}

// feedContentItem makes the article of an item whose content is full.
func feedContentItem(name, source string, it feedItem, opt Options) Item {
	item := Item{Origin: name, Location: it.link}
	if it.link == "" {
		item.Location = ""
	}
	item.Parse = func() (d *doc.Document, err error) {
		defer func() {
			if r := recover(); r != nil {
				d, err = nil, &ReadError{Origin: name, Err: fmt.Errorf("%w: %v", ErrNoText, r)}
			}
		}()
		root, err := html.Parse(strings.NewReader(it.content))
		if err != nil {
			return nil, &ReadError{Origin: name, Err: fmt.Errorf("%w: %v", ErrNoText, err)}
		}
		a := article{title: it.title, url: it.link, author: it.author, source: source,
			published: it.published, publishedHasTime: it.hasTime, fromPage: true}
		a.text, a.bad = repairUTF8([]byte(blockText(root, it.title)))
		d, err = a.document(name, opt)
		if err != nil {
			return nil, &ReadError{Origin: name, Err: err}
		}
		return d, nil
	}
	return item
}
