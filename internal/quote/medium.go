package quote

import "strings"

// mediumNouns name a medium by a common noun ("in a statement").
var mediumNouns = toSet("statement interview tweet post letter speech email e-mail memo op-ed editorial blog podcast " +
	"broadcast video briefing conference hearing testimony filing report press release message radio television")

// days and months are not outlets ("told reporters on Tuesday").
var notOutlet = toSet("monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
	"august september october november december the a an his her their its")

// medium reads where the words of draft dr were said, from the tokens of
// its cue's sentence: "told Reuters", "in an interview with Bloomberg TV",
// "in his Bloomberg TV interview", "on X", "in a statement", "at a news
// conference". It returns "" when the text does not say.
func (f *finder) medium(dr draft) string {
	if !dr.hasCue {
		return ""
	}
	lo, hi := f.sentBounds(dr.cue.first)
	// told Reuters
	if k := dr.cue.last + 1; f.lex.class[f.words[dr.cue.first]] == cueTell && f.lex.base[f.words[dr.cue.first]] == "tell" && k < hi {
		if name := f.capRun(k, hi); name != "" {
			return name
		}
	}
	for i := lo; i < hi; i++ {
		if f.inSeg[i] >= 0 || (dr.first <= i && i <= dr.last && dr.seg < 0) {
			continue
		}
		w := f.words[i]
		switch w {
		case "in", "at", "on", "during":
		default:
			continue
		}
		// in (a|an|his|her|its) [Outlet ...] noun [with|on Outlet]
		j := i + 1
		if j < hi && (isDeterminer(f.words[j]) || f.words[j] == "a") {
			j++
		}
		if j >= hi {
			continue
		}
		if w == "on" && f.capitalised(j) && !notOutlet[f.words[j]] && j == i+1 {
			return f.capRun(j, hi)
		}
		outlet := f.capRun(j, hi)
		k := j
		for k < hi && f.capitalised(k) {
			k++
		}
		noun := ""
		for m := k; m < hi && m < k+3; m++ {
			if mediumNouns[f.words[m]] {
				noun = f.words[m]
				if f.words[m] == "conference" && m > k && (f.words[m-1] == "news" || f.words[m-1] == "press") {
					noun = f.words[m-1] + " conference"
				}
				k = m + 1
				break
			}
		}
		if noun == "" {
			continue
		}
		if k+1 < hi && (f.words[k] == "with" || f.words[k] == "on" || f.words[k] == "to") {
			if o := f.capRun(k+1, hi); o != "" && !notOutlet[strings.ToLower(o)] {
				return o
			}
		}
		if outlet != "" {
			return outlet
		}
		return noun
	}
	return ""
}

// capRun returns the run of capitalised tokens that starts at i ("Bloomberg
// TV", "The Associated Press"), or "".
func (f *finder) capRun(i, hi int) string {
	j := i
	for j < hi {
		w := f.words[j]
		cap := f.capitalised(j) && (j == i && w == "the" || !notOutlet[w])
		glue := j > i && (w == "'s" || w == "of") && j+1 < hi && f.capitalised(j+1)
		if !cap && !glue {
			break
		}
		j++
	}
	if j == i {
		return ""
	}
	return f.d.Text[f.d.Tokens[i].Start:f.d.Tokens[j-1].End]
}
