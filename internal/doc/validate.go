package doc

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// ErrInvalid is wrapped by every error Validate returns.
var ErrInvalid = errors.New("doc: invalid document")

// Validate checks the invariants every stage relies on: Text is valid
// UTF-8; every span is in bounds, on rune boundaries and not reversed;
// sentences and tokens are sorted and do not overlap; every index
// (token head, sentence token range, entity actor, quote speaker, event
// participants and sentence) points at an existing element. It returns
// nil or an error wrapping ErrInvalid that names the first problem.
func (d *Document) Validate() error {
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("%w: text is not valid UTF-8", ErrInvalid)
	}
	n := int32(len(d.Text))
	check := func(what string, i int, s Span) error {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			return fmt.Errorf("%w: %s %d: span [%d,%d) out of bounds (text has %d bytes)", ErrInvalid, what, i, s.Start, s.End, n)
		}
		if !boundary(d.Text, s.Start) || !boundary(d.Text, s.End) {
			return fmt.Errorf("%w: %s %d: span [%d,%d) splits a UTF-8 sequence", ErrInvalid, what, i, s.Start, s.End)
		}
		return nil
	}
	index := func(what string, i int, ref int32, size int, allowNone bool) error {
		if (allowNone && ref == -1) || (ref >= 0 && int(ref) < size) {
			return nil
		}
		return fmt.Errorf("%w: %s %d: index %d out of range (have %d)", ErrInvalid, what, i, ref, size)
	}

	prev := int32(0)
	for i, s := range d.Sentences {
		if err := check("sentence", i, s.Span); err != nil {
			return err
		}
		if s.Start < prev {
			return fmt.Errorf("%w: sentence %d starts at %d, before the previous one ends (%d)", ErrInvalid, i, s.Start, prev)
		}
		prev = s.End
		if len(d.Tokens) > 0 {
			if s.TokenStart < 0 || s.TokenStart > s.TokenEnd || int(s.TokenEnd) > len(d.Tokens) {
				return fmt.Errorf("%w: sentence %d: token range [%d,%d) out of range (have %d)", ErrInvalid, i, s.TokenStart, s.TokenEnd, len(d.Tokens))
			}
		}
	}
	prev = 0
	for i, t := range d.Tokens {
		if err := check("token", i, t.Span); err != nil {
			return err
		}
		if t.Start < prev {
			return fmt.Errorf("%w: token %d starts at %d, before the previous one ends (%d)", ErrInvalid, i, t.Start, prev)
		}
		if t.Start == t.End {
			return fmt.Errorf("%w: token %d is empty", ErrInvalid, i)
		}
		prev = t.End
		if err := index("token head", i, t.Head, len(d.Tokens), true); err != nil {
			return err
		}
	}
	for i, e := range d.Entities {
		if err := check("entity", i, e.Span); err != nil {
			return err
		}
		if err := index("entity actor", i, e.Actor, len(d.Actors), true); err != nil {
			return err
		}
	}
	for i, a := range d.Actors {
		for _, m := range a.Mentions {
			if err := check("actor mention", i, m); err != nil {
				return err
			}
		}
	}
	for i, q := range d.Quotes {
		if err := check("quote", i, q.Span); err != nil {
			return err
		}
		if err := index("quote speaker", i, q.Speaker, len(d.Actors), true); err != nil {
			return err
		}
		for _, s := range []*Span{q.SpeakerMention, q.Cue} {
			if s != nil {
				if err := check("quote", i, *s); err != nil {
					return err
				}
			}
		}
	}
	for i, e := range d.Events {
		if err := check("event trigger", i, e.Trigger); err != nil {
			return err
		}
		for _, ids := range [][]int32{e.Sources, e.Targets} {
			for _, a := range ids {
				if err := index("event actor", i, a, len(d.Actors), false); err != nil {
					return err
				}
			}
		}
		if len(d.Sentences) > 0 || e.Sentence != -1 {
			if err := index("event sentence", i, e.Sentence, len(d.Sentences), true); err != nil {
				return err
			}
		}
	}
	for i, t := range d.Dates {
		if err := check("date", i, t.Span); err != nil {
			return err
		}
	}
	for i, g := range d.Diagnostics {
		if err := check("diagnostic", i, g.Span); err != nil {
			return err
		}
	}
	return nil
}

// boundary reports whether byte offset i of s starts a rune (or is len(s)).
func boundary(s string, i int32) bool {
	return int(i) == len(s) || utf8.RuneStart(s[i])
}
