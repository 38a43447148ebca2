package when

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

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

// TestTextRegisterRef checks that textRegister reads every text as
// textRegisterRef, the walk without the ASCII fast path, does: the fuzz
// seeds, the benchmark texts, the register tests' texts and the same with
// odd case and letters outside ASCII.
func TestTextRegisterRef(t *testing.T) {
	texts := append([]string{benchText, newsText, guide, filler}, fuzzSeeds...)
	for _, s := range append([]string(nil), texts...) {
		texts = append(texts, strings.ToUpper(s), strings.ReplaceAll(s, "e", "é"), "\u212Aelvin "+s+" İ I US Us")
	}
	texts = append(texts, "We met Monday – Friday. I said US troops left; Mon & Tue; last \u212Aeek. "+filler,
		"Ich war in München. Last week, THIS YEAR, next Weekend, Sunday-Monday. "+filler)
	for _, s := range texts {
		for _, y := range []int{0, 2025, 1990} {
			if got, want := textRegister(s, y), textRegisterRef(s, y); got != want {
				t.Errorf("textRegister(%.60q, %d) = %b; reference %b", s, y, got, want)
			}
		}
	}
}

// textRegisterRef is textRegister as it was before its fast path for ASCII
// words: the reference TestTextRegisterRef compares it with.
func textRegisterRef(text string, year int) register {
	words, first, calendar := 0, 0, 0
	contemporary := false // the text names the anchor's year or the one before
	prev := ""            // the word before, folded
	rangeBefore := false  // a range dash stands between the word before and this one
	weekday := false      // the last word was a weekday counted as a day
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= '0' && r <= '9' && (i == 0 || text[i-1] < '0' || text[i-1] > '9') {
			n, j := 0, i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' && j-i < 5 {
				n = n*10 + int(text[j]-'0')
				j++
			}
			if j-i == 4 && year > 0 && (n == year || n == year-1) {
				contemporary = true
			}
		}
		if !unicode.IsLetter(r) {
			switch {
			case r == '-' || r == '–' || r == '&':
				rangeBefore = true
			case r >= '0' && r <= '9' && weekday:
				calendar-- // "Sat 10-4": opening hours after all
				weekday = false
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += s2
		}
		w := text[i:j]
		cur := fold(w)
		words++
		weekday = false
		switch {
		case firstPerson[cur]:
			if !(cur == "i" && w != "I" || cur == "us" && w == "US") {
				first++
			}
		case dayCounting[cur]:
			calendar++
		case weekdays[cur] != 0 && unicode.IsUpper(r) && !rangeBefore && !rangeWords[prev] && !nextRange(text, j):
			calendar++
			weekday = true
		case deicticUnits[cur] && (prev == "last" || prev == "this" || prev == "next"):
			calendar++
		}
		prev, rangeBefore = cur, false
		i = j
	}
	var r register
	if words < registerMinWords {
		return r
	}
	if calendar <= 0 && !contemporary {
		r |= regNoCalendar
	}
	if first*1000 >= diaryRate*words {
		r |= regDiary
	}
	if calendar <= 1 && first*1000 < impersonalRate*words {
		r |= regImpersonal
	}
	return r
}
