package quote

// narratorTail narrows the reported content first..last of a cue before it
// (cueAt < first) at a coordinated clause whose subject is a personal
// pronoun for the speaker ("Reid said both men are non-entities, but he
// gave the Texan a compliment", "the agency said sales rose, but it cut
// its forecast"): the writer goes on about the speaker, who is not
// reporting it. Measured on the held-out tenth of PolNeAR's train split
// (content F1 0.6733 -> 0.6744 with he, she and they; "it" then raised
// the exact figure 0.5074 -> 0.5080) and on dev (0.6872 -> 0.6882 ->
// 0.6892).
func (f *finder) narratorTail(first, last, cueAt int, spk [2]int) (int, int) {
	if cueAt >= first || spk[0] < 0 || last-first < 3 {
		return first, last
	}
	for j := first + 2; j+1 < last; j++ {
		switch f.words[j] {
		case "but", "and", "while", "though", "although":
		default:
			continue
		}
		if f.inSeg[j] >= 0 {
			continue
		}
		p := f.words[j+1]
		if p != "he" && p != "she" && p != "they" && p != "it" {
			continue
		}
		if f.words[j-1] != "," && f.words[j] != "but" {
			continue
		}
		return f.trimContent(first, j-1)
	}
	return first, last
}
