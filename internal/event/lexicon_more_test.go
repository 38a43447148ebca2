package event_test

import "testing"

// TestLexiconRestrictionsAndAid: triggers of easing restrictions, of
// stopping and cutting supplies and aid, and of handing over aid.
func TestLexiconRestrictionsAndAid(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text string
		want want
	}{
		{"Estonia cancelled restrictions on the Russian language in schools.", want{typ: "CONCEDE", src: "EST"}},
		{"The junta scrapped the curfew in Yangon on Monday.", want{typ: "CONCEDE"}},
		{"Ethiopia reduced fuel supplies to Eritrea.", want{typ: "SANCTION", src: "ETH", tgt: "ERI"}},
		{"Washington will prohibit all aid to Nicaraguan rebels, the State Department said.", want{typ: "SANCTION", src: "USA", tgt: "NIC"}},
		{"Japan prohibited exports of rice to North Korea.", want{typ: "SANCTION", src: "JPN"}},
		{"Red Cross workers handed over medicine to Chad.", want{typ: "AID", tgt: "TCD"}},
		{"Qatar halted its mediation between Israel and Hamas.", want{typ: "SANCTION", src: "QAT"}},
		// A particle hung elsewhere by the parse, and the noun before the
		// object's head.
		{"Danish nurses handed over 300 kg of medicine to the hospital in Herat.", want{typ: "AID", src: "DNK"}},
		{"The European Union may halt mediation efforts between the two republics if the fighting goes on.", want{typ: "THREATEN", src: "IGO"}},
		{"The rebels announced they will return weapons seized from the peacekeepers in Liberia.", want{typ: "AGREE"}},
		{"Chile and Bolivia upgraded their diplomatic ties on Monday.", want{typ: "SUPPORT", src: "CHL,BOL"}},
		{"Serbian nationalists defaced a monument in Pristina after the attack.", want{typ: "COERCE"}},
		// Strikes carried out are attacks, not labour strikes.
		{"Ethiopian jets carried out strikes on Tigrayan positions near Mekelle.", want{typ: "ASSAULT", src: "ETH"}},
	}
	for _, tt := range tests {
		check(t, analyze(t, p, tt.text), tt.want)
	}
}
