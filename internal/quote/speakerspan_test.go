package quote_test

import "testing"

// TestSpeakerSpan checks, on sentences written for the project, where a
// speaker mention starts and ends as PolNeAR's sources do: a title before
// an inverted speaker's name belongs to it, a phrase set off by commas
// that is no apposition does not, nor a trailing day, a dateline or a
// parenthesis the parse took for the subject; coordinated speakers are
// all of them.
func TestSpeakerSpan(t *testing.T) {
	cases := []struct{ name, txt, content, mention string }{
		{"an adjective opens an inverted speaker", "“The wall will never be built,” said former Governor Ana Ruiz.",
			"The wall will never be built,", "former Governor Ana Ruiz"},
		{"a participle set off is left out", "Tom Berg, wearing a red scarf, said the vote was rigged.",
			"the vote was rigged", "Tom Berg"},
		{"a prepositional phrase set off is left out", "Tom Berg, in Ohio, said the vote was rigged.",
			"the vote was rigged", "Tom Berg"},
		{"an apposition stays", "Tom Berg, a union leader, said the vote was rigged.",
			"the vote was rigged", "Tom Berg, a union leader,"},
		{"a day after the name is left out", "Union leader Tom Berg on Tuesday said that the vote was rigged.",
			"the vote was rigged", "Union leader Tom Berg"},
		{"a dateline closed by a hyphen is left out", "OSLO (Reuters) - Tom Berg, a union leader, said that the vote was rigged.",
			"the vote was rigged", "Tom Berg, a union leader,"},
		{"a party label in parentheses is no subject", "Independent candidate Senator Ana Ruiz (I-VT) stated that the levy was unfair.",
			"the levy was unfair", "Independent candidate Senator Ana Ruiz (I-VT)"},
		{"coordinated speakers, the first the parse's root", "Mr. Berg and the other farm leaders insist that they can keep the subsidy.",
			"they can keep the subsidy", "Mr. Berg and the other farm leaders"},
		{"coordinated speakers after an opening adverbial", "On Sunday, Mr. Holm and Senator Ana Ruiz urged the council to reopen the port.",
			"the council to reopen the port", "Mr. Holm and Senator Ana Ruiz"},
		{"a list of speakers", "But farm groups, fishing unions, and many coastal mayors claim the levy will cost jobs.",
			"the levy will cost jobs", "farm groups, fishing unions, and many coastal mayors"},
		{"an opening adverb is left out", "Even some of the mayor's allies said the levy was a mistake.",
			"the levy was a mistake", "some of the mayor's allies"},
		{"a title the parse made the head", "Democratic candidate Ana Ruiz called the agreement a historic step.",
			"the agreement a historic step", "Democratic candidate Ana Ruiz"},
	}
	p := parsedPipeline(t)
	for _, c := range cases {
		d := analyze(t, p, c.txt)
		found := false
		for _, q := range d.Quotes {
			if d.Slice(q.Span) == c.content && sl(d, q.SpeakerMention) == c.mention {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: want [%s | %s], got %s", c.name, c.txt, c.content, c.mention, dump(d))
		}
	}
}
