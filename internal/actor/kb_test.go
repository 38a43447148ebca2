package actor

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestEmbeddedKB(t *testing.T) {
	kb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	st := kb.Stats()
	if st.Countries < 249 || st.Organisations < 40 || st.People < 150 || st.Roles < 50 || st.Sectors < 60 || st.ValidAsOf == "" {
		t.Errorf("KB too small: %+v", st)
	}
	// Every country has a name, and codes are unique.
	seen := map[string]bool{}
	for _, c := range kb.countries {
		if len(c.Names) == 0 || seen[c.Code] {
			t.Errorf("country %q: no name or duplicate code", c.Code)
		}
		seen[c.Code] = true
	}
	for _, p := range kb.people {
		if p.Country != "" && !seen[p.Country] {
			t.Errorf("person %q: unknown country %q", p.Name, p.Country)
		}
		if _, ok := kb.Role(p.Role); !ok {
			t.Errorf("person %q: role %q is not a KB role", p.Name, p.Role)
		}
	}
	for _, o := range kb.orgs {
		if o.Country != "" && !seen[o.Country] {
			t.Errorf("organisation %q: unknown country %q", o.Name, o.Country)
		}
	}
}

func TestLookups(t *testing.T) {
	kb := MustDefault()
	countries := []struct{ in, want string }{
		{"US", "USA"}, {"U.S.", "USA"}, {"United States", "USA"}, {"the United States", "USA"}, {"America", "USA"},
		{"UK", "GBR"}, {"Britain", "GBR"}, {"South Korea", "KOR"}, {"Ivory Coast", "CIV"}, {"Côte d'Ivoire", "CIV"},
		{"Cote d’Ivoire", "CIV"}, {"Türkiye", "TUR"}, {"Turkey", "TUR"}, {"Spanish", "ESP"}, {"Ukrainian", "UKR"},
		{"American", "USA"}, {"Spaniards", "ESP"}, {"Czech Republic", "CZE"}, {"Burma", "MMR"},
		{"us", ""}, {"turkey", ""}, {"Washington", ""}, {"European", ""},
	}
	for _, tt := range countries {
		if got, _ := kb.Country(tt.in); got != tt.want {
			t.Errorf("Country(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	capitals := []struct{ in, want string }{{"Washington", "USA"}, {"Kyiv", "UKR"}, {"Kiev", "UKR"}, {"Moscow", "RUS"},
		{"Beijing", "CHN"}, {"Tehran", "IRN"}, {"Pyongyang", "PRK"}, {"Brussels", "BEL"}, {"moscow", ""}}
	for _, tt := range capitals {
		if got, _ := kb.Capital(tt.in); got != tt.want {
			t.Errorf("Capital(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	if o, ok := kb.Metonym("Brussels"); !ok || o.Key != "EU" {
		t.Errorf("Metonym(Brussels) = %+v", o)
	}
	if c, _ := kb.Region("European"); c != "EUR" {
		t.Errorf("Region(European) = %q", c)
	}
	orgs := []struct{ in, key, code string }{{"NATO", "NATO", "IGO"}, {"the military alliance", "NATO", "IGO"},
		{"the alliance", "NATO", "IGO"}, {"the bloc", "EU", "IGO"}, {"the Kremlin", "KREMLIN", "RUSGOV"},
		{"Kremlin", "KREMLIN", "RUSGOV"}, {"the White House", "WHITEHOUSE", "USAGOV"}, {"Downing Street", "DOWNING", "GBRGOV"},
		{"the Pentagon", "PENTAGON", "USAMIL"}, {"IAEA", "IAEA", "IGO"}, {"ECOWAS", "ECOWAS", "IGO"}, {"AU", "AU", "IGO"},
		{"G7", "G7", "IGO"}, {"OPEC", "OPEC", "IGO"}, {"WHO", "WHO", "IGO"}, {"IMF", "IMF", "IGO"}, {"U.N.", "UN", "IGO"}}
	for _, tt := range orgs {
		o, ok := kb.Organisation(tt.in)
		if !ok || o.Key != tt.key || o.Code() != tt.code {
			t.Errorf("Organisation(%q) = %+v, %v; want %s %s", tt.in, o, ok, tt.key, tt.code)
		}
	}
	if _, ok := kb.Organisation("who"); ok {
		t.Error(`Organisation("who") found the WHO`)
	}
	roles := []struct{ in, role, sector string }{{"Foreign Minister", "foreign minister", "GOV"}, {"top diplomat", "foreign minister", "GOV"},
		{"Secretary of State", "foreign minister", "GOV"}, {"defense minister", "defence minister", "GOV"},
		{"general", "general", "MIL"}, {"spokeswoman", "spokesperson", ""}, {"Chancellor", "chancellor", "GOV"}}
	for _, tt := range roles {
		ro, ok := kb.Role(tt.in)
		if !ok || ro.Name != tt.role || ro.Sector != tt.sector {
			t.Errorf("Role(%q) = %+v; want %s %s", tt.in, ro, tt.role, tt.sector)
		}
	}
	sectors := []struct{ in, want string }{{"government", "GOV"}, {"troops", "MIL"}, {"police", "COP"}, {"lawmakers", "LEG"},
		{"court", "JUD"}, {"opposition", "OPP"}, {"rebels", "REB"}, {"protesters", "CVL"}, {"companies", "BUS"}, {"journalists", "MED"}}
	for _, tt := range sectors {
		if got, _ := kb.Sector(tt.in); got != tt.want {
			t.Errorf("Sector(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	if p, ok := kb.Person("Albares"); !ok || p.Country != "ESP" || p.Role != "foreign minister" {
		t.Errorf("Person(Albares) = %+v", p)
	}
	if p, ok := kb.Leader("ESP", "foreign minister"); !ok || p.Name != "José Manuel Albares" {
		t.Errorf("Leader(ESP, foreign minister) = %+v", p)
	}
	if n, _ := kb.CountryName("CIV"); n != "Côte d'Ivoire" {
		t.Errorf("CountryName(CIV) = %q", n)
	}
}

func TestLoadKB(t *testing.T) {
	f, err := os.Open("testdata/kb_example.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kb, err := LoadKB(f, FormatOf(f.Name()))
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := kb.Country("España"); c != "ESP" {
		t.Errorf("España = %q", c)
	}
	if n, _ := kb.CountryName("ESP"); n != "España" {
		t.Errorf("canonical name of ESP = %q; want the overlay's España", n)
	}
	if c, _ := kb.Country("Spain"); c != "ESP" {
		t.Errorf("embedded names lost: Spain = %q", c)
	}
	if o, ok := kb.Organisation("the EU border agency"); !ok || o.Name != "Frontex" {
		t.Errorf("Frontex alias = %+v", o)
	}
	if p, _ := kb.Leader("GBR", "foreign minister"); p.Name != "Yvette Cooper" {
		t.Errorf("overlay leader = %q; want Yvette Cooper", p.Name)
	}
	if ro, _ := kb.Role("defence chief"); ro.Sector != "MIL" {
		t.Errorf("overlay role = %+v", ro)
	}
	if kb.Stats().ValidAsOf != "2025-09-30" {
		t.Errorf("ValidAsOf = %q", kb.Stats().ValidAsOf)
	}
	// The embedded KB is unchanged.
	if _, ok := MustDefault().Country("España"); ok {
		t.Error("LoadKB changed the embedded KB")
	}
}

func TestLoadKBErrors(t *testing.T) {
	tests := []struct{ in, format, want string }{
		{`{"countries":[{"code":"Spain"}]}`, "json", "three capital letters"},
		{`{"people":[{"name":"X","country":"es"}]}`, "json", "alpha-3"},
		{`{"persons":[]}`, "json", "unknown field"},
		{`{`, "json", "read KB JSON"},
		{`people: []`, "yaml", "unsupported"},
	}
	for _, tt := range tests {
		_, err := LoadKB(strings.NewReader(tt.in), tt.format)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadKB(%q) = %v; want error with %q", tt.in, err, tt.want)
		}
	}
	if _, err := LoadKB(strings.NewReader("x"), "yaml"); !errors.Is(err, ErrFormat) {
		t.Errorf("yaml error %v does not wrap ErrFormat", err)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sánchez", "sanchez"}, {"Kyiv’s", "kyiv's"}, {"  José   Manuel\nAlbares ", "jose manuel albares"},
		{"Côte d'Ivoire", "cote d'ivoire"}, {"Türkiye", "turkiye"}, {"Łódź", "lodz"}, {"plain", "plain"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
