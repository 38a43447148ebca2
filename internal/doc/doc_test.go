package doc

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

const sample = "“Spain is a very committed ally,” Foreign Minister José Manuel Albares said."

// find returns the byte span of the first occurrence of sub in s.
func find(t *testing.T, s, sub string) Span {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, s)
	}
	return Span{int32(i), int32(i + len(sub))}
}

func sampleDoc(t *testing.T) *Document {
	t.Helper()
	d := &Document{ID: "x", Source: "Test", Text: sample,
		Published: time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)}
	name := find(t, sample, "José Manuel Albares")
	said := find(t, sample, "said")
	quote := find(t, sample, "Spain is a very committed ally,")
	d.Sentences = []Sentence{{Span: Span{0, int32(len(sample))}, TokenStart: 0, TokenEnd: 2}}
	d.Tokens = []Token{{Span: find(t, sample, "“"), Head: -1}, {Span: find(t, sample, "Spain"), POS: "PROPN", Tag: "NNP", Lemma: "Spain", Head: 0, Dep: "nsubj"}}
	d.Actors = []Actor{{Name: "José Manuel Albares", Kind: "person", Country: "ESP", Sector: "GOV", Role: "foreign minister", Code: "ESPGOV", Mentions: []Span{name}}}
	d.Entities = []Entity{{Span: name, Label: "PER", Actor: 0}, {Span: find(t, sample, "Spain"), Label: "LOC", Actor: -1}}
	d.Quotes = []Quote{{Span: quote, Kind: QuoteDirect, Speaker: 0, SpeakerName: "José Manuel Albares", SpeakerMention: &name, Cue: &said}}
	d.Events = []Event{{Type: "AGREE", Sources: []int32{0}, Targets: []int32{}, SourceNames: []string{"José Manuel Albares"}, TargetNames: []string{}, Trigger: said, Sentence: 0}}
	d.Dates = []Date{{Span: said, Value: "2025-08-19", Type: DateDate}}
	d.Diagnostics = []Diagnostic{{Stage: "test", Message: "hello"}}
	return d
}

func TestJSONCodePointOffsets(t *testing.T) {
	d := sampleDoc(t)
	b, err := d.EncodeJSON(JSONOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var w struct {
		Text     string `json:"text"`
		Entities []struct {
			Start, End int
			Text       string
		} `json:"entities"`
		Published *string `json:"published"`
		Title     *string `json:"title"`
		Tokens    []any   `json:"tokens"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	runes := []rune(w.Text)
	for _, e := range w.Entities {
		if got := string(runes[e.Start:e.End]); got != e.Text {
			t.Errorf("code-point slice [%d,%d) = %q; want %q", e.Start, e.End, got, e.Text)
		}
	}
	if w.Published == nil || *w.Published != "2025-08-19" {
		t.Errorf("published = %v; want 2025-08-19", w.Published)
	}
	if w.Title != nil {
		t.Errorf("title = %q; want null", *w.Title)
	}
	if w.Tokens != nil {
		t.Errorf("tokens present without JSONOptions.Tokens")
	}
}

func TestJSONRoundTrip(t *testing.T) {
	d := sampleDoc(t)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var got Document
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, &got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if err := got.Validate(); err != nil {
		t.Error(err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(d *Document)
		want   string
	}{
		{"ok", func(d *Document) {}, ""},
		{"span past end", func(d *Document) { d.Entities[0].End = 1000 }, "out of bounds"},
		{"reversed span", func(d *Document) { d.Dates[0].Start = d.Dates[0].End + 1 }, "out of bounds"},
		{"inside a rune", func(d *Document) { d.Quotes[0].Start-- }, "splits a UTF-8"},
		{"bad head", func(d *Document) { d.Tokens[1].Head = 7 }, "index 7"},
		{"bad speaker", func(d *Document) { d.Quotes[0].Speaker = 3 }, "quote speaker"},
		{"bad event actor", func(d *Document) { d.Events[0].Sources = []int32{-1} }, "event actor"},
		{"unsorted tokens", func(d *Document) { d.Tokens[0], d.Tokens[1] = d.Tokens[1], d.Tokens[0] }, "before the previous"},
		{"bad utf8", func(d *Document) { d.Text = "\xff" + d.Text[1:] }, "not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sampleDoc(t)
			tt.break_(d)
			err := d.Validate()
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Validate() = %v; want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Validate() = %v; want an ErrInvalid mentioning %q", err, tt.want)
			}
		})
	}
}

func TestOffsets(t *testing.T) {
	for _, s := range []string{"", "plain ascii", sample, "a\u00e9b\U0001F600c"} {
		o := NewOffsets(s)
		cp := int32(0)
		for b := range s {
			if got := o.CodePoint(int32(b)); got != cp {
				t.Errorf("%q: CodePoint(%d) = %d; want %d", s, b, got, cp)
			}
			if got := o.Byte(cp); got != int32(b) {
				t.Errorf("%q: Byte(%d) = %d; want %d", s, cp, got, b)
			}
			cp++
		}
		if n := int32(utf8.RuneCountInString(s)); o.CodePoint(int32(len(s))) != n || o.Byte(n) != int32(len(s)) {
			t.Errorf("%q: end does not map to end", s)
		}
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		hasTime bool
		wantErr bool
	}{
		{"2025-08-19", "2025-08-19T00:00:00Z", false, false},
		{"2025-08-19T14:03:00Z", "2025-08-19T14:03:00Z", true, false},
		{"2025-08-19T14:03:00+02:00", "2025-08-19T14:03:00+02:00", true, false},
		{"2025-08-19T14:03", "2025-08-19T14:03:00Z", true, false},
		{"19/08/2025", "", false, true},
	}
	for _, tt := range tests {
		got, hasTime, err := ParsePublished(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParsePublished(%q) error = %v; want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if err == nil && (got.Format(time.RFC3339) != tt.want || hasTime != tt.hasTime) {
			t.Errorf("ParsePublished(%q) = %s, %v; want %s, %v", tt.in, got.Format(time.RFC3339), hasTime, tt.want, tt.hasTime)
		}
	}
}

func TestHashIDStable(t *testing.T) {
	// The id must not change between releases: stored articles are keyed by it.
	if got, want := HashID("a"), "ca978112ca1bbdcafac231b39a23dc4d"; got != want {
		t.Errorf("HashID(%q) = %s; want %s", "a", got, want)
	}
	if HashID("a") == HashID("b") {
		t.Error("HashID does not tell texts apart")
	}
}

func FuzzJSONRoundTrip(f *testing.F) {
	f.Add(sample, 0, 5)
	f.Add("abc", 1, 2)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if !utf8.ValidString(text) {
			return
		}
		o := NewOffsets(text)
		n := int32(utf8.RuneCountInString(text))
		if n == 0 {
			return
		}
		a32, b32 := int32(a)%n, int32(b)%n
		if a32 < 0 {
			a32 = -a32
		}
		if b32 < 0 {
			b32 = -b32
		}
		if a32 > b32 {
			a32, b32 = b32, a32
		}
		d := &Document{ID: "f", Text: text, Dates: []Date{{Span: o.Bytes(a32, b32), Value: "X", Type: DateDate}}}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		bs, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var got Document
		if err := json.Unmarshal(bs, &got); err != nil {
			t.Fatal(err)
		}
		if got.Dates[0].Span != d.Dates[0].Span {
			t.Fatalf("span %v came back as %v", d.Dates[0].Span, got.Dates[0].Span)
		}
	})
}
