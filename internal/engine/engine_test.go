package engine

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"chronicle/internal/doc"
)

func TestNewRunsEveryStage(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{ID: "t", Text: "Foreign Minister Ana Ruiz of Spain said on Monday that talks with Morocco would resume."}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) == 0 || d.Tokens[0].POS == "" || len(d.Entities) == 0 || len(d.Actors) == 0 || len(d.Quotes) == 0 {
		t.Errorf("missing layers: %d tokens, %d entities, %d actors, %d quotes", len(d.Tokens), len(d.Entities), len(d.Actors), len(d.Quotes))
	}
	var names []string
	for _, s := range p.Stages() {
		names = append(names, s.Name())
	}
	if names[0] != "text" || names[len(names)-1] != "event" {
		t.Errorf("stages %v: want text first and event last", names)
	}
}

func TestNewReportsABadKB(t *testing.T) {
	if _, err := New(Config{KB: filepath.Join(t.TempDir(), "missing.json")}); err == nil {
		t.Error("a missing --kb file gave no error")
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Config{KB: bad}); err == nil {
		t.Error("a malformed --kb file gave no error")
	}
}
