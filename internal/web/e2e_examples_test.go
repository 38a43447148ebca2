package web_test

import (
	"context"
	"html"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"chronicle/examples"
	"chronicle/internal/api"
	"chronicle/internal/doc"
	"chronicle/internal/engine"
	"chronicle/internal/ingest"
	"chronicle/internal/pipeline"
	"chronicle/internal/store"
	"chronicle/internal/web"
)

// TestBrowserExamples is issue 8's end-to-end test on real data: the
// bundled example articles go through the real analysis pipeline into a
// store, and headless Chromium searches for the surname of a person the
// pipeline found quoting directly, follows the search result's link to the
// article, and finds that quote highlighted with its speaker. Unlike
// TestBrowserSearchArticleActor, nothing here is hand-made, so it fails
// when any link of the chain (stages, store, API, UI) stops carrying the
// speaker through.
func TestBrowserExamples(t *testing.T) {
	chromium := findChromium(t) // before the models load: skipping is cheap
	ctx := context.Background()
	start := time.Now()
	docs := analyseExamples(t, ctx)
	base := startServerOn(t, docs)
	t.Logf("analysed and stored %d examples in %v", len(docs), time.Since(start).Round(time.Millisecond))

	d, q := firstPersonDirectQuote(t, docs)
	speaker := d.Actors[q.Speaker].Name
	surname := speaker[strings.LastIndexByte(speaker, ' ')+1:]
	t.Logf("searching %q: %s is quoted directly in %s", surname, speaker, d.ID)

	dom := dumpDOM(t, chromium, base+"/#/search?q="+url.QueryEscape(surname))
	href := articleHref(t, dom, d.ID)

	// The page the link leads to: the quote is a <mark> whose attribute and
	// tooltip name the speaker, and the quote list credits the speaker.
	dom = dumpDOM(t, chromium, base+"/"+href)
	who := html.EscapeString(q.SpeakerName)
	if q.SpeakerName != speaker {
		t.Errorf("quote's speaker_name %q differs from its actor %q", q.SpeakerName, speaker)
	}
	expectContains(t, "article "+d.ID, dom, `data-ready`, `id="doc-text"`,
		`<mark class="quote quote-direct" data-speaker="`+who+`"`,
		`title="`+who+` (direct quote)"`,
		`id="article-quotes"`, `>`+html.EscapeString(speaker)+`</a>`)

	file := filepath.Join(t.TempDir(), "examples-article.png")
	screenshot(t, chromium, base+"/"+href, file, 1200)
	if dir := os.Getenv("CHRONICLE_SCREENSHOTS"); dir != "" {
		png, err := os.ReadFile(file)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "examples-article.png"), png, 0o644)
		}
		if err != nil {
			t.Error(err)
		}
	}
	t.Logf("whole test: %v", time.Since(start).Round(time.Millisecond))
}

// analyseExamples reads the embedded examples and runs the pipeline that
// internal/cli/wire.go builds (which this package cannot import) on each.
func analyseExamples(t *testing.T, ctx context.Context) []*doc.Document {
	t.Helper()
	p := examplePipeline(t)
	var docs []*doc.Document
	err := ingest.ReadFS(ctx, examples.FS(), "examples", ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		if err := p.Process(ctx, it.Doc); err != nil {
			return err
		}
		docs = append(docs, it.Doc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 5 {
		t.Fatalf("read %d examples; want the bundled ones", len(docs))
	}
	return docs
}

// examplePipeline is the CLI's pipeline: the embedded models and
// knowledge base, every stage in order.
func examplePipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	p, err := engine.New(engine.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// startServerOn saves analysed docs with store.SaveDocument (as ingest
// does) and serves the site on loopback.
func startServerOn(t *testing.T, docs []*doc.Document) string {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "examples.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, d := range docs {
		if _, err := s.SaveDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(web.NewHandler(api.New(api.Config{Store: s})))
	t.Cleanup(srv.Close)
	return srv.URL
}

// firstPersonDirectQuote returns the first direct quote, in reading order
// of the examples, whose speaker is a person with a name of two words or
// more (so that a surname exists to search).
func firstPersonDirectQuote(t *testing.T, docs []*doc.Document) (*doc.Document, doc.Quote) {
	t.Helper()
	for _, d := range docs {
		for _, q := range d.Quotes {
			if q.Kind != doc.QuoteDirect || q.Speaker < 0 || int(q.Speaker) >= len(d.Actors) {
				continue
			}
			if a := d.Actors[q.Speaker]; a.Kind == "person" && strings.Contains(a.Name, " ") {
				return d, q
			}
		}
	}
	t.Fatal("the pipeline found no direct quote by a named person in the examples")
	return nil, doc.Quote{}
}

var hrefRE = regexp.MustCompile(`href="(#/article/[^"]*)"`)

// articleHref returns the href of the search result that links to the
// article id, failing when the article list lacks it.
func articleHref(t *testing.T, dom, id string) string {
	t.Helper()
	_, list, ok := strings.Cut(dom, `id="article-results"`)
	if !ok {
		t.Fatalf("search: no article results\n%s", dom)
	}
	list, _, _ = strings.Cut(list, "</ol>")
	var seen []string
	for _, m := range hrefRE.FindAllStringSubmatch(list, -1) {
		href := html.UnescapeString(m[1])
		if got, err := url.PathUnescape(strings.TrimPrefix(href, "#/article/")); err == nil && got == id {
			return href
		}
		seen = append(seen, href)
	}
	t.Fatalf("search: the results do not list %s; they link to %v", id, seen)
	return ""
}
