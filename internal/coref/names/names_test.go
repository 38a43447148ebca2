package names

import "testing"

func TestSex(t *testing.T) {
	for name, want := range map[string]byte{"Maria": 'f', "David": 'm', "maria": 0, "Xyzzy": 0, "": 0} {
		if got := Sex(name); got != want {
			t.Errorf("Sex(%q) = %q, want %q", name, got, want)
		}
	}
}
