package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// wire is a wire story written for these tests.
const wire = `The foreign ministers of Kenya and Tanzania agreed on Tuesday to reopen the border crossing at Namanga, closed since a dispute over lorry drivers' permits in March. "Trade cannot wait for paperwork," Kenya's minister told reporters in Arusha after four hours of talks. Officials said customs posts on both sides would resume work on Monday, with a joint committee to settle the permits within sixty days. Traders on the Tanzanian side welcomed the news, saying hundreds of lorries had queued for weeks. The East African Community, which had urged both governments to settle the row, said it would send observers. Fuel prices in northern Tanzania rose by a fifth during the closure, according to the regional chamber of commerce. Both ministers said they would meet again in Nairobi in June to review progress on a wider trade agreement.`

const other = `Heavy rain flooded parts of the coastal city of Mombasa overnight, cutting power to several districts and closing the ferry between the island and the southern mainland. The county government said two people had died and hundreds were moved to schools. Forecasters expect more rain until Friday, and the port authority said ships would wait offshore until the channel was surveyed. Residents complained that drains blocked with rubbish made the flooding worse, as they did two years ago.`

func sim(a, b string) float64 {
	x, _ := Sign(a)
	y, _ := Sign(b)
	return x.Similarity(&y)
}

func sharesBand(a, b string) bool {
	x, _ := Sign(a)
	y, _ := Sign(b)
	kx, ky := x.BandKeys(), y.BandKeys()
	for i := range kx {
		if kx[i] == ky[i] {
			return true
		}
	}
	return false
}

func TestSimilarity(t *testing.T) {
	trimmed := wire[:strings.Index(wire, "Fuel prices")]
	for _, tc := range []struct {
		name   string
		b      string
		same   bool
		lo, hi float64
	}{
		{"identical", wire, true, 1, 1},
		{"case and punctuation", strings.ToUpper(strings.ReplaceAll(wire, ",", "")), true, 1, 1},
		{"new lead words", "NAIROBI (Reuters) - " + strings.Replace(wire, "on Tuesday", "on Tuesday evening", 1), true, 0.75, 1},
		{"light edits", strings.NewReplacer("lorry", "truck", "sixty", "60", "welcomed", "praised").Replace(wire), true, 0.6, 0.98},
		{"trimmed ending", trimmed, true, 0.6, 0.95},
		{"byline and footer", "By Amina Otieno, Staff Writer\n\n" + wire + "\n\nAdditional reporting by our correspondent in Dodoma. Copyright 2025.", true, 0.7, 0.99},
		{"different story", other, false, 0, 0.1},
	} {
		s := sim(wire, tc.b)
		if s < tc.lo || s > tc.hi {
			t.Errorf("%s: similarity %.3f; want in [%.2f, %.2f]", tc.name, s, tc.lo, tc.hi)
		}
		if got := s >= Threshold && sharesBand(wire, tc.b); got != tc.same {
			t.Errorf("%s: same story = %v (similarity %.3f); want %v", tc.name, got, s, tc.same)
		}
	}
}

func TestSignEdgeCases(t *testing.T) {
	if _, ok := Sign(" ,.;— "); ok {
		t.Error("a text without words has a signature")
	}
	a, ok := Sign("Short one.")
	if !ok {
		t.Fatal("a two-word text has no signature")
	}
	b, _ := Sign("short ONE")
	if a.Similarity(&b) != 1 {
		t.Error("short texts equal up to case differ")
	}
	c, _ := Sign("Θα συναντηθούν την Τρίτη στην Αθήνα για συνομιλίες.")
	d, _ := Sign("θα συναντηθούν ΤΗΝ Τρίτη στην ΑΘΉΝΑ για συνομιλίες")
	if c.Similarity(&d) != 1 {
		t.Errorf("non-ASCII case folding: similarity %.2f", c.Similarity(&d))
	}
}

func TestBytesRoundTrip(t *testing.T) {
	s, _ := Sign(wire)
	back, err := FromBytes(s.Bytes())
	if err != nil || back != s {
		t.Fatalf("round trip: %v", err)
	}
	if _, err := FromBytes([]byte{1, 2, 3}); err == nil {
		t.Error("FromBytes accepted 3 bytes")
	}
}

func TestStable(t *testing.T) {
	// Stored signatures must not change between versions: a regression
	// here silently splits stories across databases.
	s, _ := Sign("The quick brown fox jumps over the lazy dog.")
	if got := fmt.Sprintf("%08x %08x", s[0], s[NumHashes-1]); got != stableWant {
		t.Errorf("signature changed: %s; want %s", got, stableWant)
	}
}

const stableWant = "27ffdebb 2255743c"

func FuzzSign(f *testing.F) {
	f.Add(wire)
	f.Add("")
	f.Add("\xff\xfe a b")
	f.Fuzz(func(t *testing.T, s string) {
		a, ok := Sign(s)
		b, _ := Sign(s)
		if a != b {
			t.Fatal("Sign is not deterministic")
		}
		if ok && a.Similarity(&b) != 1 {
			t.Fatal("self-similarity is not 1")
		}
	})
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(wire+" ", 4) // about 5 KB
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}

// plainSign is Sign as first written, the reference its faster loops must
// match value for value: stored signatures are compared across versions.
func plainSign(text string) (Signature, bool) {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var words []uint64
	forWordsPlain(text, func(w uint64) { words = append(words, w) })
	add := func(ws []uint64) {
		h := uint64(0x9e3779b97f4a7c15)
		for _, w := range ws {
			h = mix(h ^ w)
		}
		for i := range sig {
			if v := uint32(mix(h^seeds[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	switch {
	case len(words) == 0:
		return sig, false
	case len(words) < Shingle:
		add(words)
	}
	for i := 0; i+Shingle <= len(words); i++ {
		add(words[i : i+Shingle])
	}
	return sig, true
}

// forWordsPlain is forWords written plainly: FNV-1a of each word lowered
// with unicode.ToLower, its bytes taken from the rune's low byte up.
func forWordsPlain(text string, f func(uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if in {
				f(h)
				h, in = offset, false
			}
			continue
		}
		in = true
		for r = unicode.ToLower(r); r > 0; r >>= 8 {
			h = (h ^ uint64(r&0xff)) * prime
		}
	}
	if in {
		f(h)
	}
}

func TestSignMatchesPlain(t *testing.T) {
	texts := []string{"", "one", "two words", "a b c d", "a b c d e", "a b c d e f", wire, other,
		"Ünïcödé ÉCOLE straße İstanbul ΑΘΗΝΑ Москва 東京 ٣٤٥ x\u0301y \xff\xfe bad bytes", strings.Repeat(wire+" ", 3), strings.Repeat(wire+" ", 12)}
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"The", "minister", "SAID", "é", "Ω", "東", "٣", " ", "  ", ",", ".\n", "\xff", "’", "-", "İ", "ǅ", "0"}
	for range 300 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		got, gotOK := Sign(s)
		want, wantOK := plainSign(s)
		if got != want || gotOK != wantOK {
			t.Fatalf("Sign(%q) differs from the plain loop", s)
		}
	}
}
