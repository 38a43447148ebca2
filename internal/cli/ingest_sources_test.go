package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"chronicle/internal/ingest"
	"chronicle/internal/store"
)

// paragraphs written for these tests; each page takes a few.
var testParas = []string{
	"Dock workers in the port of Mombasa ended a three-day strike on Thursday after the harbour authority agreed to review overtime pay, union officials said.",
	"“We have a deal that our members can accept,” the union’s secretary general told reporters at the gates, adding that ships would be unloaded through the night.",
	"Heavy rain in the highlands delayed the tea harvest for a second week, growers said, and auction prices rose by a tenth as buyers competed for the little on offer.",
	"The finance ministry said on Monday that it would issue a new ten-year bond in April, the first since the currency fell sharply against the dollar last year.",
	"Election officials in the northern province began a recount of ballots from three districts after observers reported that boxes had been opened before the count.",
	"A ferry carrying more than two hundred passengers ran aground near the island of Lamu, but all on board were taken ashore safely by fishing boats, police said.",
}

func htmlPage(title string, paras ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>
<meta property="article:published_time" content="2025-03-11T08:00:00Z"></head><body><main><article><h1>%s</h1>`, title, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString("</article></main></body></html>")
	return b.String()
}

// webServer serves test pages on 127.0.0.1 and counts requests per path.
type webServer struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newWebServer(t *testing.T) *webServer {
	t.Helper()
	w := &webServer{hits: map[string]int{}}
	mux := http.NewServeMux()
	page := func(path, body, ctype string) {
		mux.HandleFunc(path, func(rw http.ResponseWriter, r *http.Request) {
			rw.Header().Set("Content-Type", ctype)
			rw.Write([]byte(body))
		})
	}
	page("/port", htmlPage("Port strike ends", testParas[0], testParas[1]), "text/html; charset=utf-8")
	page("/tea", htmlPage("Rain delays tea", testParas[2]), "text/html")
	page("/bond", htmlPage("New bond in April", testParas[3]), "text/html")
	// A page in windows-1252 that says so only in its header.
	cafe := strings.ReplaceAll(htmlPage("Café prices", "Le café coûte plus cher cette semaine à Mombasa, disent les négociants du marché central, après des pluies abondantes."), `<meta charset="utf-8">`, "")
	var latin []byte
	for _, r := range cafe {
		latin = append(latin, byte(r))
	}
	page("/cafe", string(latin), "text/html; charset=windows-1252")
	mux.HandleFunc("/old-port", func(rw http.ResponseWriter, r *http.Request) {
		http.Redirect(rw, r, "/port", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(rw http.ResponseWriter, r *http.Request) { http.Redirect(rw, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/slow", func(rw http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/huge", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/html")
		rw.Write([]byte("<html><body><p>" + strings.Repeat("word ", 100_000) + "</p></body></html>"))
	})
	mux.HandleFunc("/feed.xml", func(rw http.ResponseWriter, r *http.Request) {
		base := "http://" + r.Host
		rw.Header().Set("Content-Type", "application/rss+xml")
		full := strings.Repeat("<p>"+testParas[5]+"</p>", 10)
		fmt.Fprintf(rw, `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Coast Wire</title>
<item><title>Recount begins</title><link>%s/recount</link><description>Officials began a recount.</description></item>
<item><title>Ferry aground</title><link>%s/ferry</link><pubDate>Tue, 11 Mar 2025 10:30:00 +0000</pubDate><content:encoded><![CDATA[%s]]></content:encoded></item>
</channel></rss>`, base, base, full)
	})
	page("/recount", htmlPage("Recount begins", testParas[4]), "text/html")
	w.Server = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.mu.Lock()
		w.hits[r.URL.Path]++
		w.mu.Unlock()
		mux.ServeHTTP(rw, r)
	}))
	t.Cleanup(w.Close)
	return w
}

func (w *webServer) total() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, h := range w.hits {
		n += h
	}
	return n
}

func writeFile(t *testing.T, path, data string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// testWARC writes a CC-NEWS-like WARC.gz with two article pages and a
// redirect, and returns its path.
func testWARC(t *testing.T, dir string) string {
	t.Helper()
	var buf bytes.Buffer
	w := ingest.NewWARCWriter(&buf, true)
	date := time.Date(2025, 3, 11, 9, 0, 0, 0, time.UTC)
	w.WriteRecord("warcinfo", "", date, "application/warc-fields", []byte("software: test\r\n"))
	w.WriteResponse("https://wire.example/ferry-2", date, 200, []string{"Content-Type: text/html"}, []byte(htmlPage("Ferry", testParas[5], testParas[0])))
	w.WriteResponse("https://wire.example/old", date, 301, []string{"Location: https://wire.example/ferry-2"}, nil)
	w.WriteResponse("https://wire.example/recount-2", date, 200, []string{"Content-Type: text/html"}, []byte(htmlPage("Recount", testParas[4], testParas[2])))
	return writeFile(t, filepath.Join(dir, "CC-NEWS-20250311-00001.warc.gz"), buf.String())
}

func TestIngestWebSources(t *testing.T) {
	web := newWebServer(t)
	dir := t.TempDir()
	list := writeFile(t, filepath.Join(dir, "urls.txt"), strings.Join([]string{
		"# reading list", web.URL + "/port", web.URL + "/tea", web.URL + "/cafe", web.URL + "/old-port",
		web.URL + "/slow", web.URL + "/huge", web.URL + "/loop", web.URL + "/missing"}, "\n"))
	warc := testWARC(t, dir)
	db := filepath.Join(dir, "x.db")
	args := []string{"ingest", "--db", db, "--allow-private", "--host-delay", "0", "--retries", "0", "--timeout", "500ms",
		"--max-bytes", "100000", list, web.URL + "/feed.xml", warc}
	code, _, errs := run(t, "", args...)
	if code != ExitFailed {
		t.Errorf("exit %d; want %d (some sources fail)", code, ExitFailed)
	}
	for _, want := range []string{"/slow", "/huge", "/loop", "/missing"} {
		if !containsLine(errs, want, "") {
			t.Errorf("stderr does not name %s:\n%s", want, errs)
		}
	}
	// port, tea, cafe, (old-port = port: duplicate), feed: recount fetched
	// and ferry from its content; WARC: ferry-2, recount-2.
	if !strings.Contains(errs, "7 stored") || !strings.Contains(errs, "1 duplicates") {
		t.Errorf("summary: want 7 stored and 1 duplicate:\n%s", errs)
	}
	for _, reason := range []string{"timeout 1", "too large 1", "too many redirects 1", "http 404 1"} {
		if !strings.Contains(errs, reason) {
			t.Errorf("summary lacks failure reason %q:\n%s", reason, errs)
		}
	}
	_, out, _ := run(t, "", "query", "articles", "--db", db, "--text", "café", "--format", "csv")
	if !strings.Contains(out, "/cafe") {
		t.Errorf("the windows-1252 page was not decoded to UTF-8:\n%s", out)
	}

	// A rerun fetches nothing that is stored and parses no stored record.
	before := web.total()
	code, _, errs = run(t, "", args...)
	if code != ExitFailed || !strings.Contains(errs, "0 stored") {
		t.Errorf("rerun: exit %d:\n%s", code, errs)
	}
	web.mu.Lock()
	refetched := web.hits["/port"] + web.hits["/tea"] + web.hits["/cafe"] + web.hits["/recount"]
	web.mu.Unlock()
	if refetched != 5 { // /port twice: itself and through /old-port
		t.Errorf("stored pages fetched %d times in all; want 5 (in the first run only)", refetched)
	}
	if web.total() == before {
		t.Errorf("the rerun fetched nothing; it should retry the failures and the feed")
	}
}

func TestIngestRefusesLoopback(t *testing.T) {
	web := newWebServer(t)
	db := filepath.Join(t.TempDir(), "x.db")
	code, _, errs := run(t, "", "ingest", "--db", db, "--retries", "0", web.URL+"/port", "http://localhost:"+strings.Split(web.URL, ":")[2]+"/tea")
	if code != ExitFailed || strings.Count(errs, "refused non-public address") != 2 || !strings.Contains(errs, "refused address 2") {
		t.Errorf("exit %d; want both URLs refused:\n%s", code, errs)
	}
	if n := web.total(); n != 0 {
		t.Errorf("the server saw %d requests; want none", n)
	}
}

func TestIngestLinksReprints(t *testing.T) {
	dir := t.TempDir()
	wire := strings.Join(testParas[:4], "\n\n")
	writeFile(t, filepath.Join(dir, "a-wire.txt"), wire)
	writeFile(t, filepath.Join(dir, "b-edited.txt"), "NAIROBI (Coast Wire) - "+strings.NewReplacer("Thursday", "Thursday evening", "tenth", "tenth or more", "ten-year", "10-year").Replace(wire))
	writeFile(t, filepath.Join(dir, "c-copy.txt"), wire)
	writeFile(t, filepath.Join(dir, "d-other.txt"), strings.Join(testParas[4:], "\n\n"))
	db := filepath.Join(t.TempDir(), "x.db")
	code, _, errs := run(t, "", "ingest", "--db", db, "--log-format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`"msg":"ingest: summary"`, `"stored":3`, `"reprints":1`, `"duplicates":1`} {
		if !strings.Contains(errs, want) {
			t.Errorf("JSON summary lacks %s:\n%s", want, errs)
		}
	}
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ids, err := s.ArticleIDs(ctx, store.Filter{Text: "NAIROBI"})
	if err != nil || len(ids) != 1 {
		t.Fatalf("the edited article: %v, %v", ids, err)
	}
	story, err := s.StoryOf(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := queryStoryArticles(ctx, s, story, "csv", &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "a-wire.txt") || !strings.Contains(lines[1], "c-copy.txt") || !strings.Contains(lines[2], "b-edited.txt") {
		t.Errorf("story %d lists:\n%s\nwant the wire (seen twice: a-wire, c-copy) and the edited reprint", story, out.String())
	}
}

func TestQueryByStoryPrints(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	if code, _, errs := run(t, "", "ingest", "--db", db, "testdata"); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	ctx := context.Background()
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, kind := range []string{"quotes", "events"} {
		var out bytes.Buffer
		if err := queryByStory(ctx, s, kind, store.Filter{}, "table", &out); err != nil || !strings.Contains(out.String(), "SOURCES") {
			t.Errorf("%s by story: %v\n%s", kind, err, out.String())
		}
	}
}
