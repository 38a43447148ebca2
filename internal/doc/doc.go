// Package doc holds the one Document that every stage of chronicle reads and
// extends: the cleaned text of an article, its metadata, and typed layers of
// annotations (sentences, tokens, entities, actors, quotes, events, dates)
// that all point into the text with byte-offset spans.
//
// Text is set once by the reader and never changes afterwards; stages only
// append layers. Cross-references between layers are indices into slices,
// never pointers, so a Document is trivially serialisable and cloneable.
// Offsets are UTF-8 byte offsets everywhere inside the program; the JSON
// form (see json.go) converts them to Unicode code points, as SPEC.md fixes.
//
// This package imports only the standard library.
package doc

import "time"

// Span is a half-open range [Start, End) of UTF-8 byte offsets into
// Document.Text.
type Span struct {
	Start int32 // byte offset of the first byte
	End   int32 // byte offset just past the last byte
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return int(s.End - s.Start) }

// Contains reports whether s fully contains o.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Layer names a kind of annotation a stage can require or provide.
type Layer string

// The layers of a Document. LayerText is always present: readers provide it.
const (
	LayerText      Layer = "text"
	LayerSentences Layer = "sentences"
	LayerTokens    Layer = "tokens"
	LayerPOS       Layer = "pos"  // Token.POS, Token.Tag, Token.Lemma
	LayerDeps      Layer = "deps" // Token.Head, Token.Dep
	LayerEntities  Layer = "entities"
	LayerActors    Layer = "actors"
	LayerQuotes    Layer = "quotes"
	LayerEvents    Layer = "events"
	LayerDates     Layer = "dates"
	// LayerQuoteDates is Quote.Date, which needs both quotes and dates.
	LayerQuoteDates Layer = "quote_dates"
)

// Document is one article and everything chronicle has found in it.
type Document struct {
	ID     string // given id, else a stable hash of Text (see HashID)
	URL    string
	Title  string
	Source string // outlet name
	Author string

	// Published is the publication time; zero when unknown. PublishedHasTime
	// tells whether the input gave a time of day or only a date, so that the
	// JSON keeps what was known and no more.
	Published        time.Time
	PublishedHasTime bool

	// Origin names where the article was read from (a file path, "-" for
	// stdin, a URL); it is not part of the document JSON.
	Origin string

	Text string // the cleaned plain text; immutable once set

	Sentences   []Sentence
	Tokens      []Token
	Entities    []Entity
	Actors      []Actor
	Quotes      []Quote
	Events      []Event
	Dates       []Date
	Diagnostics []Diagnostic
}

// Sentence is one sentence. Its tokens are Tokens[TokenStart:TokenEnd] when
// the tokens layer is present.
type Sentence struct {
	Span
	TokenStart int32 // index into Document.Tokens
	TokenEnd   int32 // index just past the sentence's last token
}

// Token is one token, following UD/PTB conventions ("Spain's" is Spain + 's).
type Token struct {
	Span
	POS   string // universal POS tag (UPOS); empty before the tagger runs
	Tag   string // Penn Treebank tag (XPOS)
	Lemma string
	Head  int32  // index into Document.Tokens of the syntactic head; -1 for the root or when unparsed
	Dep   string // UD relation to Head; empty when unparsed
}

// Entity is a named-entity mention.
type Entity struct {
	Span
	Label string // PER, ORG, LOC, MISC (GPE may refine LOC)
	Actor int32  // index into Document.Actors; -1 if none
}

// Actor is a person, group, organisation or country the article mentions,
// with its CAMEO-style coding.
type Actor struct {
	Name     string // canonical (fullest) name
	Kind     string // person, organisation, country, group, ...
	Country  string // ISO 3166-1 alpha-3, empty when unknown
	Sector   string // GOV, MIL, IGO, ...; empty when unknown
	Role     string // e.g. "foreign minister"
	Code     string // Country+Sector, CAMEO-style
	Mentions []Span
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuotePartial  = "partial"
	QuoteIndirect = "indirect"
)

// Quote is one quotation or piece of reported speech.
type Quote struct {
	Span                  // the quoted content
	Kind           string // QuoteDirect, QuotePartial or QuoteIndirect
	Speaker        int32  // index into Document.Actors; -1 when unresolved
	SpeakerName    string
	SpeakerMention *Span // the mention that names the speaker here; nil if none
	Cue            *Span // the reporting verb or phrase; nil if none
	Medium         string
	Date           string // when it was said (TIMEX3 value): its cue's own date expression, else the publication day; empty when unknown
}

// Event is one political event coded in PLOVER.
type Event struct {
	Type         string // PLOVER event type, upper case
	Mode         string // PLOVER mode where one applies
	Cameo        string // CAMEO root code via the PLOVER crosswalk
	Sources      []int32
	Targets      []int32 // indices into Document.Actors
	SourceNames  []string
	TargetNames  []string
	Date         string // TIMEX3-style value; empty when unknown
	Location     string
	Negated      bool
	Hypothetical bool
	Trigger      Span
	Sentence     int32 // index into Document.Sentences
}

// Date types.
const (
	DateDate     = "DATE"
	DateTime     = "TIME"
	DateDuration = "DURATION"
	DateSet      = "SET"
)

// Date is a temporal expression with its TIMEX3 value.
type Date struct {
	Span
	Value string // TIMEX3 value: 2025-08-19, 2025-W34, P2Y, XXXX-06, ...
	Type  string // DateDate, DateTime, DateDuration or DateSet
}

// Diagnostic records a problem a stage met and went past: repaired input,
// an unresolvable date, an unclosed quotation. Span may be empty.
type Diagnostic struct {
	Span
	Stage   string
	Message string
}

// Slice returns the text s covers. It panics if s is out of bounds, as
// slicing a string does; Validate finds such spans first.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// Diagnose appends a diagnostic.
func (d *Document) Diagnose(stage string, s Span, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = sprintf(format, args...)
	}
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Span: s, Stage: stage, Message: msg})
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.TokenStart:s.TokenEnd]
}
