package event_test

import "testing"

// TestThemes: the forces a source sends or moves are its means, not the
// target; where they go is (themes.go).
func TestThemes(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text string
		want want
	}{
		{"Kenya sent troops to Somalia on Monday.", want{typ: "MOBILIZE", src: "KEN", tgt: "SOM"}},
		{"Pakistan refused to send peacekeepers to Iraq.", want{typ: "REJECT", src: "PAK", tgt: "IRQ"}},
		{"Nigeria agreed to send peacekeepers to Liberia.", want{typ: "AGREE", src: "NGA", tgt: "LBR"}},
		{"The United Nations rejected a request to deploy peacekeeping forces in East Timor.", want{typ: "REJECT", src: "IGO", tgt: "TLS"}},
		// Another country's forces are no theme, and attacking moves
		// nothing.
		{"Russian forces attacked Ukrainian troops near Kharkiv.", want{typ: "ASSAULT", src: "RUS", tgt: "UKR"}},
	}
	for _, tt := range tests {
		check(t, analyze(t, p, tt.text), tt.want)
	}
}
