package doc

import "unicode/utf8"

// Offsets converts between the UTF-8 byte offsets used inside the program
// and the Unicode code-point offsets of the JSON contract (SPEC.md §2), for
// one text. For pure-ASCII text both are the same and no tables are built.
type Offsets struct {
	ascii  bool
	cpOf   []int32 // cpOf[b]: code-point index of the rune that starts at or contains byte b; len(text)+1 entries
	byteOf []int32 // byteOf[c]: byte offset of code point c; runeCount+1 entries
}

// NewOffsets builds the conversion tables for text.
func NewOffsets(text string) *Offsets {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return &Offsets{ascii: true}
	}
	o := &Offsets{
		cpOf:   make([]int32, len(text)+1),
		byteOf: make([]int32, 0, len(text)+1),
	}
	cp := int32(0)
	for b := 0; b < len(text); {
		_, size := utf8.DecodeRuneInString(text[b:])
		o.byteOf = append(o.byteOf, int32(b))
		for k := 0; k < size; k++ {
			o.cpOf[b+k] = cp
		}
		b += size
		cp++
	}
	o.cpOf[len(text)] = cp
	o.byteOf = append(o.byteOf, int32(len(text)))
	return o
}

// CodePoint returns the code-point offset of byte offset b. A b inside a
// multi-byte rune maps to that rune's index; b past the end maps to the end.
func (o *Offsets) CodePoint(b int32) int32 {
	if o.ascii {
		return b
	}
	if b < 0 {
		return 0
	}
	if int(b) >= len(o.cpOf) {
		return o.cpOf[len(o.cpOf)-1]
	}
	return o.cpOf[b]
}

// Byte returns the byte offset of code-point offset c, clamped to the text.
func (o *Offsets) Byte(c int32) int32 {
	if o.ascii {
		return c
	}
	if c < 0 {
		return 0
	}
	if int(c) >= len(o.byteOf) {
		return o.byteOf[len(o.byteOf)-1]
	}
	return o.byteOf[c]
}

// CodePoints converts a byte span to a code-point pair.
func (o *Offsets) CodePoints(s Span) (start, end int32) {
	return o.CodePoint(s.Start), o.CodePoint(s.End)
}

// Bytes converts a code-point pair to a byte span.
func (o *Offsets) Bytes(start, end int32) Span {
	return Span{o.Byte(start), o.Byte(end)}
}
