package when

import "testing"

// TestSpokenForms covers transcribed speech: filled pauses inside an
// expression, years said aloud.
func TestSpokenForms(t *testing.T) {
	tests := []struct {
		sentence, expr, value, typ string
	}{
		{"We laid that carpet last uh August.", "last uh August", "2024-08", "DATE"},
		{"She um moved out um last week.", "last week", "2025-W33", "DATE"},
		{"They met at UM last week.", "last week", "2025-W33", "DATE"},
		{"I bought it in nineteen seventy-two, I think.", "nineteen seventy-two", "1972", "DATE"},
		{"It was disputed in fifteen sixteen, and fifteen seventeen.", "fifteen seventeen", "1517", "DATE"},
		{"They met again in April of fifteen eighteen.", "April of fifteen eighteen", "1518-04", "DATE"},
		{"The house was built around nineteen oh five.", "nineteen oh five", "1905", "DATE"},
		{"We moved here in two thousand and eight.", "two thousand and eight", "2008", "DATE"},
		{"I ordered it around twenty sixteen.", "twenty sixteen", "2016", "DATE"},
		// "one" closes a compound like any other unit.
		{"The country became independent in nineteen seventy-one.", "nineteen seventy-one", "1971", "DATE"},
		{"The cyclone struck in nineteen ninety one.", "nineteen ninety one", "1991", "DATE"},
		{"We moved here in two thousand and twenty-one.", "two thousand and twenty-one", "2021", "DATE"},
		{"The strike lasted twenty-one days.", "twenty-one days", "P21D", "DURATION"},
		{"In twenty-twenty the pandemic hit.", "twenty-twenty", "2020", "DATE"},
		{"The mill closed thirty-one years ago.", "thirty-one years ago", "1994", "DATE"},
		// A spoken year closes a day and month, after a comma or none.
		{"The school opened on the fifth day of June, two thousand and ten.", "the fifth day of June, two thousand and ten", "2010-06-05", "DATE"},
		{"It opened on June fifth, two thousand and ten.", "June fifth, two thousand and ten", "2010-06-05", "DATE"},
		{"She was born on the third of May nineteen eighty-one, in Leeds.", "the third of May nineteen eighty-one", "1981-05-03", "DATE"},
		{"On 12 March, nineteen oh five, the bridge fell.", "12 March, nineteen oh five", "1905-03-12", "DATE"},
		// A number after the comma that counts something is no year.
		{"On June 5, two thousand people marched.", "June 5", "2025-06-05", "DATE"},
		{"On 4 May, nineteen ninety votes were cast.", "4 May", "2025-05-04", "DATE"},
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
}

// TestSpokenCounts: pairs of number words that count things are no years.
func TestSpokenCounts(t *testing.T) {
	for _, s := range []string{
		"He had about fifteen twenty paintings in the shed.",
		"She waited fifteen twenty minutes.",
		"Nineteen seventy people came.",
		"We need two thousand and five hundred chairs.",
		"It will be done in fifteen-twenty minutes.",
		"It was sold in twenty-five lots.",
	} {
		for _, d := range Tag(s, nil, anchor) {
			if d.Type == "DATE" {
				t.Errorf("Tag(%q) found %q = %s", s, s[d.Start:d.End], d.Value)
			}
		}
	}
}
