package doc

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// randText returns a short string from pieces that encoding/json treats
// differently: plain ASCII, the characters it escapes (quotes,
// backslashes, HTML characters, every control character), multi-byte
// runes, U+2028 and U+2029, U+FFFD and invalid UTF-8.
func randText(rng *rand.Rand) string {
	pieces := []string{"a", "Zo", " ", "\"", "\\", "<", ">", "&", "/", "\x7f", "é", "“", "”", "日本", "😀",
		"\u2028", "\u2029", "\ufffd", "\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80"}
	var b strings.Builder
	for range rng.IntN(12) {
		if rng.IntN(4) == 0 {
			b.WriteByte(byte(rng.IntN(0x20)))
		} else {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
	}
	return b.String()
}

func randDoc(rng *rand.Rand) *Document {
	str := func() string {
		if rng.IntN(3) == 0 {
			return ""
		}
		return randText(rng)
	}
	d := &Document{ID: randText(rng), URL: str(), Title: str(), Source: str(), Author: str(), Text: randText(rng) + randText(rng)}
	switch rng.IntN(3) {
	case 1:
		d.Published = time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)
	case 2:
		d.Published, d.PublishedHasTime = time.Date(2024, 2, 29, 13, 5, 9, 0, time.FixedZone("", 3600)), true
	}
	span := func() Span {
		a, b := rng.IntN(len(d.Text)+1), rng.IntN(len(d.Text)+1)
		return Span{int32(min(a, b)), int32(max(a, b))}
	}
	optSpan := func() *Span {
		if rng.IntN(2) == 0 {
			return nil
		}
		s := span()
		return &s
	}
	idx := func() int32 { return int32(rng.IntN(4) - 1) }
	n := func() int { return rng.IntN(4) }
	for range n() {
		d.Sentences = append(d.Sentences, Sentence{Span: span()})
	}
	for range 3 * n() {
		d.Tokens = append(d.Tokens, Token{Span: span(), POS: str(), Tag: str(), Lemma: str(), Head: idx(), Dep: str()})
	}
	for range n() {
		d.Entities = append(d.Entities, Entity{Span: span(), Label: str(), Actor: idx()})
	}
	for range n() {
		a := Actor{Name: str(), Kind: str(), Country: str(), Sector: str(), Role: str(), Code: str()}
		for range n() {
			a.Mentions = append(a.Mentions, span())
		}
		d.Actors = append(d.Actors, a)
	}
	for range n() {
		d.Quotes = append(d.Quotes, Quote{Span: span(), Kind: str(), Speaker: idx(), SpeakerName: str(), SpeakerMention: optSpan(), Cue: optSpan(), Medium: str()})
	}
	ints := func() []int32 {
		if rng.IntN(3) == 0 {
			return nil
		}
		s := []int32{}
		for range n() {
			s = append(s, int32(rng.IntN(2000)-1000))
		}
		return s
	}
	strs := func() []string {
		if rng.IntN(3) == 0 {
			return nil
		}
		s := []string{}
		for range n() {
			s = append(s, str())
		}
		return s
	}
	for range n() {
		d.Events = append(d.Events, Event{Type: str(), Mode: str(), Cameo: str(), Sources: ints(), Targets: ints(),
			SourceNames: strs(), TargetNames: strs(), Date: str(), Location: str(), Negated: rng.IntN(2) == 0,
			Hypothetical: rng.IntN(2) == 0, Trigger: span(), Sentence: idx()})
	}
	for range n() {
		d.Dates = append(d.Dates, Date{Span: span(), Value: str(), Type: str()})
	}
	for range n() {
		d.Diagnostics = append(d.Diagnostics, Diagnostic{Span: span(), Stage: str(), Message: str()})
	}
	return d
}

// EncodeJSON writes, byte for byte, what encoding/json writes for the
// wire types, with and without tokens, on random documents full of the
// characters that need escaping and of empty and absent fields.
func TestEncodeMatchesMarshal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for i := range 3000 {
		d := randDoc(rng)
		if i == 0 {
			d = sampleDoc(t)
		}
		for _, opt := range []JSONOptions{{Tokens: true}, {}} {
			want, err := json.Marshal(d.wire(NewOffsets(d.Text), opt))
			if err != nil {
				t.Fatal(err)
			}
			got, err := d.EncodeJSON(opt)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("document %d, %+v:\n got %s\nwant %s", i, opt, got, want)
			}
		}
		// MarshalJSON goes through encoding/json's check of the bytes.
		if got, err := json.Marshal(d); err != nil {
			t.Fatalf("document %d: json.Marshal: %v", i, err)
		} else if want, _ := d.EncodeJSON(JSONOptions{Tokens: true}); !bytes.Equal(got, want) {
			t.Fatalf("document %d: json.Marshal differs from EncodeJSON", i)
		}
	}
}
