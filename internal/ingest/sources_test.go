package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// newsPage composes a small news page written for these tests.
func newsPage(title string, paras ...string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>
<meta property="article:published_time" content="2025-03-11T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>%s</h1>`, title, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</article></main><footer>© Harbour Times</footer></body></html>`)
	return []byte(b.String())
}

var (
	paraPort  = "Dock workers in the port of Mombasa ended a three-day strike on Thursday after the harbour authority agreed to review overtime pay, union officials said."
	paraTalks = "“We have a deal that our members can accept,” the union’s secretary general told reporters at the gates, adding that ships would be unloaded through the night."
	paraRain  = "Heavy rain in the highlands delayed the tea harvest for a second week, growers said, and auction prices in Mombasa rose by a tenth as buyers competed for the little on offer."
)

// writeWARC writes a WARC file with a warcinfo record, a request, two
// article pages (one gzip-encoded, one in windows-1252), a redirect and
// an image, and returns its path.
func writeWARC(t *testing.T, compress bool) string {
	t.Helper()
	var buf bytes.Buffer
	w := NewWARCWriter(&buf, compress)
	date := time.Date(2025, 3, 11, 9, 0, 0, 0, time.UTC)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(w.WriteRecord("warcinfo", "", date, "application/warc-fields", []byte("software: chronicle tests\r\n")))
	must(w.WriteRecord("request", "https://news.example/port", date, "application/http; msgtype=request", []byte("GET /port HTTP/1.1\r\nHost: news.example\r\n\r\n")))
	must(w.WriteResponse("https://news.example/port", date, 200, []string{"Content-Type: text/html; charset=utf-8"}, newsPage("Port strike ends", paraPort, paraTalks)))
	must(w.WriteResponse("https://news.example/old", date, 301, []string{"Location: https://news.example/port"}, nil))
	must(w.WriteResponse("https://news.example/logo.png", date, 200, []string{"Content-Type: image/png"}, []byte("\x89PNG\r\n\x1a\n")))
	var gz bytes.Buffer
	zw := newGzip(&gz)
	zw.Write(newsPage("Rain delays tea", paraRain))
	zw.Close()
	must(w.WriteResponse("https://news.example/tea", date, 200, []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gz.Bytes()))
	latin := bytes.ReplaceAll(newsPage("Café prices", "Le café coûte plus cher à Mombasa cette semaine, disent les négociants du marché central, après des pluies abondantes."), []byte(`<meta charset="utf-8">`), nil)
	latin = toLatin1(latin)
	must(w.WriteResponse("https://news.example/cafe", date, 200, []string{"Content-Type: text/html; charset=ISO-8859-1"}, latin))
	name := "crawl.warc"
	if compress {
		name += ".gz"
	}
	path := filepath.Join(t.TempDir(), name)
	must(os.WriteFile(path, buf.Bytes(), 0o644))
	return path
}

func toLatin1(b []byte) []byte {
	var out []byte
	for _, r := range string(b) {
		out = append(out, byte(r))
	}
	return out
}

func TestReadWARC(t *testing.T) {
	for _, compress := range []bool{false, true} {
		t.Run(fmt.Sprint("gzip=", compress), func(t *testing.T) {
			path := writeWARC(t, compress)
			items := collect(t, []string{path}, nil, Options{})
			var got []string
			for _, it := range items {
				if it.Err != nil {
					t.Errorf("%s: %v", it.Origin, it.Err)
					continue
				}
				got = append(got, it.Origin)
				if it.Doc.URL != it.Origin || it.Location != it.Origin {
					t.Errorf("%s: URL %q, location %q; want the target URI", it.Origin, it.Doc.URL, it.Location)
				}
			}
			if strings.Join(got, " ") != "https://news.example/port https://news.example/tea https://news.example/cafe" {
				t.Fatalf("articles from the WARC: %v; want port, tea, cafe (not the redirect, image, request)", got)
			}
			if !strings.Contains(items[0].Doc.Text, "Dock workers") || items[0].Doc.Title != "Port strike ends" {
				t.Errorf("port page: title %q, text %.60q", items[0].Doc.Title, items[0].Doc.Text)
			}
			if !strings.Contains(items[1].Doc.Text, "tea harvest") {
				t.Errorf("gzip-encoded body not decoded: %.60q", items[1].Doc.Text)
			}
			if !strings.Contains(items[2].Doc.Text, "Le café coûte") {
				t.Errorf("Latin-1 body not decoded from the header's charset: %.60q", items[2].Doc.Text)
			}
		})
	}
}

