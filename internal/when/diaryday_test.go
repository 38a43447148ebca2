package when

import "testing"

// A vlog's "our last day" and "my day" are the day it is made; a text in
// no one's voice keeps "your day" for any day.
func TestDiaryDay(t *testing.T) {
	vlog := "Good morning guys! So we slept in because it's our last day here in the park, and I am so tired. " +
		"We have been hiking every single day and my legs are done. I want to show you my shoes, I love them. " +
		"We are going to grab coffee and then I will see how my day goes. Our plan is simple: we relax, we eat, " +
		"and we enjoy our last day in the mountains. I hope you enjoy this video, and my sister says hi too."
	want := map[string]string{"our last day": "2025-08-19", "my day": "2025-08-19"}
	got := map[string]int{}
	for _, d := range Tag(vlog, nil, anchor) {
		s := vlog[d.Start:d.End]
		if v, ok := want[s]; ok {
			got[s]++
			if d.Value != v {
				t.Errorf("%q = %s; want %s", s, d.Value, v)
			}
		}
	}
	if got["our last day"] != 2 || got["my day"] != 1 {
		t.Errorf("found %v; want our last day twice and my day once", got)
	}
	guide := "Make a list of tasks before you start. As you work through your day, check off each item. " +
		"Re-evaluate the list halfway through the afternoon and rank the items again. A tidy desk helps, and " +
		"short breaks keep the mind fresh. Most readers find that the list shrinks faster than expected, and " +
		"the method works for students and workers alike. Keep the list short and the goals clear."
	for _, d := range Tag(guide, nil, anchor) {
		t.Errorf("guide: unexpected %q = %s", guide[d.Start:d.End], d.Value)
	}
}
