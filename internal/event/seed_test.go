package event_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"chronicle/internal/doc"
	"chronicle/internal/store"
	"chronicle/internal/testutil"
)

// TestSeed codes the worked example of ../shared/examples/seed and checks
// the events a reader finds there (README.md of the seed): the THREATEN,
// REQUEST, two CONSULT and AID events, and none from the subheading.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile(testutil.Shared(t, "examples", "seed", "article.json"))
	if err != nil {
		t.Fatal(err)
	}
	var art struct {
		Text      string `json:"text"`
		Published string `json:"published"`
	}
	if err := json.Unmarshal(b, &art); err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t)
	d := &doc.Document{ID: "seed", Text: art.Text, Published: time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)}
	if pub, _, err := doc.ParsePublished(art.Published); err == nil {
		d.Published = pub
	}
	d = analyzeDoc(t, p, d)
	var all []string
	for _, e := range d.Events {
		all = append(all, describe(d, e)+" "+e.Date+" "+e.Location)
	}
	t.Logf("seed events:\n  %s", strings.Join(all, "\n  "))
	has := func(e doc.Event, src, tgt string) bool {
		s, g := strings.Split(codes(d, e.Sources), ","), strings.Split(codes(d, e.Targets), ",")
		return (src == "" || slices.Contains(s, src)) && (tgt == "" || slices.Contains(g, tgt))
	}
	tests := []struct {
		name string
		ok   func(e doc.Event) bool
	}{
		{"THREATEN USA -> ESP", func(e doc.Event) bool { return e.Type == "THREATEN" && has(e, "USA", "ESP") }},
		{"REQUEST ESP -> NATO", func(e doc.Event) bool {
			return e.Type == "REQUEST" && has(e, "ESP", "") && slices.Contains(e.TargetNames, "NATO")
		}},
		{"CONSULT in Washington on 2025-08-18", func(e doc.Event) bool {
			return e.Type == "CONSULT" && e.Location == "Washington" && e.Date == "2025-08-18"
		}},
		{"CONSULT in Alaska USA -> RUS in 2025-W33", func(e doc.Event) bool {
			return e.Type == "CONSULT" && e.Location == "Alaska" && e.Date == "2025-W33" && has(e, "USA", "RUS")
		}},
		{"AID to Ukraine", func(e doc.Event) bool { return e.Type == "AID" && has(e, "", "UKR") }},
	}
	for _, tt := range tests {
		if !slices.ContainsFunc(d.Events, tt.ok) {
			t.Errorf("seed: no %s event", tt.name)
		}
	}
	sub := strings.Index(d.Text, "Territorial Integrity")
	for _, e := range d.Events {
		if sub >= 0 && int(e.Trigger.Start) >= sub && int(e.Trigger.Start) < sub+len("Territorial Integrity") {
			t.Errorf("seed: event %s invented from the subheading", describe(d, e))
		}
	}
}

// TestSeedQueryByActor stores the coded seed article and asks the store
// for the events of ESP, as "chronicle query events --actor ESP" does
// after an ingest: Spain's REQUEST and Trump's THREATEN must be listed.
func TestSeedQueryByActor(t *testing.T) {
	b, err := os.ReadFile(testutil.Shared(t, "examples", "seed", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t)
	d := analyzeDoc(t, p, &doc.Document{ID: "seed", Text: string(b), Published: time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)})
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "seed.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.SaveDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	rows, err := st.Events(ctx, store.Filter{Actor: "ESP"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Type)
	}
	for _, want := range []string{"THREATEN", "REQUEST"} {
		if !slices.Contains(got, want) {
			t.Errorf("events of ESP %v; want a %s", got, want)
		}
	}
}
