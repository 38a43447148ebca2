package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

// TestTimeGUMDev runs the scorer on GUM dev. TIME_ERRORS=train|dev prints
// every error of that split instead (a development aid).
func TestTimeGUMDev(t *testing.T) {
	split := "dev"
	if s := os.Getenv("TIME_ERRORS"); s != "" {
		split = s
	}
	dir := testutil.SharedData(t, "time", "gum", split)
	var out bytes.Buffer
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	m, err := Time(t.Context(), dir, &out, pred)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if os.Getenv("TIME_ERRORS") != "" {
		prep, err := timePipeline()
		if err != nil {
			t.Fatal(err)
		}
		r, err := timeEvaluate(t.Context(), prep, dir)
		if err != nil {
			t.Fatal(err)
		}
		var e bytes.Buffer
		r.timeErrors(&e)
		t.Log("\n" + e.String())
	}
	if m["n"] == 0 {
		t.Fatal("no gold dates read")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "task=time span_f1=") {
		t.Errorf("last line = %q", last)
	}
	if st, err := os.Stat(pred); err != nil || st.Size() == 0 {
		t.Errorf("predictions not written: %v", err)
	}
}

func TestParseGUMSample(t *testing.T) {
	f, err := os.Open("testdata/time_sample.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := parseGUM(f)
	if err != nil {
		t.Fatal(err)
	}
	wantText := "Monday, officials met \"for talks\" in the 1990s.\nThey'll meet next week all-day & July."
	if g.Text != wantText {
		t.Errorf("text = %q; want %q", g.Text, wantText)
	}
	if g.Genre != "news" || g.Created != "2025-08-19" || len(g.Sentences) != 2 {
		t.Errorf("genre %q created %q sentences %d", g.Genre, g.Created, len(g.Sentences))
	}
	var got []string
	for _, d := range g.Dates {
		got = append(got, g.Text[d.Start:d.End]+"|"+d.Value())
	}
	want := []string{"Monday|when=2025-08-18", "the 1990s|from=1990-01-01 to=1999-12-31", "next week|from=2025-08-25 to=2025-08-31", "July|when=--07"}
	if strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("dates = %q; want %q", got, want)
	}
	r, err := timeScoreDoc(t.Context(), nil, g)
	if err != nil {
		t.Fatal(err)
	}
	for gi, ok := range r.valueOK {
		if r.match[gi] < 0 || !ok {
			t.Errorf("gold %q not matched with the right value (pred %v)", want[gi], r.pred)
		}
	}
}

func TestTimeValueEqual(t *testing.T) {
	tests := []struct {
		gold gumDate
		pred string
		want bool
	}{
		{gumDate{When: "2025"}, "2025", true},
		{gumDate{When: "2025-06"}, "2025", false},
		{gumDate{When: "--06"}, "2025-06", true},
		{gumDate{When: "--06"}, "XXXX-06", true},
		{gumDate{When: "2025-06"}, "XXXX-06", false},
		{gumDate{From: "1990-01-01", To: "1999-12-31"}, "199", true},
		{gumDate{From: "1900", To: "1999"}, "19", true},
		{gumDate{From: "2015-09-14", To: "2015-09-20"}, "2015-W38", true},
		{gumDate{From: "2015-09-19", To: "2015-09-20"}, "2015-W38-WE", true},
		{gumDate{From: "--06", To: "--09"}, "2010-SU", true},
		{gumDate{From: "1892", To: "1895"}, "1892/1895", true},
		{gumDate{NotBefore: "1975", NotAfter: "1983"}, "1979", true},
		{gumDate{NotBefore: "1975", NotAfter: "1983"}, "1984", false},
		{gumDate{When: "-400"}, "BC0400", true},
		{gumDate{When: "2025-08-19"}, "2025-08-19TNI", true},
		{gumDate{When: "2025"}, "P2Y", false},
		{gumDate{From: "1960-01-01", To: "1969-01-01"}, "196", true},
		{gumDate{From: "0900-01-01", To: "0999-01-01"}, "09", true},
		{gumDate{From: "1960-01-01", To: "1969-01-01"}, "1960/1969", true},
		{gumDate{From: "1960-01-01", To: "1969-01-01"}, "1960/1968", false},
		{gumDate{From: "1960-01-01", To: "1968-01-01"}, "196", false},
		{gumDate{From: "1961-01-01", To: "1970-01-01"}, "196", false},
		{gumDate{From: "2018-04-19", To: "2023-04-18"}, "2018-04-19/2023-04-18", true},
		{gumDate{NotBefore: "1976", NotAfter: "1979"}, "1975/1979", false},
		// A value equal to the start alone is not the span.
		{gumDate{From: "2016-01", To: "2016-06"}, "2016-01", false},
		{gumDate{From: "2016-01"}, "2016-01", true},
		{gumDate{NotBefore: "2016"}, "2016", true},
		{gumDate{NotBefore: "2016", NotAfter: "2017"}, "2016", true},
		{gumDate{From: "--09-15", To: "--09-30"}, "2007-09-15/2007-09-30", true},
		{gumDate{NotBefore: "xxxx-11-05", NotAfter: "xxxx-11-11"}, "2012-11-05/2012-11-11", true},
		{gumDate{NotBefore: "xxxx-11-05", NotAfter: "xxxx-11-11"}, "2012-11-05/2012-11-12", false},
		{gumDate{When: "xxxx-11-05"}, "XXXX-11-05", true},
		{gumDate{From: "08-1967", To: "06-1968"}, "1967-08/1968-06", true},
		{gumDate{From: "08-1967", To: "06-1968"}, "1968", false},
		{gumDate{When: "08-1967"}, "1967-08", true},
		{gumDate{When: "1967-08"}, "08-1967", false},
	}
	for _, tc := range tests {
		if got := timeValueEqual(tc.gold, tc.pred); got != tc.want {
			t.Errorf("timeValueEqual(%s, %q) = %v; want %v", tc.gold.Value(), tc.pred, got, tc.want)
		}
	}
}

// FuzzParseGUM checks that any input parses without panic into spans that
// make a valid document.
func FuzzParseGUM(f *testing.F) {
	if b, err := os.ReadFile("testdata/time_sample.xml"); err == nil {
		f.Add(string(b))
	}
	f.Add("<date when=\"2020\">\n</s>\n</date>\nx\n<date>\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := parseGUM(strings.NewReader(in))
		if err != nil {
			return
		}
		d := &doc.Document{Text: g.Text}
		for _, s := range g.Sentences {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: s})
		}
		for _, gd := range g.Dates {
			d.Dates = append(d.Dates, doc.Date{Span: gd.Span, Value: gd.Value()})
		}
		if !utf8.ValidString(in) {
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("parseGUM(%q): %v", in, err)
		}
		if _, err := timeScoreDoc(t.Context(), nil, g); err != nil {
			t.Fatal(err)
		}
	})
}
