package event_test

import "testing"

// TestTypeByContext: the type an event gets from its arguments and mood:
// sanctions are SANCTION (PLOVER's definition, not the crosswalk's COERCE),
// destroying property is COERCE, and a harmful act announced with "will"
// or "would" is a threat; a promised good act stays what it is.
func TestTypeByContext(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		name, text string
		want       want
	}{
		{"impose sanctions", "The European Union imposed sanctions on Belarus.",
			want{typ: "SANCTION", src: "IGO", tgt: "BLR"}},
		{"announced expulsion", "Ankara will expel the Dutch ambassador, Turkey said.",
			want{typ: "THREATEN"}},
		{"announced attack", "Russia said it would attack Ukrainian ports.",
			want{typ: "THREATEN", src: "RUS", tgt: "UKR"}},
		{"promised aid stays aid", "Japan will provide Vietnam with rice.",
			want{typ: "AID", src: "JPN", tgt: "VNM"}},
		{"arrest", "Egyptian police arrested two Sudanese journalists.",
			want{typ: "COERCE", src: "EGY", tgt: "SDN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, analyze(t, p, tt.text), tt.want)
		})
	}
}
