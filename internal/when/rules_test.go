package when

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"chronicle/internal/testutil"
)

// guardTexts hold, written for this test, one or more of each kind of
// expression the rules read, so that every rule with a guard matches
// somewhere.
var guardTexts = []string{
	benchText,
	"On 2024-06-12 and 06/12/2024 we met. Last week and next month, early next year. [Ten] years ago. March-June 2016 was dry. Today and tonight, yesterday, tomorrow morning. " +
		"Every Monday, weekly, each year. In Q3 2024 and the third quarter. That year, the same day, that month. " +
		"In nineteen eighty-four, in twenty-twenty. The next day, the following morning. This day, that night. " +
		"In recent weeks. On Monday, the 12th, on the fifth. The day before yesterday, the weekend was warm. " +
		"Mondays and on a Tuesday, Tues. the 3rd; at noon, 5:30 p.m., Christmas, World War II, the 1990s, " +
		"two years ago, a while ago, some time ago, for three weeks, now, at present, the summer of 1969. " +
		"Every first Monday of the month and the last Friday of each month; on 25 March, Independence Day. " +
		"The first week of September was dry, these past two days were wet, and the last nite was cold.",
	"The summit opened on Sept. 4, 2023. It ended the next day. A day later the ministers met again; " +
		"three days after that, the talks collapsed. In the spring they resumed, and on Friday they agreed. " +
		"The alliance was founded during the Cold War. The day before the outbreak of World War II, the city was calm.",
	"The backlog should be cleared by year-end, and the rest by year end.",
	"Not last week, not the week before that, but the week before that.",
	"The ministers will meet again in two weeks.",
	"It's kind of an interesting week, and it is a new day. How's your week been?",
	"Good morning guys! So we slept in because it's our last day here, and I am tired. We have hiked every day and my legs are done. " +
		"I want to show you my shoes, I love them. We will grab coffee and I will see how my day goes. We relax, we eat, and we " +
		"enjoy our last day in the mountains. I hope you enjoy this video, and my sister says hi too. We love you all, and I thank you.",
}

// TestRuleGuards checks that a rule's may is a necessary condition: no
// rule matches at a token its guard turns away. Every rule runs at every
// token here, guard or not.
func TestRuleGuards(t *testing.T) {
	texts := append([]string(nil), guardTexts...)
	files, _ := filepath.Glob(filepath.Join(testutil.RepoRoot(t), "examples", "*.txt"))
	for _, f := range files {
		if raw, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(raw))
		}
	}
	saved := rules
	defer func() { rules = saved }()
	matched := make([]int, len(saved))
	rules = make([]rule, len(saved))
	for k, r := range saved {
		if r.may == nil {
			rules[k] = r
			continue
		}
		rules[k] = rule{try: func(m *matcher, i int) (hit, bool) {
			h, ok := r.try(m, i)
			if ok && h.j > h.i {
				matched[k]++
				if !r.may(m, &m.toks[i]) {
					t.Errorf("rule %d matched %q at %q, which its guard turns away", k, m.text[m.toks[h.i].start:m.toks[h.j-1].end], m.toks[i].text)
				}
			}
			return h, ok
		}}
	}
	for _, a := range []time.Time{anchor, {}} {
		for _, text := range texts {
			annotate(text, nil, nil, a, true) // every rule at every token, as said above
		}
	}
	for k, r := range saved {
		if r.may != nil && matched[k] == 0 {
			t.Errorf("rule %d never matched: the texts do not exercise its guard", k)
		}
	}
}
