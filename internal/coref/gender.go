package coref

import (
	"bufio"
	"embed"
	"strings"
)

//go:embed names/*.txt
var namesFS embed.FS

// gender is what is known of a person's sex: unknown, male or female.
type gender byte

const (
	unknown gender = iota
	male
	female
)

// givenNames maps given names borne mostly by one sex to it.
type givenNames map[string]gender

// loadGivenNames reads the embedded lists: words separated by spaces or
// lines, "#" starting a comment line.
func loadGivenNames() givenNames {
	g := givenNames{}
	for file, sex := range map[string]gender{"names/female.txt": female, "names/male.txt": male} {
		b, err := namesFS.ReadFile(file)
		if err != nil {
			panic("coref: embedded " + file + ": " + err.Error()) // built into the binary
		}
		for _, w := range splitFields(string(b)) {
			g[w] = sex
		}
	}
	return g
}

// splitFields returns the words of a list, skipping "#" comment lines.
func splitFields(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			out = append(out, strings.Fields(line)...)
		}
	}
	return out
}

// honorifics are the words before a name that give its bearer's sex.
var honorifics = map[string]gender{
	"mr": male, "mr.": male, "sir": male, "lord": male, "king": male, "prince": male, "sheikh": male,
	"mrs": female, "mrs.": female, "ms": female, "ms.": female, "miss": female, "madam": female,
	"lady": female, "dame": female, "queen": female, "princess": female,
}

// roleGender reads a sex from a gendered role word ("spokeswoman",
// "chairman", "businesswoman", "actress").
func roleGender(role string) gender {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch {
		case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women") || w == "actress" || w == "duchess" ||
			w == "mother" || w == "wife" || w == "daughter" || w == "sister" || w == "girl" || w == "grandmother":
			return female
		case maleRoles[w]:
			return male
		}
	}
	return unknown
}

// maleRoles are role words for men; "-man" alone would take "German" and
// "Oman".
var maleRoles = map[string]bool{"man": true, "chairman": true, "spokesman": true, "businessman": true,
	"congressman": true, "councilman": true, "assemblyman": true, "alderman": true, "statesman": true,
	"policeman": true, "gunman": true, "frontman": true, "anchorman": true, "clergyman": true,
	"salesman": true, "sportsman": true, "father": true, "husband": true, "son": true, "brother": true,
	"boy": true, "duke": true, "grandfather": true}
