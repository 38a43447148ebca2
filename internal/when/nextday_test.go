package when

import "testing"

// TestNextDay: "the next day" counts from the last day named, as a DATE;
// with no day named before, it is not reported.
func TestNextDay(t *testing.T) {
	text := "On Tuesday she fell ill. She was tested the next day. He died on 30 May 1832. He was buried the following morning."
	want := map[string]string{"Tuesday": "2025-08-19", "the next day": "2025-08-20", "30 May 1832": "1832-05-30",
		"the following morning": "1832-05-31TMO"}
	got := map[string]bool{}
	for _, d := range Tag(text, nil, anchor) {
		s := text[d.Start:d.End]
		got[s] = true
		if w, ok := want[s]; ok && d.Value != w {
			t.Errorf("%q = %s; want %s", s, d.Value, w)
		}
		if d.Type == "DURATION" {
			t.Errorf("%q is a DURATION", s)
		}
	}
	for s := range want {
		if !got[s] {
			t.Errorf("%q not found", s)
		}
	}
	for _, d := range Tag("When you sit down at the keyboard the next day, the words are ready.", nil, anchor) {
		t.Errorf("advice: found %q = %s", d.Value, d.Type)
	}
}
