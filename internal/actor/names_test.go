package actor

import "testing"

// A KB name that NER cut short, an office of an international
// organisation the KB does not list, and forces and groups that are
// international or non-governmental by what they are.
func TestNamesAroundEntities(t *testing.T) {
	org := func(name, country, sector, code string) [6]string {
		return [6]string{name, "organisation", country, sector, "", code}
	}
	// NER marked only the adjective: the KB's longer name wins.
	expectActors(t, "The European Community lifted its ban on Norwegian fish.", []ent{{"European", "MISC"}},
		want{"European Community", org("European Union", "", "IGO", "IGO")})
	expectActors(t, "The Washington Post reported the raid.", []ent{{"Washington", "LOC"}},
		want{"The Washington Post", org("The Washington Post", "USA", "MED", "USAMED")})
	// The same entity alone stays what it is.
	expectActors(t, "Washington said no.", []ent{{"Washington", "LOC"}},
		want{"Washington", [6]string{"Washington", "country", "USA", "GOV", "", "USAGOV"}})
	// An office of the UN the KB does not list is international.
	expectActors(t, "The United Nations Emergency Relief Coordinator appealed for aid.",
		[]ent{{"United Nations Emergency Relief Coordinator", "ORG"}},
		want{"United Nations Emergency Relief Coordinator", org("United Nations Emergency Relief Coordinator", "", "IGO", "IGO")})
	expectActors(t, "The UN Mine Action Service cleared the road.",
		[]ent{{"UN Mine Action Service", "ORG"}},
		want{"UN Mine Action Service", org("UN Mine Action Service", "", "IGO", "IGO")})
	// A country's body stays the country's.
	expectActors(t, "The Spanish Foreign Ministry protested.", []ent{{"Spanish Foreign Ministry", "ORG"}},
		want{"Spanish Foreign Ministry", org("Spanish Foreign Ministry", "ESP", "GOV", "ESPGOV")})
}

func TestInternationalAndNonGovernmentalGroups(t *testing.T) {
	g := func(name, country, sector, code string) [6]string {
		return [6]string{name, "group", country, sector, "", code}
	}
	expectActors(t, "A regional peacekeeping force entered Monrovia.", nil,
		want{"peacekeeping force", g("peacekeeping force", "", "MIL", "IGOMIL")})
	expectActors(t, "Peacekeepers in Liberia disarmed the fighters.", nil,
		want{"Peacekeepers", g("Peacekeepers", "", "MIL", "IGOMIL")})
	// With a country named they are that country's.
	expectActors(t, "Nigerian peacekeepers left Monrovia.", nil,
		want{"Nigerian peacekeepers", g("Nigerian peacekeepers", "NGA", "MIL", "NGAMIL")})
	expectActors(t, "A human rights group accused the army of torture.", nil,
		want{"human rights group", g("human rights group", "", "NGO", "NGO")})
	expectActors(t, "Aid agencies warned of famine in Somalia.", nil,
		want{"Aid agencies", g("Aid agencies", "", "NGO", "NGO")})
}

// TestPartyWordAfterName: NER found the name of a party without the
// word "party" after it; the word still tells the sector.
func TestPartyWordAfterName(t *testing.T) {
	org := func(name, country, sector string) [6]string {
		return [6]string{name, "organisation", country, sector, "", country + sector}
	}
	expectActors(t, "The fundamentalist Umma party said it would boycott Algeria's elections.",
		[]ent{{"Umma", "ORG"}, {"Algeria", "LOC"}},
		want{"Umma", org("Umma", "DZA", "PTY")})
	expectActors(t, "The Umma (Nation) party will boycott the vote in Algeria.",
		[]ent{{"Umma", "ORG"}, {"Nation", "ORG"}, {"Algeria", "LOC"}},
		want{"Umma", org("Umma", "DZA", "PTY")})
	// A name alone says nothing.
	expectActors(t, "Umma said it would boycott Algeria's elections.",
		[]ent{{"Umma", "ORG"}, {"Algeria", "LOC"}},
		want{"Umma", [6]string{"Umma", "organisation", "", "", "", ""}})
}

func TestPartsOfCountriesAndArmedGroups(t *testing.T) {
	place := func(name, country string) [6]string {
		return [6]string{name, "place", country, "", "", country}
	}
	expectActors(t, "Israeli troops pulled out of South Lebanon.", []ent{{"Israeli", "MISC"}, {"South Lebanon", "LOC"}},
		want{"South Lebanon", place("South Lebanon", "LBN")})
	expectActors(t, "Fighting spread to Northern Iraq.", []ent{{"Northern Iraq", "LOC"}},
		want{"Northern Iraq", place("Northern Iraq", "IRQ")})
	// Countries whose names begin so stay countries.
	expectActors(t, "South Sudan accused Sudan.", []ent{{"South Sudan", "LOC"}, {"Sudan", "LOC"}},
		want{"South Sudan", [6]string{"South Sudan", "country", "SSD", "", "", "SSD"}})
	// An armed group of no country is CAMEO's IMG, also when NER marked
	// only part of its name, and so are its fighters.
	org := [6]string{"al-Qaeda", "organisation", "", "REB", "", "IMGREB"}
	expectActors(t, "Osama bin Laden's al-Qaeda threatened the United States.",
		[]ent{{"Osama bin Laden", "PER"}, {"Qaeda", "PER"}, {"United States", "LOC"}},
		want{"al-Qaeda", org})
	expectActors(t, "Al-Qaeda fighters attacked the base.", nil,
		want{"Al-Qaeda fighters", [6]string{"Al-Qaeda fighters", "group", "", "REB", "", "IMGREB"}})
}

// TestHyphenatedNames: a name NER cut at its hyphen is one person, also
// when the second part was taken for an organisation.
func TestHyphenatedNames(t *testing.T) {
	p := func(name, country, sector, role, code string) [6]string {
		return [6]string{name, "person", country, sector, role, code}
	}
	expectActors(t, "The Haitian government accused former president Jean-Claude Example of corruption.",
		[]ent{{"Haitian", "MISC"}, {"Jean", "PER"}, {"Claude Example", "PER"}},
		want{"Jean-Claude Example", p("Jean-Claude Example", "HTI", "ELI", "former president", "HTIELI")})
	expectActors(t, "Haitian President Jean-Bertrand Sample returned.",
		[]ent{{"Haitian", "MISC"}, {"Jean", "PER"}, {"Bertrand Sample", "ORG"}},
		want{"Jean-Bertrand Sample", p("Jean-Bertrand Sample", "HTI", "GOV", "president", "HTIGOV")})
	// Two names with a dash and spaces between stay two.
	expectActors(t, "Talks between Anna Example - Maria Sample were cancelled.",
		[]ent{{"Anna Example", "PER"}, {"Maria Sample", "PER"}},
		want{"Anna Example", p("Anna Example", "", "", "", "")})
}
