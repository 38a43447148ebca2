package event_test

import "testing"

// TestDemands: what a speaker says another must or should do is the
// speaker's demand (demand.go); what it says it must do itself is not.
func TestDemands(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text string
		want want
	}{
		{"Germany said that Serbia must withdraw its troops from the border.",
			want{typ: "REQUEST", src: "DEU", tgt: "SRB"}},
		{"The British foreign secretary said the Sudanese government should reach an agreement with the rebels.",
			want{typ: "REQUEST", src: "GBR", tgt: "SDN"}},
		{"The conference concluded that Japan must provide more aid to Africa.",
			want{typ: "REQUEST", tgt: "JPN"}},
		// The speaker's own duty is no demand.
		{"Iran said it must defend itself against Israel.",
			want{typ: "SUPPORT", src: "IRN"}},
	}
	for _, tt := range tests {
		check(t, analyze(t, p, tt.text), tt.want)
	}
}
