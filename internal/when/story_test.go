package when

import (
	"fmt"
	"testing"
	"time"
)

// TestStoryWeekdays: in a first-person story, weekdays follow the day the
// story named; in a news report they follow the anchor; "today" brings
// the story back to the present.
func TestStoryWeekdays(t *testing.T) {
	a := time.Date(2020, 12, 23, 0, 0, 0, 0, time.UTC) // a Wednesday
	diary := "I want to tell you my story and I am still tired, my friends. So, on the 16th of December, I tested positive. " +
		"My first symptom, which was on Monday, was a sore throat. On Sunday night I had come back from work. " +
		"I went to my bed and I slept and my mom brought me soup and I was so tired. On Friday I felt better. " +
		"I am fine today, and on Monday I was at the gym."
	want := []string{"2020-12-16", "2020-12-14", "2020-12-13TNI", "2020-12-18", "2020-12-23", "2020-12-21"}
	var got []string
	for _, d := range Tag(diary, nil, a) {
		got = append(got, d.Value)
	}
	if len(got) != len(want) {
		t.Fatalf("diary: %v; want %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("diary: %v; want %v", got, want)
			break
		}
	}
	news := "The law was passed on the 16th of December by parliament. The court struck it down on Monday, the ministry said. " + filler
	for _, d := range Tag(news, nil, a) {
		if news[d.Start:d.End] == "Monday" && d.Value != "2020-12-21" {
			t.Errorf("news: Monday = %s; want 2020-12-21", d.Value)
		}
	}
}

// TestHistoryWeekdays: a past weekday right after a day of history is a
// day of its week; after a recent date, or in a later sentence, or ahead,
// it is the anchor's.
func TestHistoryWeekdays(t *testing.T) {
	tests := []refCase{
		{"the same week", "The Bastille fell on 14 July 1789. On Friday the king returned to Paris.", "Friday", "1789-07-17", anchor},
		{"the same sentence", "The revolt began on 5 May 1789, and on Monday the deputies met.", "Monday", "1789-05-04", anchor},
		{"a recent date", "The court ruled on 5 June 2024. On Monday the minister said he would appeal.", "Monday", "2025-08-18", anchor},
		{"far on", "The Bastille fell on 14 July 1789. Paris rejoiced. The king wavered. On Friday the minister spoke.", "Friday", "2025-08-15", anchor},
		{"ahead", "The Bastille fell on 14 July 1789. On Friday the museum will open an exhibition.", "Friday", "2025-08-22", anchor},
	}
	checkRefCases(t, tests)
}

// TestDiaryThisWeek: in a first-person text, "this week" told in the past
// (or in a perfect, "I've been") is the part of the week gone by; in news
// it stays the ISO week.
func TestDiaryThisWeek(t *testing.T) {
	a := time.Date(2021, 10, 20, 0, 0, 0, 0, time.UTC) // a Wednesday
	diary := "I want to tell you how I am doing and I think I am fine, my friends. I was so tired and my mom and I went out. " +
		"I wasn't checking my phone this week, and I am happy. And this week, I've been moving my body more and I feel good. " +
		"I am going to rest and I will see you next week, I hope, my friends."
	var got []string
	for _, d := range Tag(diary, nil, a) {
		if diary[d.Start:d.End] == "this week" {
			got = append(got, d.Value)
		}
	}
	if want := "[2021-10-18/2021-10-20 2021-10-18/2021-10-20]"; fmt.Sprint(got) != want {
		t.Errorf("diary: this week = %v; want %s", got, want)
	}
	news := "Leaders gathered this week in Washington, officials said. " + filler
	if d, ok := tagOne(t, news, "this week", a); !ok || d.Value != "2021-W42" {
		t.Errorf("news: this week = %v %v; want 2021-W42", d, ok)
	}
}
