package when

import "testing"

// TestSpokenForms covers transcribed speech: filled pauses inside an
// expression.
func TestSpokenForms(t *testing.T) {
	tests := []struct {
		sentence, expr, value, typ string
	}{
		{"We laid that carpet last uh August.", "last uh August", "2024-08", "DATE"},
		{"She um moved out um last week.", "last week", "2025-W33", "DATE"},
		{"They met at UM last week.", "last week", "2025-W33", "DATE"},
	}
	for _, tc := range tests {
		d, ok := tagOne(t, tc.sentence, tc.expr, anchor)
		if !ok {
			t.Errorf("Tag(%q): no expression %q; got %v", tc.sentence, tc.expr, Tag(tc.sentence, nil, anchor))
			continue
		}
		if d.Value != tc.value || d.Type != tc.typ {
			t.Errorf("Tag(%q) %q = %s %s; want %s %s", tc.sentence, tc.expr, d.Value, d.Type, tc.value, tc.typ)
		}
	}
}
