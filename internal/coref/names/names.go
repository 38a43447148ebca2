// Package names reads the given-name lists the coref stage embeds (the
// .txt files beside this one) for stages that must guess a person's sex
// before coref runs: the quote stage resolves a speaker "he" or "she".
// It is a package of its own because coref's tests import the quote
// stage, which could then not import coref.
package names

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed female.txt male.txt
var lists embed.FS

// sexes maps each listed given name to 'f' or 'm', read on first use.
var sexes = sync.OnceValue(func() map[string]byte {
	m := map[string]byte{}
	for file, sex := range map[string]byte{"female.txt": 'f', "male.txt": 'm'} {
		b, err := lists.ReadFile(file)
		if err != nil {
			panic("names: embedded " + file + ": " + err.Error()) // built into the binary
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			if line := sc.Text(); !strings.HasPrefix(line, "#") {
				for _, w := range strings.Fields(line) {
					m[w] = sex
				}
			}
		}
	}
	return m
})

// Sex returns 'f' or 'm' when the given name, as written ("Maria"), is
// in the lists of names borne mostly by one sex, and 0 otherwise.
func Sex(given string) byte { return sexes()[given] }
