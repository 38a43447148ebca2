package tag

import (
	"context"
	"strings"
	"testing"
	"time"

	"chronicle/internal/conllu"
	"chronicle/internal/doc"
	"chronicle/internal/pipeline"
	"chronicle/internal/testutil"
)

// shippedModel returns the embedded model.
func shippedModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// expectTags tags the space-separated sentence and checks the XPOS of the
// positions given in want ("" means any tag).
func expectTags(t *testing.T, m *Model, sentence string, want ...string) {
	t.Helper()
	words := strings.Fields(sentence)
	if len(words) != len(want) {
		t.Fatalf("%q: %d words, %d expected tags", sentence, len(words), len(want))
	}
	xpos := make([]string, len(words))
	m.Tag(words, nil, xpos, nil)
	for i, w := range want {
		if w != "" && xpos[i] != w {
			t.Errorf("%q: word %d %q tagged %s; want %s (all: %v)", sentence, i, words[i], xpos[i], w, xpos)
		}
	}
}

func TestShippedTagsNewsSentences(t *testing.T) {
	m := shippedModel(t)
	expectTags(t, m, "Spain 's top diplomat dismissed the suggestion on Tuesday .",
		"NNP", "POS", "", "NN", "VBD", "DT", "NN", "IN", "NNP", ".")
	// Curly apostrophes and quotes, as raw news text has them.
	expectTags(t, m, "Spain ’s top diplomat dismissed the suggestion on Tuesday .",
		"NNP", "POS", "", "NN", "VBD", "DT", "NN", "IN", "NNP", ".")
	expectTags(t, m, "“ We will not negotiate , ” the minister said .",
		"``", "PRP", "MD", "RB", "VB", ",", "''", "DT", "NN", "VBD", ".")
	expectTags(t, m, "The protesters were arrested in Cairo on Friday .",
		"DT", "NNS", "VBD", "VBN", "IN", "NNP", "IN", "NNP", ".")
	expectTags(t, m, "It 's not clear whether the talks will resume .",
		"PRP", "VBZ", "RB", "JJ", "IN", "DT", "NNS", "MD", "VB", ".")
}

func TestShippedLemmas(t *testing.T) {
	m := shippedModel(t)
	words := strings.Fields("The ministers went to Geneva and didn’t sign the agreements .")
	want := strings.Fields("the minister go to Geneva and do not sign the agreement .")
	// "didn’t" is two words in UD: did + n’t.
	words = append(words[:6], append([]string{"did", "n’t"}, words[7:]...)...)
	lemmas := make([]string, len(words))
	m.Tag(words, nil, nil, lemmas)
	for i := range want {
		if lemmas[i] != want[i] {
			t.Errorf("lemma of %q = %q; want %q (all: %q)", words[i], lemmas[i], want[i], lemmas)
		}
	}
}

// TestShippedDevAccuracy checks the shipped model on UD English EWT dev
// and GUM dev when the shared data is present.
func TestShippedDevAccuracy(t *testing.T) {
	for _, c := range []struct {
		treebank string
		minUPOS  float64 // measured when the model was trained, less 0.3 points of slack
	}{
		{"en_ewt", 0.9529}, // 0.9559
		{"en_gum", 0.9649}, // 0.9679
	} {
		sents, err := conllu.ReadFile(testutil.SharedData(t, "ud", c.treebank, "dev.conllu"))
		if err != nil {
			t.Fatal(err)
		}
		m := shippedModel(t)
		dev := toSentences(sents, map[string]uint8{})
		start := time.Now()
		acc := m.accuracy(dev)
		t.Logf("%s dev: upos=%.4f xpos=%.4f lemma=%.4f n=%d in %v", c.treebank, acc.UPOS, acc.XPOS, acc.Lemma, acc.Words, time.Since(start))
		if acc.UPOS < c.minUPOS {
			t.Errorf("%s: UPOS %.4f < %.4f", c.treebank, acc.UPOS, c.minUPOS)
		}
	}
}

