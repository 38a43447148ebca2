package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestBlockText(t *testing.T) {
	for _, tc := range []struct {
		name, body, title, want string
	}{
		{"paragraphs", "<p>One  two\n three.</p><p>\tFour.</p>", "", "One two three.\n\nFour."},
		{"br and pre keep lines", "<p>Line one<br>  line two </p><pre>a  b\n\n c</pre>", "", "Line one\nline two\n\na b\nc"},
		{"no word dropped", "<p>·</p><p>Text 1.</p><p> - </p>", "", "Text 1."},
		{"repeat dropped", "<p>Same.</p><div>Same.</div><p>Other.</p><p>Same.</p>", "", "Same.\n\nOther.\n\nSame."},
		{"title dropped", "<h1>The  Title</h1><p>Body.</p>", "the title", "Body."},
		{"title alone", "<h1>The Title</h1>", "The Title", ""},
		{"title kept when not first", "<p>Body.</p><h2>The Title</h2>", "The Title", "Body.\n\nThe Title"},
		{"cells and skipped", "<table><tr><td>a</td><td>b</td></tr></table><script>x()</script><p>é\xffz</p>", "", "a b\n\né\xffz"},
		{"empty", "<div> \n </div>", "", ""},
	} {
		root, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := blockText(root, tc.title); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	if got := blockText(nil, "x"); got != "" {
		t.Errorf("nil root: %q", got)
	}
}
