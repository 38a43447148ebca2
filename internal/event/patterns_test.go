package event_test

import "testing"

// Tests of the argument patterns, one table per pattern, with sentences
// written for chronicle (they are also in testdata/own.json). The checks
// are on the main event of each sentence.

// TestControlPatterns: a verb of intent or request lends its subject or object to the clause it governs.
func TestControlPatterns(t *testing.T) {
	runPatterns(t, []patternCase{
		{"North Korea, which has tested several missiles this year, threatened on Tuesday to strike American bases in Guam.", "THREATEN", "PRK", "USA"},
		{"Azerbaijan's president threatened to retake the remaining villages by force.", "THREATEN", "AZE", ""},
		{"Officials in Baghdad urged Washington to withdraw its remaining troops from Iraq.", "REQUEST", "IRQ", "USA"},
		{"Serbia's government promised to help Bosnia rebuild the damaged bridges.", "AGREE", "SRB", "BIH"},
		{"India agreed to supply Sri Lanka with fuel after weeks of shortages.", "AGREE", "IND", "LKA"},
	})
}

// TestRelativeClauses: a relative pronoun stands for the noun its clause modifies.
func TestRelativeClauses(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Militants who stormed a police station in northern Mali killed four policemen.", "ASSAULT", "MLI", "MLI"},
		{"Protesters who gathered outside the parliament in Nairobi demanded the president's resignation.", "REQUEST", "KEN", "KEN"},
		{"Police arrested a Kenyan journalist who had criticised the president.", "COERCE", "KEN", "KEN"},
	})
}

// TestAppositions: an apposition tells who an unknown name is.
func TestAppositions(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Mikhail Petrov, Russia's deputy foreign minister, met Iranian diplomats in Tehran on Monday.", "CONSULT", "RUS", "IRN"},
		{"Amara Diallo, the Guinean interior minister, banned all street protests in Conakry.", "COERCE", "GIN", ""},
	})
}

// TestConjunctSubjects: a coordinated verb shares the subject of the first.
func TestConjunctSubjects(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Chinese officials met their Vietnamese counterparts in Hanoi and signed an agreement on border trade.", "CONSULT", "CHN", "VNM"},
		{"Iranian forces seized a British tanker in the Gulf and detained its crew.", "COERCE", "IRN", "GBR"},
	})
}

// TestPassiveAgents: a passive verb's by-phrase is the source, its subject the target.
func TestPassiveAgents(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Two Ukrainian journalists were detained by Russian security forces in occupied Melitopol on Saturday.", "COERCE", "RUS", "UKR"},
		{"Syrian refugees were deported by Lebanese authorities last month.", "COERCE", "LBN", "SYR"},
		{"A Palestinian teenager was shot dead by Israeli soldiers near Jenin on Friday.", "ASSAULT", "ISR", "PSE"},
	})
}

// TestNominalByPhrases: an event noun that is a verb trigger's subject lends its by-phrase as the source.
func TestNominalByPhrases(t *testing.T) {
	runPatterns(t, []patternCase{
		{"An attack by Somali militants on a military base in Kenya killed nine soldiers.", "ASSAULT", "SOM", "KEN"},
		{"The shelling of Kharkiv by Russian forces killed five civilians.", "ASSAULT", "RUS", "UKR"},
		{"The arrest of the opposition leader by Tunisian police sparked protests.", "COERCE", "TUN", "TUN"},
		// The doer of a condemned act is the target of the condemnation.
		{"Egypt condemned the attack on Gaza by Israel.", "ACCUSE", "EGY", "ISR"},
		{"Jordan criticized the killing of Palestinian civilians by Israeli troops.", "ACCUSE", "JOR", "ISR"},
	})
}

// TestNominalPossessors: an event noun's possessor is the source, its of-object the target.
func TestNominalPossessors(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Russia's invasion of Ukraine has forced millions to flee.", "ASSAULT", "RUS", "UKR"},
		{"Washington's sanctions on Venezuelan oil exports have hurt the economy.", "SANCTION", "USA", "VEN"},
		{"Beijing's detention of two Canadians strained relations with Ottawa.", "COERCE", "CHN", "CAN"},
	})
}

// TestCoordinatedParticipants: coordinated names are several participants.
func TestCoordinatedParticipants(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Britain and France imposed sanctions on Iranian banks.", "SANCTION", "FRA,GBR", "IRN"},
		{"Ethiopia accused Egypt and Sudan of undermining the talks.", "ACCUSE", "ETH", "EGY,SDN"},
		{"Saudi Arabia and the United Arab Emirates sent aid to Sudan and Chad.", "AID", "ARE,SAU", "SDN,TCD"},
		// A list parsed as an apposition, and owners coordinated in "of".
		{"Egypt, Jordan and the Palestinians agreed to resume talks.", "AGREE", "EGY,JOR,PSE", ""},
		{"The presidents of Ghana and Togo met in Lome.", "CONSULT", "GHA,TGO", ""},
		// Co-sources: the object of "join", and ", along with X,".
		{"France joined Romania in calling for an end to the fighting.", "REQUEST", "FRA,ROU", ""},
		{"Romania, along with France, called for an end to the fighting.", "REQUEST", "FRA,ROU", ""},
	})
}