func TestStage(t *testing.T) {
	text := "Spain’s top diplomat dismissed the suggestion on Tuesday. Talks resume today."
	d := &doc.Document{Text: text}
	// Tokens by hand, as the tokenizer would give them.
	var spans []doc.Span
	for _, w := range []string{"Spain", "’s", "top", "diplomat", "dismissed", "the", "suggestion", "on", "Tuesday", ".", "Talks", "resume", "today", "."} {
		from := 0
		if len(spans) > 0 {
			from = int(spans[len(spans)-1].End)
		}
		i := strings.Index(text[from:], w) + from
		spans = append(spans, doc.Span{Start: int32(i), End: int32(i + len(w))})
	}
	for _, s := range spans {
		d.Tokens = append(d.Tokens, doc.Token{Span: s, Head: -1})
	}
	d.Sentences = []doc.Sentence{
		{Span: doc.Span{Start: 0, End: spans[9].End}, TokenStart: 0, TokenEnd: 10},
		{Span: doc.Span{Start: spans[10].Start, End: spans[13].End}, TokenStart: 10, TokenEnd: 14},
	}
	st := NewStage(shippedModel(t))
	// The stage's requirements are exactly what a tokenizer provides.
	tokenizer := pipeline.StageFunc{StageName: "tokens", Adds: []doc.Layer{doc.LayerTokens, doc.LayerSentences},
		Func: func(context.Context, *doc.Document) error { return nil }}
	if _, err := pipeline.New(tokenizer, st); err != nil {
		t.Fatal(err)
	}
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct{ pos, tag, lemma string }{
		0:  {"PROPN", "NNP", "Spain"},
		1:  {"PART", "POS", "'s"},
		4:  {"VERB", "VBD", "dismiss"},
		9:  {"PUNCT", ".", "."},
		10: {"NOUN", "NNS", "talk"},
	} {
		if want.pos == "" {
			continue
		}
		tok := d.Tokens[i]
		if tok.POS != want.pos || tok.Tag != want.tag || tok.Lemma != want.lemma {
			t.Errorf("token %d %q = %s/%s/%s; want %s/%s/%s", i, d.Slice(tok.Span), tok.POS, tok.Tag, tok.Lemma, want.pos, want.tag, want.lemma)
		}
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
}

// benchText is news-like prose written for the benchmark.
const benchText = `The foreign minister said on Tuesday that talks with the rebels would resume next week in Geneva .
Police arrested 12 people after protesters blocked the main road into the capital , officials said .
" We will not accept any deal that ignores our demands , " a spokesman for the group told reporters .
Oil prices rose 3 % as investors weighed the risk of new sanctions against the country ’s energy sector .
The president , who took office in 2021 , has promised to cut taxes and create thousands of jobs .`

func BenchmarkTag(b *testing.B) {
	m := shippedModel(b)
	var sents [][]string
	n := 0
	for line := range strings.SplitSeq(benchText, "\n") {
		w := strings.Fields(line)
		sents = append(sents, w)
		n += len(w)
	}
	u, x, l := make([]string, 64), make([]string, 64), make([]string, 64)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := testutil.CPUTime()
	for range b.N {
		for _, w := range sents {
			m.Tag(w, u, x, l)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := testutil.CPUTime() - cpu; d > 0 {
		b.ReportMetric(float64(n*b.N)/d.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkLoad decodes the embedded model; cpu-ms/op is the figure that
// a shared machine does not distort.
func BenchmarkLoad(b *testing.B) {
	cpu := testutil.CPUTime()
	for range b.N {
		if _, err := loadBytes(shipped); err != nil {
			b.Fatal(err)
		}
	}
	if d := testutil.CPUTime() - cpu; d > 0 {
		b.ReportMetric(d.Seconds()*1000/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkTagDev tags the words of the CoNLL-2003 dev set (Reuters news,
// gold tokens, sentence by sentence) when the shared data is present: the
// text BenchmarkNERDev tags, so that the two figures add up to the cost of
// both stages on the same news.
func BenchmarkTagDev(b *testing.B) {
	sents, err := readTextFile(testutil.SharedData(b, "ner", "conll2003", "dev.txt"), nil)
	if err != nil {
		b.Fatal(err)
	}
	m := shippedModel(b)
	tokens, longest := 0, 0
	for _, s := range sents {
		tokens += len(s)
		longest = max(longest, len(s))
	}
	u, x, l := make([]string, longest), make([]string, longest), make([]string, longest)
	b.ResetTimer()
	cpu0 := testutil.CPUTime()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s, u, x, l)
		}
	}
	n := float64(tokens) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "tokens/s")
	if cpu := testutil.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "tokens/cpu-s")
	}
}
