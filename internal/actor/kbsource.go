package actor

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// source is the whole KB as data: the JSON schema users write for --kb,
// and what the embedded line files are read into. See
// testdata/kb_example.json for an example.
type source struct {
	ValidAsOf     string         `json:"valid_as_of,omitempty"` // date the people list is valid for
	Countries     []Country      `json:"countries,omitempty"`
	Regions       []Region       `json:"regions,omitempty"`
	Organisations []Organisation `json:"organisations,omitempty"`
	Roles         []Role         `json:"roles,omitempty"`
	Sectors       []SectorWord   `json:"sectors,omitempty"`
	People        []Person       `json:"people,omitempty"`
}

// ErrFormat is wrapped by LoadKB's error for a format it cannot read.
var ErrFormat = errors.New("actor: unsupported KB format")

var (
	reCountry = regexp.MustCompile(`^[A-Z]{3}$`)
	reSector  = regexp.MustCompile(`^[A-Z]{2,6}$`)
)

// readJSON decodes a user KB, refusing unknown fields so that a typo in a
// field name is an error rather than a silently ignored entry.
func readJSON(r io.Reader) (source, error) {
	var s source
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, fmt.Errorf("actor: read KB JSON: %w", err)
	}
	return s, s.check()
}

// check validates codes, so that a bad user file fails at load time.
func (s *source) check() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("actor: KB: "+format, args...)) }
	for _, c := range s.Countries {
		if !reCountry.MatchString(c.Code) {
			bad("country code %q is not three capital letters", c.Code)
		}
	}
	for _, c := range s.Regions {
		if !reCountry.MatchString(c.Code) {
			bad("region code %q is not three capital letters", c.Code)
		}
	}
	for _, o := range s.Organisations {
		if o.Name == "" {
			bad("organisation without a name (key %q)", o.Key)
		}
		if o.Country != "" && !reCountry.MatchString(o.Country) {
			bad("organisation %q: country %q is not an alpha-3 code", o.Name, o.Country)
		}
		if o.Sector != "" && !reSector.MatchString(o.Sector) {
			bad("organisation %q: sector %q is not an upper-case code", o.Name, o.Sector)
		}
	}
	for _, r := range s.Roles {
		if r.Phrase == "" || r.Name == "" {
			bad("role needs phrase and role (%q, %q)", r.Phrase, r.Name)
		}
		if r.Sector != "" && !reSector.MatchString(r.Sector) {
			bad("role %q: sector %q is not an upper-case code", r.Phrase, r.Sector)
		}
	}
	for _, w := range s.Sectors {
		if w.Word == "" || !reSector.MatchString(w.Sector) {
			bad("sector word %q: sector %q is not an upper-case code", w.Word, w.Sector)
		}
	}
	for _, p := range s.People {
		if p.Name == "" {
			bad("person without a name")
		}
		if p.Country != "" && !reCountry.MatchString(p.Country) {
			bad("person %q: country %q is not an alpha-3 code", p.Name, p.Country)
		}
		if p.Sector != "" && !reSector.MatchString(p.Sector) {
			bad("person %q: sector %q is not an upper-case code", p.Name, p.Sector)
		}
	}
	return errors.Join(errs...)
}

