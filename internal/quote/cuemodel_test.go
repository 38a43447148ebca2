package quote_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/parse"
	"chronicle/internal/pipeline"
	"chronicle/internal/quote"
	"chronicle/internal/quote/model"
	"chronicle/internal/tag"
	"chronicle/internal/text"
)

// TestCueModelShippedResaves loads the embedded cue model and saves it
// again: the same bytes, so that what TestTrainShipped compares is the
// model and not its encoding.
func TestCueModelShippedResaves(t *testing.T) {
	m, err := quote.DefaultCueModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() < 1000 {
		t.Fatalf("shipped cue model has %d weights", m.Features())
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), model.Cue) {
		t.Fatalf("re-saved model (%d bytes) differs from the embedded one (%d bytes)", buf.Len(), len(model.Cue))
	}
}

func TestLoadCueModelRejects(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(s))
		zw.Close()
		return b.Bytes()
	}
	for name, in := range map[string][]byte{
		"not gzip":     []byte("hello"),
		"wrong magic":  gz("chronicle-ner-1\n"),
		"truncated":    model.Cue[:len(model.Cue)/2],
		"no weights":   gz("chronicle-quote-cue-2\n"),
		"too many":     gz("chronicle-quote-cue-2\n\xff\xff\xff\xff\x0f"),
		"short header": gz("chronicle-quote-cue-2\n\x02\x00\x00"),
	} {
		if _, err := quote.LoadCueModel(bytes.NewReader(in)); err == nil {
			t.Errorf("%s: loaded", name)
		}
	}
}

// TestCueModelAddsVerbs checks that the shipped model makes cues of verbs
// outside the lexicon, which the sieves alone pass by (but for
// prepVerbs with their preposition).
func TestCueModelAddsVerbs(t *testing.T) {
	pm, ps := parsedPipeline(t), sievePipeline(t)
	cases := []struct {
		txt string
		w   want
		// prepVerb: a verb of prepVerbs with its preposition, which the
		// sieves alone read too
		prepVerb bool
	}{
		{"The governor ordered that the schools stay closed.", want{"the schools stay closed", "indirect", "The governor", "ordered", "", ""}, false},
		{"Aides implied that the deal was dead.", want{"the deal was dead", "indirect", "Aides", "implied", "", ""}, false},
		{"The senator pushed for a vote on the bill.", want{"a vote on the bill", "indirect", "The senator", "pushed for", "", ""}, true},
		// a preposition after a verb the model adds joins the cue, and a
		// particle before it too
		{"The union balked at the offer.", want{"the offer", "indirect", "The union", "balked at", "", ""}, true},
		{"The mayor lashed out at the council on Monday.", want{"the council", "indirect", "The mayor", "lashed out at", "", ""}, true},
	}
	for _, c := range cases {
		expectQuote(t, pm, c.txt, c.w)
		if c.prepVerb {
			expectQuote(t, ps, c.txt, c.w)
		} else {
			expectNone(t, ps, c.txt, c.w.content)
		}
	}
}

// TestCueModelVetoes checks that the shipped model vetoes a lexicon cue
// nested in another's content, as PolNeAR's annotators mostly leave such
// cues out, where the sieves alone read it.
func TestCueModelVetoes(t *testing.T) {
	txt := "He said his government had asked for help against the gangs."
	expectQuote(t, sievePipeline(t), txt, want{"help against the gangs", "indirect", "his government", "had asked for", "", ""})
	d := analyze(t, parsedPipeline(t), txt)
	for _, q := range d.Quotes {
		if d.Slice(q.Span) == "help against the gangs" {
			t.Errorf("the nested cue was not vetoed: %s", dump(d))
		}
	}
	expectQuote(t, parsedPipeline(t), txt, want{"his government had asked for help against the gangs", "indirect", "He", "said", "", ""})
}

