package web_test

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"chronicle/internal/api"
	"chronicle/internal/api/apitest"
	"chronicle/internal/doc"
	"chronicle/internal/store"
	"chronicle/internal/web"
)

// The end-to-end tests drive headless Chromium (Debian's chromium package)
// over a server on a store of hand-made documents. They skip when no
// Chromium is installed. With CHRONICLE_SCREENSHOTS=DIR they also write the
// screenshots of docs/ (search.png, article.png, actor.png) into DIR.

func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium in PATH: skipping the browser test (apt-get install chromium)")
	return ""
}

// startServer stores docs in a temp store and serves the site on loopback.
func startServer(t *testing.T, docs []*doc.Document) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "e2e.db")
	if err := apitest.Save(ctx, path, docs); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.NewHandler(api.New(api.Config{Store: s})))
	t.Cleanup(func() { srv.Close(); s.Close() })
	return srv.URL
}

// browse runs Chromium on url with extra flags and returns its stdout.
// --virtual-time-budget lets the page's scripts and fetches finish first.
func browse(t *testing.T, chromium, url string, flags ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + t.TempDir(), "--virtual-time-budget=8000"}, flags...)
	cmd := exec.CommandContext(ctx, chromium, append(args, url)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %s: %v\n%s", url, err, stderr.String())
	}
	return string(out)
}

func dumpDOM(t *testing.T, chromium, url string) string {
	t.Helper()
	return browse(t, chromium, url, "--dump-dom")
}

func screenshot(t *testing.T, chromium, url, file string, height int) {
	t.Helper()
	browse(t, chromium, url, "--screenshot="+file, "--window-size=1400,"+strconv.Itoa(height))
	if st, err := os.Stat(file); err != nil || st.Size() < 10000 {
		t.Errorf("screenshot %s missing or tiny: %v", file, err)
	}
}

func expectContains(t *testing.T, page, dom string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(dom, w) {
			t.Errorf("%s: DOM lacks %q", page, w)
		}
	}
}

func TestBrowserSearchArticleActor(t *testing.T) {
	chromium := findChromium(t)
	docs, err := apitest.Rich()
	if err != nil {
		t.Fatal(err)
	}
	base := startServer(t, docs)

	dom := dumpDOM(t, chromium, base+"/#/search?q=Albares")
	expectContains(t, "search", dom, `id="article-results"`, `href="#/article/albares-nato"`,
		"Spain’s Albares says the country is a committed NATO ally", `id="quote-results"`,
		"Spain is a very committed ally,", `href="#/actor/Jos%C3%A9%20Manuel%20Albares"`)

	// The search result's link leads here: the article with the quote
	// highlighted and its speaker attached.
	dom = dumpDOM(t, chromium, base+"/#/article/albares-nato")
	expectContains(t, "article", dom,
		`<mark class="quote quote-direct" data-speaker="José Manuel Albares" data-quote="0" title="José Manuel Albares (direct quote)">`,
		`class="ent ent-PER" data-label="PER">José Manuel Albares<span class="label">PER</span>`,
		`class="date"`, `class="trigger"`, `id="article-quotes"`)

	dom = dumpDOM(t, chromium, base+"/#/actor/Jos%C3%A9%20Manuel%20Albares")
	expectContains(t, "actor", dom, "<h1>José Manuel Albares</h1>", `id="timeline"`, "uplot", `id="network"`, "<canvas",
		"We need a ceasefire first of all,")

	dom = dumpDOM(t, chromium, base+"/#/events?type=CONSULT")
	expectContains(t, "events", dom, `id="events-table"`, "Rabat", "Abuja", `download="events.csv"`)

	dir := os.Getenv("CHRONICLE_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	screenshot(t, chromium, base+"/#/search?q=Albares", filepath.Join(dir, "search.png"), 900)
	screenshot(t, chromium, base+"/#/article/albares-nato", filepath.Join(dir, "article.png"), 900)
	screenshot(t, chromium, base+"/#/actor/Jos%C3%A9%20Manuel%20Albares", filepath.Join(dir, "actor.png"), 1000)
}

// TestBrowserEscapes stores an article whose fields carry script tags and
// attribute payloads; each would mark <html data-pwned> if it ran. No page
// may run them, and the payloads must show as text.
func TestBrowserEscapes(t *testing.T) {
	chromium := findChromium(t)
	d, err := apitest.Hostile()
	if err != nil {
		t.Fatal(err)
	}
	base := startServer(t, []*doc.Document{d})
	for _, page := range []string{"/#/search?q=Albares", "/#/article/hostile", "/#/actor/Evil",
		"/#/actor/Jos%C3%A9%20Manuel%20Albares", "/#/events"} {
		dom := dumpDOM(t, chromium, base+page)
		if html, _, _ := strings.Cut(dom, ">"); strings.Contains(html, "data-pwned") {
			t.Errorf("%s: a payload ran", page)
		}
		if !strings.Contains(dom, "data-ready") {
			t.Errorf("%s: the page did not finish rendering", page)
		}
		if strings.Contains(dom, "<script>document") || strings.Contains(dom, `<img src="x"`) {
			t.Errorf("%s: a payload became markup", page)
		}
	}
	dom := dumpDOM(t, chromium, base+"/#/article/hostile")
	expectContains(t, "hostile article", dom, "&lt;script&gt;document.documentElement.setAttribute", "&lt;img src=x onerror=")
}
