package quote

// speakForms are the forms of "speak", which the lexicon leaves out (on
// PolNeAR's train split its predictions were right less than one time in
// four): before a colon that opens a quotation ("The mayor spoke to
// reporters about the flood: “…”") the verb introduces the quotation as
// "said" would, and only there is it taken as a cue.
var speakForms = toSet("speak speaks spoke speaking spoken")

// speakBeforeColon returns "speak" at token k as a cue of speech when the
// quotation opening at open follows a colon.
func (f *finder) speakBeforeColon(k, open int) (cue, bool) {
	if !speakForms[f.words[k]] || open < 1 || f.words[open-1] != ":" {
		return cue{}, false
	}
	if f.hasPOS && f.d.Tokens[k].POS != "VERB" && f.d.Tokens[k].POS != "" {
		return cue{}, false
	}
	return cue{first: k, last: k, class: cueSpeech, base: "speak"}, true
}

// topicPreps open the phrase of what a cue is about.
var topicPreps = toSet("of about on regarding concerning")

// topicBeforeColon reports whether the tokens from j up to the quotation
// opening at open are a phrase of the topic set off by a comma after the
// cue and ending in the colon before the quotation ("Lee said, of the
// plan: “…”"). The colon is required: a cue followed by a comma and other
// words before a quotation is mostly a parenthetical inside the quoted
// sentence ("The golf industry, he said, is “…”"), which stays split.
func (f *finder) topicBeforeColon(j, open int) bool {
	if j < 1 || j >= open || f.words[j-1] != "," || f.words[open-1] != ":" || !topicPreps[f.words[j]] {
		return false
	}
	if open-1-j < 2 || open-1-j > 8 {
		return false // "of" alone, or a phrase too long to be the topic only
	}
	for k := j + 1; k < open-1; k++ {
		w := f.words[k]
		if w == "," || w == ":" || w == ";" || w == "that" || isEndPunct(w) || f.marks[k] != markNone {
			return false
		}
		if f.hasPOS {
			switch f.d.Tokens[k].POS {
			case "VERB", "AUX", "PRON":
				return false // a clause, not a noun phrase
			}
		}
	}
	return true
}
