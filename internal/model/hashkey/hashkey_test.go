package hashkey

import (
	"hash/fnv"
	"testing"
)

// The models' files depend on these exact values: they pin the functions.
func TestString(t *testing.T) {
	for _, s := range []string{"", "a", "Washington", "1,000", "Ünïcode"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if got, want := String(s), h.Sum64(); got != want {
			t.Errorf("String(%q) = %#x, want %#x (hash/fnv)", s, got, want)
		}
		if got, want := Bytes([]byte(s)), String(s); got != want {
			t.Errorf("Bytes(%q) = %#x, want String's %#x", s, got, want)
		}
	}
}

func TestMixStepKey(t *testing.T) {
	tests := []struct {
		name      string
		got, want uint64
	}{
		{"Mix(0,0)", Mix(0, 0), 0xe220a8397b1dcdaf},
		{"Mix(1,2)", Mix(1, 2), 0x3706970b052f16b1},
		{"Step(Offset,7)", Step(Offset, 7), String("\x07")},
		{"Key(1<<32|1)", uint64(Key(1<<32 | 1)), 1},
		{"Key(0x12345678_00000001)", uint64(Key(0x12345678_00000001)), 0x12345679},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %#x, want %#x", tt.name, tt.got, tt.want)
		}
	}
}

func BenchmarkString(b *testing.B) {
	for b.Loop() {
		_ = String("internationalisation")
	}
}
