package ingest

import (
	"github.com/RadhiFadlillah/whatlanggo" // chronicle's own English test: third_party/whatlanggo
)

// notEnglishNote is the diagnostic for an article whose text does not read
// as English. chronicle's models are trained on English only: such an
// article is still stored, but its analysis will be poor, and a user
// sorting a mixed archive wants to know which ones those are.
const notEnglishNote = "the text does not read as English; chronicle's models are English-only, so its analysis will be poor"

// minLanguageWords: texts shorter than this are not judged (a headline or
// a caption says too little either way).
const minLanguageWords = 40

// readsAsEnglish reports whether text is English, or too short to tell.
func readsAsEnglish(text string) bool {
	if whatlanggo.DetectLang(text) == whatlanggo.Eng {
		return true
	}
	return countWordsAtLeast(text, minLanguageWords) < minLanguageWords
}

// countWordsAtLeast counts the space-separated words of text, stopping at
// limit.
func countWordsAtLeast(text string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(text) && n < limit; i++ {
		space := text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
