package doc

import (
	"strconv"
	"unicode/utf8"
)

// The document JSON is written by hand rather than by encoding/json's
// reflection: with the tokens layer, a news article is a thousand token
// objects of up to seven fields, and reflecting over them (and allocating
// a pointer per optional field of each) cost more than analysing some of
// the stages. The bytes are exactly those json.Marshal gives for the wire
// types of json.go, which stay the reference (TestEncodeMatchesMarshal
// compares the two on random documents): same field order, null for nil
// pointers and slices, omitted empty tokens layer and token fields, and
// strings escaped as encoding/json escapes them (HTML characters, control
// characters, invalid UTF-8 and U+2028/U+2029).

// appendDoc appends the JSON of d, whose wire form without tokens is w,
// with d's tokens when opt.Tokens.
func appendDoc(dst []byte, d *Document, w *wireDoc, o *Offsets, opt JSONOptions) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendString(dst, w.ID)
	dst = append(dst, `,"url":`...)
	dst = appendOptString(dst, w.URL)
	dst = append(dst, `,"title":`...)
	dst = appendOptString(dst, w.Title)
	dst = append(dst, `,"source":`...)
	dst = appendOptString(dst, w.Source)
	dst = append(dst, `,"author":`...)
	dst = appendOptString(dst, w.Author)
	dst = append(dst, `,"published":`...)
	dst = appendOptString(dst, w.Published)
	dst = append(dst, `,"text":`...)
	dst = appendString(dst, w.Text)
	dst = append(dst, `,"sentences":`...)
	dst = appendList(dst, w.Sentences, func(dst []byte, s wireSpan) []byte {
		return append(appendSpanFields(append(dst, '{'), s.Start, s.End, "", false), '}')
	})
	if opt.Tokens && len(d.Tokens) > 0 {
		dst = append(dst, `,"tokens":[`...)
		for i := range d.Tokens {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendToken(dst, &d.Tokens[i], o)
		}
		dst = append(dst, ']')
	}
	dst = append(dst, `,"entities":`...)
	dst = appendList(dst, w.Entities, func(dst []byte, e wireEntity) []byte {
		dst = appendSpanFields(append(dst, '{'), e.Start, e.End, e.Text, true)
		dst = append(dst, `,"label":`...)
		dst = appendString(dst, e.Label)
		dst = append(dst, `,"actor":`...)
		dst = appendOptInt(dst, e.Actor)
		return append(dst, '}')
	})
	dst = append(dst, `,"actors":`...)
	dst = appendList(dst, w.Actors, appendActor)
	dst = append(dst, `,"quotes":`...)
	dst = appendList(dst, w.Quotes, appendQuote)
	dst = append(dst, `,"events":`...)
	dst = appendList(dst, w.Events, appendEvent)
	dst = append(dst, `,"dates":`...)
	dst = appendList(dst, w.Dates, func(dst []byte, t wireDate) []byte {
		dst = appendSpanFields(append(dst, '{'), t.Start, t.End, t.Text, true)
		dst = append(dst, `,"value":`...)
		dst = appendString(dst, t.Value)
		dst = append(dst, `,"type":`...)
		dst = appendString(dst, t.Type)
		return append(dst, '}')
	})
	dst = append(dst, `,"diagnostics":`...)
	dst = appendList(dst, w.Diagnostics, func(dst []byte, g wireDiagnostic) []byte {
		dst = append(dst, `{"stage":`...)
		dst = appendString(dst, g.Stage)
		dst = append(dst, `,"message":`...)
		dst = appendString(dst, g.Message)
		dst = append(dst, `,"start":`...)
		dst = strconv.AppendInt(dst, int64(g.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(g.End), 10)
		return append(dst, '}')
	})
	return append(dst, '}')
}

// appendToken appends the JSON of t as wireToken gives it: the fields
// that are empty left out, the head only with a relation.
func appendToken(dst []byte, t *Token, o *Offsets) []byte {
	a, b := o.CodePoints(t.Span)
	dst = appendSpanFields(append(dst, '{'), a, b, "", false)
	if t.POS != "" {
		dst = append(dst, `,"pos":`...)
		dst = appendString(dst, t.POS)
	}
	if t.Tag != "" {
		dst = append(dst, `,"tag":`...)
		dst = appendString(dst, t.Tag)
	}
	if t.Lemma != "" {
		dst = append(dst, `,"lemma":`...)
		dst = appendString(dst, t.Lemma)
	}
	if t.Dep != "" {
		dst = append(dst, `,"head":`...)
		dst = strconv.AppendInt(dst, int64(t.Head), 10)
		dst = append(dst, `,"dep":`...)
		dst = appendString(dst, t.Dep)
	}
	return append(dst, '}')
}

