package quote_test

import "testing"

// TestAttributionBoundaries covers where a content or a speaker phrase
// starts and stops around its cue, with texts written for the project:
// a speaker phrase with a preposition after a quotation, an according-to
// after an opening conjunction, a programme title after the cue, a content
// the parse made of the speaker, a time phrase before the subject, and a
// participle after the cue that the parse made its complement, a quotation
// that ends its sentence, a participle after a quotation and the speaker
// phrase of a participle after a quotation's cue, and a speaker phrase
// with a relative clause between a quotation and its cue, a quotation
// after a reported attribution, a clause about the speaker after the
// content and a that-clause that opens with a quotation.
func TestAttributionBoundaries(t *testing.T) {
	p := parsedPipeline(t)
	cases := []struct {
		name, txt string
		w         want
	}{
		{"speaker phrase with a preposition", "The inquiry ended. \"The simple truth is that the facts have not changed,\" a spokesman for committee members said.",
			want{"The simple truth is that the facts have not changed,", "direct", "a spokesman for committee members", "said", "", ""}},
		{"according to after an opening conjunction", "The race is open. But, according to the poll, 46 percent of voters remain undecided.",
			want{"46 percent of voters remain undecided", "indirect", "the poll", "according to", "", ""}},
		{"a title after the cue is no quotation", "The talks went on. Dale said on Radio Four's \"Morning Show\" that he would \"take a look\" at the bill.",
			want{"he would \"take a look\" at the bill", "indirect", "Dale", "said", "", "Radio Four"}},
		{"the content is never the speaker", "The result was poor. Mr. Cole, whose narrow third-place finish was widely seen as a failure, said that he was the only candidate able to win.",
			want{"he was the only candidate able to win", "indirect", "Mr. Cole, whose narrow third-place finish was widely seen as a failure", "said", "", ""}},
		{"a time phrase before the subject is no content", "After the debate last week, the mayor told reporters he thought the story was made up.",
			want{"he thought the story was made up", "indirect", "the mayor", "told", "", ""}},
		{"a participle after the cue keeps the quotation the cue's", "The band is back. “We had written two dozen songs,” Kiedis said, mentioning the album is “great.”",
			want{"We had written two dozen songs,", "direct", "Kiedis", "said", "", ""}},
		{"an inverted speaker that starts with a common noun", "The firm lobbied for the company on gaming and taxes, said lobbyist and strategist Charlie Black, a former partner.",
			want{"The firm lobbied for the company on gaming and taxes", "indirect", "lobbyist and strategist Charlie Black, a former partner", "said", "", ""}},
		{"say tagged as a noun after a number", "They are young. Nearly nine out of 10 say they will need to develop new skills.",
			want{"they will need to develop new skills", "indirect", "Nearly nine out of 10", "say", "", ""}},
		{"a participle phrase the parse made a complement keeps the quotation the cue's", "He was poor. \"The deal was fair,\" Dale said in an interview with CNN aired Monday on \"New Day.\" \"No money in the campaign.\"",
			want{"The deal was fair,", "direct", "Dale", "said", "", "CNN"}},
		{"an absolute clause after with", "The poll was bad for him, with 22 percent saying they would not support him.",
			want{"they would not support him", "indirect", "22 percent", "saying", "", ""}},
		{"an object's participle stays in the content before an inverted cue", "The aim is to stop rivals demanding new limits on the port, the officials said.",
			want{"The aim is to stop rivals demanding new limits on the port", "indirect", "the officials", "said", "", ""}},
		{"a quotation ending with a full stop does not take the next sentence's cue", "The mayor said the plan is \"a great thing.\" The senator on Thursday blamed the press for the uproar.",
			want{"a great thing.", "partial", "The mayor", "said", "", ""}},
		{"a participle after a quotation does not invert with its speaker", "The union dismissed the offer as \"an insult,\" saying it would cut wages.",
			want{"it would cut wages", "indirect", "The union", "saying", "", ""}},
		{"a participle after a quotation's cue takes its speaker phrase", "\"We wanted to be sure no one could waive the rules,\" Corker said on Wednesday, pointing out that most senators voted to review the deal.",
			want{"most senators voted to review the deal", "indirect", "Corker", "pointing out", "", ""}},
		{"a participle before a quotation takes the speaker phrase of the cue before it", "The mayor said the plan \"had a crazy policy which was maniacal,\" adding, \"He lost all of the votes.\"",
			want{"He lost all of the votes.", "direct", "The mayor", "adding", "", ""}},
		{"a speaker phrase with a relative clause before the cue after a quotation", "The poll is new. \"Both men scare me,\" Harry Bond, who was among those polled, said in an interview.",
			want{"Both men scare me,", "direct", "Harry Bond, who was among those polled,", "said", "Harry Bond", "interview"}},
		{"a quotation after a reported attribution is a fragment of it", "Corker said the language was careful. \"If we touched it, they would object.\" The vote is next week.",
			want{"If we touched it, they would object.", "direct", "Corker", "said", "", ""}},
		{"a coordinated clause about the speaker ends the content", "Reid said both senators were weak, but he gave the Texan a compliment.",
			want{"both senators were weak", "indirect", "Reid", "said", "", ""}},
		{"a quotation that opens a that-clause going on after it is part of the clause", "Lee told reporters that \"the plan is dead\" and that talks would end.",
			want{"\"the plan is dead\" and that talks would end", "indirect", "Lee", "told", "", ""}},
		{"a quotation that is the subject of a that-clause", "The minister said that \"the deal\" would not survive the winter.",
			want{"\"the deal\" would not survive the winter", "indirect", "The minister", "said", "", ""}},
		{"a coordinated clause about an organisation that spoke ends the content", "The agency said sales rose in May, but it cut its forecast for the year.",
			want{"sales rose in May", "indirect", "The agency", "said", "", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectQuote(t, p, c.txt, c.w) })
	}
}
