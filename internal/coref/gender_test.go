package coref

import "testing"

func TestRoleGender(t *testing.T) {
	for role, want := range map[string]gender{
		"spokeswoman": female, "chairman of the board": male, "German foreign minister": unknown,
		"minister": unknown, "actress": female, "Oman's envoy": unknown, "": unknown,
	} {
		if got := roleGender(role); got != want {
			t.Errorf("roleGender(%q) = %d; want %d", role, got, want)
		}
	}
}

func TestGivenNames(t *testing.T) {
	g := loadGivenNames()
	for name, want := range map[string]gender{"Anna": female, "Olaf": male, "Jordan": unknown, "Given": unknown} {
		if got := g[name]; got != want {
			t.Errorf("%s = %d; want %d", name, got, want)
		}
	}
	for w := range g {
		if g[w] == male && femaleNameListed(w) {
			t.Errorf("%s is in both lists", w)
		}
	}
}

// femaleNameListed reports whether w is in the female list, read apart
// from the map (where the male list, read second or first, would win).
func femaleNameListed(w string) bool {
	b, _ := namesFS.ReadFile("names/female.txt")
	for _, f := range splitFields(string(b)) {
		if f == w {
			return true
		}
	}
	return false
}

// TestThirdPerson: the switch classes words as the pronoun sets do.
func TestThirdPerson(t *testing.T) {
	for _, w := range []string{"he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them",
		"their", "themselves", "it", "its", "i", "we", "hero", "", "th"} {
		sex, plural, ok := thirdPerson([]byte(w))
		want := malePronouns[w] || femalePronouns[w] || pluralPronouns[w]
		if ok != want || plural != pluralPronouns[w] || (sex == male) != malePronouns[w] || (sex == female) != femalePronouns[w] {
			t.Errorf("thirdPerson(%q) = %v, %v, %v", w, sex, plural, ok)
		}
	}
}
