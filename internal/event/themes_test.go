package event_test

import "testing"

// TestThemes: the forces a source sends or moves are its means, not the
// target; where they go is (themes.go).
func TestThemes(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text string
		want want
	}{
		{"Kenya sent troops to Somalia on Monday.", want{typ: "MOBILIZE", src: "KEN", tgt: "SOM"}},
		{"Pakistan refused to send peacekeepers to Iraq.", want{typ: "REJECT", src: "PAK", tgt: "IRQ"}},
		{"Nigeria agreed to send peacekeepers to Liberia.", want{typ: "AGREE", src: "NGA", tgt: "LBR"}},
		{"The United Nations rejected a request to deploy peacekeeping forces in East Timor.", want{typ: "REJECT", src: "IGO", tgt: "TLS"}},
		{"The African Union rejected a call for its peacekeepers to be deployed in Burundi.", want{typ: "REJECT", src: "IGO", tgt: "BDI"}},
		{"Syria offered troops to Lebanon's new president.", want{typ: "AGREE", src: "SYR", tgt: "LBN"}},
		// Rebels send no peacekeepers: those they reject are the target.
		{"Ivory Coast rebels rejected peacekeepers sent to the country by the regional bloc.", want{typ: "REJECT", src: "CIV", tgt: "IGO"}},
		// Another country's forces are no theme, and attacking moves
		// nothing.
		{"Russian forces attacked Ukrainian troops near Kharkiv.", want{typ: "ASSAULT", src: "RUS", tgt: "UKR"}},
	}
	for _, tt := range tests {
		check(t, analyze(t, p, tt.text), tt.want)
	}
}

// TestCoordinatedTitledSubjects: a subject of several titled names, which
// parsers get wrong, is read from its text (coactors.go); a place in its
// phrase is no subject.
func TestCoordinatedTitledSubjects(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text string
		want want
	}{
		{"Chilean leader Carlos Example and Peruvian President Jorge Sample signed a trade agreement on Monday.",
			want{typ: "SUPPORT", src: "CHL,PER"}},
		{"Kenyan President Daniel Moi and Ugandan President Yoweri Museveni signed a border accord.",
			want{typ: "SUPPORT", src: "KEN,UGA"}},
		{"The Serbian and Croatian sides of the disputed region of Bosnia have agreed to exchange prisoners.",
			want{typ: "AGREE", src: "SRB,HRV"}},
	}
	for _, tt := range tests {
		check(t, analyze(t, p, tt.text), tt.want)
	}
}

// TestAgentlessRetreat: a retreat in the passive with no one named doing
// it is done by those it names (code.go).
func TestAgentlessRetreat(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text string
		want want
	}{
		{"Hundreds of rebel fighters in Sierra Leone have been demobilized since the accord.", want{typ: "RETREAT", src: "SLE"}},
		{"Russian troops were withdrawn from the Georgian border on Friday.", want{typ: "RETREAT", src: "RUS", tgt: "GEO"}},
	}
	for _, tt := range tests {
		check(t, analyze(t, p, tt.text), tt.want)
	}
}

// TestFallbackTargetConjuncts: a target found by the fallback brings the
// names coordinated with it.
func TestFallbackTargetConjuncts(t *testing.T) {
	p := testPipeline(t)
	check(t, analyze(t, p, "The militant network has threatened to deliver devastating blows to the United States and Israel, a weekly reported."),
		want{typ: "THREATEN", tgt: "USA,ISR"})
}

// TestStativePassive: "were engaged in", "were involved in" tell what the
// subject did (args.go).
func TestStativePassive(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text string
		want want
	}{
		{"Serb forces were engaged in ethnic cleansing against the Croat population in Bosnia, the US said.",
			want{typ: "ASSAULT", src: "SRB", tgt: "BIH"}},
		{"Sudanese troops were involved in attacks on villagers in Chad.",
			want{typ: "ASSAULT", src: "SDN", tgt: "TCD"}},
		{"Hanoi is committed to the peace plan.", want{typ: "AGREE", src: "VNM"}},
		// Tagged as an adjective, with a clause of "to".
		{"The minister said Vietnam is committed to opening up the economy.", want{typ: "AGREE", src: "VNM"}},
	}
	for _, tt := range tests {
		check(t, analyze(t, p, tt.text), tt.want)
	}
}