func TestReadWARCByContentAndCap(t *testing.T) {
	path := writeWARC(t, true)
	data, _ := os.ReadFile(path)
	// No telling extension, larger than the cap: still read, record by record.
	odd := filepath.Join(t.TempDir(), "CC-NEWS-20250311-00001")
	if err := os.WriteFile(odd, data, 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(t, []string{odd}, nil, Options{MaxBytes: 3000})
	var docs, tooLarge int
	for _, it := range items {
		switch {
		case it.Doc != nil:
			docs++
		case errors.Is(it.Err, ErrTooLarge):
			tooLarge++
		}
	}
	if docs == 0 {
		t.Errorf("a WARC without extension, larger than the cap, gave no article: %v", items)
	}
	// A damaged archive keeps the records before the damage.
	cut := filepath.Join(t.TempDir(), "cut.warc")
	plain, _ := os.ReadFile(writeWARC(t, false))
	os.WriteFile(cut, plain[:len(plain)*2/3], 0o644)
	items = collect(t, []string{cut}, nil, Options{})
	if len(items) < 2 || items[0].Doc == nil || !errors.Is(items[len(items)-1].Err, ErrBadWARC) {
		t.Errorf("truncated WARC: %d items, last %v; want the early pages then ErrBadWARC", len(items), items[len(items)-1].Err)
	}
}

// fakeWeb is a Fetcher over a map, counting fetches.
type fakeWeb struct {
	pages   map[string]Page
	fetches atomic.Int32
}

func (f *fakeWeb) Fetch(ctx context.Context, u string) (*Page, error) {
	f.fetches.Add(1)
	p, ok := f.pages[u]
	if !ok {
		return nil, fmt.Errorf("404 for %s", u)
	}
	if p.URL == "" {
		p.URL = u
	}
	return &p, nil
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Times</title><link>https://news.example/</link>
<item><title>Port strike ends</title><link>https://news.example/port</link>
<pubDate>Tue, 11 Mar 2025 08:00:00 +0000</pubDate><description>Dock workers end strike.</description></item>
<item><title>Rain delays tea</title><link>/tea</link><dc:creator>Nora Vance</dc:creator>
<pubDate>Tue, 11 Mar 2025 10:30:00 +0100</pubDate>
<content:encoded><![CDATA[%s]]></content:encoded></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title>
<entry><title>Rain delays tea</title><link rel="alternate" href="https://coast.example/tea"/>
<published>2025-03-11T10:30:00Z</published><author><name>Wire Staff</name></author>
<content type="html">%s</content></entry>
<entry><title>Port strike ends</title><link href="https://coast.example/port"/><summary>Short.</summary></entry>
</feed>`

// fullContent is long enough to be taken from the feed without a fetch.
func fullContent() string {
	return "<p>" + paraRain + "</p>" + strings.Repeat("<p>"+paraRain+" Growers expect the weather to improve by the end of the month.</p>", 5)
}

func TestReadFeeds(t *testing.T) {
	web := &fakeWeb{pages: map[string]Page{
		"https://news.example/feed.xml": {Body: []byte(fmt.Sprintf(rssFeed, fullContent())), ContentType: "application/rss+xml"},
		"https://news.example/port":     {Body: newsPage("Port strike ends", paraPort, paraTalks), ContentType: "text/html"},
		"https://coast.example/port":    {Body: newsPage("Port strike ends", paraPort), ContentType: "text/html"},
	}}
	atom := filepath.Join(t.TempDir(), "coast.xml")
	escaped := strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(fullContent())
	os.WriteFile(atom, []byte(fmt.Sprintf(atomFeed, escaped)), 0o644)

	items := collect(t, []string{"https://news.example/feed.xml", atom}, nil, Options{Fetcher: web})
	byOrigin := map[string]Item{}
	for _, it := range items {
		if it.Err != nil {
			t.Errorf("%s: %v", it.Origin, it.Err)
		}
		byOrigin[it.Origin] = it
	}
	tea := byOrigin["https://news.example/tea"] // relative link resolved
	if tea.Doc == nil || tea.Doc.Author != "Nora Vance" || tea.Doc.Source != "Harbour Times" ||
		tea.Doc.PublishedString() != "2025-03-11T10:30:00+01:00" || !strings.Contains(tea.Doc.Text, "tea harvest") {
		t.Errorf("RSS item with full content: %+v", tea.Doc)
	}
	if p := byOrigin["https://news.example/port"]; p.Doc == nil || !strings.Contains(p.Doc.Text, "Dock workers") {
		t.Errorf("RSS item without content was not fetched: %+v", p)
	}
	if a := byOrigin["https://coast.example/tea"]; a.Doc == nil || a.Doc.Author != "Wire Staff" || !strings.Contains(a.Doc.Text, "tea harvest") {
		t.Errorf("Atom entry with content: %+v", a.Doc)
	}
	if _, ok := byOrigin["https://coast.example/port"]; !ok {
		t.Errorf("Atom entry with a summary only was not fetched")
	}
	if n := web.fetches.Load(); n != 3 {
		t.Errorf("%d fetches; want 3 (the feed and the two pages without content)", n)
	}
}

func TestReadURLList(t *testing.T) {
	web := &fakeWeb{pages: map[string]Page{
		"https://news.example/port": {Body: newsPage("Port strike ends", paraPort, paraTalks), ContentType: "text/html", URL: "https://news.example/port?amp=0"},
		"https://news.example/tea":  {Body: newsPage("Rain delays tea", paraRain), ContentType: "text/html"},
	}}
	list := filepath.Join(t.TempDir(), "urls")
	os.WriteFile(list, []byte("# my reading list\nhttps://news.example/port\n\nhttps://news.example/tea\nhttps://news.example/gone\n"), 0o644)

	known := func(_ context.Context, loc string) (bool, error) { return loc == "https://news.example/tea", nil }
	var items []Item
	err := Read(context.Background(), []string{list}, nil, Options{Fetcher: web, Known: known, Defer: true}, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 {
		t.Fatalf("%d items; want 3", len(items))
	}
	if items[0].Parse == nil || items[0].Doc != nil {
		t.Errorf("with Defer the page is not parsed: %+v", items[0])
	}
	items[0].Resolve()
	if items[0].Doc == nil || items[0].Doc.URL != "https://news.example/port?amp=0" {
		t.Errorf("resolved page: %+v, %v", items[0].Doc, items[0].Err)
	}
	if !items[1].Known || items[1].Location != "https://news.example/tea" {
		t.Errorf("a known location was not skipped: %+v", items[1])
	}
	if !errors.Is(items[2].Err, ErrFetch) || !strings.Contains(items[2].Err.Error(), "news.example/gone") {
		t.Errorf("a failed fetch: %v", items[2].Err)
	}
	if n := web.fetches.Load(); n != 2 {
		t.Errorf("%d fetches; want 2 (the known one is not fetched)", n)
	}
	// Without a fetcher, URLs fail by name.
	items = collect(t, []string{"https://news.example/port"}, nil, Options{})
	if len(items) != 1 || !errors.Is(items[0].Err, ErrNoFetcher) {
		t.Errorf("URL without fetcher: %v", items)
	}
}

func TestSniffSources(t *testing.T) {
	for _, tc := range []struct {
		head string
		list bool
		feed bool
	}{
		{"https://a.example/x\nhttp://b.example/y\n", true, false},
		{"# list\n\nhttps://a.example/x\n", true, false},
		{"https://a.example/x is a site I like\n", false, false},
		{"Visit https://a.example/x\n", false, false},
		{`<?xml version="1.0"?><!-- c --><rss version="2.0"><channel>`, false, true},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, false, true},
		{`<?xml version="1.0"?><html><body>`, false, false},
		{`<rssfoo>`, false, false},
	} {
		if got := sniffList([]byte(tc.head)) == FormatURLs; got != tc.list {
			t.Errorf("sniffList(%q) = %v; want %v", tc.head, got, tc.list)
		}
		if got := sniffFeed([]byte(tc.head)); got != tc.feed {
			t.Errorf("sniffFeed(%q) = %v; want %v", tc.head, got, tc.feed)
		}
	}
}

func FuzzReadWARC(f *testing.F) {
	var buf bytes.Buffer
	w := NewWARCWriter(&buf, false)
	w.WriteResponse("https://x.example/", time.Time{}, 200, []string{"Content-Type: text/html"}, newsPage("T", paraPort))
	f.Add(buf.Bytes())
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.warc")
		os.WriteFile(path, data, 0o644)
		Read(context.Background(), []string{path}, nil, Options{MaxBytes: 1 << 16}, func(it Item) error {
			if it.Doc != nil {
				if err := it.Doc.Validate(); err != nil {
					t.Fatal(err)
				}
			}
			return nil
		})
	})
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(fmt.Sprintf(rssFeed, fullContent())))
	f.Add([]byte(fmt.Sprintf(atomFeed, "x")))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, items, err := parseFeed(data, "https://x.example/")
		if err != nil {
			return
		}
		for _, it := range items {
			if len(it.content) < fullContentMin {
				continue
			}
			if d, err := feedContentItem("x", "", it, Options{}).Parse(); err == nil {
				if err := d.Validate(); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
}

func newGzip(w *bytes.Buffer) *gzip.Writer { return gzip.NewWriter(w) }
