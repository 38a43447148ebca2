package store

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"chronicle/internal/doc"
)

// builder writes a Document by hand for the tests: sentences and tokens
// are cut mechanically, and every annotation is placed by finding its text,
// so the cases read like the articles they stand for.
type builder struct {
	t testing.TB
	d *doc.Document
}

// newDoc starts a document whose text is sents joined by spaces, with one
// sentence per element and a naive tokenisation (runs of letters and
// digits, and each other non-space rune).
func newDoc(t testing.TB, id, published string, sents ...string) *builder {
	t.Helper()
	d := &doc.Document{ID: id, Text: strings.Join(sents, " "), Title: "Title of " + id,
		URL: "https://example.com/" + id, Source: "Example News", Author: "A. Writer", Origin: "test/" + id}
	if published != "" {
		p, hasTime, err := doc.ParsePublished(published)
		if err != nil {
			t.Fatal(err)
		}
		d.Published, d.PublishedHasTime = p, hasTime
	}
	off := int32(0)
	for _, s := range sents {
		sent := doc.Sentence{Span: doc.Span{Start: off, End: off + int32(len(s))}, TokenStart: int32(len(d.Tokens))}
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			j := i + size
			if word(r) {
				for j < len(s) {
					r2, n := utf8.DecodeRuneInString(s[j:])
					if !word(r2) {
						break
					}
					j += n
				}
			}
			head := sent.TokenStart // first token of the sentence is the root
			tok := doc.Token{Span: doc.Span{Start: off + int32(i), End: off + int32(j)}, POS: "X", Tag: "XX",
				Lemma: strings.ToLower(s[i:j]), Head: head, Dep: "dep"}
			if int32(len(d.Tokens)) == head {
				tok.Head, tok.Dep = -1, "root"
			}
			d.Tokens = append(d.Tokens, tok)
			i = j
		}
		sent.TokenEnd = int32(len(d.Tokens))
		d.Sentences = append(d.Sentences, sent)
		off += int32(len(s)) + 1
	}
	return &builder{t: t, d: d}
}