// lineFile reads one embedded line file: records of fields separated by
// "|", comments starting with "#". A "# valid-as-of: DATE" comment sets
// the date the file is valid for.
func lineFile(name string, data []byte, fields int, each func(f []string) error) (validAsOf string, err error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if v, ok := strings.CutPrefix(line, "# valid-as-of:"); ok {
			validAsOf = strings.TrimSpace(v)
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != fields {
			return "", fmt.Errorf("actor: %s:%d: %d fields, want %d", name, n, len(f), fields)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := each(f); err != nil {
			return "", fmt.Errorf("actor: %s:%d: %w", name, n, err)
		}
	}
	return validAsOf, sc.Err()
}

// list splits a ";"-separated field.
func list(s string) []string {
	if s == "" {
		return nil
	}
	out := strings.Split(s, ";")
	for i := range out {
		out[i] = strings.TrimSpace(out[i])
	}
	return out
}

// readLines reads the embedded KB files into a source.
func readLines(files map[string][]byte) (source, error) {
	var s source
	var err error
	steps := []struct {
		name   string
		fields int
		each   func(f []string) error
	}{
		{"countries.txt", 4, func(f []string) error {
			s.Countries = append(s.Countries, Country{Code: f[0], Names: list(f[1]), Adjectives: list(f[2]), Capitals: list(f[3])})
			return nil
		}},
		{"cities.txt", 2, func(f []string) error {
			// After countries.txt: a city line names a country listed there.
			for i := range s.Countries {
				if s.Countries[i].Code == f[0] {
					s.Countries[i].Cities = append(s.Countries[i].Cities, list(f[1])...)
					return nil
				}
			}
			return fmt.Errorf("cities of unknown country %q", f[0])
		}},
		{"regions.txt", 3, func(f []string) error {
			s.Regions = append(s.Regions, Region{Code: f[0], Names: list(f[1]), Adjectives: list(f[2])})
			return nil
		}},
		{"organisations.txt", 6, func(f []string) error {
			s.Organisations = append(s.Organisations, Organisation{Key: f[0], Name: f[1], Aliases: list(f[2]),
				Country: f[3], Sector: f[4], Metonyms: list(f[5])})
			return nil
		}},
		{"roles.txt", 3, func(f []string) error {
			s.Roles = append(s.Roles, Role{Phrase: f[0], Name: f[1], Sector: f[2]})
			return nil
		}},
		{"sectors.txt", 3, func(f []string) error {
			s.Sectors = append(s.Sectors, SectorWord{Word: f[0], Sector: f[1],
				Standalone: strings.Contains(f[2], "s"), Modifier: strings.Contains(f[2], "a")})
			return nil
		}},
		{"people.txt", 5, func(f []string) error {
			s.People = append(s.People, Person{Name: f[0], Aliases: list(f[1]), Country: f[2], Role: f[3], Sector: f[4]})
			return nil
		}},
	}
	for _, st := range steps {
		data, ok := files[st.name]
		if !ok {
			return s, fmt.Errorf("actor: embedded KB file %s missing", st.name)
		}
		v, e := lineFile(st.name, data, st.fields, st.each)
		if e != nil {
			return s, e
		}
		if v != "" {
			s.ValidAsOf = v
		}
	}
	return s, errors.Join(err, s.check())
}

// merge returns base with over laid on top. Countries and regions with the
// same code, and organisations with the same key, gain the overlay's names
// and aliases, and its non-empty fields replace theirs. Roles, sector
// words and people with the same phrase, word or name are replaced; new
// ones are added. People keep their order with additions last, so that
// the overlay's office holders win in Leader.
func merge(base, over source) source {
	out := base
	out.Countries = append([]Country(nil), base.Countries...)
	for _, c := range over.Countries {
		i := indexOf(out.Countries, func(x Country) bool { return x.Code == c.Code })
		if i < 0 {
			out.Countries = append(out.Countries, c)
			continue
		}
		x := &out.Countries[i]
		x.Names = union(c.Names, x.Names) // the overlay's first name becomes canonical
		x.Adjectives = union(x.Adjectives, c.Adjectives)
		x.Capitals = union(x.Capitals, c.Capitals)
		x.Cities = union(x.Cities, c.Cities)
	}
	out.Regions = append([]Region(nil), base.Regions...)
	for _, c := range over.Regions {
		i := indexOf(out.Regions, func(x Region) bool { return x.Code == c.Code })
		if i < 0 {
			out.Regions = append(out.Regions, c)
			continue
		}
		x := &out.Regions[i]
		x.Names = union(c.Names, x.Names)
		x.Adjectives = union(x.Adjectives, c.Adjectives)
	}
	out.Organisations = append([]Organisation(nil), base.Organisations...)
	for _, o := range over.Organisations {
		if o.Key == "" {
			o.Key = o.Name
		}
		i := indexOf(out.Organisations, func(x Organisation) bool { return x.Key == o.Key })
		if i < 0 {
			out.Organisations = append(out.Organisations, o)
			continue
		}
		x := &out.Organisations[i]
		x.Name = o.Name
		x.Aliases = union(x.Aliases, o.Aliases)
		x.Metonyms = union(x.Metonyms, o.Metonyms)
		if o.Country != "" {
			x.Country = o.Country
		}
		if o.Sector != "" {
			x.Sector = o.Sector
		}
	}
	out.Roles = replaceBy(base.Roles, over.Roles, func(r Role) string { return fold(r.Phrase) })
	out.Sectors = replaceBy(base.Sectors, over.Sectors, func(w SectorWord) string { return fold(w.Word) })
	out.People = replaceBy(base.People, over.People, func(p Person) string { return fold(p.Name) })
	if over.ValidAsOf != "" {
		out.ValidAsOf = over.ValidAsOf
	}
	return out
}

func indexOf[T any](xs []T, f func(T) bool) int {
	for i, x := range xs {
		if f(x) {
			return i
		}
	}
	return -1
}

// union returns a followed by the elements of b not already in it.
func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		if indexOf(out, func(x string) bool { return x == s }) < 0 {
			out = append(out, s)
		}
	}
	return out
}

// replaceBy drops from base every element whose key an overlay element
// has, and appends the overlay.
func replaceBy[T any](base, over []T, key func(T) string) []T {
	drop := make(map[string]bool, len(over))
	for _, o := range over {
		drop[key(o)] = true
	}
	out := make([]T, 0, len(base)+len(over))
	for _, b := range base {
		if !drop[key(b)] {
			out = append(out, b)
		}
	}
	return append(out, over...)
}
