package event_test

import (
	"testing"

	"chronicle/internal/doc"
)

// want is what a test expects of the main (first) event of a sentence;
// empty fields are not checked.
type want struct {
	typ, mode   string
	src, tgt    string // comma-separated actor codes, "-" for none
	date, loc   string
	neg, hyp    bool
	checkMoods  bool
	trigger     string
	anyPosition bool // the event may be any of the sentence's, not the first
}

// check finds the event want describes among d's events and reports
// what differs.
func check(t *testing.T, d *doc.Document, w want) {
	t.Helper()
	if len(d.Events) == 0 {
		t.Fatalf("%q: no event; want %s", d.Text, w.typ)
	}
	evs := d.Events[:1]
	if w.anyPosition {
		evs = d.Events
	}
	var all []string
	for _, e := range d.Events {
		all = append(all, describe(d, e))
	}
	for _, e := range evs {
		if e.Type != w.typ || (w.trigger != "" && d.Slice(e.Trigger) != w.trigger) {
			continue
		}
		if w.mode != "" && e.Mode != w.mode {
			t.Errorf("%q: mode %q; want %q", d.Text, e.Mode, w.mode)
		}
		if w.src != "" && codes(d, e.Sources) != trimDash(w.src) {
			t.Errorf("%q: sources %q; want %q (events %v)", d.Text, codes(d, e.Sources), w.src, all)
		}
		if w.tgt != "" && codes(d, e.Targets) != trimDash(w.tgt) {
			t.Errorf("%q: targets %q; want %q (events %v)", d.Text, codes(d, e.Targets), w.tgt, all)
		}
		if w.date != "" && e.Date != w.date {
			t.Errorf("%q: date %q; want %q", d.Text, e.Date, w.date)
		}
		if w.loc != "" && e.Location != w.loc {
			t.Errorf("%q: location %q; want %q", d.Text, e.Location, w.loc)
		}
		if w.checkMoods && (e.Negated != w.neg || e.Hypothetical != w.hyp) {
			t.Errorf("%q: negated %v hypothetical %v; want %v %v", d.Text, e.Negated, e.Hypothetical, w.neg, w.hyp)
		}
		if d.Slice(d.Sentences[e.Sentence].Span) == "" || e.Trigger.Len() == 0 {
			t.Errorf("%q: event without evidence", d.Text)
		}
		return
	}
	t.Errorf("%q: no %s event (trigger %q) among %v", d.Text, w.typ, w.trigger, all)
}

func trimDash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// TestSyntacticPatterns has one sentence per pattern the coder reads.
func TestSyntacticPatterns(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		name, text string
		want       want
	}{
		{"subject and object", "Russia attacked Ukraine on Monday.",
			want{typ: "ASSAULT", src: "RUS", tgt: "UKR", date: "2025-08-18", checkMoods: true}},
		{"oblique with", "Russia threatened Poland with sanctions.",
			want{typ: "THREATEN", src: "RUS", tgt: "POL", mode: "restrict"}},
		{"oblique with and a place", "French diplomats met with German officials in Berlin on Friday.",
			want{typ: "CONSULT", src: "FRA", tgt: "DEU", loc: "Berlin", date: "2025-08-15"}},
		{"passive with by", "Ukraine was attacked by Russia on Sunday.",
			want{typ: "ASSAULT", src: "RUS", tgt: "UKR", date: "2025-08-17"}},
		{"between A, B and C", "The meeting between France, Germany and Italy took place in Rome.",
			want{typ: "CONSULT", src: "FRA,DEU", tgt: "ITA", loc: "Rome"}},
		{"negation", "Germany did not condemn Israel.",
			want{typ: "ACCUSE", src: "DEU", tgt: "ISR", neg: true, checkMoods: true}},
		{"future with will", "China will send troops to the border.",
			want{typ: "MOBILIZE", src: "CHN", hyp: true, checkMoods: true}},
		{"conditional with could", "Russia could attack Poland.",
			want{typ: "ASSAULT", src: "RUS", tgt: "POL", hyp: true, checkMoods: true}},
		{"threatened to", "Iran threatened to attack Israel.",
			want{typ: "THREATEN", src: "IRN", tgt: "ISR", checkMoods: true}},
		{"threatened to: the threatened act", "Iran threatened to attack Israel.",
			want{typ: "ASSAULT", src: "IRN", tgt: "ISR", hyp: true, checkMoods: true, anyPosition: true}},
		{"nominal with possessor", "Israel's attack on Lebanon killed ten people.",
			want{typ: "ASSAULT", src: "ISR", tgt: "LBN", trigger: "attack", anyPosition: true}},
		{"nominal with light verb", "Egypt held talks with Sudan.",
			want{typ: "CONSULT", src: "EGY", tgt: "SDN"}},
		{"object control", "Britain urged Iran to release the prisoners.",
			want{typ: "REQUEST", src: "GBR", tgt: "IRN"}},
		{"object control: the requested act", "Britain urged Iran to release the prisoners.",
			want{typ: "RETREAT", src: "IRN", hyp: true, checkMoods: true, anyPosition: true}},
		{"pronoun it", "Iran said it would attack Israel.",
			want{typ: "THREATEN", src: "IRN", tgt: "ISR", hyp: true, checkMoods: true}},
		{"pronoun he", "Vladimir Putin arrived on Friday. He met with Chinese officials.",
			want{typ: "CONSULT", src: "RUS", tgt: "CHN", anyPosition: true}},
		{"conditional threat", "Russia will attack Poland if NATO sends troops.",
			want{typ: "THREATEN", src: "RUS", tgt: "POL", hyp: true, checkMoods: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, analyze(t, p, tt.text), tt.want)
		})
	}
}

