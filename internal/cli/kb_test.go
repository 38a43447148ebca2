package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKBExtendsTheActors checks that --kb teaches the pipeline a person the
// embedded knowledge base does not know.
func TestKBExtendsTheActors(t *testing.T) {
	kb := filepath.Join(t.TempDir(), "kb.json")
	err := os.WriteFile(kb, []byte(`{"people": [{"name": "Marta Quillon", "aliases": ["Quillon"],
		"country": "PRT", "role": "foreign minister", "sector": "GOV"}]}`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	in := "Marta Quillon said on Monday that the talks would resume. Quillon gave no date."
	country := func(args ...string) string {
		t.Helper()
		code, out, errs := run(t, in, append([]string{"analyze"}, append(args, "-")...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var d struct {
			Actors []struct {
				Name    string
				Country *string
			}
		}
		if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &d); err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Actors {
			if strings.Contains(a.Name, "Quillon") && a.Country != nil {
				return *a.Country
			}
		}
		return ""
	}
	if got := country(); got == "PRT" {
		t.Fatalf("without --kb the person already has country PRT; the test proves nothing")
	}
	if got := country("--kb", kb); got != "PRT" {
		t.Errorf("with --kb: country %q; want PRT", got)
	}
	if code, _, _ := run(t, in, "analyze", "--kb", filepath.Join(t.TempDir(), "none.json"), "-"); code == 0 {
		t.Error("a missing --kb file did not fail")
	}
}
