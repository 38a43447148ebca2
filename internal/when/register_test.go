package when

import "testing"

// filler is impersonal prose that lengthens a test text past
// registerMinWords without changing its register.
const filler = "The river runs through a wide valley of farms and orchards, past stone bridges, mills " +
	"and churches built by the merchants who traded wool and grain along its banks. The valley is " +
	"known for its cheese, its cider and its walks, which lead from the market square to the hills " +
	"above the old quarry."

// guide is a travel guide's paragraph: its weekdays are opening hours.
const guide = "The old town was a trading post. Today, textile mills line the river. The museum is " +
	"open Monday to Friday, and Sat 10-4. " + filler

// TestRegisterToday: "today" in a text with no speaker and no calendar of
// its own days is the present age; with either, it is the anchor day.
func TestRegisterToday(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"guide", guide, "PRESENT_REF"},
		{"textbook", "Farmers once sprayed crops with chemicals, but today, demand for organic food is growing. " + filler, "PRESENT_REF"},
		{"too short to tell", "Farmers once sprayed crops with chemicals, but today, demand for organic food is growing.", "2025-08-19"},
		{"speech", "We are proud to open this school today. I thank our teachers. " + filler, "2025-08-19"},
		{"news with weekdays", "The ministry said on Monday that talks would resume on Friday. Figures published today show a rise. " + filler, "2025-08-19"},
		{"news with yesterday", "Rebels attacked the town yesterday. The army today began to withdraw, two weeks ago it had advanced. " + filler, "2025-08-19"},
		{"impersonal, but today the subject", "Today is two months until the vote. The river runs to the sea. " + filler, "2025-08-19"},
		{"impersonal, noun before today", "The river runs to the sea. Isfahan today is a big city. " + filler, "PRESENT_REF"},
		{"guide with a name", "The Friday Mosque stands in the old town. Today, textile mills line the river. " + filler, "PRESENT_REF"},
	}
	for _, tc := range tests {
		got := ""
		for _, d := range Tag(tc.text, nil, anchor) {
			if l := fold(tc.text[d.Start:d.End]); l == "today" {
				got = d.Value
			}
		}
		if got != tc.want {
			t.Errorf("%s: today = %q; want %q", tc.name, got, tc.want)
		}
	}
}

// TestOwnTimeline: a text with no calendar of its own days (a biography)
// keeps the last year it named for bare days, however far back; one with
// such a calendar (news) falls back on the anchor after a sentence.
func TestOwnTimeline(t *testing.T) {
	bio := "He was born in Paris in 1811 and studied at the lycée. " + filler +
		" His teachers despaired of him. On 2 June he was buried in a common grave."
	if d, ok := tagOne(t, bio, "2 June", anchor); !ok || d.Value != "1811-06-02" {
		t.Errorf("bio: 2 June = %v %v; want 1811-06-02", d.Value, ok)
	}
	contemporary := "The poll of 2025 was compared with the one of 2012. " + filler +
		" His teachers despaired of him. On 2 June he was buried in a common grave."
	if d, ok := tagOne(t, contemporary, "2 June", anchor); !ok || d.Value != "2025-06-02" {
		t.Errorf("contemporary: 2 June = %v %v; want 2025-06-02", d.Value, ok)
	}
	news := "The ministry said on Monday it was founded in 1811. " + filler +
		" His teachers despaired of him. On 2 June he was buried in a common grave."
	if d, ok := tagOne(t, news, "2 June", anchor); !ok || d.Value != "2025-06-02" {
		t.Errorf("news: 2 June = %v %v; want 2025-06-02", d.Value, ok)
	}
}
