package coref

import (
	"strings"
	"testing"

	"chronicle/internal/doc"
	"chronicle/internal/eval"
	"chronicle/internal/pipeline"
)

// analysed runs the quote pipeline and the stage on text.
func analysed(t *testing.T, text string) *doc.Document {
	t.Helper()
	base, err := eval.QuotePipeline(true)
	if err != nil {
		t.Skipf("models unavailable: %v", err)
	}
	p, err := pipeline.New(append(base.Stages(), NewStage())...)
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Text: text}
	if err := p.Process(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// mentionsOf lists the texts of the mentions of the actor named name.
func mentionsOf(d *doc.Document, name string) []string {
	for _, a := range d.Actors {
		if a.Name == name {
			var out []string
			for _, m := range a.Mentions {
				out = append(out, d.Slice(m))
			}
			return out
		}
	}
	return nil
}

func TestPronouns(t *testing.T) {
	tests := []struct {
		name, text, actor string
		want              []string
	}{
		{"given name decides the sex",
			"Anna Berg met Tom Weller in Lisbon on Monday. She said the port would reopen. Weller thanked her for her help.",
			"Anna Berg", []string{"Anna Berg", "She", "her", "her"}},
		{"the other person keeps only names",
			"Anna Berg met Tom Weller in Lisbon on Monday. She said the port would reopen. Weller thanked her for her help.",
			"Tom Weller", []string{"Tom Weller", "Weller"}},
		{"an honorific decides the sex",
			"Mr. Okafor met the mayor of Lagos. He left early.",
			"Okafor", []string{"Okafor", "He"}},
		{"first person in a quotation is its speaker",
			"\u201cI will not resign,\u201d Olaf Lindqvist said. He spoke to reporters in Oslo.",
			"Olaf Lindqvist", []string{"I", "Olaf Lindqvist", "He"}},
		{"a pronoun inside a quotation is left alone",
			"\u201cHe lied to us,\u201d Olaf Lindqvist said of the plan.",
			"Olaf Lindqvist", []string{"Olaf Lindqvist"}},
		{"they is the group or organisation named last",
			"NATO and the European Union met in Brussels. They agreed to meet again.",
			"European Union", []string{"European Union", "They"}},
	}
	for _, tc := range tests {
		d := analysed(t, tc.text)
		if got := mentionsOf(d, tc.actor); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: mentions of %s = %q; want %q", tc.name, tc.actor, got, tc.want)
		}
	}
}

// TestSpeakerCorrected: the quote stage gives "She" to the nearest person;
// the stage gives it to the woman and corrects the quotation.
func TestSpeakerCorrected(t *testing.T) {
	d := analysed(t, "Anna Berg met Tom Weller in Lisbon on Monday. She said the port would reopen.")
	var speakers []string
	for _, q := range d.Quotes {
		speakers = append(speakers, q.SpeakerName)
	}
	if strings.Join(speakers, "|") != "Anna Berg" {
		t.Errorf("speakers = %q; want [Anna Berg]", speakers)
	}
}
