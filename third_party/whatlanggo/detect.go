// Package whatlanggo is chronicle's stand-in for the whatlanggo language
// identifier that go-trafilatura calls on every page (see README.md): it
// tells English from everything else, which is all chronicle needs to know,
// in a small fraction of the time a comparison with 80 trigram profiles
// takes.
//
// The test is the share of common English function words ("the", "of",
// "and", "said", ...) among the first sampleWords words of the text. In
// English running text the words of functionWords make up 35-50% of the
// words, in news as in speech; in other languages written in the Latin
// script the few that are also words there ("a", "in", "is", "was", "on")
// make up well under 10%. A text of fewer than minWords words is too short
// to tell: Und.
package whatlanggo

import (
	"unicode"
	"unicode/utf8"
)

// Lang is a language, as whatlanggo names them. Only Eng and Und are ever
// returned here.
type Lang int

const (
	// Und is undetermined: not English, or too short to tell.
	Und Lang = -1
	// Eng is English.
	Eng Lang = 0
)

// Iso6391 returns the ISO 639-1 code of l: "en", or "" when l is Und.
func (l Lang) Iso6391() string {
	if l == Eng {
		return "en"
	}
	return ""
}

// String returns the English name of l, or "" when l is Und.
func (l Lang) String() string {
	if l == Eng {
		return "English"
	}
	return ""
}

const (
	// sampleWords is how many words are read at most: enough for the
	// share to settle, few enough to cost microseconds on any page.
	sampleWords = 400
	// minWords: below this many words the share says little.
	minWords = 12
	// minShare is the share of function words (in percent) from which a
	// text is English: well below any English prose, well above what the
	// shared words give other languages.
	minShare = 15
)

// functionWords are frequent English words that are rarely words in other
// languages, or only rare ones there; lower case, ASCII.
var functionWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range []string{
		"the", "of", "and", "to", "a", "in", "is", "that", "for", "on",
		"it", "with", "as", "was", "by", "at", "from", "he", "she", "be",
		"are", "this", "his", "her", "have", "has", "had", "an", "said",
		"its", "not", "but", "were", "they", "their", "who", "been",
		"which", "will", "would", "or", "more", "after", "also", "we",
		"you", "there", "than", "about", "when", "can", "if", "into",
		"what", "our", "says", "told", "could", "should", "them", "him",
	} {
		m[w] = true
	}
	return m
}()

// DetectLang returns Eng when text reads as English, else Und.
func DetectLang(text string) Lang {
	words, hits := countWords(text)
	if words < minWords || hits*100 < words*minShare {
		return Und
	}
	return Eng
}

// countWords returns how many words the first sampleWords words of text
// are, and how many of them are functionWords. A word is a run of letters;
// anything else separates words.
func countWords(text string) (words, hits int) {
	var buf [8]byte // a function word, lower-cased; longer words never are
	n, ascii := 0, true
	inWord := false
	end := func() {
		words++
		if ascii && n <= len(buf) && functionWords[string(buf[:n])] {
			hits++
		}
		n, ascii, inWord = 0, true, false
	}
	for i := 0; i < len(text) && words < sampleWords; {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
				if n < len(buf) {
					buf[n] = c | 0x20
				}
				n++
				inWord = true
			case inWord:
				end()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			n++
			ascii, inWord = false, true
		case inWord:
			end()
		}
	}
	if inWord && words < sampleWords {
		end()
	}
	return words, hits
}
