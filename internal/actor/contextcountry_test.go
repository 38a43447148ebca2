package actor

import "testing"

// TestContextCountry: unqualified domestic actors take the country of
// their sentence's locative place, else of its first country mention,
// else the article's dominant country, and so do titled people the KB
// does not know; refugees and sentences without a country keep none.
func TestContextCountry(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		mention    string
		actor      [6]string
	}{
		{"locative capital", "Police detained dozens of protesters in Minsk.", nil,
			"Police", groupActor("Police", "BLR", "COP")},
		{"locative country after modifier", "Gunmen killed six soldiers in northern Nigeria.", nil,
			"soldiers", groupActor("soldiers", "NGA", "MIL")},
		{"locative beats first", "Germany condemned the arrest of students by the police on Sunday in Belarus.", nil,
			"students", groupActor("students", "BLR", "EDU")},
		{"adjective in the sentence", "Pakistani police said militants attacked a checkpoint.", nil,
			"militants", groupActor("militants", "PAK", "REB")},
		{"first of several", "Sudanese troops clashed with rebels near the border with Chad.", nil,
			"rebels", groupActor("rebels", "SDN", "REB")},
		{"article's dominant country", "Kenya held elections on Monday. Kenya's courts are busy. Protesters marched on Sunday.", nil,
			"Protesters", groupActor("Protesters", "KEN", "CVL")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectActors(t, tt.text, tt.ents, want{tt.mention, tt.actor})
		})
	}
	// A titled person the KB does not know takes the report's country too;
	// a country of their own in the text wins.
	expectActors(t, "President Zorvan Example met farmers in Hanoi.", per("Zorvan Example"),
		want{"Zorvan Example", [6]string{"Zorvan Example", "person", "VNM", "GOV", "president", "VNMGOV"}})
	expectActors(t, "Chilean President Zorvan Example met farmers in Hanoi.", per("Zorvan Example"),
		want{"Zorvan Example", [6]string{"Zorvan Example", "person", "CHL", "GOV", "president", "CHLGOV"}})
	// So does an organisation the KB does not know, its sector from its name.
	expectActors(t, "The Zorvan Liberation Front attacked a police post in Mali.", []ent{{"Zorvan Liberation Front", "ORG"}},
		want{"Zorvan Liberation Front", [6]string{"Zorvan Liberation Front", "organisation", "MLI", "REB", "", "MLIREB"}})
	// No country anywhere, a tie, or a sector coded by origin: no country.
	expectActors(t, "Protesters marched on Sunday.", nil, want{"Protesters", groupActor("Protesters", "", "CVL")})
	expectActors(t, "Spain and Italy met. Protesters marched on Sunday.", nil, want{"Protesters", groupActor("Protesters", "", "CVL")})
	expectNoActor(t, "Officials declined to comment.", nil, "Officials")
	d := resolve(t, mkdoc(t, "Refugees in Jordan protested.", ent{"Jordan", "LOC"}))
	if a, ok := actorWithMention(d, "Refugees"); ok && a.Country != "" {
		t.Errorf("refugees in Jordan coded %q; want no country (CAMEO codes them by origin)", a.Country)
	}
}
