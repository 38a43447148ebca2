package quote

// colonCue is matchCue without the cue model's veto, for a word before
// the colon that opens a quotation ("The minister added, about the new
// budget: “…”"). The veto is learnt mostly from cues nested in another's
// content, which a cue leading a quotation through a colon is not; where
// the parse of the quotation goes astray (the quoted clause hung on the
// topic's noun) the model's score of the verb falls below the veto all
// the same, and the quotation went unattributed.
func (f *finder) colonCue(k int) (cue, bool) {
	saved := f.noVeto
	f.noVeto = true
	c, ok := f.matchCue(k)
	f.noVeto = saved
	return c, ok
}
