package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInputsDoNotStopTheBatch feeds one folder of good and bad files:
// each bad one is named on stderr with its error, the good ones (and the
// repaired one) are stored, and the exit status is 1.
func TestBadInputsDoNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("The minister said on Tuesday that talks would resume. She gave no date."))
	write("picture.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...))
	write("empty.txt", nil)
	write("huge.txt", []byte(strings.Repeat("A long article. ", 200)))
	write("latin1.txt", []byte("Le ministre a d\xe9clar\xe9 mardi que les n\xe9gociations reprendraient."))
	write("broken.html", []byte("<html><body><div><p>Officials in Nairobi said the talks had ended without agreement.<p>Both sides blamed <b>the other"))
	write("bad.json", []byte(`{"title": "no text here"}`))

	db := filepath.Join(t.TempDir(), "x.db")
	code, _, errs := run(t, "", "ingest", "--db", db, "--max-bytes", "2000", dir)
	if code != ExitFailed {
		t.Errorf("exit %d; want %d", code, ExitFailed)
	}
	for file, want := range map[string]string{
		"picture.txt": "binary",
		"empty.txt":   "empty",
		"huge.txt":    "too large",
		"bad.json":    "JSON",
	} {
		if !containsLine(errs, file, want) {
			t.Errorf("stderr does not name %s with %q:\n%s", file, want, errs)
		}
	}
	for _, file := range []string{"good.txt", "latin1.txt", "broken.html"} {
		if strings.Contains(errs, file) {
			t.Errorf("stderr names %s, which should have been stored:\n%s", file, errs)
		}
	}
	if c := counts(t, db); c["articles"] != 3 {
		t.Errorf("%d articles stored; want 3 (good, repaired, broken HTML)", c["articles"])
	}

	// The repaired file carries U+FFFD and a diagnostic saying so.
	code, out, _ := run(t, "", "analyze", filepath.Join(dir, "latin1.txt"))
	d := decodeLines(t, out)
	if code != 0 || len(d) != 1 || !strings.Contains(d[0].Text, "\uFFFD") || len(d[0].Diagnostics) == 0 {
		t.Errorf("invalid UTF-8: exit %d, %+v; want repaired text with a diagnostic", code, d)
	}
}

func containsLine(s, a, b string) bool {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, a) && strings.Contains(strings.ToLower(l), strings.ToLower(b)) {
			return true
		}
	}
	return false
}

// buildBinary compiles chronicle for the tests that need a real process.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "chronicle")
	cmd := exec.Command("go", "build", "-o", bin, "chronicle/cmd/chronicle")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
