package ingest

import "testing"

func TestClean(t *testing.T) {
	for _, c := range []struct{ have, want string }{
		{"", ""},
		{"  \n\t ", ""},
		{"Hello.", "Hello."},
		{"\uFEFFHello.", "Hello."},
		{" \uFEFF0", "0"}, // regression: fuzz; Clean must be idempotent
		{"a\uFEFFb", "a\uFEFFb"},
		{"a\r\nb\rc\n", "a\nb\nc"},
		{"a  \t\nb \n", "a\nb"},
		{"a\n\n\n\n\nb", "a\n\nb"},
		{"a\n \n\t\n  \nb", "a\n\nb"},
		{"\n\n  Title\n\n\nBody  ", "Title\n\nBody"},
		{"“Quote,” she said — “yes.”", "“Quote,” she said — “yes.”"},
		{"a\u00a0b\u00a0\nc", "a\u00a0b\nc"},
		{"  indented\n  kept", "indented\n  kept"},
	} {
		if got := Clean(c.have); got != c.want {
			t.Errorf("Clean(%q) = %q; want %q", c.have, got, c.want)
		}
	}
}

func TestRepairUTF8(t *testing.T) {
	for _, c := range []struct {
		have string
		want string
		bad  int
	}{
		{"plain", "plain", 0},
		{"caf\xe9", "caf\uFFFD", 1},
		{"\xff\xfe ok \xc3", "\uFFFD\uFFFD ok \uFFFD", 3},
		{"é ✓", "é ✓", 0},
	} {
		got, bad := repairUTF8([]byte(c.have))
		if got != c.want || bad != c.bad {
			t.Errorf("repairUTF8(%q) = %q, %d; want %q, %d", c.have, got, bad, c.want, c.bad)
		}
	}
}