// TestEventTypes has one sentence per PLOVER type.
func TestEventTypes(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		text string
		want want
	}{
		{"Greece pledged to cooperate with Turkey.", want{typ: "AGREE", src: "GRC", tgt: "TUR"}},
		{"Indian officials visited Nepal.", want{typ: "CONSULT", mode: "visit", src: "IND", tgt: "NPL"}},
		{"Canada praised Mexico for its reforms.", want{typ: "SUPPORT", src: "CAN", tgt: "MEX"}},
		{"The Bolivian president resigned after weeks of protests.", want{typ: "CONCEDE", src: "BOL"}},
		{"Kenya cooperated with Uganda on border security.", want{typ: "COOPERATE", src: "KEN", tgt: "UGA"}},
		{"Japan provided humanitarian aid to Haiti.", want{typ: "AID", src: "JPN", tgt: "HTI"}},
		{"Armenia released ten Azerbaijani prisoners.", want{typ: "RETREAT", mode: "release", src: "ARM", tgt: "AZE"}},
		{"Lebanon asked France for financial assistance.", want{typ: "REQUEST", src: "LBN", tgt: "FRA"}},
		{"Pakistan accused India of violating the ceasefire.", want{typ: "ACCUSE", src: "PAK", tgt: "IND"}},
		{"Venezuela rejected the proposal from Colombia.", want{typ: "REJECT", src: "VEN", tgt: "COL"}},
		{"North Korea threatened South Korea with military action.", want{typ: "THREATEN", src: "PRK", tgt: "KOR"}},
		{"French farmers protested in Paris on Tuesday.", want{typ: "PROTEST", src: "FRA", loc: "Paris", date: "2025-08-19"}},
		{"Poland expelled Russian diplomats.", want{typ: "SANCTION", mode: "expel", src: "POL", tgt: "RUS"}},
		{"Turkey deployed troops along the Syrian border.", want{typ: "MOBILIZE", src: "TUR"}},
		{"Chinese police arrested two Canadian citizens.", want{typ: "COERCE", mode: "arrest", src: "CHN", tgt: "CAN"}},
		{"Russian forces shelled the Ukrainian city of Kharkiv.", want{typ: "ASSAULT", src: "RUS", tgt: "UKR"}},
	}
	for _, tt := range tests {
		t.Run(tt.want.typ, func(t *testing.T) {
			check(t, analyze(t, p, tt.text), tt.want)
		})
	}
}

// TestNoTrigger checks that sentences without a trigger and headings make
// no event.
func TestNoTrigger(t *testing.T) {
	p := testPipeline(t)
	for _, s := range []string{"Territorial Integrity", "The weather in Madrid was warm.", "Spain is a committed ally."} {
		if d := analyze(t, p, s); len(d.Events) > 0 {
			t.Errorf("%q: events %v; want none", s, describe(d, d.Events[0]))
		}
	}
}