// TestSanctionTriggers: sanctions imposed, extended, tightened; assets frozen; blacklists; export bans.
func TestSanctionTriggers(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Canada slapped new sanctions on Iranian officials.", "SANCTION", "CAN", "IRN"},
		{"The United States blacklisted five Chinese companies over human rights abuses.", "SANCTION", "USA", "CHN"},
		{"Australia tightened sanctions on Myanmar's military rulers.", "SANCTION", "AUS", "MMR"},
		{"Turkey imposed an arms embargo on Israel.", "SANCTION", "TUR", "ISR"},
		{"Britain extended its sanctions against Belarus for another year.", "SANCTION", "GBR", "BLR"},
		{"Indonesia banned palm oil exports to India.", "SANCTION", "IDN", "IND"},
	})
}

// TestAgreeTriggers: deals reached and struck, promises; signing and ratifying are SUPPORT (CAMEO 057 in the crosswalk).
func TestAgreeTriggers(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Armenia and Azerbaijan signed a peace agreement in Washington on Friday.", "SUPPORT", "ARM,AZE", ""},
		{"Ukraine and Poland reached a deal on grain imports.", "AGREE", "POL,UKR", ""},
		{"The Kenyan parliament ratified a defence pact with the United States.", "SUPPORT", "KEN", "USA"},
		{"Ghana agreed to host the regional summit next year.", "AGREE", "GHA", ""},
		{"Peru and Ecuador struck a deal on fishing rights.", "AGREE", "ECU,PER", ""},
	})
}

// TestCityCountries: unqualified actors in a large city take its country.
func TestCityCountries(t *testing.T) {
	runPatterns(t, []patternCase{
		{"Police in Karachi arrested dozens of opposition activists.", "COERCE", "PAK", "PAK"},
		{"Gunmen attacked a church in Kaduna on Sunday, killing five worshippers.", "ASSAULT", "NGA", ""},
		{"Riot police in Lagos detained a journalist covering the protests.", "COERCE", "NGA", "NGA"},
		{"Security forces in Mandalay killed seven demonstrators.", "ASSAULT", "MMR", "MMR"},
	})
}

// patternCase is one sentence and its main event: type, sources and
// targets as sorted comma-separated codes ("" for targets: not checked).
type patternCase struct {
	text, typ, src, tgt string
}

// runPatterns checks the main event of every case.
func runPatterns(t *testing.T, cases []patternCase) {
	t.Helper()
	p := testPipeline(t)
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			d := analyze(t, p, tc.text)
			if len(d.Events) == 0 {
				t.Fatalf("no event; want %s %s->%s", tc.typ, tc.src, tc.tgt)
			}
			e := d.Events[0]
			src, tgt := sortedCodes(d, e.Sources), sortedCodes(d, e.Targets)
			if e.Type != tc.typ || src != tc.src || (tc.tgt != "" && tgt != tc.tgt) {
				t.Errorf("main event %s %s->%s (%s); want %s %s->%s", e.Type, src, tgt, d.Slice(e.Trigger), tc.typ, tc.src, tc.tgt)
			}
		})
	}
}

// TestSummonTrigger: summoning an ambassador is a protest in diplomatic
// form (CAMEO 111, ACCUSE); the purpose clause is part of it.
func TestSummonTrigger(t *testing.T) {
	runPatterns(t, []patternCase{
		{"The Philippine foreign ministry on Monday summoned the Chinese ambassador to protest against dangerous manoeuvres by Chinese vessels.", "ACCUSE", "PHL", "CHN"},
	})
}

// TestNotDoneAndCapacity checks the moods that a governing noun or
// adjective gives: the infinitive of "failure" or "refusal" is an act not
// done, the clause of "capable of" or "able to" an act only possible.
func TestNotDoneAndCapacity(t *testing.T) {
	p := testPipeline(t)
	for _, tc := range []struct {
		text, trigger string
		neg, hyp      bool
	}{
		{"Critics cited the failure to sign the accord with Turkey.", "sign", true, false},
		// The parse made the noun the infinitive's subject.
		{"Officials rejected a claim that Turkey's failure to withdraw its troops from Cyprus was the cause of the dispute.", "withdraw", true, false},
		{"Officials said Kenya is capable of sending troops to Somalia.", "sending", false, true},
		{"Kenya sent troops to Somalia on Monday.", "sent", false, false},
	} {
		d := analyze(t, p, tc.text)
		found := false
		for _, e := range d.Events {
			if d.Text[e.Trigger.Start:e.Trigger.End] != tc.trigger {
				continue
			}
			found = true
			if e.Negated != tc.neg || e.Hypothetical != tc.hyp {
				t.Errorf("%q: %s negated %v hypothetical %v; want %v %v", tc.text, describe(d, e), e.Negated, e.Hypothetical, tc.neg, tc.hyp)
			}
		}
		if !found {
			t.Errorf("%q: no event with trigger %q among %d events", tc.text, tc.trigger, len(d.Events))
		}
	}
}

// TestNounsThatAreNoActs checks two nouns that name no event: a possessor
// ("the alliance's target") and a noun that only the verbs' lexicon knows,
// with no verb's dependents ("the minister's guarantee").
func TestNounsThatAreNoActs(t *testing.T) {
	p := testPipeline(t)
	for _, tc := range []struct{ text, word string }{
		{"The alliance's new spending target worries Spain.", "alliance"},
		{"The minister's guarantee came too late for Kenya.", "guarantee"},
	} {
		d := analyze(t, p, tc.text)
		for _, e := range d.Events {
			if d.Text[e.Trigger.Start:e.Trigger.End] == tc.word {
				t.Errorf("%q: %s from %q", tc.text, describe(d, e), tc.word)
			}
		}
	}
}
