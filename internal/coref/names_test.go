package coref

import (
	"testing"

	"chronicle/internal/coref/names"
)

// TestNamesAgree checks that package names, which other stages use, reads
// the lists as the stage does.
func TestNamesAgree(t *testing.T) {
	g := loadGivenNames()
	for n, sex := range g {
		want := map[gender]byte{male: 'm', female: 'f'}[sex]
		if got := names.Sex(n); got != want {
			t.Fatalf("names.Sex(%q) = %q, the stage reads %v", n, got, sex)
		}
	}
	if len(g) < 100 {
		t.Fatalf("only %d names", len(g))
	}
}