func appendActor(dst []byte, a wireActor) []byte {
	dst = append(dst, `{"id":`...)
	dst = strconv.AppendInt(dst, int64(a.ID), 10)
	dst = append(dst, `,"name":`...)
	dst = appendString(dst, a.Name)
	dst = append(dst, `,"kind":`...)
	dst = appendString(dst, a.Kind)
	dst = append(dst, `,"country":`...)
	dst = appendOptString(dst, a.Country)
	dst = append(dst, `,"sector":`...)
	dst = appendOptString(dst, a.Sector)
	dst = append(dst, `,"role":`...)
	dst = appendOptString(dst, a.Role)
	dst = append(dst, `,"code":`...)
	dst = appendOptString(dst, a.Code)
	dst = append(dst, `,"mentions":`...)
	dst = appendList(dst, a.Mentions, func(dst []byte, m [2]int32) []byte {
		dst = strconv.AppendInt(append(dst, '['), int64(m[0]), 10)
		dst = strconv.AppendInt(append(dst, ','), int64(m[1]), 10)
		return append(dst, ']')
	})
	return append(dst, '}')
}

func appendQuote(dst []byte, q wireQuote) []byte {
	dst = appendSpanFields(append(dst, '{'), q.Start, q.End, q.Text, true)
	dst = append(dst, `,"kind":`...)
	dst = appendString(dst, q.Kind)
	dst = append(dst, `,"speaker":`...)
	dst = appendOptInt(dst, q.Speaker)
	dst = append(dst, `,"speaker_name":`...)
	dst = appendOptString(dst, q.SpeakerName)
	dst = append(dst, `,"speaker_mention":`...)
	dst = appendOptTextSpan(dst, q.SpeakerMention)
	dst = append(dst, `,"cue":`...)
	dst = appendOptTextSpan(dst, q.Cue)
	dst = append(dst, `,"medium":`...)
	dst = appendOptString(dst, q.Medium)
	dst = append(dst, `,"date":`...)
	dst = appendOptString(dst, q.Date)
	return append(dst, '}')
}

func appendEvent(dst []byte, e wireEvent) []byte {
	dst = append(dst, `{"type":`...)
	dst = appendString(dst, e.Type)
	dst = append(dst, `,"mode":`...)
	dst = appendOptString(dst, e.Mode)
	dst = append(dst, `,"cameo":`...)
	dst = appendOptString(dst, e.Cameo)
	dst = append(dst, `,"sources":`...)
	dst = appendList(dst, e.Sources, appendInt)
	dst = append(dst, `,"targets":`...)
	dst = appendList(dst, e.Targets, appendInt)
	dst = append(dst, `,"source_names":`...)
	dst = appendList(dst, e.SourceNames, appendString)
	dst = append(dst, `,"target_names":`...)
	dst = appendList(dst, e.TargetNames, appendString)
	dst = append(dst, `,"date":`...)
	dst = appendOptString(dst, e.Date)
	dst = append(dst, `,"location":`...)
	dst = appendOptString(dst, e.Location)
	dst = append(dst, `,"negated":`...)
	dst = strconv.AppendBool(dst, e.Negated)
	dst = append(dst, `,"hypothetical":`...)
	dst = strconv.AppendBool(dst, e.Hypothetical)
	dst = append(dst, `,"trigger":`...)
	dst = appendOptTextSpan(dst, &e.Trigger)
	dst = append(dst, `,"sentence":`...)
	dst = strconv.AppendInt(dst, int64(e.Sentence), 10)
	return append(dst, '}')
}

// appendSpanFields appends "start":a,"end":b and, when withText,
// ,"text":text, after the caller's opening brace and before its closing
// one.
func appendSpanFields(dst []byte, a, b int32, text string, withText bool) []byte {
	dst = append(dst, `"start":`...)
	dst = strconv.AppendInt(dst, int64(a), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(b), 10)
	if withText {
		dst = append(dst, `,"text":`...)
		dst = appendString(dst, text)
	}
	return dst
}

func appendOptTextSpan(dst []byte, s *wireTextSpan) []byte {
	if s == nil {
		return append(dst, "null"...)
	}
	return append(appendSpanFields(append(dst, '{'), s.Start, s.End, s.Text, true), '}')
}

// appendList appends the JSON array of s (null when nil, as
// encoding/json writes a nil slice), each element by f.
func appendList[T any](dst []byte, s []T, f func([]byte, T) []byte) []byte {
	if s == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, v := range s {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = f(dst, v)
	}
	return append(dst, ']')
}

func appendInt(dst []byte, i int32) []byte { return strconv.AppendInt(dst, int64(i), 10) }

func appendOptInt(dst []byte, p *int32) []byte {
	if p == nil {
		return append(dst, "null"...)
	}
	return strconv.AppendInt(dst, int64(*p), 10)
}

func appendOptString(dst []byte, p *string) []byte {
	if p == nil {
		return append(dst, "null"...)
	}
	return appendString(dst, *p)
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the bytes appendString copies as they are: ASCII from
// space up, but for the quote, the backslash and the HTML characters.
var jsonSafe = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendString appends s as a JSON string exactly as encoding/json
// writes it with HTML escaping (json.Marshal's default): <, > and & as
// \u003c, \u003e and \u0026, control characters as \b, \f, \n, \r, \t or
// \u00XX, each byte of invalid UTF-8 as \ufffd, and U+2028 and U+2029
// escaped.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonSafe[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