func word(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// find returns the byte span of the n-th (0-based) occurrence of sub.
func (b *builder) find(sub string, n int) doc.Span {
	b.t.Helper()
	from := 0
	for {
		i := strings.Index(b.d.Text[from:], sub)
		if i < 0 {
			b.t.Fatalf("%s: %q occurrence %d not in text", b.d.ID, sub, n)
		}
		if n == 0 {
			s := int32(from + i)
			return doc.Span{Start: s, End: s + int32(len(sub))}
		}
		n--
		from += i + len(sub)
	}
}

func (b *builder) ptr(sub string) *doc.Span {
	b.t.Helper()
	if sub == "" {
		return nil
	}
	s := b.find(sub, 0)
	return &s
}

// actor adds an actor mentioned by each of mentions (first occurrences)
// and returns its index.
func (b *builder) actor(name, kind, country, sector, role string, mentions ...string) int32 {
	b.t.Helper()
	a := doc.Actor{Name: name, Kind: kind, Country: country, Sector: sector, Role: role, Code: country + sector}
	for _, m := range mentions {
		a.Mentions = append(a.Mentions, b.find(m, 0))
	}
	b.d.Actors = append(b.d.Actors, a)
	return int32(len(b.d.Actors) - 1)
}

func (b *builder) entity(text, label string, actor int32) *builder {
	b.t.Helper()
	b.d.Entities = append(b.d.Entities, doc.Entity{Span: b.find(text, 0), Label: label, Actor: actor})
	return b
}

func (b *builder) quote(content, kind string, speaker int32, name, mention, cue, medium string) *builder {
	b.t.Helper()
	b.d.Quotes = append(b.d.Quotes, doc.Quote{Span: b.find(content, 0), Kind: kind, Speaker: speaker, SpeakerName: name,
		SpeakerMention: b.ptr(mention), Cue: b.ptr(cue), Medium: medium})
	return b
}

func (b *builder) event(typ, trigger string, sentence int32, sources, targets []int32) *builder {
	b.t.Helper()
	e := doc.Event{Type: typ, Mode: "", Cameo: "", Trigger: b.find(trigger, 0), Sentence: sentence,
		Sources: sources, Targets: targets}
	for _, a := range sources {
		e.SourceNames = append(e.SourceNames, b.d.Actors[a].Name)
	}
	for _, a := range targets {
		e.TargetNames = append(e.TargetNames, b.d.Actors[a].Name)
	}
	b.d.Events = append(b.d.Events, e)
	return b
}

func (b *builder) date(text, value, typ string) *builder {
	b.t.Helper()
	b.d.Dates = append(b.d.Dates, doc.Date{Span: b.find(text, 0), Value: value, Type: typ})
	return b
}

// done validates the document and returns it.
func (b *builder) done() *doc.Document {
	b.t.Helper()
	if err := b.d.Validate(); err != nil {
		b.t.Fatalf("test document %s: %v", b.d.ID, err)
	}
	return b.d
}

// spainDoc has every layer and non-ASCII text before most spans, so that
// byte and code-point offsets differ.
func spainDoc(t testing.TB) *doc.Document {
	b := newDoc(t, "spain", "2025-08-19",
		"Spain’s foreign minister José Sánchez’s ally met reporters on Tuesday.",
		"“Spain is a very committed ally,” José Sánchez said on Bloomberg TV.",
		"Donald Trump threatened Spain with tariffs in Washington.",
		"Sánchez said Spain would not be intimidated.")
	jose := b.actor("José Sánchez", "person", "ESP", "GOV", "foreign minister", "José Sánchez’s", "José Sánchez said")
	spain := b.actor("Spain", "country", "ESP", "", "", "Spain’s")
	trump := b.actor("Donald Trump", "person", "USA", "GOV", "president", "Donald Trump")
	b.entity("Spain", "LOC", spain).entity("José Sánchez", "PER", jose).entity("Bloomberg TV", "ORG", -1).
		entity("Donald Trump", "PER", trump).entity("Washington", "LOC", -1)
	b.quote("Spain is a very committed ally,", doc.QuoteDirect, jose, "José Sánchez", "José Sánchez said", "said", "Bloomberg TV")
	b.d.Quotes[len(b.d.Quotes)-1].Date = "2025-08-19" // when it was said, from the quote-date stage
	b.quote("Spain would not be intimidated", doc.QuoteIndirect, jose, "José Sánchez", "Sánchez said Spain", "said Spain would", "")
	b.quote("met reporters", doc.QuotePartial, -1, "", "", "", "")
	b.event("THREATEN", "threatened", 2, []int32{trump}, []int32{spain})
	b.d.Events[0].Mode, b.d.Events[0].Cameo, b.d.Events[0].Date, b.d.Events[0].Location = "tariff", "13", "2025-08-19", "Washington"
	b.d.Events[0].Hypothetical = true
	b.event("CONSULT", "met", 0, []int32{jose}, nil)
	b.d.Events[1].Negated = true
	b.d.Events[1].TargetNames = []string{"reporters"} // a name with no actor
	b.date("Tuesday", "2025-08-19", doc.DateDate)
	b.d.Diagnose("when", b.find("Tuesday", 0), "anchored on %s", "published")
	b.d.Diagnose("clean", doc.Span{}, "no title")
	return b.done()
}

// ukraineDoc has a publication time of day and a zone.
func ukraineDoc(t testing.TB) *doc.Document {
	b := newDoc(t, "ukraine", "2025-08-20T10:30:00+02:00",
		"Russian forces attacked Kyiv overnight, Ukrainian officials said.",
		"“We will defend every city,” President Volodymyr Zelenskiy said.")
	russia := b.actor("Russia", "country", "RUS", "MIL", "", "Russian forces")
	ukraine := b.actor("Ukraine", "country", "UKR", "", "", "Kyiv")
	zel := b.actor("Volodymyr Zelenskiy", "person", "UKR", "GOV", "president", "President Volodymyr Zelenskiy")
	b.entity("Kyiv", "LOC", ukraine).entity("Volodymyr Zelenskiy", "PER", zel).entity("Russian", "MISC", russia)
	b.quote("We will defend every city,", doc.QuoteDirect, zel, "Volodymyr Zelenskiy", "President Volodymyr Zelenskiy", "said", "")
	b.quote("Russian forces attacked Kyiv overnight", doc.QuoteIndirect, -1, "Ukrainian officials", "Ukrainian officials", "said", "")
	b.event("ASSAULT", "attacked", 0, []int32{russia}, []int32{ukraine})
	b.date("overnight", "2025-08-20", doc.DateDate)
	return b.done()
}

// natoDoc has no publication date.
func natoDoc(t testing.TB) *doc.Document {
	b := newDoc(t, "nato", "",
		"NATO allies agreed to cooperate with Spain on defence spending.",
		"The alliance said Spain remained a committed member.")
	nato := b.actor("NATO", "organisation", "", "IGO", "", "NATO", "The alliance")
	spain := b.actor("Spain", "country", "ESP", "", "", "Spain")
	b.entity("NATO", "ORG", nato).entity("Spain", "LOC", spain)
	b.quote("Spain remained a committed member", doc.QuoteIndirect, nato, "NATO", "The alliance", "said", "")
	b.event("COOPERATE", "cooperate", 0, []int32{nato}, []int32{spain})
	return b.done()
}

func testDocs(t testing.TB) []*doc.Document {
	return []*doc.Document{spainDoc(t), ukraineDoc(t), natoDoc(t)}
}

// openTemp opens a new store in a temporary directory and closes it when
// the test ends.
// The backend is SQLite, or PostgreSQL with CHRONICLE_TEST_BACKEND=postgres
// (pg_helpers_test.go); path is then the database's DSN.
func openTemp(t testing.TB) (*Storage, string) {
	t.Helper()
	return openTestStore(t, t.TempDir())
}

// mustSave saves d and fails the test unless it was newly saved.
func mustSave(t testing.TB, s *Storage, d *doc.Document) {
	t.Helper()
	saved, err := s.SaveDocument(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	if !saved {
		t.Fatalf("SaveDocument(%s) = false; want true", d.ID)
	}
}
