package text

import (
	"slices"
	"testing"
)

// expectTokens checks that Tokenize splits in into want.
func expectTokens(t *testing.T, in string, want []string) {
	t.Helper()
	toks := Tokenize(in, nil)
	got := make([]string, len(toks))
	for i, tok := range toks {
		got[i] = in[tok.Start:tok.End]
		if tok.Head != -1 {
			t.Errorf("Tokenize(%q): token %d has Head %d; want -1", in, i, tok.Head)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Tokenize(%q) =\n\t%q\nwant\n\t%q", in, got, want)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// clitics, straight and curly
		{"Spain's top diplomat", []string{"Spain", "'s", "top", "diplomat"}},
		{"Spain’s top diplomat", []string{"Spain", "’s", "top", "diplomat"}},
		{"don't", []string{"do", "n't"}},
		{"Don’t go", []string{"Do", "n’t", "go"}},
		{"can't won't ain't", []string{"ca", "n't", "wo", "n't", "ai", "n't"}},
		{"cannot", []string{"can", "not"}},
		{"I'm they'd we'll you've they're", []string{"I", "'m", "they", "'d", "we", "'ll", "you", "'ve", "they", "'re"}},
		{"he’d received", []string{"he", "’d", "received"}},
		{"SPAIN'S", []string{"SPAIN", "'S"}},
		{"the U.K.'s", []string{"the", "U.K.", "'s"}},
		{"parents' rights", []string{"parents", "'", "rights"}},
		{"O'Brien rock'n'roll", []string{"O'Brien", "rock'n'roll"}},
		{"gonna wanna gotta", []string{"gon", "na", "wan", "na", "got", "ta"}},
		// abbreviations, initials, acronyms
		{"the U.S. and the U.N.", []string{"the", "U.S.", "and", "the", "U.N."}},
		{"Gen. Mark Milley", []string{"Gen.", "Mark", "Milley"}},
		{"Mr. and Mrs. Smith", []string{"Mr.", "and", "Mrs.", "Smith"}},
		{"Mon. 19 May", []string{"Mon.", "19", "May"}},
		{"J.D. Vance", []string{"J.D.", "Vance"}},
		{"J. D. Vance", []string{"J.", "D.", "Vance"}},
		{"Apple Inc. said", []string{"Apple", "Inc.", "said"}},
		{"e.g. this, i.e. that", []string{"e.g.", "this", ",", "i.e.", "that"}},
		{"at 5 p.m. today", []string{"at", "5", "p.m.", "today"}},
		{"No. 10 and no.", []string{"No.", "10", "and", "no", "."}},
		{"It ended.", []string{"It", "ended", "."}},
		{"U.S.-led", []string{"U.S.", "-", "led"}},
		// numbers, money, units
		{"5%", []string{"5", "%"}},
		{"$1.5bn", []string{"$", "1.5", "bn"}},
		{"$25 billion", []string{"$", "25", "billion"}},
		{"£300m", []string{"£", "300", "m"}},
		{"1,000.50", []string{"1,000.50"}},
		{"3,4", []string{"3", ",", "4"}},
		{"1990s 21st 3D", []string{"1990s", "21st", "3D"}},
		{"at 7:30pm on 08/16/2000", []string{"at", "7:30", "pm", "on", "08/16/2000"}},
		{"1990-95", []string{"1990", "-", "95"}},
		{"call 555-0123", []string{"call", "555-0123"}},
		// hyphens
		{"well-known", []string{"well", "-", "known"}},
		{"self-defence", []string{"self", "-", "defence"}},
		{"co-founder non-profit re-elected", []string{"co-founder", "non-profit", "re-elected"}},
		{"ninety-nine", []string{"ninety-nine"}},
		{"th- the", []string{"th-", "the"}},
		{"and/or", []string{"and", "/", "or"}},
		// URLs and e-mail
		{"see https://example.com/a?b=1.", []string{"see", "https://example.com/a?b=1", "."}},
		{"(www.example.org)", []string{"(", "www.example.org", ")"}},
		{"mail jane.doe_1@example.co.uk.", []string{"mail", "jane.doe_1@example.co.uk", "."}},
		{"bloomberg.com", []string{"bloomberg.com"}},
		// punctuation
		{"Wait...", []string{"Wait", "..."}},
		{"Wait…", []string{"Wait", "…"}},
		{"talks — something", []string{"talks", "—", "something"}},
		{"1–2", []string{"1", "–", "2"}},
		{"so--called", []string{"so", "--", "called"}},
		{"“the ground.”", []string{"“", "the", "ground", ".", "”"}},
		{`"Yes," he said.`, []string{`"`, "Yes", ",", `"`, "he", "said", "."}},
		{"Really?!", []string{"Really", "?!"}},
		{"(Reuters)", []string{"(", "Reuters", ")"}},
		{"AT&T S&P", []string{"AT&T", "S&P"}},
		{"#science rocks", []string{"#science", "rocks"}},
		{"nice :) ok", []string{"nice", ":)", "ok"}},
		{"*****", []string{"*****"}},
		// white space of every kind separates
		{"a\u00a0b\u2009c\td\r\ne", []string{"a", "b", "c", "d", "e"}},
		{"", []string{}},
	}
	for _, tt := range tests {
		expectTokens(t, tt.in, tt.want)
	}
}
