package when

import "testing"

func TestThisDayRecentEaster(t *testing.T) {
	tests := []struct {
		sentence, expr, value, typ string
	}{
		{"On this day we remember the founders.", "this day", "2025-08-19", "DATE"},
		{"The dispute remains unsettled to this day.", "this day", "PRESENT_REF", "DATE"},
		{"In this day and age nobody writes letters.", "this day", "PRESENT_REF", "DATE"},
		{"I was tested on Sunday, and that night I had a fever.", "that night", "2025-08-17TNI", "TIME"},
		{"The storm hit on 3 May 2021. That day the port closed.", "That day", "2021-05-03", "DATE"},
		{"Tourism has grown in recent years.", "recent years", "PAST_REF", "DATE"},
		{"We met just before Easter.", "Easter", "2025-04-20", "DATE"},
		{"We will meet again at Easter.", "Easter", "2026-04-05", "DATE"},
		{"The rising began on Easter Monday, 1916.", "Easter Monday, 1916", "1916-04-24", "DATE"},
		{"The shops will close on Good Friday.", "Good Friday", "2026-04-03", "DATE"},
		{"It was Easter Sunday, 1916.", "Easter Sunday, 1916", "1916-04-23", "DATE"},
		{"They fled in 1990 and came back the Easter after.", "Easter", "1990-04-15", "DATE"},
		{"I saw her the day before yesterday.", "the day before yesterday", "2025-08-17", "DATE"},
		{"We leave the day after tomorrow.", "the day after tomorrow", "2025-08-21", "DATE"},
		{"The fair ran throughout the weekend.", "the weekend", "2025-W33-WE", "DATE"},
		{"The fair will run throughout the weekend.", "the weekend", "2025-W34-WE", "DATE"},
		{"I called her a little while ago.", "a little while ago", "PAST_REF", "DATE"},
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
	for _, s := range []string{
		"That day trip was fun, she said.",
		"The kids hunted Easter eggs.",
		"He said that day after day the rain fell.",
		"I like to rest on the weekend.",
		"The weekend edition sold out.",
	} {
		for _, d := range Tag(s, nil, anchor) {
			t.Errorf("Tag(%q) found %q = %s", s, s[d.Start:d.End], d.Value)
		}
	}
	res := Annotate("Tourism has grown in recent years.", nil, anchor)
	if len(res.Spans) != 1 || res.Spans[0] != "2022-08-20/2025-08-19" {
		t.Errorf("recent years span = %v", res.Spans)
	}
}

func TestVagueAgo(t *testing.T) {
	tests := []spanCase{
		{"I saw it years ago.", "years ago", "PAST_REF", "2022-08-20/2025-08-19"},
		{"That was a long time ago.", "a long time ago", "PAST_REF", ""},
		{"She left a while ago.", "a while ago", "PAST_REF", ""},
		{"It happened long ago.", "long ago", "PAST_REF", ""},
		{"Someone emailed me 24 hours ago.", "24 hours ago", "PAST_REF", "2025-08-18/2025-08-18"},
		{"A few months ago we met.", "A few months ago", "PAST_REF", "2025-05-20/2025-08-19"},
	}
	checkSpans(t, tests)
	for _, s := range []string{"The long time they spent was hard.", "Ten years passed."} {
		for _, d := range Tag(s, nil, anchor) {
			if d.Value == "PAST_REF" {
				t.Errorf("Tag(%q) found %q = %s", s, s[d.Start:d.End], d.Value)
			}
		}
	}
}