// TestCueModelEnds checks the learnt end of a content: an adverbial clause
// of time after the object is no part of what was defended, where the
// sieves alone take it.
func TestCueModelEnds(t *testing.T) {
	txt := "The minister defended the budget when the opposition attacked it on Tuesday."
	expectQuote(t, parsedPipeline(t), txt, want{"the budget", "indirect", "The minister", "defended", "", ""})
	expectQuote(t, sievePipeline(t), txt, want{"the budget when the opposition attacked it on Tuesday", "indirect", "The minister", "defended", "", ""})
}

// TestTrainCueModel trains on a few sentences written for the test, in
// which "grumbled" is the only cue, and checks that training is
// deterministic and that the model learns the cue: a new sentence with it
// yields an attribution that the sieves alone (for which "grumbled" is no
// cue) do not find.
func TestTrainCueModel(t *testing.T) {
	tm, err := tag.Default()
	if err != nil {
		t.Skipf("no tagger: %v", err)
	}
	pm, err := parse.Default()
	if err != nil {
		t.Skipf("no parser: %v", err)
	}
	up, err := pipeline.New(text.NewStage(), tag.NewStage(tm), parse.NewStage(pm))
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"The coach grumbled that the referee had been unfair.",
		"Farmers grumbled that the rain came too late.",
		"The mayor grumbled that the budget was too small.",
		"Residents grumbled that the buses were always late.",
		"The players walked onto the pitch and waited.",
		"The council built a new bridge over the river.",
		"She grumbled that nobody had read the report.",
		"The minister opened the new hospital on Monday.",
	}
	var ex []quote.CueExample
	for _, s := range sentences {
		d := &doc.Document{Text: s}
		if err := up.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		e := quote.CueExample{Doc: d}
		if i := strings.Index(s, "grumbled"); i >= 0 {
			c := doc.Span{Start: int32(i), End: int32(i + len("grumbled"))}
			e.Attrs = append(e.Attrs, quote.PolNeARAttr{Cue: c, Content: doc.Span{Start: c.End + 6, End: int32(len(s) - 1)}})
		}
		ex = append(ex, e)
	}
	opts := quote.CueTrainOptions{Epochs: 5, Seed: 7, MinCount: 1}
	var saved [2][]byte
	var m *quote.CueModel
	for k := range saved {
		if m, err = quote.TrainCueModel(context.Background(), ex, opts); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		saved[k] = b.Bytes()
	}
	if !bytes.Equal(saved[0], saved[1]) {
		t.Fatal("two trainings on the same data gave different models")
	}
	m.Add = 0
	txt := "The driver grumbled that the road was closed."
	w := want{"the road was closed", "indirect", "The driver", "grumbled", "", ""}
	expectQuote(t, pipelineWith(t, true, quote.NewStageWith(m)), txt, w)
	expectNone(t, sievePipeline(t), txt, w.content)
}

// TestCueModelWeakForms checks that the model brings back a form the
// lexicon leaves out as too seldom a cue where it is sure ("maintained"
// before its that-clause, "is showing" with a clause), which the sieves
// alone pass by; and that a passive "was seen as" does not take the
// clause after a dash for its content.
func TestCueModelWeakForms(t *testing.T) {
	pm, ps := parsedPipeline(t), sievePipeline(t)
	for _, c := range []struct {
		txt string
		w   want
	}{
		{"He maintained that the plan works.", want{"the plan works", "indirect", "He", "maintained", "", ""}},
		{"The poll is showing that the senator has a lead.", want{"the senator has a lead", "indirect", "The poll", "is showing", "", ""}},
	} {
		expectQuote(t, pm, c.txt, c.w)
		expectNone(t, ps, c.txt, c.w.content)
	}
	txt := "The summit was seen as a success for the allies — something that looked unlikely a month ago."
	d := analyze(t, pm, txt)
	for _, q := range d.Quotes {
		if sl(d, q.Cue) == "seen" {
			t.Errorf("a cue of a weak form: %s", dump(d))
		}
	}
}
