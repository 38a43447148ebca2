package coref

import (
	"slices"
	"strings"
	"testing"
)

// TestDescriptions checks each rule of appositions and descriptions on
// texts written for it: the actor gains the phrase (want) and
// not the phrases a rule must leave alone (not).
func TestDescriptions(t *testing.T) {
	tests := []struct {
		name, text, actor string
		want, not         []string
	}{
		{"an apposition after the name",
			"Kerstin Vold, the head of the Nordic fishing council, arrived in Oslo on Tuesday.",
			"Kerstin Vold", []string{"the head of the Nordic fishing council"}, nil},
		{"an apposition the tagger takes for a name",
			"Ana Ruiz, the Secretary of State, met reporters in Lima on Monday.",
			"Ana Ruiz", []string{"the Secretary of State"}, nil},
		{"an apposition before the name",
			"Norway's fisheries chief, Kerstin Vold, met the press in Oslo.",
			"Kerstin Vold", []string{"Norway's fisheries chief"}, nil},
		{"a list the parser may hang as an apposition",
			"Spain was not invited to Monday’s meeting in Washington between European leaders, Ukrainian President Volodymyr Zelenskiy and US President Donald Trump.",
			"Volodymyr Zelenskiy", nil, []string{"Monday’s meeting in Washington between European leaders"}},
		{"an apposition of another number",
			"Portugal, Norway and Chile, the three sponsors of the plan, said they would vote for it.",
			"Portugal", nil, []string{"the three sponsors of the plan"}},
		{"a predicate noun, not a negated one",
			"Per Aas is the mayor of Tromsø. Per Aas is not the leader of the party.",
			"Per Aas", []string{"the mayor of Tromsø"}, []string{"the leader of the party"}},
		{"the predicate noun after become",
			"Per Aas became the mayor of Tromsø.",
			"Per Aas", []string{"the mayor of Tromsø"}, nil},
		{"the predicate noun of a resolved pronoun",
			"Anna Berg grew up in Lisbon. She is the head of the port authority.",
			"Anna Berg", []string{"She", "the head of the port authority"}, nil},
		{"a role to the person who holds it",
			"Foreign Minister José Manuel Albares met reporters in Madrid. The minister then flew to Rabat.",
			"José Manuel Albares", []string{"The minister"}, nil},
		{"a role whose only holder was named before the window",
			"Foreign Minister José Manuel Albares arrived in Rabat. " + strings.Repeat("Rain fell on the coast. ", 12) + "The minister then flew home.",
			"José Manuel Albares", []string{"The minister"}, nil},
		{"a capitalised role",
			"President Ana Ruiz of Peru met farmers on Monday. The President later visited Cusco.",
			"Ana Ruiz", []string{"The President"}, nil},
		{"an organisation noun to the organisation, not another one",
			"Acme Industries cut 300 jobs on Monday. The company blamed high energy prices. The other company did not comment.",
			"Acme Industries", []string{"The company"}, []string{"The other company"}},
		{"a place noun to the place the text is about, not the one named last",
			"Porto is built on hills. Porto has a famous bridge, and flights leave for Munich every hour. The city is also known for its wine.",
			"Porto", []string{"The city"}, nil},
		{"an island",
			"Flights from Porto reach Madeira in two hours. Tourists love Madeira. The island is known for its wine.",
			"Madeira", []string{"The island"}, nil},
		{"the head word of an institution's name",
			"The Cleveland Museum of Art reopened on Monday. The museum had been closed for a year.",
			"Cleveland Museum of Art", []string{"The museum"}, nil},
		{"an organisation noun to the organisation whose name has it first",
			"The International Atomic Energy Agency sent inspectors to Iran. NATO met in Brussels on Monday. The agency published its report on Friday.",
			"International Atomic Energy Agency", []string{"The agency"}, nil},
		{"a description with a name of its own is not one of what came before",
			"Acme Industries cut 300 jobs on Monday. The company of Ruben Diaz did not.",
			"Acme Industries", nil, []string{"The company of Ruben Diaz"}},
		{"an age standing for the person",
			"Tom Weller was arrested in Lisbon on Friday. The 42-year-old denied the charges.",
			"Tom Weller", []string{"The 42-year-old"}, nil},
		{"a word for a woman to the woman",
			"Tom Weller met Anna Berg in Lisbon on Friday. The woman was born in Porto.",
			"Anna Berg", []string{"The woman"}, nil},
	}
	for _, tc := range tests {
		d := analysed(t, tc.text)
		got := mentionsOf(d, tc.actor)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: mentions of %s = %q; want %q among them", tc.name, tc.actor, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: mentions of %s = %q; want no %q", tc.name, tc.actor, got, w)
			}
		}
	}
}

// TestDescribedSpeakerCorrected: the quote stage gives "The firm said"
// to the government quoted just before; the stage gives it to the
// company and corrects the quotation.
func TestDescribedSpeakerCorrected(t *testing.T) {
	d := analysed(t, "Acme Industries cut 300 jobs on Monday. The government of Portugal said it would help the workers. The firm said the cuts were needed.")
	var speakers []string
	for _, q := range d.Quotes {
		speakers = append(speakers, q.SpeakerName)
	}
	if len(speakers) != 2 || speakers[1] != "Acme Industries" {
		t.Errorf("speakers = %q; want the firm's to be Acme Industries", speakers)
	}
	if got := mentionsOf(d, "Acme Industries"); !slices.Contains(got, "The firm") {
		t.Errorf("mentions of Acme Industries = %q; want The firm among them", got)
	}
}
