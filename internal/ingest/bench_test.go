package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// benchPage composes a news page of about 5 KB: head metadata, navigation,
// twelve paragraphs with quotes, a related-links box and a footer.
func benchPage() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers meet on grain corridor | Harbour Times</title>
<meta property="og:title" content="Ministers meet on grain corridor">
<meta property="og:site_name" content="Harbour Times">
<meta name="author" content="Nora Vance">
<meta property="article:published_time" content="2025-03-11T08:00:00+01:00">
<script>var cfg = {"ads": true};</script></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Ministers meet on grain corridor</h1><p class="byline">By Nora Vance</p>
`)
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, `<p>Paragraph %d: Turkey's Foreign Minister said on Tuesday that talks with Ukraine and Russia on shipping through the Black Sea would resume next month, according to officials in Ankara. “We are closer than we were in June,” the minister told reporters, adding that the United Nations had been “fully involved” in the work. The European Union welcomed the step.</p>
`, i)
	}
	b.WriteString(`</article><aside><h3>Related</h3><ul><li><a href="/a">Grain prices fall</a></li><li><a href="/b">Ports reopen</a></li><li><a href="/c">Insurers return</a></li></ul></aside></main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> © 2025 Harbour Times</footer></body></html>`)
	return b.String()
}

// BenchmarkReadHTML measures the whole HTML path: UTF-8 check, parsing,
// date finding, main-text extraction, paragraph rendering and cleaning.
func BenchmarkReadHTML(b *testing.B) {
	page := []byte(benchPage())
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadBytes("bench.html", page, FormatHTML, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkReadText is the floor: cleaning and hashing one text article.
func BenchmarkReadText(b *testing.B) {
	text := []byte(strings.Repeat("The minister said on Tuesday that talks would resume.  \r\n\r\n\r\n", 60))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := ReadBytes("bench.txt", text, FormatText, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
