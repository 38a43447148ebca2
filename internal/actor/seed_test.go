package actor

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/testutil"
)

// seedEntities are the names a NER would find in the seed article.
var seedEntities = []ent{
	{"José Manuel Albares", "PER"}, {"Albares", "PER"}, {"Volodymyr Zelenskiy", "PER"},
	{"Donald Trump", "PER"}, {"Trump", "PER"}, {"Vladimir Putin", "PER"}, {"Pedro Sánchez", "PER"},
	{"Spain", "LOC"}, {"NATO", "ORG"}, {"Russia", "LOC"}, {"Ukraine", "LOC"}, {"Washington", "LOC"},
	{"US", "LOC"}, {"Kyiv", "LOC"}, {"Alaska", "LOC"}, {"European Union", "ORG"},
	{"Bloomberg TV", "ORG"}, {"Bloomberg", "ORG"}, {"Ukrainian", "MISC"}, {"Russian", "MISC"}, {"European", "MISC"},
}

func seedDoc(t *testing.T) *doc.Document {
	t.Helper()
	b, err := os.ReadFile(testutil.Shared(t, "examples", "seed", "article.json"))
	if err != nil {
		t.Fatal(err)
	}
	var art struct{ Text string }
	if err := json.Unmarshal(b, &art); err != nil {
		t.Fatal(err)
	}
	return mkdoc(t, art.Text, seedEntities...)
}

func TestSeedActors(t *testing.T) {
	d := resolve(t, seedDoc(t))
	tests := []struct {
		mention, name, kind, country, sector, role, code string
	}{
		{"José Manuel Albares", "José Manuel Albares", "person", "ESP", "GOV", "foreign minister", "ESPGOV"},
		{"Albares", "José Manuel Albares", "person", "ESP", "GOV", "foreign minister", "ESPGOV"},
		{"Spain’s top diplomat", "José Manuel Albares", "person", "ESP", "GOV", "foreign minister", "ESPGOV"},
		{"Volodymyr Zelenskiy", "Volodymyr Zelenskiy", "person", "UKR", "GOV", "president", "UKRGOV"},
		{"Donald Trump", "Donald Trump", "person", "USA", "GOV", "president", "USAGOV"},
		{"Trump", "Donald Trump", "person", "USA", "GOV", "president", "USAGOV"},
		{"Vladimir Putin", "Vladimir Putin", "person", "RUS", "GOV", "president", "RUSGOV"},
		{"Pedro Sánchez", "Pedro Sánchez", "person", "ESP", "GOV", "prime minister", "ESPGOV"},
		{"NATO", "NATO", "organisation", "", "IGO", "", "IGO"},
		{"the military alliance", "NATO", "organisation", "", "IGO", "", "IGO"},
		{"European Union", "European Union", "organisation", "", "IGO", "", "IGO"},
		{"Washington", "Washington", "place", "USA", "", "", "USA"},
		{"Spain", "Spain", "country", "ESP", "", "", "ESP"},
		{"Russia", "Russia", "country", "RUS", "", "", "RUS"},
		{"Ukraine", "Ukraine", "country", "UKR", "", "", "UKR"},
		{"Ukrainian army", "Ukrainian army", "group", "UKR", "MIL", "", "UKRMIL"},
		{"Kyiv’s military", "Ukrainian army", "group", "UKR", "MIL", "", "UKRMIL"},
		{"people familiar with the matter", "people familiar with the matter", "group", "", "", "unnamed source", ""},
		{"the people", "people familiar with the matter", "group", "", "", "unnamed source", ""},
		{"Bloomberg TV", "Bloomberg", "organisation", "USA", "MED", "", "USAMED"},
	}
	for _, tt := range tests {
		a, ok := actorWithMention(d, tt.mention)
		if !ok {
			t.Errorf("no actor has mention %q; actors:\n%s", tt.mention, dump(d))
			continue
		}
		got := []string{a.Name, a.Kind, a.Country, a.Sector, a.Role, a.Code}
		want := []string{tt.name, tt.kind, tt.country, tt.sector, tt.role, tt.code}
		if !slices.Equal(got, want) {
			t.Errorf("actor of %q = %q; want %q", tt.mention, got, want)
		}
	}
	// "US and European officials": one group per owner, same mention.
	var codes []string
	for _, a := range d.Actors {
		for _, m := range a.Mentions {
			if d.Slice(m) == "US and European officials" {
				codes = append(codes, a.Code)
			}
		}
	}
	slices.Sort(codes)
	if !slices.Equal(codes, []string{"EURGOV", "USAGOV"}) {
		t.Errorf("US and European officials = %v; want [EURGOV USAGOV]\n%s", codes, dump(d))
	}
	if testing.Verbose() {
		t.Logf("actors:\n%s", dump(d))
	}
}
