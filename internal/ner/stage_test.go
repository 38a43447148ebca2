package ner_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"chronicle/internal/doc"
	"chronicle/internal/ner"
	"chronicle/internal/pipeline"
	"chronicle/internal/testutil"
	"chronicle/internal/text"
)

func defaultModel(t testing.TB) *ner.Model {
	t.Helper()
	start := time.Now()
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("default model: %d features, first load %s", m.Features(), time.Since(start))
	return m
}

func analyze(t testing.TB, m *ner.Model, s string) *doc.Document {
	t.Helper()
	p, err := pipeline.New(text.NewStage(), ner.NewStage(m))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Text: s}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

// expectEntity fails unless d has an entity with exactly this text and label.
func expectEntity(t *testing.T, d *doc.Document, text, label string) {
	t.Helper()
	var seen []string
	for _, e := range d.Entities {
		if d.Slice(e.Span) == text && e.Label == label {
			return
		}
		seen = append(seen, d.Slice(e.Span)+"/"+e.Label)
	}
	t.Errorf("no %s entity %q; have %s", label, text, strings.Join(seen, ", "))
}

func TestStageOnRawText(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(t, defaultModel(t), string(b))
	for _, tc := range []struct{ text, label string }{
		{"Spain", "LOC"},
		{"José Manuel Albares", "PER"},
		{"NATO", "ORG"},
		{"Ukraine", "LOC"},
		{"Bloomberg TV", "ORG"},
		{"Madrid", "LOC"},
		{"Albares", "PER"},
		{"Washington", "LOC"},
		{"Spanish", "MISC"},
	} {
		expectEntity(t, d, tc.text, tc.label)
	}
	for _, e := range d.Entities {
		if e.Actor != -1 {
			t.Errorf("entity %q has actor %d", d.Slice(e.Span), e.Actor)
		}
	}
}

func TestStageDeclares(t *testing.T) {
	s := ner.NewStage(nil)
	if s.Name() != "ner" || len(s.Provides()) != 1 || s.Provides()[0] != doc.LayerEntities {
		t.Errorf("stage %s provides %v", s.Name(), s.Provides())
	}
	if _, err := pipeline.New(s); err == nil {
		t.Error("pipeline without tokens accepted the ner stage")
	}
}

func FuzzStage(f *testing.F) {
	m, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "NATO", "José Manuel Albares met “Reuters” in U.S. ’s",
		"SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", "\xff\xfe A B C", "a\n\nB. C. D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Document{Text: s}
		d.Tokens, d.Sentences = text.Segment(s)
		d.Entities = ner.Entities(m, d)
		if utf8.ValidString(s) { // Validate rejects invalid text before looking at spans
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
		}
		for i, e := range d.Entities {
			if e.Start >= e.End || int(e.End) > len(s) {
				t.Fatalf("entity %d is empty", i)
			}
			if i > 0 && e.Start < d.Entities[i-1].End {
				t.Fatalf("entity %d overlaps the previous one", i)
			}
		}
	})
}

func FuzzTagWords(f *testing.F) {
	m, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("EU rejects German call\nPeter Blackburn")
	f.Add("\x00 -- '' `` ’s 1996-08-22")
	f.Fuzz(func(t *testing.T, s string) {
		var sents [][]string
		for _, line := range strings.Split(s, "\n") {
			sents = append(sents, strings.Fields(line))
		}
		for i, cs := range m.Chunks(sents) {
			for _, c := range cs {
				if c.Start < 0 || c.End > len(sents[i]) || c.Start >= c.End {
					t.Fatalf("sentence %d: chunk %+v out of %d words", i, c, len(sents[i]))
				}
			}
		}
	})
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n")
	f.Add("a\nb B-X\n\n\n-DOCSTART-\nc d e I-PER")
	f.Fuzz(func(t *testing.T, s string) {
		arts, err := ner.ReadCoNLL(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, a := range arts {
			for _, st := range a.Sentences {
				if len(st.Words) == 0 || len(st.Words) != len(st.Tags) {
					t.Fatalf("sentence with %d words and %d tags", len(st.Words), len(st.Tags))
				}
			}
		}
	})
}

func BenchmarkNER(b *testing.B) {
	m := defaultModel(b)
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	// An article of some length, so that document context is exercised.
	s := strings.Repeat(string(raw)+"\n\n", 20)
	toks, sents := text.Segment(s)
	d := &doc.Document{Text: s, Tokens: toks, Sentences: sents}
	b.ResetTimer()
	cpu0 := testutil.CPUTime()
	for b.Loop() {
		d.Entities = ner.Entities(m, d)
	}
	n := float64(len(toks)) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	if cpu := testutil.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "tokens/cpu-s")
	}
}
