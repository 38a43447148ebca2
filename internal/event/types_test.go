package event_test

import "testing"

// TestTypeByContext: the type an event gets from its arguments and mood:
// sanctions are SANCTION (PLOVER's definition, not the crosswalk's COERCE),
// destroying property is COERCE, and a harmful act announced with "will"
// or "would" is a threat (an announced sanction is a sanction); a good act announced or intended is an AGREE
// (CAMEO 03, express intent), one announced as not to be done a REJECT.
func TestTypeByContext(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		name, text string
		want       want
	}{
		{"impose sanctions", "The European Union imposed sanctions on Belarus.",
			want{typ: "SANCTION", src: "IGO", tgt: "BLR"}},
		{"announced expulsion is a sanction", "Ankara will expel the Dutch ambassador, Turkey said.",
			want{typ: "SANCTION"}},
		{"expulsion on a condition is a threat", "Ankara will expel the Dutch ambassador if the ban stays, Turkey said.",
			want{typ: "THREATEN"}},
		{"announced attack", "Russia said it would attack Ukrainian ports.",
			want{typ: "THREATEN", src: "RUS", tgt: "UKR"}},
		{"promised aid is AGREE", "Japan will provide Vietnam with rice.",
			want{typ: "AGREE", src: "JPN", tgt: "VNM"}},
		{"readiness to talk is AGREE", "Pakistan is ready to hold talks with India.",
			want{typ: "AGREE", src: "PAK", tgt: "IND"}},
		{"willingness parsed on the verb", "The Thai government expressed its willingness to negotiate with the rebels.",
			want{typ: "AGREE", src: "THA"}},
		{"will not attend is REJECT", "Iran will not attend the talks with the United States.",
			want{typ: "REJECT", src: "IRN"}},
		{"failed to agree is REJECT", "Greece and Turkey failed to reach an agreement on the islands.",
			want{typ: "REJECT", src: "GRC,TUR"}},
		{"announced curfew without a coded subject", "The government said it would impose a curfew in Kabul.",
			want{typ: "THREATEN"}},
		{"threatening tagged as an adjective", "The Bolivian junta is threatening to impose emergency rule.",
			want{typ: "THREATEN", src: "BOL"}},
		{"finite verb before its purpose clause", "Thousands of students marched in Dhaka to demand the release of their leaders.",
			want{typ: "PROTEST", src: "BGD"}},
		{"an organisation's protest is a complaint", "A human rights group protested against the detention of journalists in Minsk.",
			want{typ: "ACCUSE"}},
		{"students' protest stays a protest", "Students protested against the detention of journalists in Minsk.",
			want{typ: "PROTEST"}},
		{"a state's protest is a complaint", "China protested to Japan over the textbook.",
			want{typ: "ACCUSE", src: "CHN", tgt: "JPN"}},
		{"fishermen's protest stays PROTEST", "Norwegian fishermen protested against the new quotas.",
			want{typ: "PROTEST", src: "NOR"}},
		{"a navy's blockade is COERCE", "The Saudi navy blockaded the port of Aden.",
			want{typ: "COERCE", src: "SAU"}},
		{"considering sanctions is a threat", "The European Union is considering imposing sanctions on Iran.",
			want{typ: "THREATEN", src: "IGO", tgt: "IRN"}},
		{"sanctions weighed as a noun are a threat", "The European Union is considering sanctions against Iran.",
			want{typ: "THREATEN", src: "IGO"}},
		{"said it may boycott is a threat", "The Kenyan opposition said it may boycott the elections.",
			want{typ: "THREATEN", src: "KEN"}},
		{"denying visas is SANCTION", "Kenya denied visas to Somali officials.",
			want{typ: "SANCTION", src: "KEN", tgt: "SOM"}},
		{"a vowed inquiry is ACCUSE", "Uganda vowed a full investigation into the killings.",
			want{typ: "ACCUSE", src: "UGA"}},
		{"vowed to investigate is ACCUSE", "The Kenyan government vowed to investigate the shooting.",
			want{typ: "ACCUSE", src: "KEN"}},
		{"pledged to retaliate is a threat", "Israel pledged to retaliate against Hezbollah.",
			want{typ: "THREATEN", src: "ISR"}},
		{"promised aid stays AGREE", "Kenya promised aid to Somalia.",
			want{typ: "AGREE", src: "KEN", tgt: "SOM"}},
		{"a petition is a protest", "Nigerian villagers signed a petition against the dam.",
			want{typ: "PROTEST", src: "NGA"}},
		{"an uncodable subject is guessed like a missing one", "The Zorvan Council condemned the bombing in Nairobi.",
			want{typ: "ACCUSE", src: "KEN"}},
		{"an irregular past the lemmatiser kept", "Israeli troops shot dead two Palestinians in the West Bank town of Hebron.",
			want{typ: "ASSAULT", src: "ISR", tgt: "PSE"}},
		{"money given in loans", "The Japanese government will give Indonesia $100 million in loans.",
			want{typ: "AGREE", src: "JPN", tgt: "IDN"}},
		{"a host between two parties targets both", "Egypt hosted talks between Israeli and Palestinian negotiators.",
			want{typ: "CONSULT", src: "EGY"}},
		{"aid received is the giver's", "Haiti received a shipment of rice from the United States.",
			want{typ: "AID", src: "USA", tgt: "HTI"}},
		{"restrictions on journalists are COERCE", "Egypt imposed new restrictions on foreign journalists.",
			want{typ: "COERCE", src: "EGY"}},
		{"arrest", "Egyptian police arrested two Sudanese journalists.",
			want{typ: "COERCE", src: "EGY", tgt: "SDN"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, analyze(t, p, tt.text), tt.want)
		})
	}
}
