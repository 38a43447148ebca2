package actor

import "testing"

func TestPeoples(t *testing.T) {
	g := func(name, country string) [6]string {
		return [6]string{name, "group", country, "", "", country}
	}
	misc := func(words ...string) []ent {
		var out []ent
		for _, w := range words {
			out = append(out, ent{w, "MISC"})
		}
		return out
	}
	// A plural demonym is the people of its country, not the state.
	expectActors(t, "Albanians marched through Tirana.", misc("Albanians"),
		want{"Albanians", g("Albanians", "ALB")})
	expectActors(t, "Palestinians protested against the decision.", misc("Palestinians"),
		want{"Palestinians", g("Palestinians", "PSE")})
	// Where they live decides: a place after the phrase...
	expectActors(t, "Ethnic Albanians in southern Serbia demanded autonomy.", misc("Albanians"),
		want{"Ethnic Albanians", g("Ethnic Albanians", "SRB")})
	expectActors(t, "Albanians of western Macedonia boycotted the vote.", misc("Albanians"),
		want{"Albanians", g("Albanians", "MKD")})
	expectActors(t, "The Russian minority in Latvia demanded citizenship.", misc("Russian"),
		want{"Russian minority", g("Russian minority", "LVA")})
	// ...else, for a minority, the country of the report.
	expectActors(t, "Thousands of ethnic Hungarians rallied in Bucharest.", misc("Hungarians"),
		want{"ethnic Hungarians", g("ethnic Hungarians", "ROU")})
	expectActors(t, "Ethnic Turks accused the Swedish police of racism.", misc("Turks", "Swedish"),
		want{"Ethnic Turks", g("Ethnic Turks", "SWE")})
	// A minority with no other country named stays its own.
	expectActors(t, "Ethnic Serbs celebrated.", misc("Serbs"),
		want{"Ethnic Serbs", g("Ethnic Serbs", "SRB")})
	// Without an entity from NER too.
	expectActors(t, "The Albanian population of Macedonia fled.", nil,
		want{"Albanian population", g("Albanian population", "MKD")})
	// An adjective of something else is still the country's.
	expectActors(t, "Albanian officials rejected the plan.", misc("Albanian"),
		want{"Albanian officials", groupActor("Albanian officials", "ALB", "GOV")})
	expectActors(t, "The Swiss mediated.", misc("Swiss"),
		want{"Swiss", [6]string{"Switzerland", "country", "CHE", "", "", "CHE"}})
	// Armed groups after "ethnic" live where they fight.
	expectActors(t, "Ethnic Albanian guerrillas attacked a police station in Macedonia.", misc("Albanian"),
		want{"Ethnic Albanian guerrillas", groupActor("Ethnic Albanian guerrillas", "MKD", "REB")})
	// A sector word after a people takes the people's home.
	expectActors(t, "Albanians of western Macedonia protested against the government.", misc("Albanians"),
		want{"government", groupActor("government", "MKD", "GOV")})
}

func TestPeopleAndPrisoners(t *testing.T) {
	// "people" is a group only with its country named.
	expectActors(t, "Thousands of people in Hong Kong blocked the roads.", nil,
		want{"people in Hong Kong", groupActor("people in Hong Kong", "HKG", "CVL")})
	expectActors(t, "The Kenyan people voted.", []ent{{"Kenyan", "MISC"}},
		want{"Kenyan people", [6]string{"Kenyan people", "group", "KEN", "", "", "KEN"}})
	expectActors(t, "People familiar with the matter said Iran would retaliate.", []ent{{"Iran", "LOC"}},
		want{"People familiar with the matter", [6]string{"People familiar with the matter", "group", "", "", "unnamed source", ""}})
	expectNoActor(t, "Iran said many people were hurt.", []ent{{"Iran", "LOC"}}, "people")
	// Prisoners take the country of the report like other civilians.
	expectActors(t, "Prisoners in Dili rioted on Sunday.", nil,
		want{"Prisoners in Dili", groupActor("Prisoners in Dili", "TLS", "CVL")})
}

func TestRegionsOfCountries(t *testing.T) {
	// A region is a place of its country: rebels there are its rebels.
	expectActors(t, "The Sudanese government and the rebels in Darfur must talk, Britain said.",
		[]ent{{"Sudanese", "MISC"}, {"Darfur", "LOC"}, {"Britain", "LOC"}},
		want{"rebels in Darfur", groupActor("rebels in Darfur", "SDN", "REB")})
	expectActors(t, "Chechen rebels attacked a convoy.", []ent{{"Chechen", "MISC"}},
		want{"Chechen rebels", groupActor("Chechen rebels", "RUS", "REB")})
	expectActors(t, "Police in Tibet detained monks.", nil,
		want{"Police in Tibet", groupActor("Police in Tibet", "CHN", "COP")})
}

func TestEthnicAdjective(t *testing.T) {
	// "ethnic" before a nationality names the people where it lives,
	// whatever noun follows...
	expectActors(t, "Talks between Macedonian and ethnic Albanian political parties resumed in Skopje.",
		[]ent{{"Macedonian", "MISC"}, {"Albanian", "MISC"}, {"Skopje", "LOC"}},
		want{"ethnic Albanian", [6]string{"ethnic Albanian", "group", "MKD", "", "", "MKD"}})
	// ...but a sector word after it makes the group, of the same home.
	expectActors(t, "Ethnic Albanian rebels attacked a police station in Macedonia.", []ent{{"Albanian", "MISC"}},
		want{"Ethnic Albanian rebels", groupActor("Ethnic Albanian rebels", "MKD", "REB")})
}

func TestCommunityByPlace(t *testing.T) {
	// A population lives where the sentence places it...
	expectActors(t, "Militias drove out the Croat population in Bosnia.", []ent{{"Croat", "MISC"}, {"Bosnia", "LOC"}},
		want{"Croat population", [6]string{"Croat population", "group", "BIH", "", "", "BIH"}})
	// ...not wherever another country is named.
	expectActors(t, "The Palestinian population rejected Israel's plan.", []ent{{"Palestinian", "MISC"}, {"Israel", "LOC"}},
		want{"Palestinian population", [6]string{"Palestinian population", "group", "PSE", "", "", "PSE"}})
}
