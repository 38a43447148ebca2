package actor

import "testing"

// TestCities: a large city that is no capital is a place of its country,
// so that unqualified actors in it take that country; it never stands for
// the government. New sector words (singular forms, unnamed gunmen) take
// the country of the sentence like the plural ones.
func TestCities(t *testing.T) {
	tests := []struct {
		name, text string
		ents       []ent
		mention    string
		actor      [6]string
	}{
		{"police in a city", "Police in Istanbul arrested 40 protesters on Saturday.", nil,
			"Police in Istanbul", groupActor("Police in Istanbul", "TUR", "COP")},
		{"target in a city", "Police in Karachi arrested dozens of opposition activists.", nil,
			"opposition activists", groupActor("opposition activists", "PAK", "OPP")},
		{"city entity", "Riot police detained a journalist in Lagos.", []ent{{"Lagos", "LOC"}},
			"Riot police", groupActor("Riot police", "NGA", "COP")},
		{"gunmen", "Gunmen attacked a church in Kaduna on Sunday.", nil,
			"Gunmen", groupActor("Gunmen", "NGA", "REB")},
		{"singular journalist", "Egyptian police detained a journalist in Alexandria.", nil,
			"journalist in Alexandria", groupActor("journalist in Alexandria", "EGY", "MED")},
		{"Iraqi city", "Gunmen ambushed a patrol near Baqubah on Monday.", nil,
			"Gunmen", groupActor("Gunmen", "IRQ", "REB")},
		{"region of a country", "Police in Xinjiang detained dozens of students.", nil,
			"Police in Xinjiang", groupActor("Police in Xinjiang", "CHN", "COP")},
		{"two-word city", "Security forces killed seven demonstrators in Ho Chi Minh City.", nil,
			"demonstrators in Ho Chi Minh City", groupActor("demonstrators in Ho Chi Minh City", "VNM", "CVL")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectActors(t, tt.text, tt.ents, want{tt.mention, tt.actor})
		})
	}
	// A city is a place, never a government: "Istanbul said" is no
	// Turkish government.
	d := resolve(t, mkdoc(t, "Shelling hit Kharkiv overnight.", ent{"Kharkiv", "LOC"}))
	a, ok := actorWithMention(d, "Kharkiv")
	if !ok || a.Kind != "place" || a.Country != "UKR" || a.Sector != "" {
		t.Errorf("Kharkiv: %+v (found %v); want a place of UKR without a sector", a, ok)
	}
}
