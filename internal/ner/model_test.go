package ner

import (
	"bytes"
	"context"
	"reflect"
	"testing"

	"chronicle/internal/testutil"
)

func readTiny(t testing.TB) []Article {
	t.Helper()
	arts, err := ReadCoNLLFile("testdata/tiny.txt")
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func trainTiny(t testing.TB, seed uint64) *Model {
	t.Helper()
	return trainTinyOpts(t, TrainOptions{Epochs: 4, Seed: seed})
}

func trainTinyOpts(t testing.TB, opts TrainOptions) *Model {
	t.Helper()
	m, err := TrainArticles(context.Background(), readTiny(t), readTiny(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func saved(t testing.TB, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadCoNLL(t *testing.T) {
	arts := readTiny(t)
	if len(arts) != 2 || len(arts[0].Sentences) != 2 || len(arts[1].Sentences) != 2 {
		t.Fatalf("got %d articles", len(arts))
	}
	s := arts[0].Sentences[1]
	if s.Words[6] != "Council" || s.Tags[6] != "I-ORG" {
		t.Errorf("sentence 1: %v %v", s.Words, s.Tags)
	}
}

func TestTrainDeterministic(t *testing.T) {
	a, b := saved(t, trainTiny(t, 7)), saved(t, trainTiny(t, 7))
	if !bytes.Equal(a, b) {
		t.Fatal("same data and seed gave different model bytes")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	for _, twoPass := range []bool{false, true} {
		expectRoundTrip(t, trainTinyOpts(t, TrainOptions{Epochs: 4, Seed: 1, TwoPass: twoPass}))
	}
}

// expectRoundTrip checks that m survives Save and Load: same bytes, same tags.
func expectRoundTrip(t *testing.T, m *Model) {
	t.Helper()
	b := saved(t, m)
	m2, err := Load(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, saved(t, m2)) {
		t.Error("Save(Load(Save(m))) differs from Save(m)")
	}
	words := [][]string{{"Maria", "Lindqvist", "visited", "Oslo", "."}, {"Harbour", "Freight", "Ltd", "grew", "."}}
	if got, want := m2.Tag(words), m.Tag(words); !reflect.DeepEqual(got, want) {
		t.Errorf("reloaded model tags %v; want %v", got, want)
	}
	if c := m.Score(readTiny(t)); c.F1() < 0.9 {
		t.Errorf("tiny model on its own training data: %+v", c)
	}
}

func TestLoadRejects(t *testing.T) {
	good := saved(t, trainTiny(t, 1))
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", good[:len(good)/2]},
	} {
		if _, err := Load(bytes.NewReader(tc.in)); err == nil {
			t.Errorf("%s: Load succeeded", tc.name)
		}
	}
}

func TestLabels(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want []Chunk
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []Chunk{{0, 2, "ORG"}, {2, 3, "ORG"}}}, // IOB1
		{[]string{"B-PER", "I-LOC"}, []Chunk{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{[]string{"O", "O"}, nil},
	} {
		got := chunksIOB(tc.tags)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("chunksIOB(%v) = %v; want %v", tc.tags, got, tc.want)
		}
		l := make([]uint8, len(tc.tags))
		bilouFromChunks(l, got)
		if back := chunksBILOU(l); !reflect.DeepEqual(back, tc.want) {
			t.Errorf("BILOU round trip of %v = %v", tc.tags, back)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"’s", "'s"}, {"“", `"`}, {"``", `"`}, {"Spain", "Spain"}, {"—", "-"},
	} {
		if got := normalize(tc.in); got != tc.want {
			t.Errorf("normalize(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
	if gazClasses[gazTitle] != "title" || gazClasses[gazOrgWord] != "orgword" {
		t.Errorf("gazTitle, gazOrgWord point at %q, %q", gazClasses[gazTitle], gazClasses[gazOrgWord])
	}
	if gazClasses[gazFirst] != "first" {
		t.Errorf("gazFirst points at %q", gazClasses[gazFirst])
	}
}

func TestDefaultOnDev(t *testing.T) {
	dir := testutil.SharedData(t, "ner", "conll2003")
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	arts, err := ReadCoNLLFile(dir + "/dev.txt")
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		arts = arts[:len(arts)/4]
	}
	c := m.Score(arts)
	t.Logf("dev: f1=%.4f precision=%.4f recall=%.4f (%d gold)", c.F1(), c.Precision(), c.Recall(), c.Gold)
	if !testing.Short() && c.F1() < 0.92 {
		t.Errorf("dev F1 %.4f < 0.92", c.F1())
	}
}

// BenchmarkLoadShipped measures decoding the embedded model, which
// Default does once per process.
func BenchmarkLoadShipped(b *testing.B) {
	cpu := testutil.CPUTime()
	for b.Loop() {
		if _, err := loadBytes(shipped); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((testutil.CPUTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(len(shipped)), "model-bytes")
}

// TestViterbiShape checks the BILOU transition shape that viterbi relies
// on against allowed.
func TestViterbiShape(t *testing.T) {
	isTo := map[uint8]bool{}
	for _, b := range outsideTo {
		isTo[b] = true
	}
	isFrom := map[uint8]bool{}
	for _, a := range outsideFrom {
		isFrom[a] = true
	}
	for a := uint8(0); a < numLabels; a++ {
		for b := uint8(0); b < numLabels; b++ {
			want := isFrom[a] && isTo[b]
			if !isTo[b] {
				// I-t or L-t: after B-t or I-t only.
				t := uint8(labelType(b))
				want = a == 1+4*t || a == 2+4*t
			}
			if got := allowed(a, b); got != want {
				t.Errorf("allowed(%d, %d) = %v, viterbi assumes %v", a, b, got, want)
			}
		}
	}
}

// TestShippedModelResaves: the embedded model saves back to its own bytes,
// so a retrain that reproduces the model reproduces the file (and a change
// of the file format shows here first).
func TestShippedModelResaves(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved(t, m), shipped) {
		t.Error("Save(Default()) differs from the embedded model file")
	}
}
