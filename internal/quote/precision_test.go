package quote_test

import (
	"strings"
	"testing"

	"chronicle/internal/doc"
)

// speakerCase names one reported content (or a unique prefix of it) and
// the speaker it must get: the mention as text and the actor's name, ""
// for none.
type speakerCase struct {
	name, txt, content, mention, speaker string
}

// expectSpeaker checks the quotation whose content starts with c.content.
func expectSpeaker(t *testing.T, d *doc.Document, c speakerCase) {
	t.Helper()
	for _, q := range d.Quotes {
		// the complementiser is left out of contents; a tagger that tags it
		// otherwise may leave it in, which is not what these cases test
		if !strings.HasPrefix(strings.TrimPrefix(d.Slice(q.Span), "that "), c.content) {
			continue
		}
		if sl(d, q.SpeakerMention) != c.mention || q.SpeakerName != c.speaker {
			t.Errorf("%q: mention %q speaker %q; want %q %q (%s)", c.content, sl(d, q.SpeakerMention), q.SpeakerName, c.mention, c.speaker, dump(d))
		}
		return
	}
	t.Errorf("no quotation %q in %q; got %s", c.content, c.txt, dump(d))
}

// TestSpeakerPrecision covers the speaker phrases and resolutions of the
// precision pass, with texts written for the project: split subjects,
// things that cannot speak, passive subjects, relative pronouns,
// appositions that hold the name, and descriptions that stand for an
// actor named before. They need the tagger and the parser. They run the
// sieves alone: the cue model vetoes some of their nested cues
// (TestCueModelVetoes).
func TestSpeakerPrecision(t *testing.T) {
	p := sievePipeline(t)
	cases := []speakerCase{
		{"a subject the parse split in two is whole",
			"Leaders of the Economic Community of West African States (ECOWAS) agreed on Sunday to open talks with the three juntas.",
			"to open talks", "Leaders of the Economic Community of West African States (ECOWAS)", "ECOWAS"},
		{"a to-infinitive after the cue beats a later clause the parse made its complement",
			"Leaders of the Economic Community of West African States (ECOWAS) agreed on Sunday to open talks with Mali on a new trade arrangement, eight months after the three governments left the bloc.",
			"to open talks with Mali", "Leaders of the Economic Community of West African States (ECOWAS)", "ECOWAS"},
		{"an apposition hanging on the cue is no subject of its own (and a participle set off by commas no part of the mention)",
			"Spanish Foreign Minister Ana Ruiz, speaking after talks in Rabat with her counterpart, Youssef Benali, said the border would reopen.",
			"the border would reopen", "Spanish Foreign Minister Ana Ruiz", "Ana Ruiz"},
		{"a lone name keeps no trailing comma",
			"Youssef Benali, who spoke after the talks, said the border would reopen.",
			"the border would reopen", "Youssef Benali, who spoke after the talks,", "Youssef Benali"},
		{"an agreement is no speaker",
			"The minister said the agreement showed that the two neighbours had moved on.",
			"the agreement showed", "The minister", "minister"},
		{"the passive subject is no speaker",
			"Defence Minister Antti Virtanen said the offer would be discussed when allied leaders meet in June.",
			"the offer would be discussed", "Defence Minister Antti Virtanen", "Antti Virtanen"},
		{"a passive cue without an agent has no speaker",
			"Defence Minister Antti Virtanen said the offer would be discussed when allied leaders meet in June.",
			"when allied leaders meet", "", ""},
		{"the person in the apposition speaks",
			"Somalia's Health Minister, Fadumo Warsame, said clean water was the real vaccine.",
			"clean water", "Somalia's Health Minister, Fadumo Warsame,", "Fadumo Warsame"},
		{"the organisation in the apposition speaks",
			"The UN refugee agency, UNHCR, warned that patrols must not stop people from seeking asylum.",
			"patrols must not", "The UN refugee agency, UNHCR,", "UNHCR"},
		{"a relative pronoun stands for its noun",
			"The Alliance of Sahel States said it would reply soon. UNICEF, which handles most vaccine deliveries in the region, said trucks were waiting.",
			"trucks were waiting", "UNICEF, which handles most vaccine deliveries in the region,", "UNICEF"},
		{"'the agency' is the agency named before",
			"The International Atomic Energy Agency said on Wednesday that its inspectors had regained access. In a report to member states, the agency said that inspectors visited two sites last week.",
			"inspectors visited", "the agency", "International Atomic Energy Agency"},
		{"'the agency' is the organisation an apposition calls an agency",
			"According to the Africa Centres for Disease Control and Prevention, an agency of the African Union, 31 people have died. The agency warned that flooding could spread the disease.",
			"flooding could spread", "The agency", "Africa Centres for Disease Control and Prevention"},
		{"an unnamed spokeswoman speaks for the organisation that spoke before",
			"The UN refugee agency, UNHCR, warned that patrols must not stop people from seeking asylum. A spokeswoman told Reuters that the agency had asked both countries for details.",
			"the agency had asked", "A spokeswoman", "UNHCR spokeswoman"},
		{"a spokesman for a government speaks for it",
			"A spokesman for Mali's transitional government said on Saturday that Bamako was open to dialogue.",
			"Bamako was open", "A spokesman for Mali's transitional government", "Government of Mali"},
		{"'his government' is the government of his country",
			"Haiti's Foreign Minister Jean Laurent spoke in New York. He said his government had asked for help against the gangs.",
			"help against the gangs", "his government", "Government of Haiti"},
		{"'the government' is the government of the country in focus",
			"Kenya's Health Minister Joseph Kariuki said the outbreak was under control. The government said on Tuesday that vaccines would arrive soon.",
			"vaccines would arrive", "The government", "Government of Kenya"},
		{"'the two governments' are those of the countries the sentence names",
			"Spain and Morocco will begin joint patrols in the Strait of Gibraltar next month, the two governments said on Wednesday.",
			"Spain and Morocco will begin", "the two governments", "Governments of Spain and Morocco"},
		{"an expletive 'it' is no speaker",
			"Deputy Foreign Minister Reza Tavakoli argued that it was now up to European governments to show similar flexibility.",
			"similar flexibility", "", ""},
		{"a split coordination leaves no conjunction at the end of the speaker",
			"The union and said the strike would go on.",
			"the strike would go on", "The union", "union"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectSpeaker(t, analyze(t, p, c.txt), c) })
	}
}

// TestNoSourceNoAttribution covers reported clauses whose only subject
// cannot speak: they are no attributions at all.
func TestNoSourceNoAttribution(t *testing.T) {
	p := parsedPipeline(t)
	for _, txt := range []string{
		"Rights groups argued that the deal repeated mistakes made in June last year.",
	} {
		d := analyze(t, p, txt)
		for _, q := range d.Quotes {
			if q.SpeakerMention != nil && strings.HasPrefix(strings.ToLower(d.Slice(*q.SpeakerMention)), "the deal") {
				t.Errorf("%q: 'the deal' as speaker of %q", txt, d.Slice(q.Span))
			}
		}
	}
}

// TestRelativePronounsMakeNoActors checks that no actor is named after a
// relative pronoun, whatever the sentence.
func TestRelativePronounsMakeNoActors(t *testing.T) {
	p := parsedPipeline(t)
	for _, txt := range []string{
		"The senator, who backed the bill, said it would pass.",
		"The Alliance of Sahel States, which the three countries formed after leaving the bloc, has not yet responded.",
		"Officials who asked not to be named said the plan had stalled.",
		"It was a plan that critics said would fail.",
	} {
		d := analyze(t, p, txt)
		for _, a := range d.Actors {
			switch strings.ToLower(a.Name) {
			case "who", "which", "that", "whom":
				t.Errorf("%q: actor %q", txt, a.Name)
			}
		}
	}
}

// TestContentBounds covers contents that must not take in a dateline, a
// relative pronoun alone, or a later clause with its own attribution.
func TestContentBounds(t *testing.T) {
	p := parsedPipeline(t)
	cases := []speakerCase{
		{"a quote is not attributed to a later clause's cue",
			"She said that the stockpile had been “almost empty since January” and that the shipment was possible only because Bangladesh had agreed to delay its order.",
			"almost empty since January", "She", ""},
		{"a clause that is an attribution of its own is no content",
			"China's ambassador, Wang Jun, told the council that Beijing had abstained because the text ignored \"the root causes of the crisis,\" which he described as poverty.",
			"Beijing had abstained", "China's ambassador, Wang Jun,", "Wang Jun"},
		{"an according-to source takes its apposition",
			"According to the Africa Centres for Disease Control and Prevention, an agency of the African Union, at least 31 people have died this year.",
			"at least 31 people", "the Africa Centres for Disease Control and Prevention, an agency of the African Union,", "Africa Centres for Disease Control and Prevention"},
		{"a participle after an according-to clause is the source's",
			"According to the UN Office on Drugs and Crime, the number of rifles seized at the ports fell by half last year, suggesting that more weapons are slipping through.",
			"more weapons are slipping", "the UN Office on Drugs and Crime", "UN Office on Drugs and Crime"}, // the same mention, as PolNeAR marks it
		{"a dateline is no part of the content, however the cue hangs in it",
			"NAIROBI, March 3 (Wire) — The World Health Organization will send a million doses to Kenya next month after outbreaks spread along the border, the agency said on Monday.",
			"The World Health Organization will send", "the agency", "World Health Organization"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { expectSpeaker(t, analyze(t, p, c.txt), c) })
	}
	expectNone(t, p, "The Alliance of Sahel States, which the three countries formed after leaving the bloc, has not yet responded.", "which")
}

// TestWeakForms checks that verb forms seldom reporting anything in news
// ("saw", "felt", "supporting") make no attribution on their own.
func TestWeakForms(t *testing.T) {
	p := surfacePipeline(t)
	for _, c := range []struct{ txt, content string }{
		{"The mayor saw the new bridge on Monday.", "the new bridge"},
		{"The council felt the cold wind at the harbour.", "the cold wind"},
		{"Fishermen are supporting the harbour fund this winter.", "the harbour fund"},
	} {
		expectNone(t, p, c.txt, c.content)
	}
}
